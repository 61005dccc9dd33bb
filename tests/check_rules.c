/* check_rules.c: the calculator's arithmetic against values from outside the
 * program. Every expected value names where it comes from; the ones worked
 * out by hand show the working. They use the shipped rules and holidays. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates.h"
#include "loader.h"
#include "rules.h"
#include "suites.h"

static struct guide g;
static const struct deadlines *dl;

static void load_shipped(void)
{
	const char *const search[] = { PUTOKAZ_SOURCE_DIR, NULL };
	struct diag d = { 0 };

	ck_assert_int_eq(loader_load(&g, PUTOKAZ_SOURCE_DIR "/data/putokaz.conf", search, &d), 0);
	dl = g.deadlines;
	ck_assert_ptr_nonnull(dl);
}

static void unload(void)
{
	loader_free(&g);
	dl = NULL;
}

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

/* ---- Orthodox Easter: published dates (Serbian Orthodox Church calendars;
 * 2024, 2026 and 2028 also in the holiday lists below) ---- */
static const struct {
	int y, m, d;
} easter[] = {
	{ 2015, 4, 12 }, { 2016, 5, 1 }, { 2017, 4, 16 }, { 2018, 4, 8 }, { 2019, 4, 28 },
	{ 2020, 4, 19 }, { 2021, 5, 2 }, { 2022, 4, 24 }, { 2023, 4, 16 }, { 2024, 5, 5 },
	{ 2025, 4, 20 }, { 2026, 4, 12 }, { 2027, 5, 2 }, { 2028, 4, 16 }, { 2029, 4, 8 },
	{ 2030, 4, 28 },
};

START_TEST(orthodox_easter)
{
	struct date e = dates_orthodox_easter(easter[_i].y);

	ck_assert_int_eq(e.y, easter[_i].y);
	ck_assert_int_eq(e.m, easter[_i].m);
	ck_assert_int_eq(e.d, easter[_i].d);
	ck_assert_int_eq(dates_weekday(e), 6);	/* always a Sunday */
}
END_TEST

/* ---- Non-working days, whole years, against published lists ---- */
struct year_case {
	int year;
	const char *source;
	struct date days[16];	/* every holiday of the year, in order; 0 ends */
};

static const struct year_case years[] = {
	{ 2024, "National Bank of Serbia (nbs.rs): 1-2 Jan; 7 Jan (Sunday, not moved); "
		"15-16 Feb; 1-2 May; Easter 3-6 May; 11 Nov",
	  { { 2024, 1, 1 }, { 2024, 1, 2 }, { 2024, 1, 7 }, { 2024, 2, 15 }, { 2024, 2, 16 },
	    { 2024, 5, 1 }, { 2024, 5, 2 }, { 2024, 5, 3 }, { 2024, 5, 4 }, { 2024, 5, 5 },
	    { 2024, 5, 6 }, { 2024, 11, 11 } } },
	{ 2026, "yuta.rs: 1-2 Jan; 7 Jan; 15, 16 and 17 Feb (15 Feb is a "
		"Sunday); Easter 10-13 Apr; 1-2 May; 11 Nov",
	  { { 2026, 1, 1 }, { 2026, 1, 2 }, { 2026, 1, 7 }, { 2026, 2, 15 }, { 2026, 2, 16 },
	    { 2026, 2, 17 }, { 2026, 4, 10 }, { 2026, 4, 11 }, { 2026, 4, 12 }, { 2026, 4, 13 },
	    { 2026, 5, 1 }, { 2026, 5, 2 }, { 2026, 11, 11 } } },
	{ 2028, "neradni-dani.com: 1 Jan (Sat), 2 Jan (Sun), 3 Jan (Mon, "
		"substitute); Easter 14-17 Apr; 11 Nov is a Saturday, not moved",
	  { { 2028, 1, 1 }, { 2028, 1, 2 }, { 2028, 1, 3 }, { 2028, 1, 7 }, { 2028, 2, 15 },
	    { 2028, 2, 16 }, { 2028, 4, 14 }, { 2028, 4, 15 }, { 2028, 4, 16 },
	    { 2028, 4, 17 }, { 2028, 5, 1 }, { 2028, 5, 2 }, { 2028, 11, 11 } } },
};

