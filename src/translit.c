/* translit.c: the ASCII spellings table, sorted once for binary search. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "translit.h"
#include "xalloc.h"

struct spelling {
	wchar_t c;
	char *ascii;
};

static struct spelling *table;
static size_t ntable;
static bool enabled;

/* qsort and bsearch order of the spellings: by the letter. */
static int by_char(const void *a, const void *b)
{
	wchar_t x = ((const struct spelling *)a)->c, y = ((const struct spelling *)b)->c;

	return x < y ? -1 : x > y;
}

void translit_set_pairs(const char *const *pairs, size_t n)
{
	for (size_t i = 0; i < ntable; i++)
		free(table[i].ascii);
	free(table);
	table = n ? xreallocarray(NULL, n, sizeof *table) : NULL;
	ntable = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		wchar_t *w = text_decode(pairs[2 * i], &len);

		if (len == 1) {
			table[ntable].c = w[0];
			table[ntable++].ascii = xstrdup(pairs[2 * i + 1]);
		}
		free(w);
	}
	if (ntable)
		qsort(table, ntable, sizeof *table, by_char);
}

void translit_enable(bool on)
{
	enabled = on;
}

bool translit_enabled(void)
{
	return enabled;
}

const char *translit_lookup(wchar_t c)
{
	struct spelling key = { c, NULL }, *hit;

	if (!ntable)
		return NULL;
	hit = bsearch(&key, table, ntable, sizeof *table, by_char);
	return hit ? hit->ascii : NULL;
}

wchar_t *translit_wide(const wchar_t *s, size_t n, size_t *out_len)
{
	size_t cap = n + 1, k = 0;
	wchar_t *out = xreallocarray(NULL, cap, sizeof *out);

	for (size_t i = 0; i < n; i++) {
		const char *a = s[i] > 0x7e ? translit_lookup(s[i]) : NULL;
		size_t alen = a ? strlen(a) : 1;

		if (k + alen + 1 > cap) {
			cap = (k + alen + 1) * 2;
			out = xreallocarray(out, cap, sizeof *out);
		}
		if (a)
			for (size_t j = 0; j < alen; j++)
				out[k++] = (wchar_t)(unsigned char)a[j];
		else
			out[k++] = s[i];
	}
	out[k] = L'\0';
	*out_len = k;
	return out;
}

wchar_t *translit_decode(const char *utf8, size_t *len)
{
	size_t n;
	wchar_t *w = text_decode(utf8, &n), *t;

	if (!enabled) {
		if (len)
			*len = n;
		return w;
	}
	t = translit_wide(w, n, &n);
	free(w);
	if (len)
		*len = n;
	return t;
}
