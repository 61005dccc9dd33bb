/* datefmt.h: dates in words for people ("Sunday 15 February 2026"), translated. */
#ifndef PUTOKAZ_DATEFMT_H
#define PUTOKAZ_DATEFMT_H

#include <stddef.h>

#include "dates.h"

struct language_context;

/* Each writes for language context lc (langctx.h): words from the catalogue
 * in use, lc's digits. */
/* "Sunday 15 February 2026", and the Solar Hijri date after it when lc has
 * its month names: "... 2026 (1 Azar 1405)". */
void datefmt_long(const struct language_context *lc, struct date d, char *buf, size_t size);
/* "Sunday 15 February" (no year). */
void datefmt_short(const struct language_context *lc, struct date d, char *buf, size_t size);
/* "today", "tomorrow", "in 3 days", "yesterday", "5 days ago": from today to d. */
void datefmt_relative(const struct language_context *lc, struct date today, struct date d,
		      char *buf, size_t size);
/* Parse "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; *has_time tells which. 0 or -1. */
int datefmt_parse_moment(const char *s, struct date *d, int *hour, int *minute, int *has_time);

#endif
