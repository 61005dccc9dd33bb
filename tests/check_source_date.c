/* check_source_date.c: sources' dates and the "how old are the sources"
 * line, with a moving clock. Expected values worked out by hand: a source
 * counts from the first day it may be from (1 July for "2023-07", 1 January
 * for "2024"), and is old once today is past that day two years on. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "digits.h"
#include "source_date.h"
#include "suites.h"

static const struct {
	const char *text;
	int ok, y, m;
} parses[] = {
	{ "2023-07", 1, 2023, 7 },
	{ "2018", 1, 2018, 0 },
	{ "undated", 1, 0, 0 },
	{ "1900-01", 1, 1900, 1 },
	{ "2023-13", 0, 0, 0 },
	{ "2023-00", 0, 0, 0 },
	{ "2023-7", 0, 0, 0 },
	{ "23-07", 0, 0, 0 },
	{ "July 2023", 0, 0, 0 },
	{ "1899", 0, 0, 0 },
	{ "2023-07-01", 0, 0, 0 },
	{ "", 0, 0, 0 },
	{ "Undated", 0, 0, 0 },
	{ "2023/07", 0, 0, 0 },
};

START_TEST(test_parse)
{
	struct source_date d = { -1, -1 };
	int rc = source_date_parse(parses[_i].text, &d);

	ck_assert_msg((rc == 0) == parses[_i].ok, "\"%s\": %d", parses[_i].text, rc);
	if (parses[_i].ok) {
		ck_assert_int_eq(d.y, parses[_i].y);
		ck_assert_int_eq(d.m, parses[_i].m);
	}
}
END_TEST

/* pages: their sources' dates, a day, and whether the line is due */
static const struct source_date recent[] = { { 2025, 7 }, { 2024, 8 } };
static const struct source_date year_only[] = { { 2025, 7 }, { 2024, 0 } };
static const struct source_date with_undated[] = { { 2026, 1 }, { 0, 0 } };
static const struct {
	const struct source_date *d;
	size_t n;
	struct date today;
	int old;
} ages[] = {
	/* oldest 1 August 2024: old from 2 August 2026 */
	{ recent, 2, { 2026, 8, 1 }, 0 },
	{ recent, 2, { 2026, 8, 2 }, 1 },
	{ recent, 2, { 2025, 12, 31 }, 0 },
	/* "2024" counts from 1 January 2024: old from 2 January 2026 */
	{ year_only, 2, { 2026, 1, 1 }, 0 },
	{ year_only, 2, { 2026, 1, 2 }, 1 },
	/* an undated source: always */
	{ with_undated, 2, { 2026, 1, 2 }, 1 },
	{ with_undated, 1, { 2026, 1, 2 }, 0 },
	{ with_undated, 1, { 2028, 1, 2 }, 1 },
	/* no dates given: never */
	{ recent, 0, { 2099, 1, 1 }, 0 },
};

START_TEST(test_old)
{
	ck_assert_int_eq(source_dates_old(ages[_i].d, ages[_i].n, ages[_i].today), ages[_i].old);
}
END_TEST

START_TEST(test_line)
{
	char *s;

	ck_assert_ptr_null(
		source_dates_line(DIGITS_WESTERN, recent, 2, (struct date){ 2026, 8, 1 }));
	s = source_dates_line(DIGITS_WESTERN, recent, 2, (struct date){ 2026, 8, 2 });
	ck_assert_str_eq(s, "Based on sources from August 2024 to July 2025.");
	free(s);
	s = source_dates_line(DIGITS_WESTERN, year_only, 2, (struct date){ 2026, 12, 5 });
	ck_assert_str_eq(s, "Based on sources from 2024 to July 2025.");
	free(s);
	s = source_dates_line(DIGITS_WESTERN, with_undated, 2, (struct date){ 2026, 12, 5 });
	ck_assert_str_eq(s, "Based on sources from January 2026. Some sources give no date.");
	free(s);
	s = source_dates_line(DIGITS_WESTERN, with_undated + 1, 1, (struct date){ 2026, 12, 5 });
	ck_assert_str_eq(s, "Based on sources that give no date.");
	free(s);
}
END_TEST

Suite *source_date_suite(void)
{
	Suite *s = suite_create("source_date");
	TCase *tc = tcase_create("source_date");

	tcase_add_loop_test(tc, test_parse, 0, sizeof parses / sizeof parses[0]);
	tcase_add_loop_test(tc, test_old, 0, sizeof ages / sizeof ages[0]);
	tcase_add_test(tc, test_line);
	suite_add_tcase(s, tc);
	return s;
}
