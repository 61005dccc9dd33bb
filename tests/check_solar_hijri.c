/* check_solar_hijri.c: Solar Hijri (Iranian and Afghan) dates against
 * published ones. Every expected date below comes from a published
 * calendar or a dated event, never from the program. */
#include "config.h"

#include <check.h>

#include "dates.h"
#include "solar_hijri.h"
#include "suites.h"

/* 1 Farvardin (Nowruz), as in the official Iranian calendar (the
 * calendar centre of the University of Tehran's Institute of Geophysics,
 * time.ir) and timeanddate.com's Nowruz pages. They agree with the rule:
 * the day of the March equinox if it falls before noon at 52.5 E (08:30
 * UTC), else the day after; e.g. 2024: 20 March 03:06 UTC, 2025: 20 March
 * 09:01 UTC, so Nowruz 1404 is 21 March 2025. Consecutive years, so the
 * leap years follow from the table too. */
static const struct {
	int sy;
	struct date g;
} nowruz[] = {
	{ 1390, { 2011, 3, 21 } },
	{ 1391, { 2012, 3, 20 } },
	{ 1392, { 2013, 3, 21 } },
	{ 1393, { 2014, 3, 21 } },
	{ 1394, { 2015, 3, 21 } },
	{ 1395, { 2016, 3, 20 } },
	{ 1396, { 2017, 3, 21 } },
	{ 1397, { 2018, 3, 21 } },
	{ 1398, { 2019, 3, 21 } },
	{ 1399, { 2020, 3, 20 } },
	{ 1400, { 2021, 3, 21 } },
	{ 1401, { 2022, 3, 21 } },
	{ 1402, { 2023, 3, 21 } },
	{ 1403, { 2024, 3, 20 } },
	{ 1404, { 2025, 3, 21 } },	/* 20 March by Birashk's 2820-year cycle: wrong */
	{ 1405, { 2026, 3, 21 } },
};

#define NNOWRUZ ((int)(sizeof nowruz / sizeof nowruz[0]))

/* Days whose date is published in both calendars. */
static const struct {
	struct solar_hijri s;
	struct date g;
} known[] = {
	/* the Majlis adopts the calendar, 11 Farvardin 1304 = 31 March 1925
	 * (M. Heydari-Malayeri, "A concise review of the Iranian calendar",
	 * arXiv:astro-ph/0409620) */
	{ { 1304, 1, 11 }, { 1925, 3, 31 } },
	/* the coup of 28 Mordad 1332, 19 August 1953 */
	{ { 1332, 5, 28 }, { 1953, 8, 19 } },
	/* the uprising of 15 Khordad 1342, 5 June 1963; the equinox of 1963
	 * fell only minutes before noon at 52.5 E, a year easily got wrong */
	{ { 1342, 3, 15 }, { 1963, 6, 5 } },
	/* Afghanistan: Daoud's coup, 26 Saratan 1352 = 17 July 1973 */
	{ { 1352, 4, 26 }, { 1973, 7, 17 } },
	/* Afghanistan: the Saur revolution, 7 Sawr 1357 = 27 April 1978 */
	{ { 1357, 2, 7 }, { 1978, 4, 27 } },
	/* 22 Bahman 1357 = 11 February 1979, Revolution Day */
	{ { 1357, 11, 22 }, { 1979, 2, 11 } },
	/* 12 Farvardin 1358 = 1 April 1979, Islamic Republic Day */
	{ { 1358, 1, 12 }, { 1979, 4, 1 } },
	/* 13 Aban 1358 = 4 November 1979, the US embassy taken */
	{ { 1358, 8, 13 }, { 1979, 11, 4 } },
	/* 31 Shahrivar 1359 = 22 September 1980, the Iran-Iraq war begins */
	{ { 1359, 6, 31 }, { 1980, 9, 22 } },
	/* 3 Khordad 1361 = 24 May 1982, Khorramshahr retaken */
	{ { 1361, 3, 3 }, { 1982, 5, 24 } },
	/* 14 Khordad 1368 = 4 June 1989, the holiday for Khomeini's death */
	{ { 1368, 3, 14 }, { 1989, 6, 4 } },
	/* Afghanistan: 8 Sawr 1371 = 28 April 1992, the mujahideen in Kabul;
	 * the equinox of 1992 fell 18 minutes after noon at 52.5 E */
	{ { 1371, 2, 8 }, { 1992, 4, 28 } },
	/* Afghanistan: 24 Asad 1400 = 15 August 2021, the Taliban in Kabul */
	{ { 1400, 5, 24 }, { 2021, 8, 15 } },
	/* the last day of the year: 29 Esfand in a common year, 30 in a
	 * leap one (the days before the Nowruz dates above) */
	{ { 1399, 12, 30 }, { 2021, 3, 20 } },
	{ { 1402, 12, 29 }, { 2024, 3, 19 } },
	{ { 1403, 12, 30 }, { 2025, 3, 20 } },
	/* 1 Mehr, the school year: 23 September after a Nowruz on 21 March,
	 * 22 September after one on 20 March */
	{ { 1402, 7, 1 }, { 2023, 9, 23 } },
	{ { 1403, 7, 1 }, { 2024, 9, 22 } },
	{ { 1404, 7, 1 }, { 2025, 9, 23 } },
	{ { 1402, 6, 31 }, { 2023, 9, 22 } },
	/* Yalda, the night of 30 Azar, then 1 Dey: 21 December 2023 and
	 * 20 December 2024 (timeanddate.com's Yalda pages) */
	{ { 1402, 9, 30 }, { 2023, 12, 21 } },
	{ { 1402, 10, 1 }, { 2023, 12, 22 } },
	{ { 1403, 9, 30 }, { 2024, 12, 20 } },
	{ { 1403, 10, 1 }, { 2024, 12, 21 } },
};

