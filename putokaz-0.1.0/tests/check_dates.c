/* check_dates.c: parsing and comparing the content's dates. */
#include "config.h"

#include <check.h>

#include "dates.h"
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

Suite *dates_suite(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("civil");

	tcase_add_loop_test(tc, parse, 0, (int)(sizeof parse_cases / sizeof parse_cases[0]));
	tcase_add_test(tc, compare_and_format);
	suite_add_tcase(s, tc);
	return s;
}