START_TEST(holidays_of_a_year)
{
	const struct year_case *yc = &years[_i];
	size_t k = 0;

	load_shipped();
	for (struct date d = D(yc->year, 1, 1); d.y == yc->year; d = dates_add_days(d, 1)) {
		bool want = k < 16 && yc->days[k].y && dates_compare(d, yc->days[k]) == 0;
		bool got = calendar_holiday(&dl->cal, d, NULL, NULL);

		ck_assert_msg(got == want, "%04d-%02d-%02d: holiday %d, expected %d (%s)", d.y,
			      d.m, d.d, got, want, yc->source);
		if (want)
			k++;
	}
	ck_assert_msg(k == 16 || !yc->days[k].y, "not every listed day was seen");
	unload();
}
END_TEST

START_TEST(substitute_is_marked)
{
	const char *name;
	bool sub;

	load_shipped();
	/* 17 Feb 2026 is off because 15 Feb is a Sunday (doc/deadlines.md) */
	ck_assert(calendar_holiday(&dl->cal, D(2026, 2, 17), &name, &sub));
	ck_assert(sub);
	ck_assert_str_eq(name, "Statehood Day (Sretenje)");
	/* Christmas on Sunday 7 Jan 2024 is not moved: 8 Jan is a working day */
	ck_assert(!calendar_holiday(&dl->cal, D(2024, 1, 8), NULL, NULL));
	/* 2023: 1 Jan is a Sunday, 2 Jan a holiday anyway, so 3 Jan is off
	 * (the substitute rule of doc/deadlines.md, applied by hand) */
	ck_assert(calendar_holiday(&dl->cal, D(2023, 1, 3), NULL, &sub));
	ck_assert(sub);
	/* 2021: 2 May (Labour Day) is Easter Sunday, 3 May is Easter Monday,
	 * so the substitute is Tuesday 4 May (the same rule, by hand) */
	ck_assert(calendar_holiday(&dl->cal, D(2021, 5, 4), NULL, &sub));
	ck_assert(sub);
	ck_assert(!calendar_holiday(&dl->cal, D(2021, 5, 5), NULL, NULL));
	unload();
}
END_TEST

/* ---- Rules ---- */
struct rule_case {
	const char *why;	/* where the expected value comes from */
	const char *event;
	struct moment at;
	const char *rule;
	struct date want;
	int hour, minute;	/* for hours rules */
	bool moved, saturday;
	struct date act_by;
};

