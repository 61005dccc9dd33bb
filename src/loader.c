/* loader.c: the configuration schema, loading with libconfuse, and the checks
 * that need the whole guide (screen ids, links, reachability). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <glob.h>
#include <string.h>
#include <sys/stat.h>

#include "bidi.h"
#include "deadlines_load.h"
#include "digits.h"
#include "directory_load.h"
#include "i18n.h"
#include "kind.h"
#include "kind_calc.h"
#include "kind_directory.h"
#include "kind_menu.h"
#include "kind_page.h"
#include "linefix.h"
#include "loader.h"
#include "text.h"
#include "xalloc.h"

/* Where a value was written: libconfuse keeps no line per value, so a
 * validation callback notes the line as each value is parsed. */
struct place_note {
	const void *key;	/* the value's string or section pointer */
	unsigned file;		/* index in the loader's interned file names */
	int line;
};

struct loader {
	struct guide *g;
	struct diag *d;
	cfg_t *cfg;
	struct place_note *notes;	/* open addressing by key; NULL keys are free */
	size_t nnotes, cap;
	const char *last_file;		/* the file name interned last */
	unsigned last_index;		/* and its index in files */
	char **files;		/* interned file names */
	size_t nfiles;
	void **kept;		/* memory owned by the guide */
	size_t nkept, kept_cap;
	size_t strings_cap;	/* room in g->strings */
	struct linefix *lines;	/* libconfuse's line numbers, corrected */
	const char *site_dir;	/* the folder of the file parsed, for include globs */
};

/* Every kind of screen, by its section name. A new kind adds one line here
 * and one CFG_SEC line in root_opts; no other kind changes. */
static const struct content_kind *const kinds[] = {
	&kind_menu,
	&kind_page,
	&kind_calc,
	&kind_directory,
};

static int include_file(cfg_t *cfg, cfg_opt_t *opt, int argc, const char **argv);

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
	CFG_FUNC("include", include_file),		/* include("screens/x.conf") */
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
static struct loader *parsing;

/* The index of NAME among the interned file names, adding it if new. */
static unsigned intern_file_index(struct loader *ld, const char *name)
{
	if (!name)
		name = "?";
	/* the values of one file come one after another */
	if (ld->last_file && strcmp(ld->last_file, name) == 0)
		return ld->last_index;
	for (size_t i = 0; i < ld->nfiles; i++)
		if (strcmp(ld->files[i], name) == 0) {
			ld->last_file = ld->files[i];
			return ld->last_index = (unsigned)i;
		}
	ld->files = xreallocarray(ld->files, ld->nfiles + 1, sizeof *ld->files);
	ld->files[ld->nfiles] = xstrdup(name);
	ld->last_file = ld->files[ld->nfiles];
	return ld->last_index = (unsigned)ld->nfiles++;
}

static const char *intern_file(struct loader *ld, const char *name)
{
	unsigned i = intern_file_index(ld, name);	/* first: it may move files */

	return ld->files[i];
}

struct screen loader_owner(const struct content_kind *named, const char *id, struct place at)
{
	struct screen s;

	memset(&s, 0, sizeof s);
	s.kind = named;
	s.id = id;
	s.at = at;
	return s;
}

const struct guide *loader_guide(const struct loader *ld)
{
	return ld->g;
}

void *loader_keep(struct loader *ld, void *p)
{
	if (ld->nkept == ld->kept_cap) {
		ld->kept_cap = ld->kept_cap ? ld->kept_cap * 2 : 256;
		ld->kept = xreallocarray(ld->kept, ld->kept_cap, sizeof *ld->kept);
	}
	return ld->kept[ld->nkept++] = p;
}

static size_t slot_of(const void *key, size_t cap)
{
	uintptr_t h = (uintptr_t)key;

	/* pointers are aligned: mix the bits before taking the slot */
	h ^= h >> 17;
	h *= (uintptr_t)0x9E3779B97F4A7C15u;
	h ^= h >> 29;
	return (size_t)h & (cap - 1);
}

