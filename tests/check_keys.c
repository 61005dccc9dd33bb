/* check_keys.c: the key table: several keys per action, every action without
 * arrows or function keys, digits from Arabic and Persian layouts. */
#include "config.h"

#include <check.h>
#include <curses.h>
#include <string.h>

#include "input.h"
#include "keys.h"
#include "suites.h"

static struct keypress ch(wint_t c)
{
	return (struct keypress){ c, false };
}

static struct keypress fk(wint_t c)
{
	return (struct keypress){ c, true };
}

static const struct {
	struct keypress k;
	enum action a;
} bound[] = {
	{ { KEY_UP, true }, ACT_UP }, { { 'k', false }, ACT_UP },
	{ { KEY_DOWN, true }, ACT_DOWN }, { { 'j', false }, ACT_DOWN },
	{ { KEY_PPAGE, true }, ACT_PAGE_UP }, { { 'b', false }, ACT_PAGE_UP },
	{ { KEY_NPAGE, true }, ACT_PAGE_DOWN }, { { ' ', false }, ACT_PAGE_DOWN },
	{ { '\r', false }, ACT_OPEN }, { { '\n', false }, ACT_OPEN },
	{ { KEY_ENTER, true }, ACT_OPEN }, { { KEY_RIGHT, true }, ACT_OPEN },
	{ { KEY_BACKSPACE, true }, ACT_BACK }, { { 127, false }, ACT_BACK },
	{ { 8, false }, ACT_BACK }, { { 27, false }, ACT_BACK },
	{ { KEY_LEFT, true }, ACT_BACK }, { { 'h', false }, ACT_BACK },
	{ { KEY_HOME, true }, ACT_HOME }, { { 'm', false }, ACT_HOME },
	{ { '?', false }, ACT_HELP }, { { KEY_F(1), true }, ACT_HELP },
	{ { 'q', false }, ACT_QUIT },
	{ { 'x', false }, ACT_NONE }, { { '5', false }, ACT_NONE },
	/* a KEY_* code that happens to equal a letter is not that letter */
	{ { 'k', true }, ACT_NONE },
};

START_TEST(bindings)
{
	ck_assert_int_eq(keys_action(bound[_i].k), bound[_i].a);
}
END_TEST

/* A terminal without arrow or function keys can still do everything. */
START_TEST(every_action_has_a_plain_key)
{
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		bool found = false;

		for (wint_t c = 1; c < 128 && !found; c++)
			found = keys_action(ch(c)) == (enum action)a;
		ck_assert_msg(found, "action %d needs a plain key", a);
	}
}
END_TEST

START_TEST(digits_in_three_scripts)
{
	for (int d = 0; d <= 9; d++) {
		ck_assert_int_eq(keys_digit(ch('0' + d)), d);
		ck_assert_int_eq(keys_digit(ch(0x0660 + d)), d);	/* ٠-٩ */
		ck_assert_int_eq(keys_digit(ch(0x06F0 + d)), d);	/* ۰-۹ */
	}
	ck_assert_int_eq(keys_digit(ch('a')), -1);
	ck_assert_int_eq(keys_digit(ch(0x066A)), -1);	/* Arabic percent sign */
	ck_assert_int_eq(keys_digit(fk('5')), -1);
}
END_TEST

/* The help screen names keys from the same table. */
START_TEST(help_names_come_from_the_table)
{
	char buf[128];

	keys_names(ACT_BACK, buf, sizeof buf);
	ck_assert_str_eq(buf, "Backspace, Esc, Left, h");
	keys_names(ACT_UP, buf, sizeof buf);
	ck_assert_str_eq(buf, "Up, k");
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++)
		ck_assert_ptr_nonnull(keys_action_help((enum action)a));
	/* a buffer too small holds what fits and stays terminated */
	keys_names(ACT_BACK, buf, 12);
	ck_assert_str_eq(buf, "Backspace");
}
END_TEST

