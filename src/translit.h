/* translit.h: what an ASCII-only terminal shows for letters it cannot
 * show (č -> c, đ -> dj, é -> e, ж -> zh, ...): a table from the content,
 * not iconv, whose //TRANSLIT gives "?" in the C locale. */
#ifndef PUTOKAZ_TRANSLIT_H
#define PUTOKAZ_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

struct translit_spelling;

/* The table, sorted by letter for a binary search. */
struct translit {
	struct translit_spelling *s;
	size_t n;
};

/* Build t from npairs pairs of one character (UTF-8) and its ASCII
 * spelling, one after the other (copied). */
void translit_build(struct translit *t, const char *const *pairs, size_t npairs);
void translit_free(struct translit *t);
/* Whether text for the screen is spelled in ASCII from now on. */
void translit_enable(bool on);
bool translit_enabled(void);
/* The ASCII spelling of c in table t (NULL: no table), or NULL when it has none. */
const char *translit_lookup(const struct translit *t, wchar_t c);
/* Every character t knows replaced by its spelling (a new string). */
wchar_t *translit_wide(const struct translit *t, const wchar_t *s, size_t n, size_t *out_len);
/* Decode UTF-8 for the screen: as text_decode, and spelled in ASCII by t when enabled. */
wchar_t *translit_decode(const struct translit *t, const char *utf8, size_t *len);

#endif
