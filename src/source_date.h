/* source_date.h: the date of a source ("2023-07", "2018" or "undated"),
 * and whether a page's sources are old enough to say so. */
#ifndef PUTOKAZ_SOURCE_DATE_H
#define PUTOKAZ_SOURCE_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"

struct source_date {
	int y;	/* 0: undated */
	int m;	/* 1-12, or 0: the year only */
};

/* Parse "YYYY", "YYYY-MM" or "undated" exactly (years 1900-9999); 0 or -1. */
int source_date_parse(const char *s, struct source_date *out);
/* Whether the age line is due on `today`: a source is undated, or the oldest
 * dated one is more than two years old. A source's age counts from the first
 * day it may be from (1 January for a year), so a doubt shows the line. */
bool source_dates_old(const struct source_date *d, size_t n, struct date today);
/* The oldest and the newest dated source; false when none is dated. */
bool source_dates_span(const struct source_date *d, size_t n, struct source_date *oldest,
		       struct source_date *newest);
/* "July 2023" (translated month names and order) or "2018", in `digits`
 * (the language's, an enum digits). */
void source_date_format(int digits, struct source_date d, char *buf, size_t size);

/* "Based on sources from July 2015 to August 2024." (and "Some sources
 * give no date."), translated, when source_dates_old(); else NULL. Free it. */
char *source_dates_line(int digits, const struct source_date *d, size_t n, struct date today);

#endif
