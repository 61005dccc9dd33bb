/* view.c: what the scrolling kinds share: clamping, drawing and position of a doc. */
#include "config.h"

#include <stdio.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "draw.h"
#include "i18n.h"
#include "kind.h"
#include "match.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

/* Every kind of view, by the content kind it shows. A new kind adds a line. */
static const struct view_kind *const view_kinds[] = {
	&view_menu,
	&view_page,
	&view_calc,
	&view_directory,
	&view_search,
	&view_language,
	&view_bidi_check,
};

const struct view_kind *view_kind_for(const struct screen *s)
{
	for (size_t i = 0; i < sizeof view_kinds / sizeof view_kinds[0]; i++)
		if (view_kinds[i]->content == s->kind)
			return view_kinds[i];
	return NULL;
}

void view_clamp_top(struct view *v, const struct view_ctx *c)
{
	long max = (long)v->doc.n - c->rows;

	if (v->top > max)
		v->top = max;
	if (v->top < 0)
		v->top = 0;
}

void view_draw_doc(struct view *v, const struct view_ctx *c, int highlight)
{
	view_clamp_top(v, c);
	for (int r = 0; r < c->rows && v->top + r < (long)v->doc.n; r++) {
		const struct doc_line *l = &v->doc.lines[v->top + r];
		int style = highlight >= 0 && l->tag == highlight ? DOC_REVERSE : l->style;

		draw_doc_line(c->top_row + r, 1, l, c->cols - 2, style);
	}
}

bool view_scroll(struct view *v, const struct view_ctx *c, enum action a)
{
	int step = c->rows > 2 ? c->rows - 1 : 1;	/* keep one line of context */

	switch (a) {
	case ACT_UP: v->top--; break;
	case ACT_DOWN: v->top++; break;
	case ACT_PAGE_UP: v->top -= step; break;
	case ACT_PAGE_DOWN: v->top += step; break;
	default: return false;
	}
	view_clamp_top(v, c);
	return true;
}

void view_no_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	(void)v;
	(void)c;
	if (n)
		buf[0] = '\0';
}

void view_leave_doc(struct view *v)
{
	doc_free(&v->doc);
}

void view_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	long last = v->top + c->rows;

	if ((long)v->doc.n <= c->rows) {
		if (n)
			buf[0] = '\0';
		return;
	}
	if (last > (long)v->doc.n)
		last = (long)v->doc.n;
	/* TRANSLATORS: the position indicator of a page, e.g. "lines 1-20 of 45" */
	snprintf(buf, n, _("lines %ld-%ld of %zu"), v->top + 1, last, v->doc.n);
	digits_localize(buf, n);
}

long view_find_line(const struct doc *d, long from, const char *folded_query)
{
	for (long i = from < 0 ? 0 : from; i < (long)d->n; i++) {
		char *u = text_encode(d->lines[i].text, d->lines[i].len), *f = match_fold(u);
		bool hit = *f && match_folded(f, folded_query);

		free(u);
		free(f);
		if (hit)
			return i;
	}
	return -1;
}
