/* check_match.c: folding and matching across scripts, and opening hours.
 * Expected values worked out by hand from the Serbian alphabets, the
 * Arabic-script variants match.c folds, and the slots given. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "directory.h"
#include "hours.h"
#include "match.h"
#include "suites.h"
#include "tz.h"

static const struct {
	const char *text, *query;
	bool match;
} cases[] = {
	{ "Čačak", "cacak", true },
	{ "ČAČAK", "Cacak", true },
	{ "Beograd", "Београд", true },
	{ "Београд", "beograd", true },
	{ "Niš", "nis", true },
	{ "Đorđe", "djordje", true },
	{ "Đorđe", "dorde", true },
	{ "Djordje", "Ђорђе", true },
	{ "Šid", "ШИД", true },
	{ "Žabalj", "zabalj", true },
	{ "Ljubljana", "Љубљана", true },
	{ "Njegoševa", "Његошева", true },
	{ "Ćuprija", "Ћуприја", true },
	{ "Vojvođanskih brigada 17", "vojvodjanskih", true },
	{ "Préfecture", "prefecture", true },
	{ "Vojvođanskih brigada 17", "brigada 17", true },
	{ "Vojvođanskih brigada 17", "17 brigada", true },	/* every word, any order */
	{ "Vojvođanskih brigada 17", "brigada 18", false },
	{ "Novi Sad", "beograd", false },
	/* Arabic script: Persian yeh and kaf find Arabic ones, alef forms,
	 * teh marbuta, harakat and tatweel are folded */
	{ "مساعدة قانونية", "مساعده", true },
	{ "كابل", "کابل", true },
	{ "علي", "علی", true },
	{ "أحمد", "احمد", true },
	{ "إيران", "ايران", true },
	{ "آمنة", "امنه", true },
	{ "مَدْرَسَة", "مدرسه", true },
	{ "مـــدرسة", "مدرسة", true },
	{ "مستشفى", "مستشفي", true },
	{ "مدرسة", "مكتب", false },
	{ "+381 11 2457-376", "2457", true },
	{ "legalaid@ideje.rs", "ideje", true },
	{ "", "x", false },
	{ "anything", "", true },
};

START_TEST(folding)
{
	char *t = match_fold(cases[_i].text), *q = match_fold(cases[_i].query);

	ck_assert_msg(match_folded(t, q) == cases[_i].match, "\"%s\" ~ \"%s\": got %d (%s / %s)",
		      cases[_i].text, cases[_i].query, !cases[_i].match, t, q);
	free(t);
	free(q);
}
END_TEST

START_TEST(folded_forms)
{
	char *f = match_fold("  Čačak,   ŠID!  Ђорђе ");

	ck_assert_str_eq(f, "cacak sid dorde");
	free(f);
}
END_TEST

/* ---- opening hours ---- */

static struct calendar cal;
static struct holiday holidays[1];
static struct month_day armistice = { 11, 11 };

static void setup_calendar(void)
{
	memset(&cal, 0, sizeof cal);
	cal.nonworking[6] = true;
	holidays[0] = (struct holiday){ "armistice", "Armistice Day", &armistice, 1, NULL, 0, true };
	cal.holidays = holidays;
	cal.nholidays = 1;
}

static struct contact office(struct hours_slot *slots, size_t n)
{
	struct contact c;

	memset(&c, 0, sizeof c);
	c.hours = slots;
	c.nhours = n;
	c.closed_on_holidays = true;
	return c;
}

static struct moment at(int y, int m, int d, int h, int min)
{
	return (struct moment){ { y, m, d }, h, min };
}

