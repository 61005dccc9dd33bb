/* translit.h: what an ASCII-only terminal shows for letters it cannot
 * show (č -> c, đ -> dj, é -> e, ж -> zh, ...): a table from the content,
 * not iconv, whose //TRANSLIT gives "?" in the C locale. */
#ifndef PUTOKAZ_TRANSLIT_H
#define PUTOKAZ_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* The table: npairs pairs of one character (UTF-8) and its ASCII
 * spelling, one after the other. Copied; a later call replaces it. */
void translit_set_pairs(const char *const *pairs, size_t npairs);
/* Whether text for the screen is spelled in ASCII from now on. */
void translit_enable(bool on);
bool translit_enabled(void);
/* The ASCII spelling of c, or NULL when the table has none. */
const char *translit_lookup(wchar_t c);
/* Every character the table knows replaced by its spelling (a new string). */
wchar_t *translit_wide(const wchar_t *s, size_t n, size_t *out_len);
/* Decode UTF-8 for the screen: as text_decode, and spelled in ASCII when enabled. */
wchar_t *translit_decode(const char *utf8, size_t *len);

#endif
