/* translit.c: the ASCII spellings table, sorted once for binary search. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "translit.h"
#include "xalloc.h"

struct translit_spelling {
	wchar_t c;
	char *ascii;
};

/* Whether the terminal needs ASCII: a property of the terminal, not of the
 * language, so it is kept here for the whole run. */
static bool enabled;

/* qsort and bsearch order of the spellings: by the letter. */
static int by_char(const void *a, const void *b)
{
	wchar_t x = ((const struct translit_spelling *)a)->c;
	wchar_t y = ((const struct translit_spelling *)b)->c;

	return x < y ? -1 : x > y;
}

void translit_build(struct translit *t, const char *const *pairs, size_t n)
{
	t->s = n ? xreallocarray(NULL, n, sizeof *t->s) : NULL;
	t->n = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		wchar_t *w = text_decode(pairs[2 * i], &len);

		if (len == 1) {
			t->s[t->n].c = w[0];
			t->s[t->n++].ascii = xstrdup(pairs[2 * i + 1]);
		}
		free(w);
	}
	if (t->n)
		qsort(t->s, t->n, sizeof *t->s, by_char);
}

void translit_free(struct translit *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->s[i].ascii);
	free(t->s);
	t->s = NULL;
	t->n = 0;
}

void translit_enable(bool on)
{
	enabled = on;
}

bool translit_enabled(void)
{
	return enabled;
}

const char *translit_lookup(const struct translit *t, wchar_t c)
{
	struct translit_spelling key = { c, NULL }, *hit;

	if (!t || !t->n)
		return NULL;
	hit = bsearch(&key, t->s, t->n, sizeof *t->s, by_char);
	return hit ? hit->ascii : NULL;
}

wchar_t *translit_wide(const struct translit *t, const wchar_t *s, size_t n, size_t *out_len)
{
	size_t cap = n + 1, k = 0;
	wchar_t *out = xreallocarray(NULL, cap, sizeof *out);

	for (size_t i = 0; i < n; i++) {
		const char *a = s[i] > 0x7e ? translit_lookup(t, s[i]) : NULL;
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

wchar_t *translit_decode(const struct translit *t, const char *utf8, size_t *len)
{
	size_t n;
	wchar_t *w = text_decode(utf8, &n), *a;

	if (!enabled) {
		if (len)
			*len = n;
		return w;
	}
	a = translit_wide(t, w, n, &n);
	free(w);
	if (len)
		*len = n;
	return a;
}
