/* view.c: what the kinds share: the table of kinds; clamping, drawing,
 * scrolling and position of a doc; the list cursor; the text field. */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
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
	&view_qr,
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

		draw_doc_line(c->g->lang, c->top_row + r, 1, l, c->cols - 2, style);
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

bool view_cursor_move(int *cursor, int n, const struct view_ctx *c, enum action a)
{
	int step = c->rows > 2 ? c->rows - 1 : 1;	/* as view_scroll: one line of context */

	switch (a) {
	case ACT_UP:
	case ACT_DOWN:
	case ACT_PAGE_UP:
	case ACT_PAGE_DOWN:
		break;
	default:
		return false;
	}
	if (n <= 0)
		return true;
	if (*cursor < 0 || *cursor >= n)
		*cursor = 0;
	switch (a) {
	case ACT_UP: *cursor = (*cursor + n - 1) % n; break;
	case ACT_DOWN: *cursor = (*cursor + 1) % n; break;
	case ACT_PAGE_UP: *cursor = *cursor > step ? *cursor - step : 0; break;
	default: *cursor = *cursor + step < n ? *cursor + step : n - 1; break;
	}
	return true;
}

void view_follow_item(struct view *v, const struct view_ctx *c, int tag, bool first_item,
		      int above)
{
	long first = doc_find_tag(&v->doc, tag), last = first;

	if (first < 0)
		return;
	while (last + 1 < (long)v->doc.n && v->doc.lines[last + 1].tag == tag)
		last++;
	if (first_item)
		v->top = 0;
	if (first < v->top)
		v->top = first > above ? first - above : 0;
	if (last >= v->top + c->rows)
		v->top = last - c->rows + 1;
	view_clamp_top(v, c);
}

enum field_key view_field_key(struct keypress k)
{
	if (k.is_key) {
		if (k.code == KEY_ENTER)
			return FIELD_DONE;
		if (k.code == KEY_UP || k.code == KEY_DOWN)
			return FIELD_MOVE;
		return keys_is_erase(k) ? FIELD_ERASE : FIELD_NONE;
	}
	if (k.code == '\r' || k.code == '\n' || k.code == '\t')
		return FIELD_DONE;
	if (k.code == 27)
		return FIELD_ESC;
	if (keys_is_erase(k))
		return FIELD_ERASE;
	return keys_is_text(k) ? FIELD_TEXT : FIELD_NONE;
}

enum field_key view_field_edit(wchar_t *buf, size_t *n, size_t max, struct keypress k)
{
	enum field_key f = view_field_key(k);

	if (f == FIELD_TEXT && *n < max)
		buf[(*n)++] = (wchar_t)k.code;
	else if (f == FIELD_ERASE && *n > 0)
		(*n)--;
	return f;
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
	digits_localize(c->g->lang->digits, buf, n);
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