static const struct rule_case rule_cases[] = {
	{ "Administrative Court 15 U. 3222/12 (doc/deadlines.md): delivered 10 Feb 2012, 30 days, "
	  "last day Monday 12 Mar 2012 (day 30 was Sunday 11 Mar)",
	  "second-decision", { { 2012, 2, 10 }, 0, 0 }, "lawsuit", { 2012, 3, 12 }, 0, 0, true,
	  false, { 0, 0, 0 } },
	{ "by hand: 31 Jan 2026 + 15 days = Sun 15 Feb (holiday), 16 Feb holiday, 17 Feb "
	  "substitute, so Wed 18 Feb (chained roll through three days)",
	  "decision", { { 2026, 1, 31 }, 0, 0 }, "appeal", { 2026, 2, 18 }, 0, 0, true, false,
	  { 0, 0, 0 } },
	{ "by hand: 31 Jan 2026 + 8 days = Sun 8 Feb, so Mon 9 Feb",
	  "decision", { { 2026, 1, 31 }, 0, 0 }, "appeal-accelerated", { 2026, 2, 9 }, 0, 0, true,
	  false, { 0, 0, 0 } },
	{ "by hand: 31 Jan 2026 + 5 days = Thu 5 Feb, a working day",
	  "decision", { { 2026, 1, 31 }, 0, 0 }, "appeal-border", { 2026, 2, 5 }, 0, 0, false,
	  false, { 0, 0, 0 } },
	{ "by hand from the NBS 2024 list: 16 Apr 2024 + 15 days = Wed 1 May; 2 May, Good "
	  "Friday 3 May, Holy Saturday 4 May, Easter 5 May and Easter Monday 6 May are all off: "
	  "Tue 7 May (six days in a row)",
	  "decision", { { 2024, 4, 16 }, 0, 0 }, "appeal", { 2024, 5, 7 }, 0, 0, true, false,
	  { 0, 0, 0 } },
	{ "by hand: 17 Dec 2025 + 15 days = Thu 1 Jan 2026 (holiday), Fri 2 Jan (holiday), so "
	  "Saturday 3 Jan; the last working day before it is Wed 31 Dec 2025",
	  "decision", { { 2025, 12, 17 }, 0, 0 }, "appeal", { 2026, 1, 3 }, 0, 0, true, true,
	  { 2025, 12, 31 } },
	{ "by hand: 13 Mar 2026 + 15 days = Saturday 28 Mar, not moved; act by Fri 27 Mar",
	  "decision", { { 2026, 3, 13 }, 0, 0 }, "appeal", { 2026, 3, 28 }, 0, 0, false, true,
	  { 2026, 3, 27 } },
	{ "by hand: 12 Jan 2026 + 3 months = Sun 12 Apr (Easter), 13 Apr Easter Monday, so "
	  "Tue 14 Apr",
	  "application", { { 2026, 1, 12 }, 0, 0 }, "decision-due", { 2026, 4, 14 }, 0, 0, true,
	  false, { 0, 0, 0 } },
	{ "by hand: 30 Nov 2026 + 3 months = 30 Feb 2027, which does not exist: the month's "
	  "last day, Sun 28 Feb 2027, then Mon 1 Mar",
	  "application", { { 2026, 11, 30 }, 0, 0 }, "decision-due", { 2027, 3, 1 }, 0, 0, true,
	  false, { 0, 0, 0 } },
	{ "by hand: 31 Aug 2023 + 6 months = 31 Feb 2024: last day of a leap February, 29 Feb "
	  "(earliest: never moved)",
	  "application", { { 2023, 8, 31 }, 0, 0 }, "work", { 2024, 2, 29 }, 0, 0, false, false,
	  { 0, 0, 0 } },
	{ "by hand: 31 Aug 2024 + 6 months = 28 Feb 2025 (not a leap year)",
	  "application", { { 2024, 8, 31 }, 0, 0 }, "work", { 2025, 2, 28 }, 0, 0, false, false,
	  { 0, 0, 0 } },
	{ "by hand: 12 Jan 2026 + 6 months = Sun 12 Jul 2026, earliest: not moved",
	  "application", { { 2026, 1, 12 }, 0, 0 }, "work", { 2026, 7, 12 }, 0, 0, false, false,
	  { 0, 0, 0 } },
	{ "by hand: 29 Feb 2024 + 3 years = 29 Feb 2027, which does not exist: 28 Feb 2027",
	  "temporary-residence", { { 2024, 2, 29 }, 0, 0 }, "permanent-residence", { 2027, 2, 28 },
	  0, 0, false, false, { 0, 0, 0 } },
	{ "by hand: 1 Mar 2023 + 3 years = 1 Mar 2026; 60 days before = 31 Dec 2025 (28 days of "
	  "Feb, 31 of Jan, 1 more)",
	  "temporary-residence", { { 2023, 3, 1 }, 0, 0 }, "permanent-residence-apply-from",
	  { 2025, 12, 31 }, 0, 0, false, false, { 0, 0, 0 } },
	{ "by hand: more than 3 years from 15 Jun 2023 = the day after 15 Jun 2026",
	  "asylum-granted", { { 2023, 6, 15 }, 0, 0 }, "permanent-residence-asylum",
	  { 2026, 6, 16 }, 0, 0, false, false, { 0, 0, 0 } },
	{ "by hand: registration 10 Jan 2026 + 15 days = Sun 25 Jan (expected: not moved)",
	  "registration", { { 2026, 1, 10 }, 14, 0 }, "lodge-application", { 2026, 1, 25 }, 0, 0,
	  false, false, { 0, 0, 0 } },
	{ "by hand: from the unrolled 25 Jan + 8 days = Mon 2 Feb 2026",
	  "registration", { { 2026, 1, 10 }, 14, 0 }, "lodge-by-post", { 2026, 2, 2 }, 0, 0, false,
	  false, { 0, 0, 0 } },
	{ "by hand: 27 Mar 2026 + 15 = Sat 11 Apr (not moved, expected); + 8 = Sun 19 Apr, so "
	  "Mon 20 Apr",
	  "registration", { { 2026, 3, 27 }, 10, 0 }, "lodge-by-post", { 2026, 4, 20 }, 0, 0, true,
	  false, { 0, 0, 0 } },
	{ "tzdata: Europe/Belgrade moves to summer time on Sun 29 Mar 2026 02:00, so 72 hours "
	  "from Fri 27 Mar 10:00 end at 11:00 on the clock",
	  "registration", { { 2026, 3, 27 }, 10, 0 }, "reach-centre", { 2026, 3, 30 }, 11, 0,
	  false, false, { 0, 0, 0 } },
	{ "tzdata: Europe/Belgrade goes back to winter time on Sun 25 Oct 2026 03:00, so 72 "
	  "hours from Fri 23 Oct 10:00 end at 09:00 on the clock",
	  "registration", { { 2026, 10, 23 }, 10, 0 }, "reach-centre", { 2026, 10, 26 }, 9, 0,
	  false, false, { 0, 0, 0 } },
	{ "by hand: 72 hours with no clock change: Mon 12 Jan 2026 23:30 to Thu 15 Jan 23:30",
	  "registration", { { 2026, 1, 12 }, 23, 30 }, "reach-centre", { 2026, 1, 15 }, 23, 30,
	  false, false, { 0, 0, 0 } },
	{ "tzdata: 02:30 on 25 Oct 2026 happens twice; the first (summer time, 00:30 UTC) "
	  "gives the earlier end: + 72 h = 28 Oct 00:30 UTC = 01:30 winter time",
	  "registration", { { 2026, 10, 25 }, 2, 30 }, "reach-centre", { 2026, 10, 28 }, 1, 30,
	  false, false, { 0, 0, 0 } },
};

