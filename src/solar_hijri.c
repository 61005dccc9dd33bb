/* solar_hijri.c: Solar Hijri (Iranian and Afghan) dates to and from
 * Gregorian ones, by the date of Nowruz in each year.
 *
 * The official calendar is astronomical: a year begins on the day of the
 * March equinox if the equinox falls before noon at the Iran Standard Time
 * meridian (52.5 E), otherwise on the day after. Leap years follow from
 * that; no rule is written into the law. We use the arithmetic published
 * by Kazimierz M. Borkowski, "The Persian calendar for 3000 years", Earth,
 * Moon and Planets 74 (1996) 223-230, the one behind jalaali-js and many
 * other converters: leap years come in 33-year cycles (eight in each), and
 * a short table of "break" years marks where the astronomical pattern
 * breaks a cycle off after 29 or 37 years instead. Borkowski checked it
 * against computed equinoxes and found it exact for at least 1178-1633 AP
 * (AD 1799-2256); between the breaks 1210 and 1635 it is a plain 33-year
 * cycle.
 *
 * We do not use the "2820-year cycle" of Ahmad Birashk (in many older
 * libraries and in Calendrical Calculations' arithmetic Persian calendar):
 * it is not the official calendar and disagrees with it within our range,
 * first in 1403/1404, where it makes 1404 the leap year instead of 1403 and
 * so puts Nowruz 1404 on 20 March 2025 instead of 21 March (and again in
 * 1436/1437 and 1469/1470).
 *
 * We convert only 1300-1500 AP (21 March 1921 to 20 March 2122): it holds
 * every date the guide deals with, it lies well inside the years the
 * method is exact for, and past it an equinox within minutes of noon can
 * no longer be placed with certainty (the Earth's rotation is not
 * predictable that far). Iran fixed the month lengths by law in 1304
 * (1925) and Afghanistan took the calendar in 1301 (1922); dates before
 * that are given as the calendar is now, as converters do. */
#include "config.h"

#include "solar_hijri.h"

/* Years (AP) in which a new run of 33-year cycles starts. */
static const int breaks[] = {
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
};

#define NBREAKS ((int)(sizeof breaks / sizeof breaks[0]))

/* Whether y is a Solar Hijri year the tables cover. */
static bool year_in_range(int y)
{
	return y >= SOLAR_HIJRI_MIN_YEAR && y <= SOLAR_HIJRI_MAX_YEAR;
}

/* The day (days since 1970-01-01) of 1 Farvardin of year y, for
 * breaks[0] <= y < breaks[NBREAKS - 1]; the callers keep y in range.
 *
 * Nowruz falls in March of the Gregorian year y + 621. Its day in March
 * moves one day later for every Persian leap year and one day earlier for
 * every Gregorian leap day, so it is a constant plus the Persian leap
 * years before y minus the Gregorian leap years before y + 621 (both
 * counted from fixed points that the constants -14 and -150 take into
 * account). The numbers divided are never negative, so C's division is
 * the floor division the method is written with. */
static long nowruz_days(int y)
{
	int gy = y + 621;
	int leap_p = -14;	/* Persian leap years */
	int leap_g;		/* Gregorian leap years */
	int start = breaks[0], run = 0, n;
	struct date march1 = { gy, 3, 1 };

	/* Whole runs between breaks before y: in a run of 33q + r years
	 * there are 8 leap years in each cycle of 33, and one every 4 years
	 * in the r left over. */
	for (int i = 1; i < NBREAKS; i++) {
		run = breaks[i] - start;
		if (y < breaks[i])
			break;
		leap_p += run / 33 * 8 + run % 33 / 4;
		start = breaks[i];
	}
	/* The years of the current run before y: leap years at offsets 0, 4,
	 * 8 ... 28 in each cycle of 33 (then a gap of five years), hence
	 * (n % 33 + 3) / 4 in the last one. A run of 33q + 4 years ends in a
	 * 37-year cycle with a ninth leap year at offset 32, where that count
	 * would only see it one year later: at offset 33 it is added here. */
	n = y - start;
	leap_p += n / 33 * 8 + (n % 33 + 3) / 4;
	if (run % 33 == 4 && run - n == 4)
		leap_p++;

	leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
	/* 1 March plus (20 + leap_p - leap_g - 1) days: 20, 21 or 22 March
	 * for the years we accept */
	return dates_to_days(march1) + 19 + leap_p - leap_g;
}

bool solar_hijri_leap(int y)
{
	if (!year_in_range(y))
		return false;
	return nowruz_days(y + 1) - nowruz_days(y) == 366;
}

int solar_hijri_days_in_month(int y, int m)
{
	if (!year_in_range(y) || m < 1 || m > 12)
		return 0;
	if (m <= 6)
		return 31;
	if (m <= 11)
		return 30;
	return solar_hijri_leap(y) ? 30 : 29;
}

/* Days from 1 Farvardin to the first day of month m. */
static int month_offset(int m)
{
	return m <= 7 ? (m - 1) * 31 : 6 * 31 + (m - 7) * 30;
}

int solar_hijri_to_gregorian(struct solar_hijri s, struct date *out)
{
	if (s.d < 1 || s.d > solar_hijri_days_in_month(s.y, s.m))
		return -1;	/* also a month or a year out of range */
	*out = dates_from_days(nowruz_days(s.y) + month_offset(s.m) + s.d - 1);
	return 0;
}

int solar_hijri_from_gregorian(struct date g, struct solar_hijri *out)
{
	long days, k;
	int y;

	/* only Gregorian years that can hold a day of 1300-1500 AP get as
	 * far as nowruz_days() (which keeps y inside the table) */
	if (g.y < SOLAR_HIJRI_MIN_YEAR + 621 || g.y > SOLAR_HIJRI_MAX_YEAR + 622)
		return -1;
	if (g.m < 1 || g.m > 12 || g.d < 1 || g.d > dates_days_in_month(g.y, g.m))
		return -1;
	days = dates_to_days(g);
	/* Nowruz is in March: before it, the day is in the year before */
	y = g.y - 621;
	if (days < nowruz_days(y))
		y--;
	if (!year_in_range(y))
		return -1;
	k = days - nowruz_days(y);	/* 0 on 1 Farvardin */
	if (k < 6 * 31) {
		out->m = (int)(k / 31) + 1;
		out->d = (int)(k % 31) + 1;
	} else {
		k -= 6 * 31;
		out->m = (int)(k / 30) + 7;
		out->d = (int)(k % 30) + 1;
	}
	out->y = y;
	return 0;
}
