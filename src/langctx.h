/* langctx.h: the language in use and everything that goes with it, as one
 * value. The loaded guide owns it (guide->lang, filled by language.c) and
 * frees it with itself; whatever needs the direction, the digits, the
 * calendar names or the ASCII spellings is handed it, and keeps no copy of
 * it beyond the call or the doc it lays out. A reload loads a new guide with
 * a new context, so nothing can point at the old one's names. */
#ifndef PUTOKAZ_LANGCTX_H
#define PUTOKAZ_LANGCTX_H

#include <stdbool.h>

#include "translit.h"

struct language_context {
	char code[32];			/* the catalogue: "fa", "sr@latin" */
	bool rtl;			/* direction */
	int digits;			/* enum digits */
	const char *const *solar_months; /* the guide's twelve Solar Hijri month
					 * names (dates then show that day too), or NULL */
	struct translit ascii;		/* the guide's ASCII spellings, sorted */
};

#endif
