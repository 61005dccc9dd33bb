/* check_text.c: measuring and wrapping by display columns. The expected
 * lines were worked out by hand from the widths: ASCII and Cyrillic letters
 * 1 column, Arabic harakat 0, CJK ideographs and kana 2. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "doc.h"
#include "langctx.h"
#include "suites.h"
#include "text.h"

struct wrap_case {
	const char *name;
	const char *text;	/* UTF-8 */
	int width, hang;
	const char *lines[6];	/* UTF-8, NULL-terminated */
	int cols[6];
};

static const struct wrap_case wrap_cases[] = {
	{ "ascii", "The quick brown fox jumps", 10, 0,
	  { "The quick", "brown fox", "jumps" }, { 9, 9, 5 } },
	{ "ascii exact fit", "abc def", 7, 0, { "abc def" }, { 7 } },
	{ "ascii break at space at the edge", "abc def", 3, 0, { "abc", "def" }, { 3, 3 } },
	{ "long word is cut", "abcdefghij", 4, 0, { "abcd", "efgh", "ij" }, { 4, 4, 2 } },
	{ "cyrillic", "Захтев за азил се подноси", 12, 0,
	  { "Захтев за", "азил се", "подноси" }, { 9, 7, 7 } },
	{ "serbian latin", "Žalba se šalje Komisiji za azil", 15, 0,
	  { "Žalba se šalje", "Komisiji za", "azil" }, { 14, 11, 4 } },
	/* مَرْحَبًا = 5 letters + 4 marks = 5 columns; بِكُمْ = 3 letters + 3 marks */
	{ "arabic with marks", "مَرْحَبًا بِكُمْ", 6, 0,
	  { "مَرْحَبًا", "بِكُمْ" }, { 5, 3 } },
	{ "arabic mark stays with its letter", "بِكُمْ", 2, 0,
	  { "بِكُ", "مْ" }, { 2, 1 } },
	{ "decomposed accent is one column", "cafe\xcc\x81 noir", 5, 0,
	  { "cafe\xcc\x81", "noir" }, { 4, 4 } },
	{ "cjk wide", "日本語のテキスト", 5, 0,
	  { "日本", "語の", "テキ", "スト" }, { 4, 4, 4, 4 } },
	{ "cjk never split across the edge", "日本語", 4, 0, { "日本", "語" }, { 4, 2 } },
	{ "bullet hangs", "- one two three", 8, 2, { "- one", "two", "three" }, { 5, 3, 5 } },
	{ "spaces collapse at breaks", "aa   bb", 3, 0, { "aa", "bb" }, { 2, 2 } },
	{ "empty", "", 10, 0, { "" }, { 0 } },
};

START_TEST(wrap_by_columns)
{
	const struct wrap_case *c = &wrap_cases[_i];
	size_t n, nlines, nexpect = 0;
	wchar_t *w = text_decode(c->text, &n);
	struct text_line *lines;

	nlines = text_wrap(w, n, c->width, c->hang, &lines);
	while (nexpect < 6 && c->lines[nexpect])
		nexpect++;
	ck_assert_msg(nlines == nexpect, "%s: %zu lines, expected %zu", c->name, nlines, nexpect);
	for (size_t i = 0; i < nlines; i++) {
		size_t en;
		wchar_t *expect = text_decode(c->lines[i], &en);

		ck_assert_msg(lines[i].len == en && wmemcmp(w + lines[i].start, expect, en) == 0,
			      "%s: line %zu differs from \"%s\"", c->name, i, c->lines[i]);
		ck_assert_msg(lines[i].cols == c->cols[i], "%s: line %zu is %d columns, expected %d",
			      c->name, i, lines[i].cols, c->cols[i]);
		ck_assert_int_le(lines[i].cols, i ? c->width - c->hang : c->width);
		free(expect);
	}
	free(lines);
	free(w);
}
END_TEST

START_TEST(widths)
{
	ck_assert_int_eq(text_width_utf8("abc"), 3);
	ck_assert_int_eq(text_width_utf8("čćđšž"), 5);
	ck_assert_int_eq(text_width_utf8("Београд"), 7);
	ck_assert_int_eq(text_width_utf8("日本"), 4);
	ck_assert_int_eq(text_width_utf8("مَرْحَبًا"), 5);
	/* an invalid byte is one replacement character, one column */
	ck_assert_int_eq(text_width_utf8("a\xff" "b"), 3);
}
END_TEST

START_TEST(fit_keeps_marks)
{
	size_t n;
	wchar_t *w = text_decode("بِكُمْ", &n);

	/* two columns take the first two letters and both their marks */
	ck_assert_uint_eq(text_fit(w, n, 2), 4);
	ck_assert_uint_eq(text_fit(w, n, 0), 0);
	free(w);
	w = text_decode("日本", &n);
	ck_assert_uint_eq(text_fit(w, n, 3), 1);
	free(w);
}
END_TEST

/* Text in English: left to right, no ASCII spellings. */
static const struct language_context english = { .code = "en" };

/* A page's text: paragraphs with an empty line between, bullets hanging. */
START_TEST(doc_paragraphs_and_bullets)
{
	struct doc d;

	doc_init(&d, 12, &english);
	doc_prose(&d, "First para.\n\nYou need:\n- a paper that is valid", 0, -1);
	/* "First para." | "" | "You need:" | "- a paper" | "that is" (indent 2) | "valid" (indent 2) */
	ck_assert_uint_eq(d.n, 6);
	ck_assert_int_eq(d.lines[0].cols, 11);
	ck_assert_uint_eq(d.lines[1].len, 0);
	ck_assert(wcsncmp(d.lines[3].text, L"- a paper", 9) == 0);
	ck_assert_int_eq(d.lines[3].indent, 0);
	ck_assert(wcsncmp(d.lines[4].text, L"that is", 7) == 0);
	ck_assert_int_eq(d.lines[4].indent, 2);
	ck_assert_int_eq(d.lines[5].indent, 2);
	doc_item(&d, "9. ", "Permanent residence", 0, 8);
	/* "9. Permanent" (12) | "residence" under the text */
	ck_assert_uint_eq(d.n, 8);
	ck_assert_int_eq(d.lines[7].indent, 3);
	ck_assert_int_eq(d.lines[6].tag, 8);
	ck_assert_int_eq(doc_find_tag(&d, 8), 6);
	ck_assert_int_eq(doc_find_tag(&d, 3), -1);
	doc_free(&d);
}
END_TEST

Suite *text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("wrap");

	tcase_add_loop_test(tc, wrap_by_columns, 0,
			    (int)(sizeof wrap_cases / sizeof wrap_cases[0]));
	tcase_add_test(tc, widths);
	tcase_add_test(tc, fit_keeps_marks);
	tcase_add_test(tc, doc_paragraphs_and_bullets);
	suite_add_tcase(s, tc);
	return s;
}
