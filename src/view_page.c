/* view_page.c: a page on the screen: its text, what changed, its sources and
 * dates, scrolled by lines and screens. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "i18n.h"
#include "kind_page.h"
#include "qr_text.h"
#include "view.h"
#include "xalloc.h"

/* The card shown alone, or -1 (kept in v->cursor, which pages do not use). */
static int card_of(const struct view *v)
{
	return v->cursor - 1;
}

/* Centre the lines from `from` on in the doc's width. */
static void centre(struct doc *d, size_t from)
{
	for (size_t i = from; i < d->n; i++)
		d->lines[i].indent = d->lines[i].cols < d->width ? (d->width - d->lines[i].cols) / 2 : 0;
}

/* One card alone, centred: the person's language, then the officials'. */
static void layout_card(struct view *v, const struct view_ctx *c)
{
	const struct page_data *p = v->screen->data;
	const char *sentence = p->cards[card_of(v)];
	char *serbian = tr_in(c->g->card_language, sentence);
	size_t first;
	long pad;

	first = v->doc.n;
	doc_prose(&v->doc, tr(sentence), DOC_BOLD, -1);
	if (serbian) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, serbian, DOC_BOLD, -1);
	}
	centre(&v->doc, first);
	free(serbian);
	/* the block in the middle of the screen, above the note */
	pad = (c->rows - (long)(v->doc.n - first) - 2) / 2;
	while (pad-- > 0) {
		doc_blank(&v->doc);
		memmove(&v->doc.lines[first + 1], &v->doc.lines[first],
			(v->doc.n - first - 1) * sizeof *v->doc.lines);
		v->doc.lines[first] = (struct doc_line){ L"", 0, NULL, 0, 0, 0, DOC_PLAIN, -1, 0 };
	}
	if (p->ncards > 1) {
		char *line = xasprintf(_("Card %d of %zu: Space for the next one."), card_of(v) + 1,
				       p->ncards);

		line = digits_localize_new(c->g->lang->digits, line);

		doc_blank(&v->doc);
		first = v->doc.n;
		doc_prose(&v->doc, line, DOC_PLAIN, -1);
		centre(&v->doc, first);
		free(line);
	}
}

/* How old the sources are, near the top, when they are old or undated. */
static void layout_age(struct view *v, const struct view_ctx *c)
{
	const struct page_data *p = v->screen->data;
	char *s = source_dates_line(c->g->lang->digits, p->source_dates, p->nsource_dates,
				    c->today);

	if (!s)
		return;
	doc_prose(&v->doc, s, DOC_BOLD, -1);
	doc_blank(&v->doc);
	free(s);
}

/* The page: title, warnings, text, what changed, sources and date (or one card alone). */
static void layout(struct view *v, const struct view_ctx *c)
{
	const struct page_data *p = v->screen->data;
	char iso[11], *s;

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	if (card_of(v) >= 0) {
		layout_card(v, c);
		v->layout = c->layout;
		return;
	}
	doc_prose(&v->doc, tr(v->screen->title), DOC_BOLD, -1);
	doc_blank(&v->doc);
	layout_age(v, c);
	if (p->ncards && !c->line_mode && !c->printing) {
		doc_prose(&v->doc, _("Press Enter to show a sentence of this page to an official, "
				     "in Serbian."), DOC_REVERSE, -1);
		doc_blank(&v->doc);
	}
	if (dates_valid(p->review_by) && dates_compare(c->today, p->review_by) > 0) {
		dates_format_iso(p->review_by, iso);
		s = xasprintf(_("This page may be out of date: it should have been checked by %s. "
				"Check with a free legal aid organisation."), iso);
		doc_prose(&v->doc, s, DOC_REVERSE, -1);
		free(s);
		doc_blank(&v->doc);
	}
	if (p->show_version) {
		dates_format_iso(c->g->content_date, iso);
		s = xasprintf(_("Content version %s of %s."), c->g->content_version, iso);
		doc_prose(&v->doc, s, DOC_BOLD, -1);
		free(s);
		doc_blank(&v->doc);
	}
	doc_prose(&v->doc, tr(p->text), DOC_PLAIN, -1);
	if (p->changed) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, _("What changed:"), DOC_BOLD, -1);
		doc_prose(&v->doc, tr(p->changed), DOC_PLAIN, -1);
	}
	doc_blank(&v->doc);
	doc_prose(&v->doc, ngettext("Source:", "Sources:", p->nsources), DOC_BOLD, -1);
	for (size_t i = 0; i < p->nsources; i++)
		doc_item(&v->doc, "- ", tr(p->sources[i]), DOC_PLAIN, -1);
	dates_format_iso(p->updated, iso);
	s = xasprintf(_("Facts last checked: %s"), iso);
	doc_prose(&v->doc, s, DOC_PLAIN, -1);
	free(s);
	if (p->ncards && c->line_mode) {
		/* no card screen in line mode: the sentences, and their Serbian */
		doc_blank(&v->doc);
		doc_prose(&v->doc, _("To show an official:"), DOC_BOLD, -1);
		for (size_t i = 0; i < p->ncards; i++) {
			char *serbian = tr_in(c->g->card_language, p->cards[i]);

			doc_item(&v->doc, "- ", tr(p->cards[i]), DOC_PLAIN, -1);
			if (serbian)
				doc_item(&v->doc, "  ", serbian, DOC_PLAIN, -1);
			free(serbian);
		}
	}
	v->layout = c->layout;
}

