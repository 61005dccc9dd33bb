/* datefmt.h: dates in words for people ("Sunday 15 February 2026"), translated. */
#ifndef PUTOKAZ_DATEFMT_H
#define PUTOKAZ_DATEFMT_H

#include <stddef.h>

#include "dates.h"

struct language_context;

/* The language context dates are written for (language.c sets it; it owns
 * its month names, so it outlives any guide). */
void datefmt_set_context(const struct language_context *c);
/* "Sunday 15 February 2026" in the current language, and the Solar Hijri
 * date after it when month names are set: "... 2026 (1 Azar 1405)". */
void datefmt_long(struct date d, char *buf, size_t size);
/* "Sunday 15 February" (no year). */
void datefmt_short(struct date d, char *buf, size_t size);
/* "today", "tomorrow", "in 3 days", "yesterday", "5 days ago": from today to d. */
void datefmt_relative(struct date today, struct date d, char *buf, size_t size);
/* Parse "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; *has_time tells which. 0 or -1. */
int datefmt_parse_moment(const char *s, struct date *d, int *hour, int *minute, int *has_time);

#endif