START_TEST(nowruz_dates)
{
	struct solar_hijri s = { nowruz[_i].sy, 1, 1 }, back = { 0, 0, 0 };
	struct date g = { 0, 0, 0 };

	ck_assert_int_eq(solar_hijri_to_gregorian(s, &g), 0);
	ck_assert_msg(dates_compare(g, nowruz[_i].g) == 0, "1 Farvardin %d: %d-%02d-%02d",
		      s.y, g.y, g.m, g.d);
	ck_assert_int_eq(solar_hijri_from_gregorian(nowruz[_i].g, &back), 0);
	ck_assert_int_eq(back.y, s.y);
	ck_assert_int_eq(back.m, 1);
	ck_assert_int_eq(back.d, 1);
}
END_TEST

/* A year is leap when the next Nowruz is 366 days after its own. */
START_TEST(leap_from_nowruz)
{
	long len = dates_diff(nowruz[_i].g, nowruz[_i + 1].g);
	int y = nowruz[_i].sy;

	ck_assert_int_eq(nowruz[_i + 1].sy, y + 1);
	ck_assert_msg(solar_hijri_leap(y) == (len == 366), "%d: %ld days", y, len);
	ck_assert_int_eq(solar_hijri_days_in_month(y, 12), (int)len - 336);
}
END_TEST

START_TEST(known_days)
{
	struct solar_hijri s = { 0, 0, 0 };
	struct date g = { 0, 0, 0 };

	ck_assert_int_eq(solar_hijri_to_gregorian(known[_i].s, &g), 0);
	ck_assert_msg(dates_compare(g, known[_i].g) == 0, "%d/%d/%d: %d-%02d-%02d",
		      known[_i].s.y, known[_i].s.m, known[_i].s.d, g.y, g.m, g.d);
	ck_assert_int_eq(solar_hijri_from_gregorian(known[_i].g, &s), 0);
	ck_assert_int_eq(s.y, known[_i].s.y);
	ck_assert_int_eq(s.m, known[_i].s.m);
	ck_assert_int_eq(s.d, known[_i].s.d);
}
END_TEST