/* Put N in TABLE; true when its key was not there yet. */
static bool put_note(struct place_note *table, size_t cap, struct place_note n)
{
	size_t i = slot_of(n.key, cap);
	bool fresh;

	while (table[i].key && table[i].key != n.key)
		i = (i + 1) & (cap - 1);
	fresh = !table[i].key;
	table[i] = n;	/* the same key again: the later value wins */
	return fresh;
}

/* The table holds one note per value of the whole configuration: at 10,000
 * contacts its first touch of fresh pages was a third of the load time, so
 * entries are small and the table is filled up to three quarters (a probe
 * finds its slot in about one step at that load). */
static void note_place(struct loader *ld, const void *key, const char *file, int line)
{
	struct place_note n = { key, intern_file_index(ld, file), line };

	if ((ld->nnotes + 1) * 4 > ld->cap * 3) {
		size_t cap = ld->cap ? ld->cap * 2 : 1024;
		struct place_note *t = xcalloc(cap, sizeof *t);

		for (size_t i = 0; i < ld->cap; i++)
			if (ld->notes[i].key)
				put_note(t, cap, ld->notes[i]);
		free(ld->notes);
		ld->notes = t;
		ld->cap = cap;
	}
	ld->nnotes += put_note(ld->notes, ld->cap, n);
}

/* Validation callback on every string and section option: note its place. */
static int record_place(cfg_t *cfg, cfg_opt_t *opt)
{
	unsigned n = cfg_opt_size(opt);

	if (!parsing || n == 0)
		return 0;
	if (opt->type == CFGT_SEC) {
		note_place(parsing, cfg_opt_getnsec(opt, n - 1), cfg->filename,
			   linefix_line(parsing->lines, cfg->filename, cfg->line));
	} else if (opt->type == CFGT_STR) {
		for (unsigned i = 0; i < n; i++) {
			const char *v = cfg_opt_getnstr(opt, i);
			int line = linefix_line(parsing->lines, cfg->filename, cfg->line);

			if (!v)
				continue;
			/* cfg->line is where the value ended; a scalar spanning
			 * several lines started that many lines earlier. */
			if (!(opt->flags & CFGF_LIST))
				for (const char *p = v; *p; p++)
					line -= *p == '\n';
			note_place(parsing, v, cfg->filename, line);
		}
	}
	return 0;
}

/* Set record_place on every string and section option below PREFIX. */
static void watch_options(cfg_t *cfg, cfg_opt_t *opts, const char *prefix)
{
	for (cfg_opt_t *o = opts; o->name; o++) {
		char *path = prefix ? xasprintf("%s|%s", prefix, o->name) : xstrdup(o->name);

		if (o->type == CFGT_STR || o->type == CFGT_SEC)
			cfg_set_validate_func(cfg, path, record_place);
		if (o->type == CFGT_SEC)
			watch_options(cfg, o->subopts, path);
		free(path);
	}
}

/* libconfuse reports syntax errors here; keep them as "FILE:LINE: message". */
static void parse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	char *text;

	if (!parsing)
		return;
	if (vasprintf(&text, fmt, ap) < 0)
		return;
	if (cfg && cfg->filename)
		diag_add(parsing->d, cfg->filename,
			 linefix_line(parsing->lines, cfg->filename, cfg->line), "%s", text);
	else
		diag_add(parsing->d, NULL, 0, "%s", text);
	free(text);
}

/* No configuration file is this large; a device or a runaway file is refused. */
#define MAX_FILE_BYTES (32L << 20)

/* A refused include: the problem is noted and the include is skipped. The
 * function still succeeds, because libconfuse 3.3 leaks the function's
 * arguments when a function fails (found by the fuzzer). */
