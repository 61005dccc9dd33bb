/* draw.c: putting text on the curses screen, by columns, in UTF-8 or ASCII. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "draw.h"
#include "i18n.h"
#include "text.h"

static int ascii_only;

void draw_init(void)
{
	ascii_only = !i18n_utf8();
}

static attr_t attr_of(int style)
{
	switch (style) {
	case DOC_BOLD: return A_BOLD;
	case DOC_REVERSE: return A_REVERSE;
	default: return A_NORMAL;
	}
}

int draw_wtext(int y, int x, const wchar_t *s, size_t n, int maxcols, int style)
{
	size_t fit;
	int used = 0;

	if (maxcols <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + maxcols > COLS)
		maxcols = COLS - x;
	fit = text_fit(s, n, maxcols);
	attrset(attr_of(style));
	move(y, x);
	for (size_t i = 0; i < fit; i++) {
		wchar_t c = s[i];
		int w = text_char_width(c);

		/* A terminal that is not UTF-8 gets ASCII only: a character it
		 * cannot show becomes '?', a combining mark is left out. */
		if (ascii_only && c > 0x7e) {
			if (w == 0)
				continue;
			for (int k = 0; k < w; k++)
				addch('?');
		} else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
			addch('?');
		} else {
			addnwstr(&c, 1);
		}
		used += w;
	}
	attrset(A_NORMAL);
	return used;
}

int draw_text(int y, int x, const char *utf8, int maxcols, int style)
{
	size_t n;
	wchar_t *w = text_decode(utf8, &n);
	int used = draw_wtext(y, x, w, n, maxcols, style);

	free(w);
	return used;
}

void draw_fill(int y, int x, int cols, int style)
{
	if (y < 0 || y >= LINES)
		return;
	attrset(attr_of(style));
	for (int i = x; i < x + cols && i < COLS; i++)
		mvaddch(y, i, ' ');
	attrset(A_NORMAL);
}

void draw_doc_line(int y, int x, const struct doc_line *l, int maxcols, int style)
{
	draw_wtext(y, x + l->indent, l->text, l->len, maxcols - l->indent, style);
}
