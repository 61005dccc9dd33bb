/* view_qr.c: the code screen (the p key): a QR code of what the person was
 * reading (a card, a contact, the deadlines worked out), drawn with half
 * blocks, two modules a cell, on black-on-white where there are colours,
 * with its text beside or under it. Never mirrored; where the terminal
 * reorders the rows of a right-to-left language itself, each code row is
 * isolated left to right (LRI ... PDI) and holds nothing else. Nothing is written anywhere; the texts are
 * cleared when the screen is left. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bidi.h"
#include "digits.h"
#include "draw.h"
#include "i18n.h"
#include "kind.h"
#include "qr.h"
#include "qr_text.h"
#include "translit.h"
#include "view.h"
#include "xalloc.h"

/* The narrowest text beside a code, and the fewest rows under it. */
#define MIN_TEXT_COLS 20
#define MIN_TEXT_ROWS 2
/* The colour pair of the code: black modules on white. */
#define QR_PAIR 7

static const struct content_kind qr_kind = { .name = "qr-code" };

const struct screen view_qr_screen = {
	.id = "qr-code",
	.kind = &qr_kind,
	/* TRANSLATORS: the title of the screen that shows a QR code */
	.title = N_("Code for a phone camera"),
};

/* Why no code is drawn. */
enum no_code { SHOWN, NO_UTF8, NOT_BUILT, TOO_SMALL, TOO_LONG };

struct qr_state {
	struct qr_request req;
	struct qr_fit *fits;
	size_t n, at;		/* codes, and the one shown */
	size_t painted;		/* 1 + the code last drawn, 0: none yet */
	unsigned painted_layout;	/* the layout it was drawn in */
	enum no_code why;
	bool isolated;		/* its rows were last drawn isolated (see isolated()) */
};

/* Where a code and its text go in rows x cols. */
struct qr_plan {
	int quiet;		/* modules of light border */
	int rows, cols;		/* of the code with its border */
	int x;			/* the screen column where it starts */
	int text_y, text_x, text_cols, text_rows;
};

/* The code screen's own state. */
static struct qr_state *state(struct view *v)
{
	return v->state;
}

/* Whether the terminal reorders the rows of this right-to-left language
 * itself: then each code row is isolated, and holds nothing else. */
static bool isolated(const struct language_context *lc)
{
	return bidi_one_field_rows(lc->rtl);
}

/* Isolated rows: repaint the whole screen for a new code, and after it.
 * A terminal that takes the zero-width isolates for cells of their own
 * (mlterm) counts columns differently from curses: only rows written
 * whole, from their first column, stay in place. */
static void repaint_if_isolated(bool isolated_rows)
{
	if (isolated_rows)
		clearok(curscr, TRUE);
}

/* A plan for a code of `size` modules: a 4-module border where it fits, else 2;
 * the text beside the code, else under it. False when nothing fits. */
static bool plan(const struct language_context *lc, int size, int rows, int cols,
		 struct qr_plan *p)
{
	static const struct { int quiet; bool beside; } tries[] = {
		{ 4, true }, { 2, true }, { 4, false }, { 2, false },
	};
	/* an isolated row has a plain cell on each side for the isolates */
	int margin = isolated(lc) ? 1 : 0;

	for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		int w = size + 2 * tries[i].quiet, h = (w + 1) / 2, used = w + 2 * margin;

		/* a row that the terminal reorders holds one field: no text beside */
		if (tries[i].beside && isolated(lc))
			continue;
		if (tries[i].beside ? h <= rows && used + 2 + MIN_TEXT_COLS <= cols :
				      h + MIN_TEXT_ROWS <= rows && used <= cols) {
			*p = (struct qr_plan){ tries[i].quiet, h, w, margin, 0, 1, cols - 2, rows };
			if (tries[i].beside) {
				p->text_x = used + 1;
				p->text_cols = cols - used - 2;
			} else {
				p->text_y = h;
				p->text_rows = rows - h;
			}
			return true;
		}
	}
	return false;
}

/* The largest version that fits the screen, or 0. */
static int max_version(const struct language_context *lc, int rows, int cols)
{
	struct qr_plan p;
	int v = 0;

	while (v < QR_MAX_VERSION && plan(lc, qr_size_of(v + 1), rows, cols, &p))
		v++;
	return v;
}

/* The rows the code screen may use: all but the key bar. */
static int area_rows(const struct view_ctx *c)
{
	return c->top_row + c->rows;
}

