/* dates.c: civil dates for the content (updated, review-by) and, later, deadlines. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dates.h"

/* Whether y is a leap year of the Gregorian calendar. */
static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dates_days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return days[m - 1] + (m == 2 && is_leap(y));
}

int dates_parse(const char *s, struct date *out)
{
	int y = 0, m = 0, d = 0;

	/* Strictly ten characters, digits where digits belong: "2026-2-1" and
	 * "2026-02-01x" are mistakes a volunteer should hear about. */
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return -1;
	}
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > dates_days_in_month(y, m))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

bool dates_valid(struct date d)
{
	return d.y != 0;
}

int dates_compare(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

struct date dates_from_time(time_t t)
{
	struct tm tm;
	struct date d = { 0, 0, 0 };

	if (localtime_r(&t, &tm)) {
		d.y = tm.tm_year + 1900;
		d.m = tm.tm_mon + 1;
		d.d = tm.tm_mday;
	}
	return d;
}

void dates_format_iso(struct date d, char *buf)
{
	/* the ranges are those dates_parse() accepts; the casts tell the
	 * compiler the output fits */
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)d.y % 10000u, (unsigned)d.m % 100u,
		 (unsigned)d.d % 100u);
}

/* Days from civil, after the well-known proleptic Gregorian algorithm:
 * shift the year to start in March so the leap day comes last. */
long dates_to_days(struct date d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (d.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct date dates_from_days(long z)
{
	long era, doe, yoe, y, doy, mp;
	struct date d;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(y + (d.m <= 2));
	return d;
}

struct date dates_add_days(struct date d, long n)
{
	return dates_from_days(dates_to_days(d) + n);
}

struct date dates_add_months(struct date d, int n)
{
	long total = (long)d.y * 12 + (d.m - 1) + n;
	struct date r;
	int last;

	r.y = (int)(total / 12);
	r.m = (int)(total % 12) + 1;
	last = dates_days_in_month(r.y, r.m);
	r.d = d.d > last ? last : d.d;
	return r;
}

struct date dates_add_years(struct date d, int n)
{
	return dates_add_months(d, n * 12);
}

long dates_diff(struct date a, struct date b)
{
	return dates_to_days(b) - dates_to_days(a);
}

int dates_weekday(struct date d)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0) */
	long w = (dates_to_days(d) + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

struct date dates_orthodox_easter(int y)
{
	int a = y % 4, b = y % 7, c = y % 19;
	int d = (19 * c + 15) % 30;
	int e = (2 * a + 4 * b - d + 34) % 7;
	int month = (d + e + 114) / 31;
	int day = (d + e + 114) % 31 + 1;
	/* the Julian calendar is behind by the Gregorian leap days it keeps:
	 * 13 days from 1900 to 2099 */
	int gap = y / 100 - y / 400 - 2;
	struct date julian = { y, month, day };

	return dates_add_days(julian, gap);
}
