/* check_bidi.c: logical text into screen order (app mode), the numbers kept
 * left to right, the ASCII spellings and native digits.
 *
 * Every expected string was worked out by hand, from the Unicode bidi rules
 * (UAX #9) and the Arabic joining rules, not from the program:
 * - In a right-to-left paragraph (level 1) Arabic letters stay at level 1,
 *   Latin words go to level 2 and digits after Arabic letters become Arabic
 *   numbers (W2), also level 2 (I2); neutrals between them take level 1 (N1).
 *   Reordering (L2) reverses everything at level >= 1, then what is at level
 *   2 back again: Arabic words appear reversed, Latin words and numbers read
 *   left to right, and the first logical word is at the right end.
 * - Shaping picks each letter's form from its neighbours in logical order:
 *   a dual-joining letter (ب ت س ع ف م ن ه ي ی خ) is initial before a joining
 *   letter, medial between two, final after one; a right-joining letter
 *   (ا د ر و) only joins to the letter before it; ZWNJ breaks the join.
 *   The forms are the code points of Unicode's Arabic Presentation Forms. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "bidi.h"
#include "bidi_detect.h"
#include "digits.h"
#include "suites.h"
#include "text.h"
#include "translit.h"

#ifdef HAVE_FRIBIDI
struct visual_case {
	const char *name;
	const wchar_t *logical;
	int rtl;
	const wchar_t *visual;
};

static const struct visual_case visual_cases[] = {
	/* عدد 15 يوما: "15" stays "15" and sits between the two words, which
	 * swap sides: يوما (ا fin, م init, و fin, ي init) is leftmost. */
	{ "arabic with digits", L"\x0639\x062F\x062F 15 \x064A\x0648\x0645\x0627", 1,
	  L"\xFE8E\xFEE3\xFEEE\xFEF3 15 \xFEA9\xFEAA\xFECB" },
	/* هاتف +381 11 123 4567: without the number rule the groups would come
	 * out as "4567 123 11 381+"; kept as one left-to-right number. */
	{ "phone number", L"\x0647\x0627\x062A\x0641 +381 11 123 4567", 1,
	  L"+381 11 123 4567 \xFED2\xFE97\xFE8E\xFEEB" },
	/* a date: 2026-11-22 would otherwise read 22-11-2026 */
	{ "iso date", L"\x062A\x0627\x0631\x064A\x062E 2026-11-22", 1,
	  L"2026-11-22 \xFEA6\xFEF3\xFEAD\xFE8E\xFE97" },
	/* اسم Putokaz هنا: the Latin word keeps its order in the middle */
	{ "latin word", L"\x0627\x0633\x0645 Putokaz \x0647\x0646\x0627", 1,
	  L"\xFE8E\xFEE8\xFEEB Putokaz \xFEE2\xFEB3\xFE8D" },
	/* می‌خواهم: ZWNJ ends the join of ی (final, not medial) and is dropped */
	{ "farsi with zwnj", L"\x0645\x06CC\x200C\x062E\x0648\x0627\x0647\x0645", 1,
	  L"\xFEE2\xFEEB\xFE8D\xFEEE\xFEA7\xFBFD\xFEE3" },
	/* (مدة): the brackets take the paragraph's direction (N0) and are
	 * mirrored at the odd level, so the screen still shows "(...)" */
	{ "mirrored brackets", L"(\x0645\x062F\x0629)", 1, L"(\xFE93\xFEAA\xFEE3)" },
	/* left-to-right paragraph with a Persian word: only the word is reversed */
	{ "ltr paragraph", L"Language: \x0641\x0627\x0631\x0633\x06CC", 0,
	  L"Language: \xFBFD\xFEB3\xFEAD\xFE8E\xFED3" },
};

START_TEST(test_visual)
{
	const struct visual_case *t = &visual_cases[_i];
	size_t vn, n = wcslen(t->logical);
	wchar_t *v = bidi_line(t->logical, n, t->rtl, &vn);

	ck_assert_msg(vn == wcslen(t->visual) && wmemcmp(v, t->visual, vn) == 0,
		      "%s: got %ls", t->name, v);
	free(v);
}
END_TEST

/* سلام دنیا خوب wrapped after the second word: each line is reordered on
 * its own, so the first two words stay on the first line (سلام at the
 * right), and خوب is alone on the second. Reordering the paragraph first
 * and cutting afterwards would put خوب on the first line. */
