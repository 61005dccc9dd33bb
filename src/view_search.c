/* view_search.c: "/" from any screen searches every page and contact, in the
 * current language and in English, and lists each match with the line that
 * matched; Enter opens the page at that line. Nothing searched is kept. */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "i18n.h"
#include "kind.h"
#include "kind_directory.h"
#include "kind_page.h"
#include "match.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

#define QUERY_MAX 64
/* Enough to choose from; the person can type more words to narrow it. */
#define MAX_HITS 200

static const struct content_kind search_kind = { .name = "search" };

const struct screen view_search_screen = {
	.id = "search",
	.kind = &search_kind,
	.title = N_("Search"),
};

struct hit {
	const struct screen *screen;	/* a page, or the directory of a contact */
	const struct contact *contact;
	char *line;			/* what matched, as shown */
};

struct search_state {
	wchar_t query[QUERY_MAX + 1];
	size_t nquery;
	bool editing;
	bool searched;
	char *folded;			/* the folded query of the last search */
	struct hit *hits;
	size_t nhits;
};

/* The search's own state in a view. */
static struct search_state *state(struct view *v)
{
	return v->state;
}

/* What was typed, as UTF-8: new. */
static char *query_utf8(const struct search_state *s)
{
	return text_encode(s->query, s->nquery);
}

/* Forget the query and the hits (nothing typed is kept). */
static void forget(struct search_state *s)
{
	for (size_t i = 0; i < s->nhits; i++)
		free(s->hits[i].line);
	free(s->hits);
	free(s->folded);
	memset(s, 0, sizeof *s);
}

/* Note a page or contact that matches, with the line to show for it. */
static void add_hit(struct search_state *s, const struct screen *sc, const struct contact *ct,
		    char *line)
{
	s->hits = xreallocarray(s->hits, s->nhits + 1, sizeof *s->hits);
	s->hits[s->nhits++] = (struct hit){ sc, ct, line };
}

/* The first line of a text, laid out at `width`, that matches; new, or NULL. */
static char *matching_line(const struct language_context *lc, const char *text, int width,
			   const char *query)
{
	struct doc d;
	long line;
	char *out = NULL;

	doc_init(&d, width, lc);
	doc_prose(&d, text, DOC_PLAIN, -1);
	line = view_find_line(&d, 0, query);
	if (line >= 0)
		out = text_encode(d.lines[line].text, d.lines[line].len);
	doc_free(&d);
	return out;
}

/* A page matches in its title, text or what changed, translated or English. */
static char *page_match(const struct language_context *lc, const struct screen *sc, int width,
			const char *query)
{
	const struct page_data *p = sc->data;
	const char *texts[6] = { tr(sc->title), tr(p->text), p->changed ? tr(p->changed) : NULL,
				 sc->title, p->text, p->changed };

	for (int i = 0; i < 6; i++) {
		char *line;

		if (!texts[i] || (i >= 3 && texts[i] == texts[i - 3]))
			continue;
		line = matching_line(lc, texts[i], width, query);
		if (line)
			return line;
	}
	return NULL;
}

/* Search every page and the directory for the folded query. */
static void run_search(struct view *v, const struct view_ctx *c)
{
	struct search_state *s = state(v);
	char *q8 = query_utf8(s);
	const struct directory *dir = c->g->directory;
	const struct screen *dir_screen = NULL;

	for (size_t i = 0; i < s->nhits; i++)
		free(s->hits[i].line);
	free(s->hits);
	s->hits = NULL;
	s->nhits = 0;
	free(s->folded);
	s->folded = match_fold(q8);
	free(q8);
	s->searched = true;
	if (!*s->folded)
		return;
	for (size_t i = 0; i < c->g->nscreens && s->nhits < MAX_HITS; i++) {
		const struct screen *sc = &c->g->screens[i];
		char *line;

		if (sc->kind == &kind_directory && !dir_screen)
			dir_screen = sc;
		if (sc->kind != &kind_page)
			continue;
		line = page_match(c->g->lang, sc, c->cols - 2, s->folded);
		if (line)
			add_hit(s, sc, NULL, line);
	}
	for (size_t i = 0; dir && dir_screen && i < dir->ncontacts && s->nhits < MAX_HITS; i++) {
		const struct contact *ct = &dir->contacts[i];
		char *all = directory_fold(ct);

		if (match_folded(all, s->folded))
			add_hit(s, dir_screen, ct, xstrdup(contact_name(ct)));
		free(all);
	}
}