START_TEST(rule_dates)
{
	const struct rule_case *c = &rule_cases[_i];
	struct event_input in;
	struct rule_result *res;
	const char *err;
	long n;
	bool found = false;

	load_shipped();
	in.event = rules_find_event(dl, c->event);
	ck_assert_ptr_nonnull(in.event);
	in.at = c->at;
	n = rules_compute(dl, &in, 1, &res, &err);
	ck_assert_msg(n > 0, "%s", err ? err : "no result");
	for (long i = 0; i < n; i++) {
		if (strcmp(res[i].rule->id, c->rule) != 0)
			continue;
		found = true;
		ck_assert_msg(dates_compare(res[i].when.date, c->want) == 0,
			      "%s: got %04d-%02d-%02d (%s)", c->rule, res[i].when.date.y,
			      res[i].when.date.m, res[i].when.date.d, c->why);
		if (res[i].has_time) {
			ck_assert_msg(res[i].when.hour == c->hour && res[i].when.minute == c->minute,
				      "%s: got %02d:%02d (%s)", c->rule, res[i].when.hour,
				      res[i].when.minute, c->why);
		}
		ck_assert_msg(res[i].moved == c->moved, "%s: moved %d (%s)", c->rule, res[i].moved,
			      c->why);
		ck_assert_msg(res[i].saturday == c->saturday, "%s: saturday (%s)", c->rule, c->why);
		if (c->saturday)
			ck_assert_msg(dates_compare(res[i].act_by, c->act_by) == 0, "%s: act by (%s)",
				      c->rule, c->why);
	}
	ck_assert_msg(found, "rule %s did not follow from %s", c->rule, c->event);
	free(res);
	unload();
}
END_TEST