static int refuse_include(cfg_t *cfg, const char *fmt, const char *arg)
{
	char *msg = xasprintf(fmt, arg);

	if (parsing)
		diag_add(parsing->d, cfg->filename ? cfg->filename : "?",
			 linefix_line(parsing->lines, cfg->filename, cfg->line), "%s", msg);
	free(msg);
	return 0;
}

/* An include of a pattern (the site's local.d, any name ending in .conf):
 * every file it matches in the folder of the site's configuration, in name
 * order; no match is no error. libconfuse reads the file included last
 * first, so they are included from the last name to the first. */
static int include_glob(cfg_t *cfg, cfg_opt_t *opt, const char *pattern)
{
	char *full;
	glob_t gl;
	size_t skip;

	if (!parsing || !parsing->site_dir || pattern[0] == '/' || strstr(pattern, ".."))
		return refuse_include(cfg, _("include: not allowed here: %s"), pattern);
	full = xasprintf("%s/%s", parsing->site_dir, pattern);
	skip = strlen(parsing->site_dir) + 1;
	if (glob(full, 0, NULL, &gl) == 0)
		for (size_t i = gl.gl_pathc; i-- > 0;) {
			const char *one[1] = { gl.gl_pathv[i] + skip };

			include_file(cfg, opt, 1, one);
		}
	globfree(&gl);
	free(full);
	return 0;
}

/* include("file"): only regular files of a sane size, found through the
 * search path. libconfuse would open anything its search finds and expands
 * "~" to a home folder. */
static int include_file(cfg_t *cfg, cfg_opt_t *opt, int argc, const char **argv)
{
	char *path;
	struct stat st;

	if (argc != 1)
		return refuse_include(cfg, _("include takes one file name%s"), "");
	if (argv[0][0] == '~')
		return refuse_include(cfg, _("include: '~' paths are not allowed: %s"), argv[0]);
	if (!cfg->path)
		return refuse_include(cfg, _("include: not allowed here: %s"), argv[0]);
	if (strpbrk(argv[0], "*?["))
		return include_glob(cfg, opt, argv[0]);
	path = cfg_searchpath(cfg->path, argv[0]);
	if (!path)
		return refuse_include(cfg, _("%s: Not found in search path"), argv[0]);
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
		refuse_include(cfg, _("include: not a regular file: %s"), path);
		free(path);
		return 0;
	}
	if (st.st_size > MAX_FILE_BYTES) {
		refuse_include(cfg, _("include: %s is larger than 32 MiB"), path);
		free(path);
		return 0;
	}
	free(path);
	return cfg_include(cfg, opt, argc, argv);
}

/* The place noted last for KEY into *AT; false when none was. */
static bool find_place(const struct loader *ld, const void *key, struct place *at)
{
	if (!ld->cap || !key)
		return false;
	for (size_t i = slot_of(key, ld->cap); ld->notes[i].key; i = (i + 1) & (ld->cap - 1))
		if (ld->notes[i].key == key) {
			*at = (struct place){ ld->files[ld->notes[i].file], ld->notes[i].line };
			return true;
		}
	return false;
}

/* Where the first value of an option was written, or the section's place. */
static struct place place_of(struct loader *ld, cfg_t *sec, cfg_opt_t *opt)
{
	struct place at;

	if (opt && opt->type == CFGT_STR && cfg_opt_size(opt) > 0 &&
	    find_place(ld, cfg_opt_getnstr(opt, 0), &at))
		return at;
	if (find_place(ld, sec, &at))
		return at;
	return (struct place){ intern_file(ld, sec->filename),
			       linefix_line(ld->lines, sec->filename, sec->line) };
}

struct place loader_place(struct loader *ld, cfg_t *sec, const char *key)
{
	return place_of(ld, sec, key ? cfg_getopt(sec, key) : NULL);
}

void loader_error(struct loader *ld, struct place at, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(ap);
	diag_add(ld->d, at.file, at.line, "%s", text ? text : "?");
	free(text);
}