START_TEST(leap_years)
{
	/* from the published calendar: 30 Esfand 1387, 1391, 1395, 1399 and
	 * 1403; 1404 is a common year (the 2820-year cycle says otherwise) */
	static const int leap[] = { 1387, 1391, 1395, 1399, 1403 };
	static const int common[] = { 1388, 1392, 1398, 1400, 1401, 1402, 1404 };

	for (size_t i = 0; i < sizeof leap / sizeof leap[0]; i++)
		ck_assert_msg(solar_hijri_leap(leap[i]), "%d", leap[i]);
	for (size_t i = 0; i < sizeof common / sizeof common[0]; i++)
		ck_assert_msg(!solar_hijri_leap(common[i]), "%d", common[i]);
}
END_TEST

START_TEST(month_lengths)
{
	for (int m = 1; m <= 6; m++)
		ck_assert_int_eq(solar_hijri_days_in_month(1402, m), 31);
	for (int m = 7; m <= 11; m++)
		ck_assert_int_eq(solar_hijri_days_in_month(1402, m), 30);
	ck_assert_int_eq(solar_hijri_days_in_month(1402, 12), 29);
	ck_assert_int_eq(solar_hijri_days_in_month(1403, 12), 30);
	ck_assert_int_eq(solar_hijri_days_in_month(1402, 0), 0);
	ck_assert_int_eq(solar_hijri_days_in_month(1402, 13), 0);
	ck_assert_int_eq(solar_hijri_days_in_month(SOLAR_HIJRI_MIN_YEAR - 1, 1), 0);
	ck_assert_int_eq(solar_hijri_days_in_month(SOLAR_HIJRI_MAX_YEAR + 1, 1), 0);
	ck_assert(!solar_hijri_leap(SOLAR_HIJRI_MIN_YEAR - 1));
	ck_assert(!solar_hijri_leap(SOLAR_HIJRI_MAX_YEAR + 1));
}
END_TEST

static const struct solar_hijri bad_solar[] = {
	{ 1402, 13, 1 },	/* no 13th month */
	{ 1402, 0, 1 },
	{ 1402, 1, 0 },
	{ 1402, 1, 32 },
	{ 1402, 7, 31 },	/* 31 Mehr: months 7-11 have 30 days */
	{ 1402, 11, 31 },
	{ 1402, 12, 30 },	/* 30 Esfand in a common year */
	{ 1404, 12, 30 },
	{ 1403, 12, 31 },
	{ SOLAR_HIJRI_MIN_YEAR - 1, 1, 1 },
	{ SOLAR_HIJRI_MAX_YEAR + 1, 1, 1 },
	{ -2000000000, 1, 1 },
	{ 2000000000, 1, 1 },
	{ 0, 0, 0 },
};

START_TEST(invalid_solar)
{
	struct date g = { 7, 7, 7 };

	ck_assert_int_eq(solar_hijri_to_gregorian(bad_solar[_i], &g), -1);
	ck_assert_int_eq(g.y, 7);	/* untouched */
}
END_TEST

static const struct date bad_gregorian[] = {
	{ 2023, 2, 29 },
	{ 2024, 13, 1 },
	{ 2024, 0, 1 },
	{ 2024, 4, 31 },
	{ 2024, 1, 0 },
	{ 1900, 1, 1 },		/* years out of range */
	{ 1921, 1, 1 },		/* 1299 AP */
	{ 2200, 1, 1 },
	{ -2000000000, 1, 1 },
	{ 2000000000, 1, 1 },
	{ 0, 0, 0 },
};

START_TEST(invalid_gregorian)
{
	struct solar_hijri s = { 7, 7, 7 };

	ck_assert_int_eq(solar_hijri_from_gregorian(bad_gregorian[_i], &s), -1);
	ck_assert_int_eq(s.y, 7);	/* untouched */
}
END_TEST

/* The solar date after s, by the month lengths alone. */
static struct solar_hijri next_day(struct solar_hijri s)
{
	if (s.d < solar_hijri_days_in_month(s.y, s.m))
		return (struct solar_hijri){ s.y, s.m, s.d + 1 };
	if (s.m < 12)
		return (struct solar_hijri){ s.y, s.m + 1, 1 };
	return (struct solar_hijri){ s.y + 1, 1, 1 };
}

