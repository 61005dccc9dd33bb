/* draw.h: every character putokaz shows goes through here (later: bidi). */
#ifndef PUTOKAZ_DRAW_H
#define PUTOKAZ_DRAW_H

#include <stddef.h>
#include <wchar.h>

#include "doc.h"

/* Decide how to draw (UTF-8 or ASCII) once curses is started. */
void draw_init(void);
struct language_context;

/* Each draws text of the language lc (langctx.h): its direction decides
 * the order and the mirroring, its ASCII spellings stand in on a terminal
 * that is not UTF-8. */
/* Draw n characters at row y, column x, in at most maxcols columns, in a
 * doc_style; returns the columns used. */
int draw_wtext(const struct language_context *lc, int y, int x, const wchar_t *s, size_t n,
	       int maxcols, int style);
/* The same for a UTF-8 string. */
int draw_text(const struct language_context *lc, int y, int x, const char *utf8, int maxcols,
	      int style);
/* Spaces from column x to x+cols-1 in a style (for the title and key bars). */
void draw_fill(const struct language_context *lc, int y, int x, int cols, int style);
/* One line of a doc at row y, from column x, at most maxcols wide. */
void draw_doc_line(const struct language_context *lc, int y, int x, const struct doc_line *l,
		   int maxcols, int style);

#endif
