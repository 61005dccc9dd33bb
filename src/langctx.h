/* langctx.h: the language in use and everything that goes with it, as one
 * value (language.c fills it; the date formatting reads it). It holds
 * copies, never pointers into a guide, so that a guide can be freed (a
 * reload) while the context stays usable. */
#ifndef PUTOKAZ_LANGCTX_H
#define PUTOKAZ_LANGCTX_H

#include <stdbool.h>

struct language_context {
	char code[32];			/* the catalogue: "fa", "sr@latin" */
	bool rtl;			/* direction */
	int digits;			/* enum digits */
	bool solar_hijri;		/* whether dates also show the Solar Hijri day */
	char *solar_months[12];		/* copies of the guide's names */
};

#endif