/* Every day from 1 Farvardin 1380 to the end of 1420: Gregorian to solar
 * and back is the identity, and the solar date moves on by one day. */
START_TEST(round_trip)
{
	struct solar_hijri first = { 1380, 1, 1 }, s = { 0, 0, 0 }, want;
	struct date g0 = { 0, 0, 0 }, g, back = { 0, 0, 0 };
	long day, days = 0;

	ck_assert_int_eq(solar_hijri_to_gregorian(first, &g0), 0);
	want = first;
	for (day = dates_to_days(g0);; day++, days++) {
		g = dates_from_days(day);
		ck_assert_int_eq(solar_hijri_from_gregorian(g, &s), 0);
		ck_assert_msg(s.y == want.y && s.m == want.m && s.d == want.d,
			      "%d-%02d-%02d: %d/%d/%d, not %d/%d/%d", g.y, g.m, g.d,
			      s.y, s.m, s.d, want.y, want.m, want.d);
		if (s.y > 1420)
			break;
		ck_assert_int_eq(solar_hijri_to_gregorian(s, &back), 0);
		ck_assert_int_eq(dates_compare(back, g), 0);
		want = next_day(s);
	}
	/* 41 years of 365 days and the leap days among them: 1383, 1387,
	 * 1391, 1395, 1399, 1403, then 1408, 1412, 1416, 1420 as the
	 * University of Tehran's calendar centre lists them */
	ck_assert_int_eq(days, 41 * 365 + 10);
}
END_TEST

/* At either end of the range: the first and last days convert, the days
 * just outside do not. */
START_TEST(range_edges)
{
	struct solar_hijri first = { SOLAR_HIJRI_MIN_YEAR, 1, 1 }, s = { 0, 0, 0 };
	struct solar_hijri last = { SOLAR_HIJRI_MAX_YEAR, 12, 0 };
	struct date g = { 0, 0, 0 };

	ck_assert_int_eq(solar_hijri_to_gregorian(first, &g), 0);
	ck_assert_int_eq(g.y, 1921);
	ck_assert_int_eq(g.m, 3);
	ck_assert_int_eq(solar_hijri_from_gregorian(g, &s), 0);
	ck_assert_int_eq(solar_hijri_from_gregorian(dates_add_days(g, -1), &s), -1);

	last.d = solar_hijri_days_in_month(SOLAR_HIJRI_MAX_YEAR, 12);
	ck_assert_int_eq(solar_hijri_to_gregorian(last, &g), 0);
	ck_assert_int_eq(g.y, 2122);
	ck_assert_int_eq(g.m, 3);
	ck_assert_int_eq(solar_hijri_from_gregorian(g, &s), 0);
	ck_assert_int_eq(s.y, SOLAR_HIJRI_MAX_YEAR);
	ck_assert_int_eq(solar_hijri_from_gregorian(dates_add_days(g, 1), &s), -1);
}
END_TEST

Suite *solar_hijri_suite(void)
{
	Suite *s = suite_create("solar_hijri");
	TCase *tc = tcase_create("solar_hijri");

	tcase_add_loop_test(tc, nowruz_dates, 0, NNOWRUZ);
	tcase_add_loop_test(tc, leap_from_nowruz, 0, NNOWRUZ - 1);
	tcase_add_loop_test(tc, known_days, 0, (int)(sizeof known / sizeof known[0]));
	tcase_add_test(tc, leap_years);
	tcase_add_test(tc, month_lengths);
	tcase_add_loop_test(tc, invalid_solar, 0, (int)(sizeof bad_solar / sizeof bad_solar[0]));
	tcase_add_loop_test(tc, invalid_gregorian, 0,
			    (int)(sizeof bad_gregorian / sizeof bad_gregorian[0]));
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, range_edges);
	suite_add_tcase(s, tc);
	return s;
}
