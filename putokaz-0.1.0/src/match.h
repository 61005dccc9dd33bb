/* match.h: matching what people type against the content, in any script:
 * case, Serbian diacritics, Cyrillic and Latin, Arabic-script variants. */
#ifndef PUTOKAZ_MATCH_H
#define PUTOKAZ_MATCH_H

#include <stdbool.h>

/* A folded copy of a UTF-8 string (new, UTF-8): lower case; Serbian Cyrillic
 * written in Latin; č ć -> c, đ and dj -> d, š -> s, ž -> z, other Latin
 * accents dropped; Arabic harakat and tatweel removed, alef forms -> ا,
 * Persian and Arabic yeh and alef maksura -> ي, Persian kaf -> ك,
 * teh marbuta -> ه; runs of spaces and punctuation -> one space. */
char *match_fold(const char *utf8);
/* Whether every word of the folded query occurs in the folded text. */
bool match_folded(const char *folded_text, const char *folded_query);

#endif
