/* loader.c: the configuration schema, loading with libconfuse, and the checks
 * that need the whole guide (screen ids, links, reachability). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bidi.h"
#include "cfgread.h"
#include "deadlines_load.h"
#include "digits.h"
#include "directory_load.h"
#include "i18n.h"
#include "kind.h"
#include "kind_calc.h"
#include "kind_directory.h"
#include "kind_menu.h"
#include "kind_page.h"
#include "language.h"
#include "linefix.h"
#include "loadctx.h"
#include "loader.h"
#include "text.h"
#include "xalloc.h"

/* One load: libconfuse's tree, the files read and the context the kinds
 * read their values through. */
struct load {
	struct guide *g;
	struct diag *d;
	cfg_t *cfg;
	struct loader *ctx;
	struct linefix *lines;	/* libconfuse's line numbers, corrected; NULL: no places */
	struct cfgread_files files;	/* every file read, for loader_stamp() */
};

/* Every kind of screen, by its section name. A new kind adds one line here
 * and one CFG_SEC line in root_opts; no other kind changes. */
static const struct content_kind *const kinds[] = {
	&kind_menu,
	&kind_page,
	&kind_calc,
	&kind_directory,
};

static cfg_opt_t language_opts[] = {
	CFG_STR("name", NULL, CFGF_NODEFAULT),	/* in its own script: "Français" */
	CFG_STR("direction", "ltr", CFGF_NONE),	/* "rtl" for Arabic-script languages */
	CFG_STR("digits", "western", CFGF_NONE),	/* for dates and counts, see digits.h */
	/* with these names, calculator dates are also given in the Solar Hijri calendar */
	CFG_STR_LIST("solar-hijri-months", NULL, CFGF_NODEFAULT),
	CFG_END()
};