/* Open a page at its top, with no card shown. */
static void page_enter(struct view *v, const struct view_ctx *c)
{
	v->top = 0;
	layout(v, c);
}

/* Draw the page or the card. */
static void page_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	view_draw_doc(v, c, -1);
}

/* Scroll the page; Enter shows the cards, Space and b go through them, Esc leaves them. */
static struct view_result page_action(struct view *v, const struct view_ctx *c, enum action a,
				      int digit)
{
	const struct page_data *p = v->screen->data;
	struct view_result r = { .handled = true };

	(void)digit;
	if (card_of(v) >= 0) {
		/* a card: Space and Down for the next, Up and b for the one before */
		if ((a == ACT_PAGE_DOWN || a == ACT_DOWN || a == ACT_OPEN) &&
		    card_of(v) + 1 < (int)p->ncards)
			v->cursor++;
		else if ((a == ACT_PAGE_UP || a == ACT_UP) && card_of(v) > 0)
			v->cursor--;
		else if (a == ACT_BACK)
			v->cursor = 0;
		else if (a != ACT_PAGE_DOWN && a != ACT_DOWN && a != ACT_OPEN && a != ACT_PAGE_UP &&
			 a != ACT_UP)
			r.handled = false;
		v->layout = 0;
		v->top = 0;
		return r;
	}
	if (a == ACT_OPEN && p->ncards) {
		v->cursor = 1;
		v->layout = 0;
		v->top = 0;
		return r;
	}
	r.handled = view_scroll(v, c, a);
	return r;
}

/* The key hints of the page or of the cards. */
static const char *page_hints(const struct view *v, const struct view_ctx *c)
{
	const struct page_data *p = v->screen->data;

	(void)c;
	if (card_of(v) >= 0)
		/* TRANSLATORS: the key bar while a card is shown; keep it short */
		return N_("Space next  b before  Esc back to the page");
	if (p->ncards)
		/* TRANSLATORS: the key bar of a page with cards; keep it short */
		return N_("Enter show  Space more  Esc back  m menu  ? help");
	/* TRANSLATORS: the key bar of a page; keep it short */
	return N_("Space more  b up  Esc back  m menu  ? help");
}

/* Opened from a search: start at the first line that matches. */
static void page_focus(struct view *v, const struct view_ctx *c, const char *query,
		       const void *target)
{
	long line;

	(void)target;
	if (v->layout != c->layout)
		layout(v, c);
	line = query ? view_find_line(&v->doc, 1, query) : -1;
	if (line >= 0)
		v->top = line;
	view_clamp_top(v, c);
}

/* For --export: the laid-out doc. */
static const struct doc *lay_out(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	return &v->doc;
}

/* The p key: the card shown (in line mode, every card of the page). */
static bool page_codes(struct view *v, const struct view_ctx *c, struct qr_request *out)
{
	const struct page_data *p = v->screen->data;

	if (card_of(v) < 0 && !(c->line_mode && p->ncards))
		return false;
	for (size_t i = 0; out && i < p->ncards; i++)
		if (card_of(v) < 0 || (int)i == card_of(v))
			qr_request_card(out, c->g, p->cards[i]);
	return true;
}

const struct view_kind view_page = {
	.content = &kind_page,
	.enter = page_enter,
	.draw = page_draw,
	.action = page_action,
	.hints = page_hints,
	.position = view_position,
	.leave = view_leave_doc,
	.focus = page_focus,
	.lay_out = lay_out,
	.codes = page_codes,
};
