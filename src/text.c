/* text.c: decoding UTF-8 and measuring it in columns with the C library
 * (mbrtowc, wcwidth), whatever the locale of the terminal is. */
#include "config.h"

#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* The content is UTF-8 even when the terminal's locale is not (a serial line
 * in the C locale), so decoding and measuring use a UTF-8 locale of their own. */
static locale_t utf8_locale(void)
{
	static locale_t loc;
	static bool tried;

	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return loc;
}

locale_t text_locale(void)
{
	locale_t loc = utf8_locale();

	return loc ? loc : uselocale((locale_t)0);
}

wchar_t *text_decode(const char *s, size_t *len)
{
	size_t n = strlen(s), i = 0, k = 0;
	wchar_t *out = xreallocarray(NULL, n + 1, sizeof *out);
	locale_t loc = utf8_locale(), old = loc ? uselocale(loc) : (locale_t)0;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	while (i < n) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s + i, n - i, &st);

		if (r == (size_t)-1 || r == (size_t)-2) {
			wc = 0xFFFD;
			r = 1;
			memset(&st, 0, sizeof st);
		} else if (r == 0) {
			break;
		}
		out[k++] = wc;
		i += r;
	}
	out[k] = L'\0';
	if (loc)
		uselocale(old);
	if (len)
		*len = k;
	return out;
}

char *text_encode(const wchar_t *s, size_t n)
{
	char *out = xreallocarray(NULL, n + 1, MB_LEN_MAX), *o = out;
	locale_t loc = utf8_locale(), old = loc ? uselocale(loc) : (locale_t)0;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	for (size_t i = 0; i < n; i++) {
		size_t r = wcrtomb(o, s[i], &st);

		if (r != (size_t)-1)
			o += r;
	}
	*o = '\0';
	if (loc)
		uselocale(old);
	return out;
}

int text_char_width(wchar_t c)
{
	locale_t loc = utf8_locale(), old = loc ? uselocale(loc) : (locale_t)0;
	int w = wcwidth(c);

	if (loc)
		uselocale(old);
	return w < 0 ? 1 : w;
}

int text_width(const wchar_t *s, size_t n)
{
	int cols = 0;

	for (size_t i = 0; i < n; i++)
		cols += text_char_width(s[i]);
	return cols;
}

int text_width_utf8(const char *s)
{
	size_t n;
	wchar_t *w = text_decode(s, &n);
	int cols = text_width(w, n);

	free(w);
	return cols;
}

size_t text_fit(const wchar_t *s, size_t n, int cols)
{
	int used = 0;
	size_t i = 0;

	while (i < n) {
		int w = text_char_width(s[i]);

		if (used + w > cols)
			break;
		used += w;
		i++;
	}
	return i;
}

/* Add a wrapped line (start, length, columns) to the list. */
static void push_line(struct text_line **lines, size_t *nlines, size_t start, size_t len,
		      int cols)
{
	*lines = xreallocarray(*lines, *nlines + 1, sizeof **lines);
	(*lines)[(*nlines)++] = (struct text_line){ start, len, cols };
}

size_t text_wrap(const wchar_t *s, size_t n, int width, int hang, struct text_line **out)
{
	struct text_line *lines = NULL;
	size_t nlines = 0, pos = 0;

	if (width < 1)
		width = 1;
	do {
		int avail = nlines == 0 ? width : (width - hang > 0 ? width - hang : 1);
		size_t i = pos, brk = 0, end;
		int cols = 0, cols_at_brk = 0;
		bool have_brk = false;

		/* walk while the characters fit, remembering the last space */
		while (i < n) {
			int w = text_char_width(s[i]);

			if (s[i] == L' ') {
				brk = i;
				cols_at_brk = cols;
				have_brk = true;
			}
			if (cols + w > avail)
				break;
			cols += w;
			i++;
		}
		if (i >= n) {
			end = n;
		} else if (s[i] == L' ') {
			/* the line ends exactly at a space */
			end = i;
		} else if (have_brk && brk > pos) {
			end = brk;
			cols = cols_at_brk;
		} else {
			/* a word longer than the line: cut it by columns */
			end = i > pos ? i : pos + 1;
			if (end == pos + 1 && i == pos)
				cols = text_char_width(s[pos]);
		}
		/* trailing spaces do not belong to the line */
		while (end > pos && s[end - 1] == L' ') {
			end--;
			cols--;
		}
		push_line(&lines, &nlines, pos, end - pos, cols);
		pos = end;
		while (pos < n && s[pos] == L' ')
			pos++;
	} while (pos < n);
	*out = lines;
	return nlines;
}
