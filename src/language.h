/* language.h: putting a language into use: its catalogue, its direction
 * and its digits; and which languages this terminal can show. */
#ifndef PUTOKAZ_LANGUAGE_H
#define PUTOKAZ_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "langctx.h"
#include "model.h"

/* Use language `code` from now on: its catalogue, and g->lang set to how
 * the guide says it is written; 0 or -1. */
int language_use(const struct guide *g, const char *code);
/* g->lang set again to the direction, digits and month names of the
 * catalogue in use (after loading, or when LANGUAGE chose the catalogue). */
void language_refresh(const struct guide *g);
/* A new context for guide g, with its ASCII spellings (the loader makes
 * it; language_refresh fills the rest). */
struct language_context *language_context_new(const struct guide *g);
/* Free a context (the loader, with its guide); NULL is allowed. */
void language_context_free(struct language_context *lc);
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