START_TEST(moved_names_the_holiday)
{
	struct event_input in;
	struct rule_result *res;
	const char *err;
	long n;

	load_shipped();
	in.event = rules_find_event(dl, "decision");
	in.at = (struct moment){ { 2026, 1, 31 }, 0, 0 };
	n = rules_compute(dl, &in, 1, &res, &err);
	ck_assert_int_eq(n, 3);	/* appeal, appeal-accelerated, appeal-border */
	ck_assert_str_eq(res[0].rule->id, "appeal");
	ck_assert(dates_compare(res[0].moved_from, D(2026, 2, 15)) == 0);
	ck_assert_str_eq(res[0].moved_holiday, "Statehood Day (Sretenje)");
	ck_assert(!res[0].rule->confirmed);
	/* moved from a plain Sunday: no holiday named */
	ck_assert_ptr_null(res[1].moved_holiday);
	free(res);
	unload();
}
END_TEST

/* A calendar where only Saturday is a working day, or no day is: the day
 * search ends (it used to loop for ever), the last day stays a day. */
START_TEST(calendar_without_working_days)
{
	struct event_input in;
	struct rule_result *res;
	const char *err;
	struct deadlines *w;

	load_shipped();
	w = g.deadlines;
	for (int wd = 0; wd < 7; wd++)
		w->cal.nonworking[wd] = _i == 0 ? wd != 5 : true;
	in.event = rules_find_event(dl, "decision");
	in.at = (struct moment){ { 2026, 1, 31 }, 0, 0 };
	ck_assert_int_eq(rules_compute(dl, &in, 1, &res, &err), 3);
	/* only Saturdays work: 15 February 2026 (a Sunday) moves to Saturday
	 * 21 February, and no day before it is a working day but a Saturday */
	if (_i == 0) {
		ck_assert(res[0].moved);
		ck_assert(dates_compare(res[0].when.date, D(2026, 2, 21)) == 0);
		ck_assert(!res[0].saturday);
	} else {
		ck_assert(!res[0].moved);
		ck_assert(dates_compare(res[0].when.date, D(2026, 2, 15)) == 0);
	}
	free(res);
	unload();
}
END_TEST

START_TEST(time_that_does_not_exist)
{
	struct event_input in;
	struct rule_result *res;
	const char *err;

	load_shipped();
	/* 02:30 on 29 Mar 2026 is skipped when the clocks go forward */
	in.event = rules_find_event(dl, "registration");
	in.at = (struct moment){ { 2026, 3, 29 }, 2, 30 };
	ck_assert_int_eq(rules_compute(dl, &in, 1, &res, &err), -1);
	ck_assert_ptr_nonnull(strstr(err, "does not exist"));
	ck_assert_ptr_null(res);
	unload();
}
END_TEST

