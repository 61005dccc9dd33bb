/* check_view.c: the scrolling helpers every scrolling kind shares (view.c):
 * keeping the first line shown within the doc, scrolling by a line or a
 * screen (a screen keeps one line of context), and the position shown in
 * the hint bar. Expected values worked out by hand: with N lines and R rows
 * the first line shown goes from 0 to N - R, and a screen is R - 1 lines
 * (1 when R is 2 or less). Also the one list cursor and the one text field
 * every kind with a list or a field uses. */
#include "config.h"

#include <check.h>
#include <curses.h>
#include <string.h>
#include <wchar.h>

#include "suites.h"
#include "view.h"

/* A guide in English: all the views here need of it is its language. */
static struct language_context english = { .code = "en" };
static const struct guide guide = { .lang = &english };

/* A view of n empty lines, its first shown line at top. */
static void make_view(struct view *v, size_t n, long top)
{
	memset(v, 0, sizeof *v);
	doc_init(&v->doc, 40, &english);
	for (size_t i = 0; i < n; i++)
		doc_blank(&v->doc);
	v->top = top;
}

static const struct {
	size_t n;
	int rows;
	long top;
	enum action a;
	bool scrolls;
	long want;
} scroll_cases[] = {
	{ 45, 20, 0, ACT_DOWN, true, 1 },
	{ 45, 20, 0, ACT_UP, true, 0 },		/* not above the first line */
	{ 45, 20, 0, ACT_PAGE_DOWN, true, 19 },	/* 20 rows: 19 lines, one kept */
	{ 45, 20, 19, ACT_PAGE_DOWN, true, 25 },	/* 38, but the last screen starts at 25 */
	{ 45, 20, 25, ACT_DOWN, true, 25 },	/* the last line is already shown */
	{ 45, 20, 25, ACT_PAGE_UP, true, 6 },
	{ 45, 20, 6, ACT_PAGE_UP, true, 0 },
	{ 10, 20, 0, ACT_PAGE_DOWN, true, 0 },	/* it all fits */
	{ 10, 20, 0, ACT_DOWN, true, 0 },
	{ 10, 3, 0, ACT_PAGE_DOWN, true, 2 },	/* 3 rows: 2 lines */
	{ 10, 2, 0, ACT_PAGE_DOWN, true, 1 },	/* 2 rows: 1 line */
	{ 10, 1, 0, ACT_PAGE_DOWN, true, 1 },
	{ 10, 1, 9, ACT_PAGE_DOWN, true, 9 },	/* one row: the last line alone */
	{ 0, 20, 0, ACT_PAGE_DOWN, true, 0 },	/* an empty doc */
	{ 45, 20, 7, ACT_OPEN, false, 7 },	/* not a scrolling action */
	{ 45, 20, 7, ACT_BACK, false, 7 },
};

START_TEST(scrolling)
{
	struct view v;
	struct view_ctx c = { .g = &guide, .rows = scroll_cases[_i].rows, .cols = 42 };

	make_view(&v, scroll_cases[_i].n, scroll_cases[_i].top);
	ck_assert_int_eq(view_scroll(&v, &c, scroll_cases[_i].a), scroll_cases[_i].scrolls);
	ck_assert_msg(v.top == scroll_cases[_i].want, "case %d: top %ld, not %ld", _i, v.top,
		      scroll_cases[_i].want);
	doc_free(&v.doc);
}
END_TEST

static const struct {
	size_t n;
	int rows;
	long top, want;
} clamp_cases[] = {
	{ 45, 20, 100, 25 },
	{ 45, 20, -5, 0 },
	{ 45, 20, 12, 12 },
	{ 45, 45, 3, 0 },
	{ 45, 46, 3, 0 },
	{ 0, 20, 4, 0 },
};

START_TEST(clamping)
{
	struct view v;
	struct view_ctx c = { .g = &guide, .rows = clamp_cases[_i].rows, .cols = 42 };

	make_view(&v, clamp_cases[_i].n, clamp_cases[_i].top);
	view_clamp_top(&v, &c);
	ck_assert_int_eq(v.top, clamp_cases[_i].want);
	doc_free(&v.doc);
}
END_TEST

static const struct {
	size_t n;
	int rows;
	long top;
	size_t size;
	const char *want;
} position_cases[] = {
	{ 45, 20, 0, 64, "lines 1-20 of 45" },
	{ 45, 20, 25, 64, "lines 26-45 of 45" },
	{ 45, 20, 30, 64, "lines 31-45 of 45" },	/* not past the last line */
	{ 21, 20, 1, 64, "lines 2-21 of 21" },
	{ 20, 20, 0, 64, "" },				/* all fits: nothing to say */
	{ 0, 20, 0, 64, "" },
	{ 45, 20, 0, 8, "lines 1" },			/* cut to the buffer */
};

START_TEST(position)
{
	struct view v;
	struct view_ctx c = { .g = &guide, .rows = position_cases[_i].rows, .cols = 42 };
	char buf[64];

	memset(buf, 'x', sizeof buf);
	make_view(&v, position_cases[_i].n, position_cases[_i].top);
	view_position(&v, &c, buf, position_cases[_i].size);
	ck_assert_str_eq(buf, position_cases[_i].want);
	doc_free(&v.doc);
}
END_TEST

