/* check_config.c: loading and validating configurations: the shipped one,
 * and one fixture per kind of mistake, with the exact FILE:LINE: message. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgscan.h"
#include "datefmt.h"
#include "diag.h"
#include "digits.h"
#include "directory.h"
#include "kind_menu.h"
#include "kind_page.h"
#include "i18n.h"
#include "language.h"
#include "loadctx.h"
#include "loader.h"
#include "suites.h"

#define FIX TEST_DIR "/fixtures/"

static const char *const no_search[] = { NULL };

/* The problems a fixture must produce, in order (at most 3). */
struct bad_case {
	const char *file;
	const char *expect[3];
};

static const struct bad_case bad_cases[] = {
	{ "unknown-key.conf", { FIX "unknown-key.conf:5: the configuration has no key 'colour' (check its spelling, and that the text before it is in double quotes)" } },
	{ "syntax.conf", { FIX "syntax.conf:6: this text has no closing quote (\")" } },
	{ "bad-goto.conf",
	  { FIX "bad-goto.conf:7: menu \"main\" leads to \"nowhere\", but there is no such screen" } },
	{ "dup-id.conf",
	  { FIX "dup-id.conf:10: duplicate screen id \"main\" (first defined at " FIX
		"dup-id.conf:6)" } },
	{ "dup-same-kind.conf", { FIX "dup-same-kind.conf:15: two sections of one kind are named \"p\"; rename one" } },
	{ "empty.conf",
	  { FIX "empty.conf:10: page \"p\": 'title' is empty",
	    FIX "empty.conf:11: page \"p\": 'text' is empty" } },
	{ "bad-date.conf",
	  { FIX "bad-date.conf:13: 'updated' is not a date of the form YYYY-MM-DD: \"2026-02-30\"",
	    FIX "bad-date.conf:14: 'review-by' is not a date of the form YYYY-MM-DD: \"next year\"" } },
	{ "unreachable.conf",
	  { FIX "unreachable.conf:16: page \"lost\" cannot be reached from the root screen \"main\"" } },
	{ "no-source.conf",
	  { FIX "no-source.conf:10: page \"p\" has no 'source'",
	    FIX "no-source.conf:10: page \"p\" has no 'updated'" } },
	{ "include-parent.conf", { FIX "include-child.conf:3: menu \"main\" has no key 'titel'; did you mean 'title'?" } },
	{ "include-missing.conf",
	  { FIX "include-missing.conf:5: cannot include \"no-such-screen.conf\": there is no such file (looked for " FIX "no-such-screen.conf)" } },
	{ "include-tilde.conf",
	  { FIX "include-tilde.conf:5: include: '~' paths are not allowed: ~/screens.conf" } },
	{ "no-root.conf", { FIX "no-root.conf:4: root screen \"start\" does not exist" } },
	{ "rule-unknown-event.conf",
	  { FIX "rule-unknown-event.conf:25: rule \"r1\" counts from unknown event \"nothing\"" } },
	{ "rule-unknown-unit.conf",
	  { FIX "rule-unknown-unit.conf:27: rule \"r1\": unknown unit \"weeks\" (hours, days, months, years)" } },
	{ "rule-loop.conf",
	  { FIX "rule-loop.conf:25: rule \"a\" is part of a chain that loops",
	    FIX "rule-loop.conf:33: rule \"b\" is part of a chain that loops" } },
	{ "rule-no-source.conf", { FIX "rule-no-source.conf:28: rule \"r1\" has no 'source'" } },
	{ "rule-bad-zone.conf",
	  { FIX "rule-bad-zone.conf:15: time zone \"Mars/Olympus_Mons\" cannot be loaded (is tzdata installed?)" } },
	{ "rule-bad-holiday.conf",
	  { FIX "rule-bad-holiday.conf:16: holiday \"new-year\": \"02-30\" is not a day of the form MM-DD" } },
	{ "contact-no-source.conf", { FIX "contact-no-source.conf:15: contact \"a\" has no 'source'" } },
	{ "contact-no-verified.conf",
	  { FIX "contact-no-verified.conf:15: contact \"a\" has no 'verified'" } },
	{ "contact-bad-phone.conf",
	  { FIX "contact-bad-phone.conf:16: contact \"a\": \"(011) 3085 328\" is not a phone number such as \"+381 11 2457-376\" or \"192\"" } },
	{ "contact-bad-email.conf",
	  { FIX "contact-bad-email.conf:16: contact \"a\": \"office.hcit.rs\" is not an e-mail address" } },
	{ "contact-bad-slot.conf",
	  { FIX "contact-bad-slot.conf:16: contact \"a\": \"mon-fri 9-17\" is not a time slot such as \"mon-fri 09:00-17:00\"" } },
	{ "contact-dup.conf",
	  { FIX "contact-dup.conf:21: duplicate contact id \"a\" (first defined at " FIX "contact-dup.conf:15)" } },
	{ "too-many-items.conf",
	  { FIX "too-many-items.conf:6: menu \"main\" has 10 items; at most 9 fit the digit keys" } },
	{ "no-language-item.conf",
	  { FIX "no-language-item.conf:8: menu \"main\" is the root and 2 languages are offered: it needs an item with goto = \"language\" (the language chooser)" } },
	{ "bad-language.conf",
	  { FIX "bad-language.conf:8: 'direction' is \"down\"; it must be \"ltr\" or \"rtl\"",
	    FIX "bad-language.conf:9: 'digits' is \"roman\"; it must be \"western\", \"arabic-indic\" or \"extended-arabic-indic\"",
	    FIX "bad-language.conf:10: 'solar-hijri-months' must name the 12 months" } },
	{ "bad-bidi-ascii.conf",
	  { FIX "bad-bidi-ascii.conf:5: 'bidi' is \"sideways\"; it must be \"auto\", \"app\", \"terminal\" or \"none\"",
	    FIX "bad-bidi-ascii.conf:6: 'ascii' must hold pairs: a letter, then its spelling in ASCII",
	    FIX "bad-bidi-ascii.conf:6: 'ascii' pair \"d\", \"d\": the first must be one letter that is not ASCII, the second printable ASCII" } },
};

