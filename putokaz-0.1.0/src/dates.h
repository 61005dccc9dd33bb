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

/* Days since 1970-01-01 (negative before), for differences and weekdays. */
long dates_to_days(struct date d);
/* The date `days` days after 1970-01-01. */
struct date dates_from_days(long days);
/* d plus n days (n may be negative). */
struct date dates_add_days(struct date d, long n);
/* The day with the same number n months later; if that month is shorter,
 * its last day (31 Jan + 1 month = 28 or 29 Feb). n may be negative. */
struct date dates_add_months(struct date d, int n);
/* The same for years (29 Feb + 1 year = 28 Feb). */
struct date dates_add_years(struct date d, int n);
/* b minus a, in days. */
long dates_diff(struct date a, struct date b);
/* 0 = Monday ... 6 = Sunday. */
int dates_weekday(struct date d);
/* Orthodox Easter Sunday of year y in the Gregorian calendar: the Julian
 * computus, then the Julian date converted (years 1900-2099 add 13 days). */
struct date dates_orthodox_easter(int y);

#endif