START_TEST(open_now)
{
	struct hours_slot slots[2];
	struct contact c;
	struct open_status st;

	setup_calendar();
	ck_assert_int_eq(directory_parse_slot("mon-fri 09:00-17:00", &slots[0]), 0);
	ck_assert_int_eq(directory_parse_slot("sat 10:00-14:00", &slots[1]), 0);
	c = office(slots, 2);
	/* Monday 23 Nov 2026 10:00: open until 17:00 */
	st = hours_status(&c, &cal, at(2026, 11, 23, 10, 0));
	ck_assert_int_eq(st.state, OPEN_NOW);
	ck_assert_int_eq(st.until, 17 * 60);
	/* 17:00 sharp is closed; next: Tuesday 09:00 */
	st = hours_status(&c, &cal, at(2026, 11, 23, 17, 0));
	ck_assert_int_eq(st.state, OPEN_CLOSED);
	ck_assert(dates_compare(st.next_day, (struct date){ 2026, 11, 24 }) == 0);
	ck_assert_int_eq(st.next_minute, 9 * 60);
	/* Saturday 28 Nov 2026 15:00: opens Monday 30 Nov 09:00 (Sunday closed) */
	st = hours_status(&c, &cal, at(2026, 11, 28, 15, 0));
	ck_assert_int_eq(st.state, OPEN_CLOSED);
	ck_assert(dates_compare(st.next_day, (struct date){ 2026, 11, 30 }) == 0);
	/* around midnight: Friday 23:59 and Saturday 00:00 are closed, Saturday opens 10:00 */
	st = hours_status(&c, &cal, at(2026, 11, 27, 23, 59));
	ck_assert_int_eq(st.state, OPEN_CLOSED);
	ck_assert(dates_compare(st.next_day, (struct date){ 2026, 11, 28 }) == 0);
	ck_assert_int_eq(st.next_minute, 10 * 60);
	st = hours_status(&c, &cal, at(2026, 11, 28, 0, 0));
	ck_assert(dates_compare(st.next_day, (struct date){ 2026, 11, 28 }) == 0);
	/* Wednesday 11 Nov 2026 is Armistice Day: closed, opens Thursday 12 Nov */
	st = hours_status(&c, &cal, at(2026, 11, 11, 10, 0));
	ck_assert_int_eq(st.state, OPEN_CLOSED);
	ck_assert(st.holiday);
	ck_assert(dates_compare(st.next_day, (struct date){ 2026, 11, 12 }) == 0);
	/* the day the clocks go back (Sunday 25 Oct 2026 is closed anyway): a
	 * slot in local time on Monday 26 Oct is open at 09:30 local */
	st = hours_status(&c, &cal, at(2026, 10, 26, 9, 30));
	ck_assert_int_eq(st.state, OPEN_NOW);
	/* a contact open on holidays */
	c.closed_on_holidays = false;
	st = hours_status(&c, &cal, at(2026, 11, 11, 10, 0));
	ck_assert_int_eq(st.state, OPEN_NOW);
}
END_TEST

/* The days the clocks change in Europe/Belgrade, from the instant the clock
 * reads (UTC) to "open now" (worked out by hand: CET is UTC+1, CEST UTC+2,
 * the change at 01:00 UTC on the last Sunday of March and of October; in
 * 2026 that is 29 March and 25 October). A contact open every day 09:00-17:00. */
static const struct {
	time_t utc;
	const char *what;
	int hour, minute;	/* local time */
	enum open_state state;
} clock_days[] = {
	{ 1774765800, "29 Mar 2026 06:30 UTC = 08:30 CEST", 8, 30, OPEN_CLOSED },
	{ 1774769400, "29 Mar 2026 07:30 UTC = 09:30 CEST", 9, 30, OPEN_NOW },
	{ 1792913400, "25 Oct 2026 07:30 UTC = 08:30 CET", 8, 30, OPEN_CLOSED },
	{ 1792915200, "25 Oct 2026 08:00 UTC = 09:00 CET", 9, 0, OPEN_NOW },
};