static cfg_opt_t root_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),		/* shown in the title bar */
	CFG_STR("content-version", NULL, CFGF_NODEFAULT),	/* e.g. "2026.11.22" */
	CFG_STR("content-date", NULL, CFGF_NODEFAULT),	/* YYYY-MM-DD */
	CFG_STR("root", "main", CFGF_NONE),		/* id of the first screen */
	CFG_STR_LIST("languages", "{en}", CFGF_NONE),	/* codes offered */
	CFG_STR("card-language", "sr", CFGF_NONE),	/* cards for officials: sr is Cyrillic */
	CFG_INT("kiosk-timeout", 180, CFGF_NONE),	/* seconds idle before starting over */
	CFG_STR("bidi", "auto", CFGF_NONE),		/* auto, app, terminal or none: see bidi.h */
	CFG_STR_LIST("offer", NULL, CFGF_NODEFAULT),	/* the site's languages, some of languages */
	CFG_STR("charset", "auto", CFGF_NONE),		/* auto, ascii or utf-8: see i18n.h */
	/* ASCII terminals: pairs of a letter and its spelling, "č", "c", ... */
	CFG_STR_LIST("ascii", NULL, CFGF_NODEFAULT),
	CFG_FUNC("include", cfgread_include),		/* include("screens/x.conf") */
	CFG_SEC("language", language_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("menu", kind_menu_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("page", kind_page_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("calculator", kind_calc_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("directory", kind_directory_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	/* the deadline calculator's data: not screens */
	/* MULTI only so that libconfuse records its file name; one is allowed */
	CFG_SEC("calendar", deadlines_calendar_opts, CFGF_MULTI),
	CFG_SEC("event", deadlines_event_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("rule", deadlines_rule_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	/* the legal-aid directory's data */
	CFG_SEC("service", directory_service_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	/* untitled: libconfuse looks up titled sections one by one, which costs
	 * seconds for 10,000 contacts; the loader checks the ids itself */
	CFG_SEC("contact", directory_contact_opts, CFGF_MULTI),
	CFG_END()
};

/* libconfuse has no user pointer on its error callback; the loader running
 * now is kept here for the duration of cfg_parse() only. */
static struct load *parsing;

/* Validation callback on every string and section option: note its place. */
static int record_place(cfg_t *cfg, cfg_opt_t *opt)
{
	unsigned n = cfg_opt_size(opt);
	int line;

	if (!parsing || n == 0)
		return 0;
	line = linefix_line(parsing->lines, cfg->filename, cfg->line);
	if (opt->type == CFGT_SEC) {
		loadctx_note(parsing->ctx, cfg_opt_getnsec(opt, n - 1), cfg->filename, line);
	} else if (opt->type == CFGT_STR) {
		/* from the last value back to one noted by an earlier call: a
		 * list of 40,000 values is noted once each, not n times */
		for (unsigned i = n; i-- > 0;) {
			const char *v = cfg_opt_getnstr(opt, i);
			int at = line;

			if (!v)
				continue;
			if (loadctx_noted(parsing->ctx, v))
				break;
			/* cfg->line is where the value ended; a scalar spanning
			 * several lines started that many lines earlier. */
			if (!(opt->flags & CFGF_LIST))
				for (const char *p = v; *p; p++)
					at -= *p == '\n';
			loadctx_note(parsing->ctx, v, cfg->filename, at);
		}
	} else {
		/* numbers and booleans: by their value's storage */
		for (unsigned i = n; i-- > 0 && !loadctx_noted(parsing->ctx, opt->values[i]);)
			loadctx_note(parsing->ctx, opt->values[i], cfg->filename, line);
	}
	return 0;
}

/* Set record_place on every string and section option below PREFIX. */
static void watch_options(cfg_t *cfg, cfg_opt_t *opts, const char *prefix)
{
	for (cfg_opt_t *o = opts; o->name; o++) {
		char *path = prefix ? xasprintf("%s|%s", prefix, o->name) : xstrdup(o->name);

		if (o->type != CFGT_FUNC)
			cfg_set_validate_func(cfg, path, record_place);
		if (o->type == CFGT_SEC)
			watch_options(cfg, o->subopts, path);
		free(path);
	}
}

/* Screen ids appear in files and in links: lowercase letters, digits, '-'. */
static bool valid_id(const char *id)
{
	if (!*id)
		return false;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return false;
	return true;
}

/* Direction, digits and calendar month names of each offered language. */
static void load_language_details(struct load *lo)
{
	struct guide *g = lo->g;

	g->language_info = loader_keep(lo->ctx, xcalloc(g->nlanguages + 1, sizeof *g->language_info));
	for (size_t i = 0; i < g->nlanguages; i++) {
		struct language_info *li = &g->language_info[i];
		cfg_t *sec = cfg_gettsec(lo->cfg, "language", g->languages[i]);
		const char *dir, *digits;

		if (!sec)
			continue;
		dir = loader_string(lo->ctx, NULL, sec, "direction", 0);
		if (dir && strcmp(dir, "rtl") == 0)
			li->rtl = true;
		else if (dir && strcmp(dir, "ltr") != 0)
			loader_error(lo->ctx, loader_place(lo->ctx, sec, "direction"),
				     _("'direction' is \"%s\"; it must be \"ltr\" or \"rtl\""), dir);
		digits = loader_string(lo->ctx, NULL, sec, "digits", 0);
		if (digits && digits_parse(digits, &li->digits) < 0)
			loader_error(lo->ctx, loader_place(lo->ctx, sec, "digits"),
				     _("'digits' is \"%s\"; it must be \"western\", \"arabic-indic\" or "
				       "\"extended-arabic-indic\""), digits);
		if (cfg_size(sec, "solar-hijri-months") > 0 &&
		    loader_string_list(lo->ctx, NULL, sec, "solar-hijri-months", LD_REQUIRED,
				       &li->solar_hijri_months) != 12) {
			loader_error(lo->ctx, loader_place(lo->ctx, sec, "solar-hijri-months"), "%s",
				     _("'solar-hijri-months' must name the 12 months"));
			li->solar_hijri_months = NULL;
		}
	}
}

/* offer = {...}: the site narrows the content's languages to these, in its
 * own order; each must be one the content has. */
static void offer_languages(struct load *lo)
{
	struct guide *g = lo->g;
	const char **offer;
	size_t n = 0;

	if (cfg_size(lo->cfg, "offer") == 0)
		return;
	loader_string_list(lo->ctx, NULL, lo->cfg, "offer", LD_REQUIRED, &offer);
	for (size_t i = 0; offer[i]; i++) {
		bool known = false;

		for (size_t k = 0; k < g->nlanguages && !known; k++)
			known = strcmp(offer[i], g->languages[k]) == 0;
		if (known)
			offer[n++] = offer[i];
		else
			loader_error(lo->ctx, loader_place(lo->ctx, lo->cfg, "offer"),
				     "'offer' names \"%s\", which is not in the content's languages",
				     offer[i]);
	}
	offer[n] = NULL;
	if (n > 0) {
		g->languages = offer;
		g->nlanguages = n;
	}
}

/* The ASCII spellings: pairs of one letter and printable ASCII. */
static void load_ascii(struct load *lo)
{
	struct guide *g = lo->g;
	const char **list = NULL;
	size_t n = cfg_size(lo->cfg, "ascii") ? loader_string_list(lo->ctx, NULL, lo->cfg, "ascii", 0,
								    &list) : 0;

	if (n % 2) {
		loader_error(lo->ctx, loader_place(lo->ctx, lo->cfg, "ascii"), "%s",
			     _("'ascii' must hold pairs: a letter, then its spelling in ASCII"));
		n--;
	}
	for (size_t i = 0; i + 1 < n; i += 2) {
		size_t len;
		wchar_t *w = text_decode(list[i], &len);
		bool ok = len == 1 && w[0] > 0x7e;

		free(w);
		for (const char *p = list[i + 1]; ok && *p; p++)
			ok = *p >= 0x20 && *p < 0x7f;
		if (!ok)
			loader_error(lo->ctx, loader_place(lo->ctx, lo->cfg, "ascii"),
				     _("'ascii' pair \"%s\", \"%s\": the first must be one letter "
				       "that is not ASCII, the second printable ASCII"),
				     list[i], list[i + 1]);
	}
	g->ascii = list;
	g->nascii = n / 2;
}

/* The global keys: title, version, languages, kiosk timeout, bidi, ASCII. */
static void load_globals(struct load *lo)
{
	struct guide *g = lo->g;
	cfg_t *cfg = lo->cfg;

	g->title = loader_string(lo->ctx, NULL, cfg, "title", LD_REQUIRED | LD_TRANSLATE);
	g->content_version = loader_string(lo->ctx, NULL, cfg, "content-version", LD_REQUIRED);
	loader_date(lo->ctx, NULL, cfg, "content-date", true, &g->content_date);
	g->root_id = loader_string(lo->ctx, NULL, cfg, "root", LD_REQUIRED);
	g->card_language = loader_string(lo->ctx, NULL, cfg, "card-language", LD_REQUIRED);
	{
		/* read whole before the range check: 4294967326 is not 30 */
		long long timeout = cfg_getint(cfg, "kiosk-timeout");

		g->kiosk_timeout = timeout >= 30 && timeout <= 86400 ? (int)timeout : 180;
		if (timeout < 30 || timeout > 86400)
			loader_error(lo->ctx, loader_place(lo->ctx, cfg, "kiosk-timeout"),
				     "'kiosk-timeout' is %lld seconds; it must be from 30 to 86400",
				     timeout);
	}
	g->nlanguages = loader_string_list(lo->ctx, NULL, cfg, "languages", LD_REQUIRED,
					   &g->languages);
	for (size_t i = 0; i < g->nlanguages; i++) {
		const char *c = g->languages[i];
		bool ok = strlen(c) >= 2 && strlen(c) <= 16;

		for (const char *p = c; *p && ok; p++)
			ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
			     *p == '@';
		if (!ok)
			loader_error(lo->ctx, loader_place(lo->ctx, cfg, "languages"),
				     _("'%s' is not a language code such as \"en\" or \"sr@latin\""), c);
	}
	offer_languages(lo);
	/* every offered language needs its name for the chooser; names are
	 * not translated: each is written in its own language */
	g->language_names = loader_keep(lo->ctx, xcalloc(g->nlanguages + 1, sizeof *g->language_names));
	for (size_t i = 0; i < g->nlanguages; i++) {
		cfg_t *sec = cfg_gettsec(cfg, "language", g->languages[i]);

		if (sec)
			g->language_names[i] = loader_string(lo->ctx, NULL, sec, "name", LD_REQUIRED);
		else if (strcmp(g->languages[i], "en") == 0)
			g->language_names[i] = "English";	/* the original needs no section */
		if (!g->language_names[i]) {
			loader_error(lo->ctx, loader_place(lo->ctx, cfg, "languages"),
				     _("language \"%s\" is offered but has no language section with "
				       "its name"), g->languages[i]);
			g->language_names[i] = g->languages[i];
		}
	}
	load_language_details(lo);
	g->bidi = loader_string(lo->ctx, NULL, cfg, "bidi", LD_REQUIRED);
	if (g->bidi && bidi_mode_parse(g->bidi, &(enum bidi_mode){ 0 }) < 0)
		loader_error(lo->ctx, loader_place(lo->ctx, cfg, "bidi"),
			     _("'bidi' is \"%s\"; it must be \"auto\", \"app\", \"terminal\" or "
			       "\"none\""), g->bidi);
	g->charset = loader_string(lo->ctx, NULL, cfg, "charset", LD_REQUIRED);
	if (g->charset && i18n_charset_parse(g->charset) < 0)
		loader_error(lo->ctx, loader_place(lo->ctx, cfg, "charset"),
			     "'charset' is \"%s\"; it must be \"auto\", \"ascii\" or \"utf-8\"",
			     g->charset);
	load_ascii(lo);
}

/* Every screen of every kind, in the order the kinds are listed. */
static void load_screens(struct load *lo)
{
	struct guide *g = lo->g;
	size_t total = 0;

	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		total += cfg_size(lo->cfg, kinds[k]->name);
	g->screens = xcalloc(total, sizeof *g->screens);
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		unsigned n = cfg_size(lo->cfg, kinds[k]->name);

		for (unsigned i = 0; i < n; i++) {
			cfg_t *sec = cfg_getnsec(lo->cfg, kinds[k]->name, i);
			struct screen *s = &g->screens[g->nscreens++];

			s->id = cfg_title(sec);
			s->kind = kinds[k];
			s->at = loader_place(lo->ctx, sec, "title");
			if (!valid_id(s->id))
				loader_error(lo->ctx, s->at,
					     _("screen id \"%s\": use only a-z, 0-9 and '-'"), s->id);
			s->title = loader_string(lo->ctx, s, sec, "title", LD_REQUIRED | LD_TRANSLATE);
			kinds[k]->load(lo->ctx, sec, s);
		}
	}
}

/* With more than one language, a root menu must offer the chooser: people
 * who cannot read the language on the screen need a way out that does not
 * depend on knowing the keys. */
static void check_language_item(struct load *lo, const struct screen *root)
{
	const struct menu_data *m = root->data;

	if (lo->g->nlanguages < 2 || root->kind != &kind_menu || !m)
		return;
	for (size_t i = 0; i < m->nitems; i++)
		if (strcmp(m->items[i].target, MENU_LANGUAGE_TARGET) == 0)
			return;
	loader_error(lo->ctx, root->at,
		     _("menu \"%s\" is the root and %zu languages are offered: it needs an item "
		       "with goto = \"%s\" (the language chooser)"),
		     root->id, lo->g->nlanguages, MENU_LANGUAGE_TARGET);
}

/* Screens sorted by id, then by their order: duplicates sit side by side,
 * and a look-up finds the first screen of an id in log n steps (a linear
 * look-up per link made 1,000 pages cost a tenth of the load). */
struct screen_index {
	const struct guide *g;
	size_t *order;
};

/* qsort/bsearch order of two screen numbers: by id, then by number. */
static int compare_screens(const void *a, const void *b, void *arg)
{
	const struct guide *g = arg;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(g->screens[x].id, g->screens[y].id);

	return c ? c : (x > y) - (x < y);
}

/* The first screen with ID, through the index; NULL when none. */
static const struct screen *find_indexed(const struct screen_index *ix, const char *id)
{
	size_t lo = 0, hi = ix->g->nscreens;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(ix->g->screens[ix->order[mid]].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ix->g->nscreens && strcmp(ix->g->screens[ix->order[lo]].id, id) == 0)
		return &ix->g->screens[ix->order[lo]];
	return NULL;
}

/* Ids unique across kinds, in the order the screens were written. */
static void check_ids(struct load *lo, const struct screen_index *ix)
{
	const struct guide *g = lo->g;
	size_t *first = xcalloc(g->nscreens + 1, sizeof *first);

	/* first[i]: 1 + the screen that first had screen i's id, or 0 */
	for (size_t k = 1; k < g->nscreens; k++)
		if (strcmp(g->screens[ix->order[k]].id, g->screens[ix->order[k - 1]].id) == 0)
			first[ix->order[k]] = first[ix->order[k - 1]] ? first[ix->order[k - 1]] :
					      ix->order[k - 1] + 1;
	for (size_t i = 0; i < g->nscreens; i++)
		if (first[i])
			loader_error(lo->ctx, g->screens[i].at,
				     _("duplicate screen id \"%s\" (first defined at %s:%d)"),
				     g->screens[i].id, g->screens[first[i] - 1].at.file,
				     g->screens[first[i] - 1].at.line);
	free(first);
}

/* Every screen reachable from ROOT, walking the links breadth first. */
static void check_reachable(struct load *lo, const struct screen_index *ix,
			    const struct screen *root)
{
	const struct guide *g = lo->g;
	bool *seen = xcalloc(g->nscreens, sizeof *seen);
	size_t *queue = xcalloc(g->nscreens, sizeof *queue), head = 0, tail = 0;

	queue[tail++] = (size_t)(root - g->screens);
	seen[queue[0]] = true;
	while (head < tail) {
		const struct screen *s = &g->screens[queue[head++]];

		for (size_t l = 0; l < s->nlinks; l++) {
			const struct screen *t = find_indexed(ix, s->links[l].target);

			if (t && !seen[t - g->screens]) {
				seen[t - g->screens] = true;
				queue[tail++] = (size_t)(t - g->screens);
			}
		}
	}
	for (size_t i = 0; i < g->nscreens; i++)
		if (!seen[i] && find_indexed(ix, g->screens[i].id) == &g->screens[i])
			loader_error(lo->ctx, g->screens[i].at,
				     _("%s \"%s\" cannot be reached from the root screen \"%s\""),
				     g->screens[i].kind->name, g->screens[i].id, g->root_id);
	free(seen);
	free(queue);
}

/* Ids unique across kinds, links that lead somewhere, every screen reachable. */
static void check_links(struct load *lo)
{
	struct guide *g = lo->g;
	struct screen_index ix = { g, xcalloc(g->nscreens + 1, sizeof(size_t)) };
	const struct screen *root;

	for (size_t i = 0; i < g->nscreens; i++)
		ix.order[i] = i;
	qsort_r(ix.order, g->nscreens, sizeof *ix.order, compare_screens, g);
	check_ids(lo, &ix);
	for (size_t i = 0; i < g->nscreens; i++)
		for (size_t l = 0; l < g->screens[i].nlinks; l++)
			if (!find_indexed(&ix, g->screens[i].links[l].target))
				loader_error(lo->ctx, g->screens[i].links[l].at,
					     _("%s \"%s\" leads to \"%s\", but there is no such screen"),
					     g->screens[i].kind->name, g->screens[i].id,
					     g->screens[i].links[l].target);
	root = g->root_id ? find_indexed(&ix, g->root_id) : NULL;
	if (g->root_id && !root)
		loader_error(lo->ctx, loader_place(lo->ctx, lo->cfg, "root"),
			     _("root screen \"%s\" does not exist"), g->root_id);
	if (root) {
		check_language_item(lo, root);
		check_reachable(lo, &ix, root);
	}
	free(ix.order);
}

/* Free the parse and the context of one load. */
static void free_load(struct load *lo)
{
	loadctx_free(lo->ctx);
	cfgread_files_free(&lo->files);
	linefix_free(lo->lines);
	if (lo->cfg)
		cfg_free(lo->cfg);
	free(lo);
}

/* Parse either a file (through the search path) or a text, then load and
 * check the guide; with PLACED, every value's place is noted. */
static int load(struct guide *g, const char *file, const char *text, const char *const *search,
		struct diag *d, bool placed)
{
	struct load *lo = xcalloc(1, sizeof *lo);
	size_t before = d->n;
	int rc;

	memset(g, 0, sizeof *g);
	lo->g = g;
	lo->d = d;
	lo->cfg = cfg_init(root_opts, CFGF_NONE);
	if (placed) {
		/* measure libconfuse's line miscount now: its lexer is global,
		 * so the probe must not run in the middle of a parse */
		int per_line, per_block;

		linefix_extra(&per_line, &per_block);
		lo->lines = linefix_new();
		watch_options(lo->cfg, root_opts, NULL);
	}
	lo->ctx = loadctx_new(g, d, lo->lines);
	parsing = lo;
	if (file)
		rc = cfgread_file(lo->cfg, file, search, d, lo->lines, &lo->files);
	else
		rc = cfgread_text(lo->cfg, text, d);
	parsing = NULL;
	if (rc < 0) {
		if (d->n == before)
			diag_add(d, file ? file : "built-in", 0, "%s",
				 _("cannot read the configuration file"));
		free_load(lo);
		memset(g, 0, sizeof *g);
		return -1;
	}
	load_globals(lo);
	g->deadlines = deadlines_load(lo->ctx, lo->cfg);
	g->directory = directory_load(lo->ctx, lo->cfg);
	load_screens(lo);
	check_links(lo);
	g->priv = lo;
	if (d->n > before) {
		loader_free(g);
		return -1;
	}
	/* the guide's own language context, for the catalogue in use now */
	g->lang = language_context_new(g);
	language_refresh(g);
	return 0;
}

/* Load FILE, or TEXT when FILE is NULL. A configuration that is right is
 * loaded once, without noting where each value was written (that was half
 * of the start-up); one with problems is loaded again with every place
 * noted, so that each message points at its file and line. */
static int load_twice(struct guide *g, const char *file, const char *text,
		      const char *const *search, struct diag *d, bool placed)
{
	size_t before = d->n;

	if (!placed && load(g, file, text, search, d, false) == 0)
		return 0;
	diag_truncate(d, before);
	return load(g, file, text, search, d, true);
}

int loader_load(struct guide *g, const char *file, const char *const *search, struct diag *d)
{
	return load_twice(g, file, NULL, search, d, false);
}

int loader_load_placed(struct guide *g, const char *file, const char *const *search,
		       struct diag *d)
{
	return load_twice(g, file, NULL, search, d, true);
}

int loader_load_text(struct guide *g, const char *text, struct diag *d)
{
	return load_twice(g, NULL, text, NULL, d, false);
}

void loader_free(struct guide *g)
{
	struct load *lo = g->priv;

	for (size_t i = 0; i < g->nscreens; i++) {
		if (g->screens[i].kind->free_data)
			g->screens[i].kind->free_data(g->screens[i].data);
		free(g->screens[i].links);
	}
	free(g->screens);
	free(g->strings);
	deadlines_free(g->deadlines);
	directory_free(g->directory);
	language_context_free(g->lang);
	if (lo)
		free_load(lo);
	memset(g, 0, sizeof *g);
}

/* Print the keys of a schema table, one path per line ("page|title"). */
static void print_keys(FILE *fp, cfg_opt_t *opts, const char *prefix)
{
	for (cfg_opt_t *o = opts; o->name; o++) {
		char *path = prefix ? xasprintf("%s|%s", prefix, o->name) : xstrdup(o->name);

		fprintf(fp, "%s\n", path);
		if (o->type == CFGT_SEC)
			print_keys(fp, o->subopts, path);
		free(path);
	}
}

unsigned long long loader_stamp(const struct guide *g)
{
	const struct load *lo = g->priv;
	unsigned long long h = 1469598103934665603ull;

	for (size_t i = 0; lo && i < lo->files.n; i++) {
		struct stat st;
		unsigned long long v[4] = { 0, 0, 0, 0 };

		if (stat(lo->files.paths[i], &st) == 0) {
			v[0] = (unsigned long long)st.st_mtim.tv_sec;
			v[1] = (unsigned long long)st.st_mtim.tv_nsec;
			v[2] = (unsigned long long)st.st_size;
			v[3] = (unsigned long long)st.st_ino;
		}
		for (int k = 0; k < 4; k++)
			h = (h ^ v[k]) * 1099511628211ull;
	}
	return h;
}

void loader_print_schema(FILE *fp)
{
	print_keys(fp, root_opts, NULL);
}

const struct screen *guide_find_screen(const struct guide *g, const char *id)
{
	for (size_t i = 0; i < g->nscreens; i++)
		if (strcmp(g->screens[i].id, id) == 0)
			return &g->screens[i];
	return NULL;
}

bool guide_has_language(const struct guide *g, const char *code)
{
	for (size_t i = 0; i < g->nlanguages; i++)
		if (strcmp(g->languages[i], code) == 0)
			return true;
	return false;
}