static void add_string(struct loader *ld, const char *text, struct place at,
		       const struct screen *s, const char *key)
{
	struct guide *g = ld->g;

	/* grows by doubling: a large directory has tens of thousands */
	if (g->nstrings == ld->strings_cap) {
		ld->strings_cap = ld->strings_cap ? ld->strings_cap * 2 : 256;
		g->strings = xreallocarray(g->strings, ld->strings_cap, sizeof *g->strings);
	}
	g->strings[g->nstrings++] = (struct content_string){
		text, at, s ? s->kind->name : NULL, s ? s->id : NULL, key
	};
}

char *loader_normalise_prose(const char *raw)
{
	size_t n = strlen(raw);
	char *out = xmalloc(n + 1), *o = out;
	int pending_paragraph = 0;

	for (const char *p = raw; *p;) {
		const char *end = strchr(p, '\n');
		const char *b, *e;

		if (!end)
			end = p + strlen(p);
		b = p;
		e = end;
		while (b < e && (*b == ' ' || *b == '\t' || *b == '\r'))
			b++;
		while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (b == e) {
			pending_paragraph = o > out;
		} else {
			if (o > out) {
				if (pending_paragraph) {
					*o++ = '\n';
					*o++ = '\n';
				} else if (e - b >= 2 && b[0] == '-' && b[1] == ' ') {
					*o++ = '\n';
				} else {
					*o++ = ' ';
				}
			}
			pending_paragraph = 0;
			for (; b < e; b++)
				*o++ = *b == '\t' ? ' ' : *b;
		}
		p = *end ? end + 1 : end;
	}
	*o = '\0';
	return out;
}

/* One checked string value: the common path of loader_string and lists. */
static const char *take_string(struct loader *ld, struct screen *s, const char *value,
			       struct place at, const char *key, unsigned flags)
{
	const char *v = value;

	if (flags & LD_PROSE)
		v = loader_keep(ld, loader_normalise_prose(value));
	if (flags & LD_REQUIRED) {
		const char *p = v;

		while (*p == ' ')
			p++;
		if (!*p) {
			if (s)
				loader_error(ld, at, _("%s \"%s\": '%s' is empty"), s->kind->name,
					     s->id, key);
			else
				loader_error(ld, at, _("'%s' is empty"), key);
			return NULL;
		}
	}
	if ((flags & LD_TRANSLATE) && *v)
		add_string(ld, v, at, s, key);
	return v;
}

const char *loader_string(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags)
{
	/* one look-up of the option: libconfuse finds options by name, one by one */
	cfg_opt_t *opt = cfg_getopt(sec, key);
	const char *v = opt && cfg_opt_size(opt) ? cfg_opt_getnstr(opt, 0) : NULL;
	struct place at = place_of(ld, sec, opt);

	if (!v) {
		/* a missing key is reported where the screen's title is, which
		 * is nearer its start than the section's closing brace */
		if (s && s->at.file && strcmp(key, "title") != 0)
			at = s->at;
		if (flags & LD_REQUIRED) {
			if (s)
				loader_error(ld, at, _("%s \"%s\" has no '%s'"), s->kind->name,
					     s->id, key);
			else
				loader_error(ld, at, _("'%s' is missing"), key);
		}
		return NULL;
	}
	return take_string(ld, s, v, at, key, flags);
}

size_t loader_string_list(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags, const char ***out)
{
	/* one look-up of the option by name, not one per value */
	cfg_opt_t *opt = cfg_getopt(sec, key);
	unsigned n = opt ? cfg_opt_size(opt) : 0;
	const char **list = loader_keep(ld, xcalloc(n + 1, sizeof *list));
	size_t kept = 0;

	if (n == 0 && (flags & LD_REQUIRED)) {
		struct place at = s && s->at.file ? s->at : loader_place(ld, sec, NULL);

		if (s)
			loader_error(ld, at, _("%s \"%s\" has no '%s'"), s->kind->name, s->id, key);
		else
			loader_error(ld, at, _("'%s' is missing"), key);
	}
	for (unsigned i = 0; i < n; i++) {
		const char *raw = cfg_opt_getnstr(opt, i);
		struct place at;
		const char *v;

		if (!find_place(ld, raw, &at))
			at = loader_place(ld, sec, NULL);
		v = take_string(ld, s, raw, at, key, flags);
		if (v)
			list[kept++] = v;
	}
	*out = list;
	return kept;
}