/* The field, then the hits numbered with their matching lines, or why there are none. */
static void layout(struct view *v, const struct view_ctx *c)
{
	struct search_state *s = state(v);
	char *q8 = query_utf8(s), *line;

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	doc_prose(&v->doc, _("Search all pages and contacts"), DOC_BOLD, -1);
	line = xasprintf(_("Search for: %s%s"), q8, s->editing ? "_" : "");
	doc_item(&v->doc, "", line, s->editing ? DOC_REVERSE : DOC_PLAIN, -2);
	free(line);
	free(q8);
	doc_blank(&v->doc);
	if (!s->searched) {
		doc_prose(&v->doc, _("Type a word, then Enter. Letters with or without accents, "
				     "Latin or Cyrillic, all match."), DOC_PLAIN, -1);
	} else if (s->nhits == 0) {
		doc_prose(&v->doc, _("Nothing found. Try another word."), DOC_PLAIN, -1);
	} else {
		line = xasprintf(i18n_ngettext("%zu match:", "%zu matches:", s->nhits), s->nhits);
		doc_prose(&v->doc, line, DOC_PLAIN, -1);
		free(line);
		for (size_t i = 0; i < s->nhits; i++) {
			const struct hit *h = &s->hits[i];

			if (h->contact)
				line = xasprintf("%s: %s", _("Contact"), h->line);
			else
				line = xasprintf("%s: %s", tr(h->screen->title), h->line);
			doc_item(&v->doc, "", line, DOC_PLAIN, (int)i);
			free(line);
		}
	}
	v->layout = c->layout;
}

/* Open the search with the field focused and empty. */
static void search_enter(struct view *v, const struct view_ctx *c)
{
	struct search_state *s = xcalloc(1, sizeof *s);

	s->editing = true;
	v->state = s;
	v->cursor = 0;
	layout(v, c);
}

/* Draw the search, keeping the chosen hit on the screen. */
static void search_draw(struct view *v, const struct view_ctx *c)
{
	struct search_state *s = state(v);

	if (v->layout != c->layout)
		layout(v, c);
	if (!s->editing && s->nhits)
		view_follow_item(v, c, v->cursor, v->cursor == 0, 0);
	view_draw_doc(v, c, s->editing ? -1 : v->cursor);
}

/* Open the i-th hit, at the line or contact that matched. */
static struct view_result open_hit(struct view *v, size_t i)
{
	struct search_state *s = state(v);
	struct view_result r = { .handled = true, .open = s->hits[i].screen->id,
				  .focus = s->folded, .target = s->hits[i].contact };

	return r;
}

/* A digit or Enter opens a hit; the cursor keys move. */
static struct view_result search_action(struct view *v, const struct view_ctx *c,
					enum action a, int digit)
{
	struct search_state *s = state(v);
	struct view_result r = { .handled = true };
	int n = (int)s->nhits;

	if (digit >= 1 && digit <= n && digit <= 9)
		return open_hit(v, (size_t)digit - 1);
	if (view_cursor_move(&v->cursor, n, c, a))
		return r;
	switch (a) {
	case ACT_OPEN:
		if (n)
			return open_hit(v, (size_t)v->cursor);
		break;
	default: r.handled = false;
	}
	return r;
}

/* The query field has focus until a search finds something. */
static bool search_text_focus(const struct view *v)
{
	return ((const struct search_state *)v->state)->editing;
}

/* Keys in the field: type, erase, Enter searches, Esc leaves, Down goes to the hits. */
static struct view_result search_text_key(struct view *v, const struct view_ctx *c,
					  struct keypress k)
{
	struct search_state *s = state(v);
	struct view_result r = { .handled = true };

	v->layout = 0;
	switch (view_field_edit(s->query, &s->nquery, QUERY_MAX, k)) {
	case FIELD_DONE:
		run_search(v, c);
		s->editing = s->nhits == 0;
		v->cursor = 0;
		v->top = 0;
		break;
	case FIELD_ESC:
		r.handled = false;	/* Esc leaves the search */
		break;
	case FIELD_MOVE:
		/* into the list of hits, when there is one */
		if (s->nhits)
			s->editing = false;
		else
			r.handled = false;
		break;
	case FIELD_NONE:
		r.handled = false;
		break;
	default:
		break;
	}
	return r;
}

/* Outside the field: Tab or / types a new search. */
static struct view_result search_key(struct view *v, const struct view_ctx *c, struct keypress k)
{
	struct view_result r = { .handled = false };

	(void)c;
	if (!k.is_key && (k.code == '\t' || k.code == '/')) {
		state(v)->editing = true;
		v->layout = 0;
		r.handled = true;
	}
	return r;
}

/* The key hints, in the field or on the hits. */
static const char *search_hints(const struct view *v, const struct view_ctx *c)
{
	(void)c;
	if (((const struct search_state *)v->state)->editing)
		/* TRANSLATORS: the key bar while typing a search; keep it short */
		return N_("type words  Enter search  Esc back");
	return N_("Enter open  / new search  Esc back  ? help");
}

/* The position indicator when the hits do not fit. */
static void search_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	view_position(v, c, buf, n);
}

/* Forget the query and the hits (the caller frees the state). */
static void search_leave(struct view *v)
{
	forget(state(v));
	doc_free(&v->doc);
}

const struct view_kind view_search = {
	.content = &search_kind,
	.enter = search_enter,
	.draw = search_draw,
	.action = search_action,
	.key = search_key,
	.text_focus = search_text_focus,
	.text_key = search_text_key,
	.hints = search_hints,
	.position = search_position,
	.leave = search_leave,
};