/* Choose the codes for this screen size, and lay out the text. */
static void layout(struct view *v, const struct view_ctx *c)
{
	struct qr_state *s = state(v);
	int maxv = max_version(c->g->lang, area_rows(c), c->cols);
	/* ASCII only: not UTF-8, or spelling letters in ASCII (translit.h) */
	bool blocks = i18n_utf8() && !translit_enabled(), fits = false;

	qr_fit_free(s->fits, s->n);
	s->fits = NULL;
	s->n = qr_request_fit(&s->req, blocks ? maxv : 0, &s->fits, &fits);
	s->why = !blocks ? NO_UTF8 : !qr_built() ? NOT_BUILT : fits ? SHOWN :
		 maxv == 0 ? TOO_SMALL : TOO_LONG;
	if (s->at >= s->n)
		s->at = 0;
	v->layout = c->layout;
}

/* The doc beside or under the code, or alone: `width` columns; compact
 * (under a code, where rows are few) without empty lines. */
static void layout_text(struct view *v, const struct language_context *lc, int width,
			bool compact)
{
	static const char *const why[] = {
		[SHOWN] = NULL,
		[NO_UTF8] = N_("A code for a phone camera needs a full screen that shows "
			       "UTF-8. Here is its text."),
		[NOT_BUILT] = N_("This program was built without codes for a phone camera. "
				 "Here is the text."),
		[TOO_SMALL] = N_("The screen is too small for a code. Here is its text."),
		[TOO_LONG] = N_("This text is too long for a code. Here it is."),
	};
	struct qr_state *s = state(v);
	const char *text = s->n ? s->fits[s->at].text : "";

	doc_free(&v->doc);
	doc_init(&v->doc, width > 1 ? width : 1, lc);
	if (why[s->why]) {
		doc_prose(&v->doc, _(why[s->why]), DOC_REVERSE, -1);
		if (!compact)
			doc_blank(&v->doc);
	}
	if (s->n > 1) {
		char *line = digits_localize_new(
			lc->digits, xasprintf(_("Code %zu of %zu: Space for the next one."),
					      s->at + 1, s->n));

		doc_prose(&v->doc, line, DOC_BOLD, -1);
		if (!compact)
			doc_blank(&v->doc);
		free(line);
	}
	while (*text) {
		const char *end = strchr(text, '\n');
		char *line = xstrndup(text, end ? (size_t)(end - text) : strlen(text));

		doc_item(&v->doc, "", line, DOC_PLAIN, -1);
		free(line);
		text += end ? (size_t)(end - text) + 1 : strlen(text);
	}
}

/* Pushed: an empty request until view_qr_give() hands one over. */
static void qr_enter(struct view *v, const struct view_ctx *c)
{
	(void)c;
	v->state = xcalloc(1, sizeof(struct qr_state));
	qr_request_init(&state(v)->req);
	v->top = 0;
	v->layout = 0;
}

void view_qr_give(struct view *v, const struct view_ctx *c, struct qr_request *q)
{
	struct qr_state *s = state(v);

	qr_request_free(&s->req);
	s->req = *q;
	qr_request_init(q);
	s->at = 0;
	layout(v, c);
}

/* Black on white where the terminal has colours; once. */
static attr_t code_colours(void)
{
	static int ready;

	if (!ready) {
		ready = has_colors() ? 1 : -1;
		if (ready > 0) {
			start_color();
			use_default_colors();
			init_pair(QR_PAIR, COLOR_BLACK, COLORS >= 16 ? 15 : COLOR_WHITE);
		}
	}
	return ready > 0 ? COLOR_PAIR(QR_PAIR) : A_NORMAL;
}

/* The code's rows from the top left corner of the screen. Where the
 * terminal reorders rows, LRI in the plain cell before the code and PDI in
 * the one after it (zero-width characters join the cell before them) keep
 * the row left to right. */
static void draw_code(const struct qr_matrix *m, const struct qr_plan *p, bool isolate)
{
	/* what a cell shows: the module above and the one below, dark or light */
	static const wchar_t cell[2][2] = { { L' ', L'\u2584' }, { L'\u2580', L'\u2588' } };
	wchar_t *row = xcalloc((size_t)p->cols + 1, sizeof *row);
	attr_t colours = code_colours();

	for (int y = 0; y < p->rows; y++) {
		for (int x = 0; x < p->cols; x++) {
			int mx = x - p->quiet, my = 2 * y - p->quiet;

			row[x] = cell[qr_dark(m, mx, my)][qr_dark(m, mx, my + 1)];
		}
		move(y, 0);
		if (isolate)
			addnwstr(L" \u2066", 2);
		attrset(colours);
		addnwstr(row, p->cols);
		attrset(A_NORMAL);
		if (isolate)
			addnwstr(L" \u2069", 2);
	}
	free(row);
}