void loader_date(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
		 bool required, struct date *out)
{
	const char *v = loader_string(ld, s, sec, key, required ? LD_REQUIRED : 0);

	if (v && dates_parse(v, out) < 0)
		loader_error(ld, loader_place(ld, sec, key),
			     _("'%s' is not a date of the form YYYY-MM-DD: \"%s\""), key, v);
}

void loader_link(struct loader *ld, struct screen *s, const char *target, struct place at)
{
	(void)ld;
	s->links = xreallocarray(s->links, s->nlinks + 1, sizeof *s->links);
	s->links[s->nlinks++] = (struct link){ target, at };
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
static void load_language_details(struct loader *ld)
{
	struct guide *g = ld->g;

	g->language_info = loader_keep(ld, xcalloc(g->nlanguages + 1, sizeof *g->language_info));
	for (size_t i = 0; i < g->nlanguages; i++) {
		struct language_info *li = &g->language_info[i];
		cfg_t *sec = cfg_gettsec(ld->cfg, "language", g->languages[i]);
		const char *dir, *digits;

		if (!sec)
			continue;
		dir = loader_string(ld, NULL, sec, "direction", 0);
		if (dir && strcmp(dir, "rtl") == 0)
			li->rtl = true;
		else if (dir && strcmp(dir, "ltr") != 0)
			loader_error(ld, loader_place(ld, sec, "direction"),
				     _("'direction' is \"%s\"; it must be \"ltr\" or \"rtl\""), dir);
		digits = loader_string(ld, NULL, sec, "digits", 0);
		if (digits && digits_parse(digits, &li->digits) < 0)
			loader_error(ld, loader_place(ld, sec, "digits"),
				     _("'digits' is \"%s\"; it must be \"western\", \"arabic-indic\" or "
				       "\"extended-arabic-indic\""), digits);
		if (cfg_size(sec, "solar-hijri-months") > 0 &&
		    loader_string_list(ld, NULL, sec, "solar-hijri-months", LD_REQUIRED,
				       &li->solar_hijri_months) != 12) {
			loader_error(ld, loader_place(ld, sec, "solar-hijri-months"),
				     _("'solar-hijri-months' must name the 12 months"));
			li->solar_hijri_months = NULL;
		}
	}
}

/* The ASCII spellings: pairs of one letter and printable ASCII. */
static void load_ascii(struct loader *ld)
{
	struct guide *g = ld->g;
	const char **list = NULL;
	size_t n = cfg_size(ld->cfg, "ascii") ? loader_string_list(ld, NULL, ld->cfg, "ascii", 0,
								    &list) : 0;

	if (n % 2) {
		loader_error(ld, loader_place(ld, ld->cfg, "ascii"),
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
			loader_error(ld, loader_place(ld, ld->cfg, "ascii"),
				     _("'ascii' pair \"%s\", \"%s\": the first must be one letter "
				       "that is not ASCII, the second printable ASCII"),
				     list[i], list[i + 1]);
	}
	g->ascii = list;
	g->nascii = n / 2;
}

/* offer = {...}: the site narrows the content's languages to these, in its
 * own order; each must be one the content has. */
static void offer_languages(struct loader *ld)
{
	struct guide *g = ld->g;
	const char **offer;
	size_t n = 0;

	if (cfg_size(ld->cfg, "offer") == 0)
		return;
	loader_string_list(ld, NULL, ld->cfg, "offer", LD_REQUIRED, &offer);
	for (size_t i = 0; offer[i]; i++) {
		bool known = false;

		for (size_t k = 0; k < g->nlanguages && !known; k++)
			known = strcmp(offer[i], g->languages[k]) == 0;
		if (known)
			offer[n++] = offer[i];
		else
			loader_error(ld, loader_place(ld, ld->cfg, "offer"),
				     "'offer' names \"%s\", which is not in the content's languages",
				     offer[i]);
	}
	offer[n] = NULL;
	if (n > 0) {
		g->languages = offer;
		g->nlanguages = n;
	}
}

static void load_globals(struct loader *ld)
{
	struct guide *g = ld->g;
	cfg_t *cfg = ld->cfg;

	g->title = loader_string(ld, NULL, cfg, "title", LD_REQUIRED | LD_TRANSLATE);
	g->content_version = loader_string(ld, NULL, cfg, "content-version", LD_REQUIRED);
	loader_date(ld, NULL, cfg, "content-date", true, &g->content_date);
	g->root_id = loader_string(ld, NULL, cfg, "root", LD_REQUIRED);
	g->card_language = loader_string(ld, NULL, cfg, "card-language", LD_REQUIRED);
	g->kiosk_timeout = (int)cfg_getint(cfg, "kiosk-timeout");
	if (g->kiosk_timeout < 30 || g->kiosk_timeout > 86400)
		loader_error(ld, loader_place(ld, cfg, NULL),
			     _("'kiosk-timeout' is %d seconds; it must be from 30 to 86400"),
			     g->kiosk_timeout);
	g->nlanguages = loader_string_list(ld, NULL, cfg, "languages", LD_REQUIRED,
					   &g->languages);
	for (size_t i = 0; i < g->nlanguages; i++) {
		const char *c = g->languages[i];
		bool ok = strlen(c) >= 2 && strlen(c) <= 16;

		for (const char *p = c; *p && ok; p++)
			ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
			     *p == '@';
		if (!ok)
			loader_error(ld, loader_place(ld, cfg, "languages"),
				     _("'%s' is not a language code such as \"en\" or \"sr@latin\""), c);
	}
	offer_languages(ld);
	/* every offered language needs its name for the chooser; names are
	 * not translated: each is written in its own language */
	g->language_names = loader_keep(ld, xcalloc(g->nlanguages + 1, sizeof *g->language_names));
	for (size_t i = 0; i < g->nlanguages; i++) {
		cfg_t *sec = cfg_gettsec(cfg, "language", g->languages[i]);

		if (sec)
			g->language_names[i] = loader_string(ld, NULL, sec, "name", LD_REQUIRED);
		else if (strcmp(g->languages[i], "en") == 0)
			g->language_names[i] = "English";	/* the original needs no section */
		if (!g->language_names[i]) {
			loader_error(ld, loader_place(ld, cfg, "languages"),
				     _("language \"%s\" is offered but has no language section with "
				       "its name"), g->languages[i]);
			g->language_names[i] = g->languages[i];
		}
	}
	load_language_details(ld);
	g->bidi = loader_string(ld, NULL, cfg, "bidi", LD_REQUIRED);
	if (g->bidi && bidi_mode_parse(g->bidi, &(enum bidi_mode){ 0 }) < 0)
		loader_error(ld, loader_place(ld, cfg, "bidi"),
			     _("'bidi' is \"%s\"; it must be \"auto\", \"app\", \"terminal\" or "
			       "\"none\""), g->bidi);
	g->charset = loader_string(ld, NULL, cfg, "charset", LD_REQUIRED);
	if (g->charset && i18n_charset_parse(g->charset) < 0)
		loader_error(ld, loader_place(ld, cfg, "charset"),
			     "'charset' is \"%s\"; it must be \"auto\", \"ascii\" or \"utf-8\"",
			     g->charset);
	load_ascii(ld);
}

static void load_screens(struct loader *ld)
{
	struct guide *g = ld->g;
	size_t total = 0;

	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		total += cfg_size(ld->cfg, kinds[k]->name);
	g->screens = xcalloc(total, sizeof *g->screens);
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		unsigned n = cfg_size(ld->cfg, kinds[k]->name);

		for (unsigned i = 0; i < n; i++) {
			cfg_t *sec = cfg_getnsec(ld->cfg, kinds[k]->name, i);
			struct screen *s = &g->screens[g->nscreens++];

			s->id = cfg_title(sec);
			s->kind = kinds[k];
			s->at = loader_place(ld, sec, "title");
			if (!valid_id(s->id))
				loader_error(ld, s->at,
					     _("screen id \"%s\": use only a-z, 0-9 and '-'"), s->id);
			s->title = loader_string(ld, s, sec, "title", LD_REQUIRED | LD_TRANSLATE);
			kinds[k]->load(ld, sec, s);
		}
	}
}

/* With more than one language, a root menu must offer the chooser: people
 * who cannot read the language on the screen need a way out that does not
 * depend on knowing the keys. */
static void check_language_item(struct loader *ld, const struct screen *root)
{
	const struct menu_data *m = root->data;

	if (ld->g->nlanguages < 2 || strcmp(root->kind->name, "menu") != 0 || !m)
		return;
	for (size_t i = 0; i < m->nitems; i++)
		if (strcmp(m->items[i].target, MENU_LANGUAGE_TARGET) == 0)
			return;
	loader_error(ld, root->at,
		     _("menu \"%s\" is the root and %zu languages are offered: it needs an item "
		       "with goto = \"%s\" (the language chooser)"),
		     root->id, ld->g->nlanguages, MENU_LANGUAGE_TARGET);
}

/* Ids unique across kinds, links that lead somewhere, every screen reachable. */
static void check_links(struct loader *ld)
{
	struct guide *g = ld->g;
	const struct screen *root;
	bool *seen;
	size_t *queue, head = 0, tail = 0;

	for (size_t i = 0; i < g->nscreens; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(g->screens[i].id, g->screens[j].id) == 0) {
				loader_error(ld, g->screens[i].at,
					     _("duplicate screen id \"%s\" (first defined at %s:%d)"),
					     g->screens[i].id, g->screens[j].at.file,
					     g->screens[j].at.line);
				break;
			}
	for (size_t i = 0; i < g->nscreens; i++)
		for (size_t l = 0; l < g->screens[i].nlinks; l++)
			if (!guide_find_screen(g, g->screens[i].links[l].target))
				loader_error(ld, g->screens[i].links[l].at,
					     _("%s \"%s\" leads to \"%s\", but there is no such screen"),
					     g->screens[i].kind->name, g->screens[i].id,
					     g->screens[i].links[l].target);
	if (!g->root_id)
		return;
	root = guide_find_screen(g, g->root_id);
	if (!root) {
		loader_error(ld, loader_place(ld, ld->cfg, "root"),
			     _("root screen \"%s\" does not exist"), g->root_id);
		return;
	}
	check_language_item(ld, root);
	seen = xcalloc(g->nscreens, sizeof *seen);
	queue = xcalloc(g->nscreens, sizeof *queue);
	queue[tail++] = (size_t)(root - g->screens);
	seen[queue[0]] = true;
	while (head < tail) {
		const struct screen *s = &g->screens[queue[head++]];

		for (size_t l = 0; l < s->nlinks; l++) {
			const struct screen *t = guide_find_screen(g, s->links[l].target);

			if (t && !seen[t - g->screens]) {
				seen[t - g->screens] = true;
				queue[tail++] = (size_t)(t - g->screens);
			}
		}
	}
	for (size_t i = 0; i < g->nscreens; i++)
		if (!seen[i] && guide_find_screen(g, g->screens[i].id) == &g->screens[i])
			loader_error(ld, g->screens[i].at,
				     _("%s \"%s\" cannot be reached from the root screen \"%s\""),
				     g->screens[i].kind->name, g->screens[i].id, g->root_id);
	free(seen);
	free(queue);
}

static void free_loader(struct loader *ld)
{
	for (size_t i = 0; i < ld->nkept; i++)
		free(ld->kept[i]);
	free(ld->kept);
	for (size_t i = 0; i < ld->nfiles; i++)
		free(ld->files[i]);
	free(ld->files);
	free(ld->notes);
	linefix_free(ld->lines);
	if (ld->cfg)
		cfg_free(ld->cfg);
	free(ld);
}

/* Parse either a file (through the search path) or a text, then load and
 * check the guide. */
static int load(struct guide *g, const char *file, const char *text, const char *const *search,
		struct diag *d)
{
	struct loader *ld = xcalloc(1, sizeof *ld);
	size_t before = d->n;
	int rc;

	memset(g, 0, sizeof *g);
	ld->g = g;
	ld->d = d;
	ld->lines = linefix_new();
	ld->cfg = cfg_init(root_opts, CFGF_NONE);
	cfg_set_error_function(ld->cfg, parse_error);
	watch_options(ld->cfg, root_opts, NULL);
	{
		/* measure libconfuse's line miscount now: its lexer is global,
		 * so the probe must not run in the middle of a parse */
		int per_line, per_block;

		linefix_extra(&per_line, &per_block);
	}
	parsing = ld;
	if (file) {
		const char *slash = strrchr(file, '/');
		char *dir = slash ? xstrndup(file, (size_t)(slash - file) + (slash == file)) :
			    xstrdup(".");

		/* libconfuse looks for the file itself and for every include in
		 * the search path: the config's own folder first, then the
		 * content folders */
		cfg_add_searchpath(ld->cfg, dir);
		for (size_t i = 0; search && search[i]; i++)
			cfg_add_searchpath(ld->cfg, search[i]);
		ld->site_dir = dir;
		rc = cfg_parse(ld->cfg, slash ? slash + 1 : file);
		ld->site_dir = NULL;
		free(dir);
	} else {
		rc = cfg_parse_buf(ld->cfg, text);
	}
	parsing = NULL;
	if (rc != CFG_SUCCESS) {
		if (d->n == before)
			diag_add(d, file ? file : "built-in", 0, "%s",
				 _("cannot read the configuration file"));
		free_loader(ld);
		memset(g, 0, sizeof *g);
		return -1;
	}
	load_globals(ld);
	g->deadlines = deadlines_load(ld, ld->cfg);
	g->directory = directory_load(ld, ld->cfg);
	load_screens(ld);
	check_links(ld);
	g->priv = ld;
	if (d->n > before) {
		loader_free(g);
		return -1;
	}
	return 0;
}

int loader_load(struct guide *g, const char *file, const char *const *search, struct diag *d)
{
	struct stat st;

	if (stat(file, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size > MAX_FILE_BYTES) {
		memset(g, 0, sizeof *g);
		diag_add(d, file, 0, "%s", _("cannot read the configuration file"));
		return -1;
	}
	return load(g, file, NULL, search, d);
}

int loader_load_text(struct guide *g, const char *text, struct diag *d)
{
	return load(g, NULL, text, NULL, d);
}

void loader_free(struct guide *g)
{
	struct loader *ld = g->priv;

	for (size_t i = 0; i < g->nscreens; i++) {
		if (g->screens[i].kind->free_data)
			g->screens[i].kind->free_data(g->screens[i].data);
		free(g->screens[i].links);
	}
	free(g->screens);
	free(g->strings);
	deadlines_free(g->deadlines);
	directory_free(g->directory);
	if (ld)
		free_loader(ld);
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
	const struct loader *ld = g->priv;
	unsigned long long h = 1469598103934665603ull;

	for (size_t i = 0; ld && i < ld->nfiles; i++) {
		struct stat st;
		unsigned long long v[4] = { 0, 0, 0, 0 };

		if (stat(ld->files[i], &st) == 0) {
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
