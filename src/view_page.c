/* view_page.c: a page on the screen: its text, what changed, its sources and
 * dates, scrolled by lines and screens. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "kind_page.h"
#include "view.h"
#include "xalloc.h"

static void layout(struct view *v, const struct view_ctx *c)
{
	const struct page_data *p = v->screen->data;
	char iso[11], *s;

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2);
	doc_prose(&v->doc, tr(v->screen->title), DOC_BOLD, -1);
	doc_blank(&v->doc);
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
	v->layout = c->layout;
}

static void page_enter(struct view *v, const struct view_ctx *c)
{
	v->top = 0;
	layout(v, c);
}

static void page_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	view_draw_doc(v, c, -1);
}

static struct view_result page_action(struct view *v, const struct view_ctx *c, enum action a,
				      int digit)
{
	struct view_result r = { .handled = view_scroll(v, c, a) };

	(void)digit;
	return r;
}

static const char *page_hints(const struct view *v, const struct view_ctx *c)
{
	(void)v;
	(void)c;
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

static void page_leave(struct view *v)
{
	doc_free(&v->doc);
}

/* For --export: the laid-out doc. */
static const struct doc *lay_out(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	return &v->doc;
}

const struct view_kind view_page = {
	.name = "page",
	.enter = page_enter,
	.draw = page_draw,
	.action = page_action,
	.hints = page_hints,
	.position = view_position,
	.leave = page_leave,
	.focus = page_focus,
	.lay_out = lay_out,
};