START_TEST(open_on_clock_change_days)
{
	struct hours_slot slot;
	struct contact c;
	struct moment now;
	struct open_status st;

	/* tzdata is needed to test (.ci/deps installs it): without it this
	 * fails rather than passing having checked nothing */
	ck_assert_msg(tz_available("Europe/Belgrade"),
		      "no time zone data for Europe/Belgrade: install tzdata");
	setup_calendar();
	ck_assert_int_eq(directory_parse_slot("mon-sun 09:00-17:00", &slot), 0);
	c = office(&slot, 1);
	ck_assert_int_eq(tz_local("Europe/Belgrade", clock_days[_i].utc, &now), TZ_OK);
	ck_assert_msg(now.hour == clock_days[_i].hour && now.minute == clock_days[_i].minute,
		      "%s: local %02d:%02d", clock_days[_i].what, now.hour, now.minute);
	st = hours_status(&c, &cal, now);
	ck_assert_msg(st.state == clock_days[_i].state, "%s: state %d", clock_days[_i].what,
		      st.state);
	if (st.state == OPEN_CLOSED) {
		/* opens the same day at 09:00 */
		ck_assert(dates_compare(st.next_day, now.date) == 0);
		ck_assert_int_eq(st.next_minute, 9 * 60);
	} else {
		ck_assert_int_eq(st.until, 17 * 60);
	}
}
END_TEST

START_TEST(appointment_and_unknown)
{
	struct contact c = office(NULL, 0);

	setup_calendar();
	ck_assert_int_eq(hours_status(&c, &cal, at(2026, 11, 23, 10, 0)).state, OPEN_UNKNOWN);
	c.appointment_only = true;
	/* never "closed", whatever the hour or the day */
	ck_assert_int_eq(hours_status(&c, &cal, at(2026, 11, 22, 3, 0)).state, OPEN_APPOINTMENT);
	ck_assert_int_eq(hours_status(&c, &cal, at(2026, 11, 11, 10, 0)).state, OPEN_APPOINTMENT);
}
END_TEST

START_TEST(field_checks)
{
	struct hours_slot s;

	ck_assert(directory_valid_phone("+381 11 2457-376"));
	ck_assert(directory_valid_phone("+381 69 5657254"));
	ck_assert(directory_valid_phone("192"));
	ck_assert(!directory_valid_phone("(011) 3085 328"));
	ck_assert(!directory_valid_phone("+381 11 CALL"));
	ck_assert(!directory_valid_phone("12"));
	ck_assert(!directory_valid_phone("+381"));
	ck_assert(directory_valid_email("office@hcit.rs"));
	ck_assert(!directory_valid_email("office.hcit.rs"));
	ck_assert(!directory_valid_email("office@hcit"));
	ck_assert(!directory_valid_email("a b@c.rs"));
	ck_assert_int_eq(directory_parse_slot("fri-mon 08:00-12:30", &s), 0);
	ck_assert_uint_eq(s.days, (1u << 4) | (1u << 5) | (1u << 6) | 1u);
	ck_assert_int_eq(directory_parse_slot("mon 09:00-24:00", &s), 0);
	ck_assert_int_eq(directory_parse_slot("mon 17:00-09:00", &s), -1);
	ck_assert_int_eq(directory_parse_slot("mon 25:00-26:00", &s), -1);
	ck_assert_int_eq(directory_parse_slot("monday 09:00-17:00", &s), -1);
	ck_assert_int_eq(directory_parse_slot("mon-fri 9:00-17:00", &s), -1);
	ck_assert_int_eq(directory_parse_slot("mon-fri 09:00-17:00x", &s), -1);
}
END_TEST

/* ---- the directory's one order (directory_compare), worked out by hand:
 * organisations by city (Beograd, Novi Sad, then no city), then the
 * authorities the same way, then the emergency services; equal ones as the
 * configuration lists them ---- */
static struct contact dir_contacts[8];
static const int dir_sorted[8] = { 0, 5, 2, 4, 3, 7, 1, 6 };

static void setup_dir_contacts(void)
{
	static const struct {
		enum contact_group group;
		const char *name, *city;
	} def[8] = {
		{ GROUP_ORGANISATION, "Org A", "Beograd" },	/* 0 */
		{ GROUP_EMERGENCY, "Police", NULL },		/* 1 */
		{ GROUP_ORGANISATION, "Org C", "Novi Sad" },	/* 2 */
		{ GROUP_AUTHORITY, "Office", "Beograd" },	/* 3 */
		{ GROUP_ORGANISATION, "Org D", NULL },		/* 4 */
		{ GROUP_ORGANISATION, "Org B", "Beograd" },	/* 5 */
		{ GROUP_EMERGENCY, "Ambulance", NULL },		/* 6 */
		{ GROUP_AUTHORITY, "Court", NULL },		/* 7 */
	};

	memset(dir_contacts, 0, sizeof dir_contacts);
	for (int i = 0; i < 8; i++) {
		dir_contacts[i].group = def[i].group;
		dir_contacts[i].name = def[i].name;
		dir_contacts[i].city = def[i].city;
	}
}