START_TEST(text_keys)
{
	ck_assert(keys_is_text(ch('a')));
	ck_assert(keys_is_text(ch(0x0628)));	/* Arabic beh */
	ck_assert(!keys_is_text(ch(27)));
	ck_assert(!keys_is_text(ch(127)));
	ck_assert(!keys_is_text(fk(KEY_UP)));
	/* Backspace as terminals send it erases; Esc and Left do not */
	ck_assert(keys_is_erase(fk(KEY_BACKSPACE)));
	ck_assert(keys_is_erase(ch(127)));
	ck_assert(keys_is_erase(ch(8)));
	ck_assert(!keys_is_erase(ch(27)));
	ck_assert(!keys_is_erase(fk(KEY_LEFT)));
	ck_assert(!keys_is_erase(fk(127)));
}
END_TEST

/* What follows an ESC, as text (one key a character), against the shape
 * of a terminal's answer: worked out by hand from the DA and DECRPM forms. */
static const struct {
	const char *after_esc;
	enum input_answer shape;
} answers[] = {
	{ "[?64;1;2;6;9;15;18;21;22c", INPUT_ANSWER_YES },	/* xterm's DA */
	{ "[?1;2c", INPUT_ANSWER_YES },
	{ "[?6c", INPUT_ANSWER_YES },				/* a VT102 */
	{ "[8;0$y", INPUT_ANSWER_YES },				/* mode 8 not known */
	{ "[8;2$y", INPUT_ANSWER_YES },
	{ "[?2004;1$y", INPUT_ANSWER_YES },
	{ "", INPUT_ANSWER_PART },
	{ "[", INPUT_ANSWER_PART },
	{ "[?", INPUT_ANSWER_PART },
	{ "[8;", INPUT_ANSWER_PART },
	{ "[8;1$", INPUT_ANSWER_PART },
	{ "[?64;1", INPUT_ANSWER_PART },
	{ "x", INPUT_ANSWER_NO },				/* Esc, then a letter */
	{ "[c", INPUT_ANSWER_NO },				/* no parameter */
	{ "[?c", INPUT_ANSWER_NO },
	{ "[8;1c", INPUT_ANSWER_NO },				/* DA without ? */
	{ "[?1;2y", INPUT_ANSWER_NO },
	{ "[8;1$yj", INPUT_ANSWER_NO },				/* one past the end */
	{ "[1;5A", INPUT_ANSWER_NO },				/* a key curses did not know */
	{ "[8;1$x", INPUT_ANSWER_NO },
};

START_TEST(terminal_answers)
{
	const char *a = answers[_i].after_esc;
	struct keypress k[32];
	size_t n = strlen(a);

	for (size_t i = 0; i < n; i++)
		k[i] = ch((wint_t)a[i]);
	ck_assert_msg(input_answer_shape(k, n) == answers[_i].shape, "ESC %s", a);
}
END_TEST

START_TEST(terminal_answer_not_a_function_key)
{
	struct keypress k[3] = { ch('['), fk(KEY_UP), ch('c') };

	ck_assert(input_answer_shape(k, 3) == INPUT_ANSWER_NO);
	/* the budget counts a key by the bytes it takes on the line */
	ck_assert_uint_eq(input_key_bytes(ch('a')), 1);
	ck_assert_uint_eq(input_key_bytes(ch(0x0628)), 2);
	ck_assert_uint_eq(input_key_bytes(ch(0x20AC)), 3);
	ck_assert_uint_eq(input_key_bytes(fk(KEY_DOWN)), 3);
}
END_TEST

Suite *keys_suite(void)
{
	Suite *s = suite_create("keys");
	TCase *tc = tcase_create("table");

	tcase_add_loop_test(tc, bindings, 0, (int)(sizeof bound / sizeof bound[0]));
	tcase_add_test(tc, every_action_has_a_plain_key);
	tcase_add_test(tc, digits_in_three_scripts);
	tcase_add_test(tc, help_names_come_from_the_table);
	tcase_add_test(tc, text_keys);
	tcase_add_loop_test(tc, terminal_answers, 0, (int)(sizeof answers / sizeof answers[0]));
	tcase_add_test(tc, terminal_answer_not_a_function_key);
	suite_add_tcase(s, tc);
	return s;
}
