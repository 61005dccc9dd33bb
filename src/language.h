/* language.h: putting a language into use: its catalogue, its direction
 * and its digits; and which languages this terminal can show. */
#ifndef PUTOKAZ_LANGUAGE_H
#define PUTOKAZ_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Use language `code` from now on (the guide says how it is written); 0 or -1. */
int language_use(const struct guide *g, const char *code);
/* Direction, digits and month names of the language in use, again (after
 * loading, or when LANGUAGE chose the catalogue). */
void language_refresh(const struct guide *g);
/* How `code` is written, or NULL when the guide does not offer it. */
const struct language_info *language_info_of(const struct guide *g, const char *code);
/* Whether language i of the guide can be shown here: in bidi mode "none"
 * the right-to-left ones cannot. */
bool language_shown(const struct guide *g, size_t i);
/* The first language that can be shown (the guide's first, or "en"). */
const char *language_fallback(const struct guide *g);
/* Languages that need a Unicode screen, named in English, when some are hidden. */
extern const char language_none_notice[];

#endif
