/* check_dates.c: parsing and comparing the content's dates, and dates
 * written for people (datefmt.c). Weekdays worked out by hand from 1 January
 * (2024: a Monday, 2026: a Thursday) and the month lengths. */
#include "config.h"

#include <check.h>
#include <stddef.h>

#include "datefmt.h"
#include "dates.h"
#include "digits.h"
#include "langctx.h"
#include "suites.h"

static const struct {
	const char *s;
	int ok, y, m, d;
} parse_cases[] = {
	{ "2026-11-22", 1, 2026, 11, 22 },
	{ "2024-02-29", 1, 2024, 2, 29 },	/* leap year */
	{ "2000-02-29", 1, 2000, 2, 29 },	/* divisible by 400: leap */
	{ "1900-02-29", 0, 0, 0, 0 },		/* divisible by 100: not leap */
	{ "2023-02-29", 0, 0, 0, 0 },
	{ "2026-02-30", 0, 0, 0, 0 },
	{ "2026-04-31", 0, 0, 0, 0 },
	{ "2026-13-01", 0, 0, 0, 0 },
	{ "2026-00-10", 0, 0, 0, 0 },
	{ "2026-01-00", 0, 0, 0, 0 },
	{ "2026-1-01", 0, 0, 0, 0 },
	{ "2026-01-01x", 0, 0, 0, 0 },
	{ "2026/01/01", 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0 },
};

START_TEST(parse)
{
	struct date d = { 0, 0, 0 };
	int rc = dates_parse(parse_cases[_i].s, &d);

	ck_assert_msg((rc == 0) == parse_cases[_i].ok, "\"%s\"", parse_cases[_i].s);
	if (parse_cases[_i].ok) {
		ck_assert_int_eq(d.y, parse_cases[_i].y);
		ck_assert_int_eq(d.m, parse_cases[_i].m);
		ck_assert_int_eq(d.d, parse_cases[_i].d);
	}
}
END_TEST

START_TEST(compare_and_format)
{
	struct date a = { 2026, 11, 22 }, b = { 2027, 5, 22 }, c = { 2026, 12, 1 };
	char buf[11];

	ck_assert_int_lt(dates_compare(a, b), 0);
	ck_assert_int_gt(dates_compare(b, a), 0);
	ck_assert_int_lt(dates_compare(a, c), 0);
	ck_assert_int_eq(dates_compare(a, a), 0);
	dates_format_iso((struct date){ 2026, 2, 3 }, buf);
	ck_assert_str_eq(buf, "2026-02-03");
	ck_assert_int_eq(dates_days_in_month(2024, 2), 29);
	ck_assert_int_eq(dates_days_in_month(2026, 2), 28);
	ck_assert_int_eq(dates_days_in_month(2026, 4), 30);
}
END_TEST

/* English with western digits, no Solar Hijri dates */
static const struct language_context english = { .code = "en" };

/* ---- datefmt_long and datefmt_short, in English with western digits ---- */
static const struct {
	struct date d;
	const char *lng, *shrt;
} words_cases[] = {
	/* 15 Feb 2026 is day 46: 45 days after a Thursday is a Sunday */
	{ { 2026, 2, 15 }, "Sunday 15 February 2026", "Sunday 15 February" },
	/* 29 Feb 2024 is day 60: 59 days after a Monday is a Thursday */
	{ { 2024, 2, 29 }, "Thursday 29 February 2024", "Thursday 29 February" },
	{ { 2024, 1, 7 }, "Sunday 7 January 2024", "Sunday 7 January" },
	/* 22 Nov 2026 is day 326: 325 days after a Thursday is a Sunday */
	{ { 2026, 11, 22 }, "Sunday 22 November 2026", "Sunday 22 November" },
	/* 31 Dec 2026 is day 365: 364 days after a Thursday is a Thursday */
	{ { 2026, 12, 31 }, "Thursday 31 December 2026", "Thursday 31 December" },
	{ { 2026, 5, 2 }, "Saturday 2 May 2026", "Saturday 2 May" },
};

START_TEST(date_in_words)
{
	char buf[96];

	datefmt_long(&english, words_cases[_i].d, buf, sizeof buf);
	ck_assert_str_eq(buf, words_cases[_i].lng);
	datefmt_short(&english, words_cases[_i].d, buf, sizeof buf);
	ck_assert_str_eq(buf, words_cases[_i].shrt);
}
END_TEST

/* Cut to the buffer, and with the Solar Hijri date when month names are set:
 * 1 Azar 1405 is 22 November 2026 (Nowruz 1405 on 21 March 2026, then six
 * months of 31 days and Mehr and Aban of 30: day 247 of the year). */
