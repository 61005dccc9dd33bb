/* dates.h: civil dates (year, month, day) with no time zone: parsing, comparing, today. */
#ifndef PUTOKAZ_DATES_H
#define PUTOKAZ_DATES_H

#include <stdbool.h>
#include <time.h>

struct date {
	int y, m, d;	/* 0 0 0 means "no date" */
};

/* Parse exactly "YYYY-MM-DD" (a real calendar day, years 1900-9999); 0 or -1. */
int dates_parse(const char *s, struct date *out);
/* Whether the date was set. */
bool dates_valid(struct date d);
/* Negative, zero or positive as a is before, equal to or after b. */
int dates_compare(struct date a, struct date b);
/* Days in the month m of year y. */
int dates_days_in_month(int y, int m);
/* The local date of the given moment. */
struct date dates_from_time(time_t t);
/* Write "YYYY-MM-DD" into buf (at least 11 bytes). */
void dates_format_iso(struct date d, char *buf);

#endif