/* qsort's view of directory_compare. */
static int cmp_contacts(const void *a, const void *b)
{
	return directory_compare(*(const struct contact *const *)a,
				 *(const struct contact *const *)b);
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

START_TEST(directory_order)
{
	const struct contact *p[8];

	setup_dir_contacts();
	/* a consistent order: a before b exactly when b is after a */
	for (int a = 0; a < 8; a++)
		for (int b = 0; b < 8; b++)
			ck_assert_msg(sign(directory_compare(&dir_contacts[a], &dir_contacts[b])) ==
				      -sign(directory_compare(&dir_contacts[b], &dir_contacts[a])),
				      "contacts %d and %d: each before the other", a, b);
	/* from any start, the same list: reversed and rotated */
	for (int start = 0; start < 8; start++) {
		for (int i = 0; i < 8; i++)
			p[i] = &dir_contacts[(start + 8 - i) % 8];
		qsort(p, 8, sizeof *p, cmp_contacts);
		for (int i = 0; i < 8; i++)
			ck_assert_msg(p[i] == &dir_contacts[dir_sorted[i]],
				      "start %d: place %d holds %s, not %s", start, i, p[i]->name,
				      dir_contacts[dir_sorted[i]].name);
	}
}
END_TEST

/* ---- directory_fold: what the filter finds a contact by ---- */
static const struct {
	const char *query;
	bool found;
} fold_cases[] = {
	{ "cacak", true },		/* the name, without diacritics */
	{ "ЧАЧАК", true },		/* the name, in Cyrillic */
	{ "nis", true },		/* the city */
	{ "Kralja Petra", true },	/* the address */
	{ "info@example.org", true },	/* the e-mail */
	{ "example.rs", true },		/* the website */
	{ "+381 18 123", true },	/* a phone number, as written */
	{ "011 999", true },		/* the second phone number */
	{ "farsi", true },		/* a language spoken */
	{ "legal aid for", true },	/* what it does */
	{ "women only", true },		/* its note */
	{ "translation", true },	/* a service's label */
	{ "Beograd", false },		/* not anywhere in it */
	{ "192", false },
};

START_TEST(directory_folding)
{
	static const char *phones[] = { "+381 18 123-456", "011 999" };
	static const char *languages[] = { "Farsi", "English" };
	static const struct service translation = { "translation", "Translation" };
	static const struct service *services[] = { &translation };
	struct contact c;
	char *folded, *q;

	memset(&c, 0, sizeof c);
	c.group = GROUP_ORGANISATION;
	c.name = "Čačak Centar";
	c.city = "Niš";
	c.address = "Kralja Petra 1";
	c.email = "info@example.org";
	c.website = "example.rs";
	c.phones = phones;
	c.nphones = 2;
	c.languages = languages;
	c.nlanguages = 2;
	c.about = "Legal aid for asylum seekers.";
	c.note = "Women only on Fridays.";
	c.services = services;
	c.nservices = 1;
	folded = directory_fold(&c);
	q = match_fold(fold_cases[_i].query);
	ck_assert_msg(match_folded(folded, q) == fold_cases[_i].found, "\"%s\" in \"%s\"",
		      fold_cases[_i].query, folded);
	free(q);
	free(folded);
}
END_TEST

Suite *match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc = tcase_create("fold");

	tcase_add_loop_test(tc, folding, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, folded_forms);
	tcase_add_test(tc, open_now);
	tcase_add_loop_test(tc, open_on_clock_change_days, 0,
			    (int)(sizeof clock_days / sizeof clock_days[0]));
	tcase_add_test(tc, appointment_and_unknown);
	tcase_add_test(tc, field_checks);
	tcase_add_test(tc, directory_order);
	tcase_add_loop_test(tc, directory_folding, 0,
			    (int)(sizeof fold_cases / sizeof fold_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}