START_TEST(test_wrapped_paragraph)
{
	const wchar_t *s = L"\x0633\x0644\x0627\x0645 \x062F\x0646\x06CC\x0627 "
			   L"\x062E\x0648\x0628";
	struct text_line lines[2] = { { 0, 9, 9 }, { 10, 3, 3 } };
	wchar_t out[14];
	size_t vlen[2];

	bidi_lines(s, wcslen(s), true, lines, 2, out, vlen);
	ck_assert_uint_eq(vlen[0], 9);
	ck_assert_uint_eq(vlen[1], 3);
	ck_assert(wmemcmp(out, L"\xFE8E\xFBFF\xFEE7\xFEA9 \xFEE1\xFE8E\xFEE0\xFEB3", 9) == 0);
	ck_assert(wmemcmp(out + 10, L"\xFE8F\xFEEE\xFEA7", 3) == 0);
}
END_TEST
#endif

START_TEST(test_number_spans)
{
	const wchar_t *s = L"x +381 11 123 4567, 2026-11-22 09:00 15 +12";

	/* the phone: from '+' to its last digit */
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 2), 18);
	/* not from the middle of it */
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 3), 3);
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 20), 30);
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 31), 36);
	/* one group is no span; "+12" is too short for a phone */
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 37), 37);
	ck_assert_uint_eq(bidi_number_span(s, wcslen(s), 40), 40);
}
END_TEST

START_TEST(test_transliteration)
{
	static const char *const pairs[] = { "č", "c", "đ", "dj", "é", "e", "ж", "z", "œ", "oe",
					     "а", "a", "л", "l", "б", "b" };
	struct translit t;
	size_t n;
	wchar_t *w;

	translit_build(&t, pairs, 8);
	translit_enable(true);
	w = translit_decode(&t, "Čačak, Đorđe, école, жалба, cœur", &n);
	/* Č is not in this table: it stays, and the screen shows '?' */
	ck_assert_msg(wcscmp(w, L"\x010C" L"acak, \x0110" L"ordje, ecole, zalba, coeur") == 0,
		      "got %ls", w);
	ck_assert_uint_eq(n, wcslen(w));
	free(w);
	ck_assert_str_eq(translit_lookup(&t, L'đ'), "dj");
	ck_assert_ptr_null(translit_lookup(&t, L'x'));
	ck_assert_ptr_null(translit_lookup(NULL, L'đ'));
	translit_enable(false);
	w = translit_decode(&t, "đ", &n);
	ck_assert(n == 1 && w[0] == L'đ');
	free(w);
	translit_free(&t);
}
END_TEST

START_TEST(test_digits)
{
	char buf[64];

	strcpy(buf, "15 days, 2026");
	digits_localize(DIGITS_EXTENDED, buf, sizeof buf);
	ck_assert_str_eq(buf, "۱۵ days, ۲۰۲۶");
	strcpy(buf, "09:30");
	digits_localize(DIGITS_ARABIC_INDIC, buf, sizeof buf);
	ck_assert_str_eq(buf, "٠٩:٣٠");
	/* cut at a character, never inside one */
	strcpy(buf, "123");
	digits_localize(DIGITS_ARABIC_INDIC, buf, 4);
	ck_assert_str_eq(buf, "١");
	strcpy(buf, "15");
	digits_localize(DIGITS_WESTERN, buf, sizeof buf);
	ck_assert_str_eq(buf, "15");
}
END_TEST

/* digits_parse(): the names the configuration's `digits` takes, exactly. */
static const struct {
	const char *name;
	int rc, digits;
} digits_names[] = {
	{ "western", 0, DIGITS_WESTERN },
	{ "arabic-indic", 0, DIGITS_ARABIC_INDIC },
	{ "extended-arabic-indic", 0, DIGITS_EXTENDED },
	{ "Western", -1, -7 },
	{ "arabic", -1, -7 },
	{ "extended-arabic-indic ", -1, -7 },
	{ "persian", -1, -7 },
	{ "", -1, -7 },
	{ NULL, -1, -7 },
};

START_TEST(test_digits_parse)
{
	int d = -7;	/* left alone on failure */

	ck_assert_int_eq(digits_parse(digits_names[_i].name, &d), digits_names[_i].rc);
	ck_assert_int_eq(d, digits_names[_i].digits);
}
END_TEST

/* bidi_detect(): what `--bidi=auto` decides for each kind of terminal
 * (doc/bidi.md, "The detection"), one row per rule and per edge of a rule. */