/* ---- view_cursor_move: one list cursor for every kind ---- */
static const struct {
	int n, rows, cursor;
	enum action a;
	bool used;
	int want;
} cursor_cases[] = {
	{ 5, 20, 0, ACT_DOWN, true, 1 },
	{ 5, 20, 4, ACT_DOWN, true, 0 },	/* round the end */
	{ 5, 20, 0, ACT_UP, true, 4 },		/* round the start */
	{ 5, 20, 2, ACT_UP, true, 1 },
	{ 5, 20, 2, ACT_PAGE_DOWN, true, 4 },	/* stops at the last */
	{ 5, 20, 2, ACT_PAGE_UP, true, 0 },	/* stops at the first */
	{ 30, 10, 0, ACT_PAGE_DOWN, true, 9 },	/* a screen of 10 rows: 9 items */
	{ 30, 10, 25, ACT_PAGE_DOWN, true, 29 },
	{ 30, 10, 20, ACT_PAGE_UP, true, 11 },
	{ 30, 2, 5, ACT_PAGE_DOWN, true, 6 },	/* 2 rows: one at a time */
	{ 0, 20, 0, ACT_DOWN, true, 0 },	/* an empty list: used, nothing moves */
	{ 5, 20, 9, ACT_DOWN, true, 1 },	/* a cursor out of the list starts at 0 */
	{ 5, 20, 3, ACT_OPEN, false, 3 },	/* not a cursor key */
	{ 5, 20, 3, ACT_BACK, false, 3 },
	{ 5, 20, 3, ACT_NONE, false, 3 },
};

START_TEST(cursor)
{
	struct view_ctx c = { .g = &guide, .rows = cursor_cases[_i].rows, .cols = 42 };
	int cur = cursor_cases[_i].cursor;

	ck_assert_int_eq(view_cursor_move(&cur, cursor_cases[_i].n, &c, cursor_cases[_i].a),
			 cursor_cases[_i].used);
	ck_assert_msg(cur == cursor_cases[_i].want, "case %d: cursor %d, not %d", _i, cur,
		      cursor_cases[_i].want);
}
END_TEST

/* ---- view_field_key and view_field_edit: one text field for every kind ---- */
static const struct {
	struct keypress k;
	enum field_key want;
	const wchar_t *after;	/* the field "ab" (room for 3) after the key */
} field_cases[] = {
	{ { 'c', false }, FIELD_TEXT, L"abc" },
	{ { L'ж', false }, FIELD_TEXT, L"abж" },
	{ { L'ب', false }, FIELD_TEXT, L"abب" },
	{ { '\r', false }, FIELD_DONE, L"ab" },
	{ { '\n', false }, FIELD_DONE, L"ab" },
	{ { KEY_ENTER, true }, FIELD_DONE, L"ab" },	/* the keypad's Enter */
	{ { '\t', false }, FIELD_DONE, L"ab" },
	{ { 27, false }, FIELD_ESC, L"ab" },
	{ { 127, false }, FIELD_ERASE, L"a" },		/* DEL */
	{ { 8, false }, FIELD_ERASE, L"a" },		/* Ctrl-H */
	{ { KEY_BACKSPACE, true }, FIELD_ERASE, L"a" },
	{ { KEY_UP, true }, FIELD_MOVE, L"ab" },
	{ { KEY_DOWN, true }, FIELD_MOVE, L"ab" },
	{ { KEY_F(1), true }, FIELD_NONE, L"ab" },
	{ { KEY_LEFT, true }, FIELD_NONE, L"ab" },
	{ { 3, false }, FIELD_NONE, L"ab" },		/* Ctrl-C */
};

START_TEST(field)
{
	wchar_t buf[3] = { L'a', L'b', 0 };
	size_t n = 2;

	ck_assert_int_eq(view_field_key(field_cases[_i].k), field_cases[_i].want);
	ck_assert_int_eq(view_field_edit(buf, &n, 3, field_cases[_i].k), field_cases[_i].want);
	ck_assert_msg(n == wcslen(field_cases[_i].after) &&
		      wmemcmp(buf, field_cases[_i].after, n) == 0, "case %d", _i);
}
END_TEST

/* A full field drops what is typed; an empty one erases nothing. */
START_TEST(field_ends)
{
	wchar_t buf[2] = { L'x', L'y' };
	size_t n = 2;

	ck_assert_int_eq(view_field_edit(buf, &n, 2, (struct keypress){ 'z', false }), FIELD_TEXT);
	ck_assert_uint_eq(n, 2);
	ck_assert(buf[1] == L'y');
	n = 0;
	ck_assert_int_eq(view_field_edit(buf, &n, 2, (struct keypress){ 127, false }), FIELD_ERASE);
	ck_assert_uint_eq(n, 0);
}
END_TEST

Suite *view_suite(void)
{
	Suite *s = suite_create("view");
	TCase *tc = tcase_create("scrolling");

	tcase_add_loop_test(tc, scrolling, 0, (int)(sizeof scroll_cases / sizeof scroll_cases[0]));
	tcase_add_loop_test(tc, clamping, 0, (int)(sizeof clamp_cases / sizeof clamp_cases[0]));
	tcase_add_loop_test(tc, position, 0,
			    (int)(sizeof position_cases / sizeof position_cases[0]));
	tcase_add_loop_test(tc, cursor, 0, (int)(sizeof cursor_cases / sizeof cursor_cases[0]));
	tcase_add_loop_test(tc, field, 0, (int)(sizeof field_cases / sizeof field_cases[0]));
	tcase_add_test(tc, field_ends);
	suite_add_tcase(s, tc);
	return s;
}
