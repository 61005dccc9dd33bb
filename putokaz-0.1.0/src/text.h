/* text.h: UTF-8 text measured in terminal columns, and wrapped to a width. */
#ifndef PUTOKAZ_TEXT_H
#define PUTOKAZ_TEXT_H

#include <locale.h>
#include <stddef.h>
#include <wchar.h>

/* A UTF-8 locale for character classes (the terminal's may be ASCII). */
locale_t text_locale(void);
/* Decode UTF-8 into a new wide string (invalid bytes become U+FFFD); *len gets its length. */
wchar_t *text_decode(const char *s, size_t *len);
/* Encode n wide characters as a new UTF-8 string. */
char *text_encode(const wchar_t *s, size_t n);
/* Columns one character takes: 0 for combining marks, 2 for wide ones, 1 for
 * anything the terminal cannot print (it is drawn as a replacement). */
int text_char_width(wchar_t c);
/* Columns of n characters. */
int text_width(const wchar_t *s, size_t n);
/* Columns of a UTF-8 string. */
int text_width_utf8(const char *s);
/* How many characters of s fit into cols columns (combining marks stay with their letter). */
size_t text_fit(const wchar_t *s, size_t n, int cols);

/* One wrapped line: characters [start, start+len) of the wrapped string. */
struct text_line {
	size_t start, len;
	int cols;
};

/* Wrap one paragraph (no line breaks in it) to `width` columns, the lines
 * after the first to `width - hang` columns; breaks at spaces, and inside a
 * word only when the word alone is too long. Returns the number of lines,
 * *out is a new array (at least one line, empty for an empty paragraph). */
size_t text_wrap(const wchar_t *s, size_t n, int width, int hang, struct text_line **out);

#endif