static const struct {
	const char *what;
	struct bidi_terminal t;	/* term, utf8, remote, multiplexer, vte, konsole,
				 * term_program, wt_session, xterm_version, bdsm */
	enum bidi_mode mode;
	bool obeys;
} detect_cases[] = {
	{ "no UTF-8", { "xterm-256color", false, false, false, "7000", NULL, NULL, NULL, NULL, 1 },
	  BIDI_NONE, false },
	{ "TERM unset", { NULL, true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE,
	  false },
	{ "dumb", { "dumb", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE, false },
	{ "serial vt100", { "vt100", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE,
	  false },
	{ "serial vt220", { "vt220", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE,
	  false },
	{ "Linux console", { "linux", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 },
	  BIDI_NONE, false },
	{ "Linux console variant",
	  { "linux-16color", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE, false },
	{ "ansi", { "ansi", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_NONE, false },
	{ "console even when it claims mode 8",
	  { "linux", true, false, false, NULL, NULL, NULL, NULL, NULL, 2 }, BIDI_NONE, false },
	{ "answers mode 8 set", { "xterm", true, false, false, NULL, NULL, NULL, NULL, NULL, 1 },
	  BIDI_APP, true },
	{ "answers mode 8 reset, over SSH",
	  { "xterm", true, true, false, NULL, NULL, NULL, NULL, NULL, 2 }, BIDI_APP, true },
	{ "answers mode 8 permanent",
	  { "xterm", true, false, false, NULL, NULL, NULL, NULL, NULL, 4 }, BIDI_APP, true },
	{ "mode 8 not recognised: no hint left",
	  { "xterm", true, false, false, NULL, NULL, NULL, NULL, NULL, 0 }, BIDI_AUTO, false },
	{ "no answer, no hint", { "xterm", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 },
	  BIDI_AUTO, false },
	{ "VTE over SSH: the hint is not about this terminal",
	  { "xterm-256color", true, true, false, "7000", NULL, NULL, NULL, NULL, -1 }, BIDI_AUTO,
	  false },
	{ "VTE inside tmux", { "tmux-256color", true, false, true, "7000", NULL, NULL, NULL, NULL, -1 },
	  BIDI_AUTO, false },
	{ "VTE 0.57.3, the first with the modes",
	  { "xterm-256color", true, false, false, "5703", NULL, NULL, NULL, NULL, -1 }, BIDI_APP,
	  true },
	{ "VTE 0.57.2, before the modes",
	  { "xterm-256color", true, false, false, "5702", NULL, NULL, NULL, NULL, -1 }, BIDI_AUTO,
	  false },
	{ "mintty", { "xterm", true, false, false, NULL, NULL, "mintty", NULL, NULL, -1 }, BIDI_APP,
	  true },
	{ "Windows Terminal", { "xterm-256color", true, false, false, NULL, NULL, NULL, "1", NULL, -1 },
	  BIDI_APP, false },
	{ "xterm", { "xterm", true, false, false, NULL, NULL, NULL, NULL, "XTerm(379)", -1 }, BIDI_APP,
	  false },
	{ "Konsole: a setting only, ask",
	  { "xterm-256color", true, false, false, NULL, "230804", NULL, NULL, NULL, -1 }, BIDI_AUTO,
	  false },
	{ "Terminal.app: ask",
	  { "xterm-256color", true, false, false, NULL, NULL, "Apple_Terminal", NULL, NULL, -1 },
	  BIDI_AUTO, false },
	{ "mlterm: ask", { "mlterm", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 }, BIDI_AUTO,
	  false },
};

START_TEST(test_detect)
{
	bool obeys = !detect_cases[_i].obeys;

	ck_assert_msg(bidi_detect(&detect_cases[_i].t, &obeys) == detect_cases[_i].mode,
		      "%s: mode", detect_cases[_i].what);
	ck_assert_msg(obeys == detect_cases[_i].obeys, "%s: obeys CSI 8 l", detect_cases[_i].what);
}
END_TEST

/* Whether the mode-8 question is asked: never where it could print junk. */
START_TEST(test_probe_worthwhile)
{
	struct bidi_terminal t = { "xterm", true, false, false, NULL, NULL, NULL, NULL, NULL, -1 };

	ck_assert(bidi_probe_worthwhile(&t));
	t.term = "vt100";
	ck_assert(!bidi_probe_worthwhile(&t));
	t.term = "linux";
	ck_assert(!bidi_probe_worthwhile(&t));
	t.term = "screen";
	t.multiplexer = true;
	ck_assert(!bidi_probe_worthwhile(&t));
	t.term = "xterm";
	t.multiplexer = false;
	t.utf8 = false;
	ck_assert(!bidi_probe_worthwhile(&t));
}
END_TEST

Suite *bidi_suite(void)
{
	Suite *s = suite_create("bidi");
	TCase *tc = tcase_create("core");

#ifdef HAVE_FRIBIDI
	tcase_add_loop_test(tc, test_visual, 0, sizeof visual_cases / sizeof visual_cases[0]);
	tcase_add_test(tc, test_wrapped_paragraph);
#endif
	tcase_add_test(tc, test_number_spans);
	tcase_add_test(tc, test_transliteration);
	tcase_add_test(tc, test_digits);
	tcase_add_loop_test(tc, test_digits_parse, 0, sizeof digits_names / sizeof digits_names[0]);
	tcase_add_loop_test(tc, test_detect, 0, sizeof detect_cases / sizeof detect_cases[0]);
	tcase_add_test(tc, test_probe_worthwhile);
	suite_add_tcase(s, tc);
	return s;
}