START_TEST(date_in_words_cut_and_solar)
{
	static const char *const months[12] = { "Farvardin", "Ordibehesht", "Khordad", "Tir",
						"Mordad", "Shahrivar", "Mehr", "Aban",
						"Azar", "Dey", "Bahman", "Esfand" };
	const struct language_context farsi = { .code = "en", .solar_months = months };
	const struct language_context farsi_digits = {
		.code = "en", .digits = DIGITS_EXTENDED, .solar_months = months
	};
	char buf[96], small[10];

	datefmt_long(&english, (struct date){ 2026, 11, 22 }, small, sizeof small);
	ck_assert_str_eq(small, "Sunday 22");
	datefmt_long(&farsi, (struct date){ 2026, 11, 22 }, buf, sizeof buf);
	ck_assert_str_eq(buf, "Sunday 22 November 2026 (1 Azar 1405)");
	/* the context's digits, for both calendars */
	datefmt_long(&farsi_digits, (struct date){ 2026, 11, 22 }, buf, sizeof buf);
	ck_assert_str_eq(buf, "Sunday ۲۲ November ۲۰۲۶ (۱ Azar ۱۴۰۵)");
}
END_TEST

/* ---- datefmt_relative: from today to a day ---- */
static const struct {
	struct date today, d;
	const char *want;
} relative_cases[] = {
	{ { 2026, 11, 22 }, { 2026, 11, 22 }, "today" },
	{ { 2026, 11, 22 }, { 2026, 11, 23 }, "tomorrow" },
	{ { 2026, 11, 22 }, { 2026, 11, 21 }, "yesterday" },
	{ { 2026, 11, 22 }, { 2026, 11, 25 }, "in 3 days" },
	{ { 2026, 11, 22 }, { 2026, 11, 12 }, "10 days ago" },
	{ { 2026, 12, 31 }, { 2027, 1, 2 }, "in 2 days" },		/* across a year */
	{ { 2024, 2, 28 }, { 2024, 3, 1 }, "in 2 days" },		/* across 29 Feb */
	{ { 2026, 2, 28 }, { 2026, 3, 1 }, "tomorrow" },		/* no 29 Feb */
	{ { 2026, 11, 22 }, { 2027, 11, 22 }, "in 365 days" },
};

START_TEST(relative_dates)
{
	char buf[64];

	datefmt_relative(&english, relative_cases[_i].today, relative_cases[_i].d, buf, sizeof buf);
	ck_assert_str_eq(buf, relative_cases[_i].want);
}
END_TEST

/* ---- datefmt_parse_moment: what --today, --calc and the fixtures type ---- */
static const struct {
	const char *s;
	int ok, y, m, d, hour, minute, has_time;
} moment_cases[] = {
	{ "2026-03-27", 1, 2026, 3, 27, 0, 0, 0 },
	{ "2026-03-27T10:05", 1, 2026, 3, 27, 10, 5, 1 },
	{ "2026-03-27 23:59", 1, 2026, 3, 27, 23, 59, 1 },
	{ "2026-03-27T00:00", 1, 2026, 3, 27, 0, 0, 1 },
	{ "2026-03-27T24:00", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-03-27T10:60", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-03-27T1:00", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-03-27T10:00Z", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-03-27T10-00", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-03-27X", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-02-30T10:00", 0, 0, 0, 0, 0, 0, 0 },
	{ "2026-3-27", 0, 0, 0, 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0, 0, 0, 0 },
	{ NULL, 0, 0, 0, 0, 0, 0, 0 },
};

START_TEST(parse_moment)
{
	struct date d = { 0, 0, 0 };
	int hour = -1, minute = -1, has_time = -1;
	int rc = datefmt_parse_moment(moment_cases[_i].s, &d, &hour, &minute, &has_time);

	ck_assert_msg((rc == 0) == moment_cases[_i].ok, "\"%s\"",
		      moment_cases[_i].s ? moment_cases[_i].s : "(null)");
	if (moment_cases[_i].ok) {
		ck_assert_int_eq(d.y, moment_cases[_i].y);
		ck_assert_int_eq(d.m, moment_cases[_i].m);
		ck_assert_int_eq(d.d, moment_cases[_i].d);
		ck_assert_int_eq(hour, moment_cases[_i].hour);
		ck_assert_int_eq(minute, moment_cases[_i].minute);
		ck_assert_int_eq(has_time, moment_cases[_i].has_time);
	}
}
END_TEST

Suite *dates_suite(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("civil");

	tcase_add_loop_test(tc, parse, 0, (int)(sizeof parse_cases / sizeof parse_cases[0]));
	tcase_add_test(tc, compare_and_format);
	tcase_add_loop_test(tc, date_in_words, 0,
			    (int)(sizeof words_cases / sizeof words_cases[0]));
	tcase_add_test(tc, date_in_words_cut_and_solar);
	tcase_add_loop_test(tc, relative_dates, 0,
			    (int)(sizeof relative_cases / sizeof relative_cases[0]));
	tcase_add_loop_test(tc, parse_moment, 0,
			    (int)(sizeof moment_cases / sizeof moment_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}