START_TEST(date_arithmetic)
{
	ck_assert(dates_compare(dates_add_months(D(2026, 1, 31), 1), D(2026, 2, 28)) == 0);
	ck_assert(dates_compare(dates_add_months(D(2024, 1, 31), 1), D(2024, 2, 29)) == 0);
	ck_assert(dates_compare(dates_add_years(D(2024, 2, 29), 1), D(2025, 2, 28)) == 0);
	ck_assert(dates_compare(dates_add_months(D(2026, 12, 15), 1), D(2027, 1, 15)) == 0);
	ck_assert(dates_compare(dates_add_months(D(2026, 3, 31), -1), D(2026, 2, 28)) == 0);
	ck_assert(dates_compare(dates_add_days(D(2024, 2, 28), 1), D(2024, 2, 29)) == 0);
	ck_assert(dates_compare(dates_add_days(D(2025, 12, 31), 1), D(2026, 1, 1)) == 0);
	ck_assert_int_eq(dates_diff(D(2026, 1, 1), D(2027, 1, 1)), 365);
	ck_assert_int_eq(dates_diff(D(2024, 1, 1), D(2025, 1, 1)), 366);
	/* 22 Nov 2026 is a Sunday; 1 Jan 1970 a Thursday; 29 Feb 2000 a Tuesday */
	ck_assert_int_eq(dates_weekday(D(2026, 11, 22)), 6);
	ck_assert_int_eq(dates_weekday(D(1970, 1, 1)), 3);
	ck_assert_int_eq(dates_weekday(D(2000, 2, 29)), 1);
}
END_TEST

/* ---- rules_find_rule and rules_find_event: by id, in a table of three,
 * the first of two equal ids, and nothing in an empty table ---- */
static struct rule_def find_rules[] = { { .id = "appeal" }, { .id = "work" }, { .id = "lawsuit" },
					{ .id = "work" } };
static struct event_def find_events[] = { { .id = "decision" }, { .id = "registration" } };
static const struct {
	const char *id;
	int rule, event;	/* index found, or -1 */
} find_cases[] = {
	{ "appeal", 0, -1 },
	{ "work", 1, -1 },		/* the first of the two */
	{ "lawsuit", 2, -1 },
	{ "registration", -1, 1 },
	{ "decision", -1, 0 },
	{ "Appeal", -1, -1 },		/* ids are exact */
	{ "appea", -1, -1 },
	{ "appeals", -1, -1 },
	{ "", -1, -1 },
};

START_TEST(find_by_id)
{
	struct deadlines t = { .rules = find_rules, .nrules = 4, .events = find_events,
			       .nevents = 2 };
	struct deadlines empty = { .rules = NULL, .nrules = 0 };
	const struct rule_def *r = rules_find_rule(&t, find_cases[_i].id);
	const struct event_def *e = rules_find_event(&t, find_cases[_i].id);

	if (find_cases[_i].rule < 0)
		ck_assert_msg(r == NULL, "rule \"%s\"", find_cases[_i].id);
	else
		ck_assert_msg(r == &find_rules[find_cases[_i].rule], "rule \"%s\"", find_cases[_i].id);
	if (find_cases[_i].event < 0)
		ck_assert_msg(e == NULL, "event \"%s\"", find_cases[_i].id);
	else
		ck_assert_msg(e == &find_events[find_cases[_i].event], "event \"%s\"",
			      find_cases[_i].id);
	ck_assert_ptr_null(rules_find_rule(&empty, find_cases[_i].id));
	ck_assert_ptr_null(rules_find_event(&empty, find_cases[_i].id));
}
END_TEST

Suite *rules_suite(void)
{
	Suite *s = suite_create("rules");
	TCase *tc = tcase_create("deadlines");

	tcase_add_loop_test(tc, orthodox_easter, 0, (int)(sizeof easter / sizeof easter[0]));
	tcase_add_loop_test(tc, holidays_of_a_year, 0, (int)(sizeof years / sizeof years[0]));
	tcase_add_test(tc, substitute_is_marked);
	tcase_add_loop_test(tc, rule_dates, 0, (int)(sizeof rule_cases / sizeof rule_cases[0]));
	tcase_add_test(tc, moved_names_the_holiday);
	tcase_add_test(tc, time_that_does_not_exist);
	tcase_add_loop_test(tc, calendar_without_working_days, 0, 2);
	tcase_add_test(tc, date_arithmetic);
	tcase_add_loop_test(tc, find_by_id, 0, (int)(sizeof find_cases / sizeof find_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}