/* The code from the top left corner with its text, or the text alone. */
static void qr_draw(struct view *v, const struct view_ctx *c)
{
	struct qr_state *s = state(v);
	struct qr_plan p;
	const struct qr_fit *f;

	if (v->layout != c->layout)
		layout(v, c);
	f = s->n ? &s->fits[s->at] : NULL;
	if (s->why != SHOWN || !f || !f->m.size ||
	    !plan(c->g->lang, f->m.size, area_rows(c), c->cols, &p)) {
		layout_text(v, c->g->lang, c->cols - 2, false);
		view_draw_doc(v, c, -1);
		return;
	}
	s->isolated = isolated(c->g->lang);
	if (s->painted != s->at + 1 || s->painted_layout != c->layout)
		repaint_if_isolated(s->isolated);
	s->painted = s->at + 1;
	s->painted_layout = c->layout;
	for (int y = 0; y < area_rows(c); y++)
		draw_fill(c->g->lang, y, 0, c->cols, DOC_PLAIN);	/* over the title bar too */
	draw_code(&f->m, &p, s->isolated);
	layout_text(v, c->g->lang, p.text_cols, p.text_y > 0);
	for (int r = 0; r < p.text_rows && r < (int)v->doc.n; r++)
		draw_doc_line(c->g->lang, p.text_y + r, p.text_x, &v->doc.lines[r], p.text_cols,
			      v->doc.lines[r].style);
}

/* Space and Down for the next code, b and Up for the one before. */
static struct view_result qr_action(struct view *v, const struct view_ctx *c, enum action a,
				    int digit)
{
	struct qr_state *s = state(v);
	struct view_result r = { .handled = true };

	(void)digit;
	if (s->n > 1 && (a == ACT_PAGE_DOWN || a == ACT_DOWN || a == ACT_OPEN)) {
		s->at = (s->at + 1) % s->n;
	} else if (s->n > 1 && (a == ACT_PAGE_UP || a == ACT_UP)) {
		s->at = (s->at + s->n - 1) % s->n;
	} else if (a == ACT_CODE || a == ACT_OPEN) {
		/* already the code */
	} else if (!view_scroll(v, c, a)) {
		r.handled = false;
	}
	return r;
}

/* The key bar: Esc, and Space where there are several codes. */
static const char *qr_hints(const struct view *v, const struct view_ctx *c)
{
	(void)c;
	if (((const struct qr_state *)v->state)->n > 1)
		/* TRANSLATORS: the key bar of the code screen with several codes */
		return N_("Space next code  b before  Esc back");
	/* TRANSLATORS: the key bar of the code screen */
	return N_("Esc back");
}

/* Nothing of the screen survives it: the texts are cleared, then freed. */
static void qr_leave(struct view *v)
{
	struct qr_state *s = state(v);
	bool repaint = s->isolated;

	qr_fit_free(s->fits, s->n);
	qr_request_free(&s->req);
	memset(s, 0, sizeof *s);
	doc_free(&v->doc);
	repaint_if_isolated(repaint);
}

char *view_qr_hints(struct view *v, const struct view_ctx *c, const char *hints)
{
	if (!v->kind->codes || !v->kind->codes(v, c, NULL))
		return xstrdup(hints);
	/* TRANSLATORS: in the key bar where a code can be shown; keep it short */
	return xasprintf("%s  %s", _("p code"), hints);
}

/* A UTF-8 line as the terminal can take it: ASCII spellings where it is not UTF-8. */
static void put_text(const struct language_context *lc, const char *text, FILE *out)
{
	size_t n;
	wchar_t *w;

	if (i18n_utf8()) {
		fprintf(out, "%s\n", text);
		return;
	}
	w = translit_decode(&lc->ascii, text, &n);
	for (size_t i = 0; i < n; i++) {
		const char *a = w[i] > 0x7e ? translit_lookup(&lc->ascii, w[i]) : NULL;

		if (w[i] <= 0x7e)
			fputc((int)w[i], out);
		else
			fputs(a ? a : "?", out);
	}
	fputc('\n', out);
	free(w);
}

bool view_qr_print(struct view *v, const struct view_ctx *c, FILE *out)
{
	struct qr_request q;
	struct qr_fit *f;
	bool fits;
	size_t n;

	qr_request_init(&q);
	if (!v->kind->codes || !v->kind->codes(v, c, &q) || qr_request_empty(&q)) {
		qr_request_free(&q);
		return false;
	}
	n = qr_request_fit(&q, 0, &f, &fits);
	fputc('\n', out);
	put_text(c->g->lang,
		 _("A code for a phone camera needs a full screen that shows UTF-8. Here is "
		   "its text."),
		 out);
	for (size_t i = 0; i < n; i++) {
		fputc('\n', out);
		put_text(c->g->lang, f[i].text, out);
	}
	qr_fit_free(f, n);
	qr_request_free(&q);
	return true;
}

const struct view_kind view_qr = {
	.content = &qr_kind,
	.enter = qr_enter,
	.draw = qr_draw,
	.action = qr_action,
	.hints = qr_hints,
	.position = view_no_position,
	.leave = qr_leave,
};