START_TEST(bad_config_reports_file_line_message)
{
	const struct bad_case *c = &bad_cases[_i];
	char *path;
	struct guide g;
	struct diag d = { 0 };
	size_t nexpect = 0;

	while (nexpect < 3 && c->expect[nexpect])
		nexpect++;
	if (asprintf(&path, FIX "%s", c->file) < 0)
		ck_abort();
	ck_assert_int_eq(loader_load(&g, path, no_search, &d), -1);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "%s: got %s\n", c->file, d.msgs[i]);
	ck_assert_uint_eq(d.n, nexpect);
	for (size_t i = 0; i < nexpect; i++)
		ck_assert_str_eq(d.msgs[i], c->expect[i]);
	ck_assert_ptr_null(g.screens);
	diag_clear(&d);
	free(path);
}
END_TEST

START_TEST(good_fixture_loads)
{
	struct guide g;
	struct diag d = { 0 };
	const struct screen *main, *p;
	const struct menu_data *m;
	const struct page_data *pd;

	ck_assert_int_eq(loader_load(&g, FIX "good.conf", no_search, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_str_eq(g.title, "Test guide");
	ck_assert_str_eq(g.root_id, "main");
	ck_assert_uint_eq(g.nscreens, 2);
	main = guide_find_screen(&g, "main");
	ck_assert_ptr_nonnull(main);
	ck_assert_str_eq(main->kind->name, "menu");
	m = main->data;
	ck_assert_uint_eq(m->nitems, 1);
	ck_assert_str_eq(m->items[0].label, "The page");
	ck_assert_str_eq(m->items[0].target, "p");
	p = guide_find_screen(&g, "p");
	ck_assert_str_eq(p->kind->name, "page");
	pd = p->data;
	ck_assert_str_eq(pd->text, "Some text.");
	ck_assert_uint_eq(pd->nsources, 1);
	ck_assert_int_eq(pd->updated.y, 2026);
	ck_assert(!dates_valid(pd->review_by));
	/* translatable: the guide title, the menu title and label, the page's
	 * title, text and source */
	ck_assert_uint_eq(g.nstrings, 6);
	ck_assert(guide_has_language(&g, "en"));
	ck_assert(!guide_has_language(&g, "xx"));
	loader_free(&g);
}
END_TEST

/* Line numbers stay right after comments of every kind, in included files
 * too (libconfuse 3.3 counts them wrongly; see src/linefix.c). */
START_TEST(places_after_comments)
{
	struct guide g;
	struct diag d = { 0 };
	const struct screen *m, *p;
	bool text_seen = false;

	ck_assert_int_eq(loader_load_placed(&g, FIX "comments.conf", no_search, &d), 0);
	ck_assert_str_eq(g.strings[0].at.file, FIX "comments.conf");
	ck_assert_int_eq(g.strings[0].at.line, 3);	/* title = "Test guide" */
	m = guide_find_screen(&g, "main");
	p = guide_find_screen(&g, "p");
	ck_assert_str_eq(m->at.file, FIX "comments-child.conf");
	ck_assert_int_eq(m->at.line, 4);
	ck_assert_int_eq(p->at.line, 9);
	ck_assert_int_eq(m->links[0].at.line, 5);
	for (size_t i = 0; i < g.nstrings; i++)
		if (g.strings[i].id && strcmp(g.strings[i].id, "p") == 0 &&
		    strcmp(g.strings[i].key, "text") == 0) {
			/* a text over four lines is placed where it starts */
			ck_assert_int_eq(g.strings[i].at.line, 10);
			text_seen = true;
		}
	ck_assert(text_seen);
	loader_free(&g);
}
END_TEST

/* The content that ships must load without a single problem. */
START_TEST(shipped_config_loads)
{
	const char *const search[] = { PUTOKAZ_SOURCE_DIR, NULL };
	struct guide g;
	struct diag d = { 0 };
	size_t pages = 0;

	ck_assert_int_eq(loader_load(&g, PUTOKAZ_SOURCE_DIR "/data/putokaz.conf", search, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_ptr_nonnull(guide_find_screen(&g, g.root_id));
	ck_assert_ptr_nonnull(guide_find_screen(&g, "about"));
	for (size_t i = 0; i < g.nscreens; i++) {
		if (strcmp(g.screens[i].kind->name, "page") == 0) {
			const struct page_data *p = g.screens[i].data;

			pages++;
			ck_assert_msg(p->nsources > 0, "page %s has no source", g.screens[i].id);
			ck_assert_msg(dates_valid(p->updated), "page %s", g.screens[i].id);
		}
	}
	ck_assert_uint_gt(pages, 20);
	loader_free(&g);
}
END_TEST

/* The quick first load (no places, texts handed to libconfuse in single
 * quotes) reads the very same values as the load with places. */
START_TEST(quick_and_placed_loads_agree)
{
	const char *const search[] = { PUTOKAZ_SOURCE_DIR, PUTOKAZ_SOURCE_DIR "/data", NULL };
	struct guide quick, placed;
	struct diag d = { 0 };

	ck_assert_int_eq(loader_load(&quick, PUTOKAZ_SOURCE_DIR "/data/putokaz.conf", search, &d), 0);
	ck_assert_int_eq(loader_load_placed(&placed, PUTOKAZ_SOURCE_DIR "/data/putokaz.conf", search,
					    &d), 0);
	ck_assert_uint_eq(quick.nstrings, placed.nstrings);
	for (size_t i = 0; i < quick.nstrings; i++)
		ck_assert_str_eq(quick.strings[i].text, placed.strings[i].text);
	ck_assert_uint_eq(quick.directory->ncontacts, placed.directory->ncontacts);
	for (size_t i = 0; i < quick.directory->ncontacts; i++) {
		const struct contact *a = &quick.directory->contacts[i];
		const struct contact *b = &placed.directory->contacts[i];

		ck_assert_str_eq(a->name, b->name);
		ck_assert_uint_eq(a->nphones, b->nphones);
		for (size_t k = 0; k < a->nphones; k++)
			ck_assert_str_eq(a->phones[k], b->phones[k]);
	}
	ck_assert_uint_eq(quick.nascii, placed.nascii);
	for (size_t i = 0; i < 2 * quick.nascii; i++)
		ck_assert_str_eq(quick.ascii[i], placed.ascii[i]);
	loader_free(&quick);
	loader_free(&placed);
}
END_TEST

/* The byte checks: what passes, and the line and words of what does not. */
START_TEST(scan_bytes_table)
{
	static const struct {
		const char *text;
		bool ok, not_utf8;
		const char *want;	/* the message, without "f:" */
	} cases[] = {
		{ "a = \"b\"\n", true, false, NULL },
		{ "a = \"b\"\r\n\tc = \"d\"\r\n", true, false, NULL },
		{ "a = \"\xd8\xa7\xd9\x84\"\n", true, false, NULL },	/* Arabic */
		{ "a = \"0123456789abcdef0123456789\xe2\x80\x99s\"\n", true, false, NULL },
		{ "# one\n# caf\xe9\n", false, true,
		  "2: this file is not UTF-8 text; save it as UTF-8" },
		{ "\xff\xfe#\0", false, true, "1: this file is not UTF-8 text; save it as UTF-8" },
		{ "a = \"\xed\xa0\x80\"", false, true,	/* a surrogate */
		  "1: this file is not UTF-8 text; save it as UTF-8" },
		{ "a = \"b\x07\"\n", false, false,
		  "1: a control character (U+0007) is in this file; delete it (only tabs and line "
		  "ends may be there)" },
		{ "a\n\nb = \"x\ry\"\n", false, false,
		  "3: a control character (U+000D) is in this file; delete it (only tabs and line "
		  "ends may be there)" },
		{ "a = \"\x7f\"\n", false, false,
		  "1: a control character (U+007F) is in this file; delete it (only tabs and line "
		  "ends may be there)" },
		{ "a = \"\xc2\x85\"\n", false, false,
		  "1: a control character (U+0085) is in this file; delete it" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct diag d = { 0 };
		bool not_utf8;
		size_t len = strlen(cases[i].text);
		char *want;

		if (i == 5)
			len = 4;	/* the UTF-16 case holds a NUL */
		ck_assert_msg(cfgscan_bytes("f", cases[i].text, len, &d, &not_utf8) == cases[i].ok,
			      "case %zu", i);
		ck_assert_msg(not_utf8 == cases[i].not_utf8, "case %zu", i);
		if (cases[i].want) {
			ck_assert_uint_eq(d.n, 1);
			if (asprintf(&want, "f:%s", cases[i].want) < 0)
				ck_abort();
			ck_assert_str_eq(d.msgs[0], want);
			free(want);
		} else {
			ck_assert_uint_eq(d.n, 0);
		}
		diag_clear(&d);
	}
}
END_TEST

/* Edits for "did you mean": worked out by hand. */
START_TEST(scan_distance_table)
{
	static const struct {
		const char *a, *b;
		int want;
	} cases[] = {
		{ "title", "title", 0 },  { "tittle", "title", 1 }, { "titel", "title", 2 },
		{ "phone", "phones", 1 }, { "adress", "address", 1 }, { "colour", "title", 3 },
		{ "", "id", 2 },	  { "goto", "got", 1 },	      { "review_by", "review-by", 1 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(cfgscan_distance(cases[i].a, cases[i].b, 2) == cases[i].want,
			      "%s/%s", cases[i].a, cases[i].b);
}
END_TEST

/* Texts handed to libconfuse in single quotes only where the value stays
 * the same. */
START_TEST(scan_single_quotes_table)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "a = \"b c\"\n", "a = 'b c'\n" },
		{ "a = \"it's\"\n", "a = \"it's\"\n" },
		{ "a = \"\\\"\"\n", "a = \"\\\"\"\n" },
		{ "# \"x\"\na = \"y\"", "# \"x\"\na = 'y'" },
		{ "/* \"x\" */ a = {\"y\", \"z\"}", "/* \"x\" */ a = {'y', 'z'}" },
		{ "a = 'q \"r\"' b = \"s\"", "a = 'q \"r\"' b = 's'" },
		{ "a = \"two\nlines\"", "a = 'two\nlines'" },
		{ "a = \"open", "a = \"open" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = strdup(cases[i].in);

		cfgscan_single_quotes(t, strlen(t));
		ck_assert_str_eq(t, cases[i].want);
		free(t);
	}
}
END_TEST

/* Running text is stored as editors expect to read it. */
START_TEST(prose_is_normalised)
{
	static const struct {
		const char *raw, *want;
	} cases[] = {
		{ "One line", "One line" },
		{ "  Joined\n    line  ", "Joined line" },
		{ "Para one.\n\n   Para two.", "Para one.\n\nPara two." },
		{ "Para one.\n  \n\n\nPara two.", "Para one.\n\nPara two." },
		{ "You need:\n- a paper;\n- a card\n  that is valid.", "You need:\n- a paper;\n- a card that is valid." },
		{ "\n\n  Leading and trailing blank lines\n\n", "Leading and trailing blank lines" },
		{ "Tabs\tbecome spaces", "Tabs become spaces" },
		{ "A-b is not a bullet\n-nor this", "A-b is not a bullet -nor this" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = loader_normalise_prose(cases[i].raw);

		ck_assert_str_eq(got, cases[i].want);
		free(got);
	}
}
END_TEST

/* Each guide owns its language context: choosing Farsi in one guide changes
 * that guide's direction, digits and calendar, not another's; a guide loaded
 * while Farsi is in use has its own copy of the month names, which stays
 * good after the first guide is freed (a reload; AddressSanitizer in CI). */
START_TEST(language_context_per_guide)
{
	struct guide a, b, reloaded;
	struct diag d = { 0 };
	char buf[96];
	const struct date day = { 2026, 11, 22 };	/* 1 Azar 1405: check_dates.c */

	ck_assert_int_eq(loader_load(&a, FIX "two-languages.conf", no_search, &d), 0);
	ck_assert_int_eq(loader_load(&b, FIX "good.conf", no_search, &d), 0);
	ck_assert(!a.lang->rtl && a.lang->digits == DIGITS_WESTERN && !a.lang->solar_months);
	ck_assert_str_eq(translit_lookup(&a.lang->ascii, L'č'), "c");
	ck_assert_ptr_null(translit_lookup(&b.lang->ascii, L'č'));

	ck_assert_int_eq(language_use(&a, "fa"), 0);
	ck_assert_str_eq(a.lang->code, "fa");
	ck_assert(a.lang->rtl);
	datefmt_long(a.lang, day, buf, sizeof buf);
	ck_assert_msg(strstr(buf, "(۱ Azar ۱۴۰۵)") != NULL, "got %s", buf);
	/* the other guide is still English */
	ck_assert_str_eq(b.lang->code, "en");
	ck_assert(!b.lang->rtl);
	datefmt_long(b.lang, day, buf, sizeof buf);
	ck_assert_msg(strstr(buf, "2026") && !strchr(buf, '('), "got %s", buf);

	/* a reload while Farsi is in use: the new guide's context is Farsi */
	ck_assert_int_eq(loader_load(&reloaded, FIX "two-languages.conf", no_search, &d), 0);
	loader_free(&a);
	ck_assert(reloaded.lang->rtl && reloaded.lang->digits == DIGITS_EXTENDED);
	datefmt_long(reloaded.lang, day, buf, sizeof buf);
	ck_assert_msg(strstr(buf, "(۱ Azar ۱۴۰۵)") != NULL, "got %s", buf);
	loader_free(&reloaded);
	loader_free(&b);
	ck_assert_int_eq(i18n_set_language("en"), 0);
	ck_assert_uint_eq(d.n, 0);
}
END_TEST

Suite *config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("load");

	tcase_add_loop_test(tc, bad_config_reports_file_line_message, 0,
			    (int)(sizeof bad_cases / sizeof bad_cases[0]));
	tcase_add_test(tc, good_fixture_loads);
	tcase_add_test(tc, language_context_per_guide);
	tcase_add_test(tc, places_after_comments);
	tcase_add_test(tc, shipped_config_loads);
	tcase_add_test(tc, quick_and_placed_loads_agree);
	tcase_add_test(tc, scan_bytes_table);
	tcase_add_test(tc, scan_distance_table);
	tcase_add_test(tc, scan_single_quotes_table);
	tcase_add_test(tc, prose_is_normalised);
	suite_add_tcase(s, tc);
	return s;
}
