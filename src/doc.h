/* doc.h: text laid out into screen lines at a width: paragraphs, bullets and
 * numbered items, measured in columns. No curses here. */
#ifndef PUTOKAZ_DOC_H
#define PUTOKAZ_DOC_H

#include <stddef.h>
#include <wchar.h>

enum doc_style {
	DOC_PLAIN = 0,
	DOC_BOLD = 1,
	DOC_REVERSE = 2		/* warnings: the strongest mark a monochrome terminal has */
};

struct doc_line {
	const wchar_t *text;	/* points into the doc's own buffers */
	size_t len;
	const wchar_t *shown;	/* the text in screen order (see bidi.h), or NULL: as text */
	size_t shown_len;
	int indent;		/* columns before the text */
	int cols;		/* columns of the text */
	int style;
	int tag;		/* what the line belongs to (a menu item's index), or -1 */
	int cont;		/* 1: the wrapped rest of the line before (same paragraph) */
};

struct language_context;

struct doc {
	struct doc_line *lines;
	size_t n;
	wchar_t **bufs;
	size_t nbufs;
	int width;
	/* the language the text is in (direction, ASCII spellings): its
	 * guide's, which outlives the doc (views lay docs out again after a
	 * reload or a change of language) */
	const struct language_context *lang;
};

/* Start an empty document for lines of `width` columns, of text in the
 * language lc. */
void doc_init(struct doc *d, int width, const struct language_context *lc);
/* Free the lines and buffers. */
void doc_free(struct doc *d);
/* An empty line. */
void doc_blank(struct doc *d);
/* Running text: "\n\n" separates paragraphs (an empty line between them),
 * "\n- " starts a bullet whose wrapped lines hang under its text. */
void doc_prose(struct doc *d, const char *utf8, int style, int tag);
/* One item with a prefix ("1. "): wrapped lines hang under the text. */
void doc_item(struct doc *d, const char *prefix, const char *utf8, int style, int tag);
/* One line given both ways: `text` (logical, for search and taps) and
 * `shown` (what the screen gets, as it is), each n characters (copied). */
void doc_line_as_shown(struct doc *d, const wchar_t *text, const wchar_t *shown, size_t n,
		       int style, int tag);
/* The first line of the item with this tag, or -1. */
long doc_find_tag(const struct doc *d, int tag);

#endif
