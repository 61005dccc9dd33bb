/* draw.c: putting text on the curses screen, by columns, in UTF-8 or ASCII,
 * in screen order, and mirrored for a right-to-left language (bidi.h).
 * Callers lay out in logical columns: column x counts from the start of the
 * line, which is the right edge when the screen is mirrored. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "bidi.h"
#include "draw.h"
#include "i18n.h"
#include "langctx.h"
#include "text.h"
#include "translit.h"

static int ascii_only;

void draw_init(void)
{
	ascii_only = !i18n_utf8();
}

/* The curses attribute of a doc style. */
static attr_t attr_of(int style)
{
	switch (style) {
	case DOC_BOLD: return A_BOLD;
	case DOC_REVERSE: return A_REVERSE;
	default: return A_NORMAL;
	}
}

/* The screen column where a field of `cols` columns starting at logical
 * column x begins: mirrored, it ends at the right edge minus x. */
static int screen_x(const struct language_context *lc, int x, int cols)
{
	return bidi_mirror(lc->rtl) ? COLS - x - cols : x;
}

/* Writes s[0..n) (screen order, known to fit) from the cursor on, spelled
 * with lc's ASCII table on a terminal that is not UTF-8. */
static void put_cells(const struct language_context *lc, const wchar_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		wchar_t c = s[i];
		int w = text_char_width(c);

		/* A terminal that is not UTF-8 gets ASCII only: what the
		 * transliteration table did not spell becomes '?', a combining
		 * mark is left out. */
		if (ascii_only && c > 0x7e) {
			const char *a = translit_lookup(&lc->ascii, c);

			if (a && w == 1 && a[0] && !a[1]) {
				addch((chtype)(unsigned char)a[0]);
				continue;
			}
			if (w == 0)
				continue;
			for (int k = 0; k < w; k++)
				addch('?');
		} else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
			addch('?');
		} else {
			addnwstr(&c, 1);
		}
	}
}

/* Text already in screen order, `cols` wide, in the field at logical column x. */
static void place(const struct language_context *lc, int y, int x, const wchar_t *s, size_t n,
		  int cols, int style)
{
	int sx = screen_x(lc, x, cols);

	if (sx < 0 || sx >= COLS)
		return;
	attrset(attr_of(style));
	move(y, sx);
	put_cells(lc, s, n);
	attrset(A_NORMAL);
}

int draw_wtext(const struct language_context *lc, int y, int x, const wchar_t *s, size_t n,
	       int maxcols, int style)
{
	size_t fit;
	int cols;

	if (maxcols <= 0 || y < 0 || y >= LINES || x >= COLS || x < 0)
		return 0;
	if (x + maxcols > COLS)
		maxcols = COLS - x;
	/* cut in logical order first, so that the start of the text stays */
	fit = text_fit(s, n, maxcols);
	cols = text_width(s, fit);
	if (bidi_app() && (lc->rtl || bidi_has_rtl(s, fit))) {
		size_t vn;
		wchar_t *v = bidi_line(s, fit, lc->rtl, &vn);

		place(lc, y, x, v, vn, cols, style);
		free(v);
	} else {
		place(lc, y, x, s, fit, cols, style);
	}
	return cols;
}

int draw_text(const struct language_context *lc, int y, int x, const char *utf8, int maxcols,
	      int style)
{
	size_t n;
	wchar_t *w = translit_decode(&lc->ascii, utf8, &n);
	int used = draw_wtext(lc, y, x, w, n, maxcols, style);

	free(w);
	return used;
}

void draw_fill(const struct language_context *lc, int y, int x, int cols, int style)
{
	if (y < 0 || y >= LINES || x < 0)
		return;
	if (x + cols > COLS)
		cols = COLS - x;
	if (cols <= 0)
		return;
	attrset(attr_of(style));
	move(y, screen_x(lc, x, cols));
	for (int i = 0; i < cols; i++)
		addch(' ');
	attrset(A_NORMAL);
}

void draw_doc_line(const struct language_context *lc, int y, int x, const struct doc_line *l,
		   int maxcols, int style)
{
	int avail = maxcols - l->indent;

	if (y < 0 || y >= LINES || avail <= 0 || x + l->indent >= COLS)
		return;
	if (!l->shown || l->cols > avail || x + l->indent + l->cols > COLS) {
		/* not laid out in screen order, or wider than the field now */
		draw_wtext(lc, y, x + l->indent, l->text, l->len, avail, style);
		return;
	}
	place(lc, y, x + l->indent, l->shown, l->shown_len, l->cols, style);
}
