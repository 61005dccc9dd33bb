/* language.h: putting a language into use: its catalogue, its direction
 * and its digits; and which languages this terminal can show. */
#ifndef PUTOKAZ_LANGUAGE_H
#define PUTOKAZ_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "langctx.h"
#include "model.h"

/* Use language `code` from now on (the guide says how it is written); 0 or -1. */
int language_use(const struct guide *g, const char *code);
/* Direction, digits, month names and ASCII spellings of the language in use,
 * taken again from guide g (after loading or a reload, or when LANGUAGE chose
 * the catalogue): copied, so that the old guide may be freed after. */
void language_refresh(const struct guide *g);
/* The context now in use. */
const struct language_context *language_current(void);
/* Free what the context holds (at exit). */
void language_context_free(void);
/* How `code` is written, or NULL when the guide does not offer it. */
const struct language_info *language_info_of(const struct guide *g, const char *code);
/* Whether language i of the guide can be shown here: in bidi mode "none"
 * the right-to-left ones cannot. */
bool language_shown(const struct guide *g, size_t i);
/* The first language that can be shown (the guide's first, or "en"). */
const char *language_fallback(const struct guide *g);
/* Try the catalogue of every offered language before it is used (see
 * i18n_probe); a broken one is named on report (NULL: not) and never used.
 * Returns how many are broken. */
size_t language_probe_all(const struct guide *g, FILE *report);
/* Languages that need a Unicode screen, named in English, when some are hidden. */
extern const char language_none_notice[];

#endif
