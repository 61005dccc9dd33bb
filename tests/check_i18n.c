/* check_i18n.c: a translation is used only when its printf conversions are
 * its msgid's, as msgfmt --check demands (reordering with %n$ allowed). */
#include "config.h"

#include <check.h>

#include "i18n.h"
#include "suites.h"

static const struct {
	const char *msgid, *translation;
	bool ok;
} formats[] = {
	{ "in %ld day", "dans %ld jour", true },
	{ "in %ld day", "dans %d jour", false },		/* long read as int */
	{ "in %ld day", "dans %s jour", false },		/* a number read as a string: a crash */
	{ "in %ld day", "dans jour", false },			/* an argument left out */
	{ "%1$s %2$d %3$s %4$d", "%2$d. %3$s %4$d, %1$s", true },	/* reordered */
	{ "%1$s %2$d %3$s %4$d", "%2$d. %3$s %4$s, %1$s", false },
	{ "%s: %zu of %zu (%zu%%)%s", "%s : %zu sur %zu (%zu %%)%s", true },
	{ "%s: %zu of %zu", "%s : %zu sur %zu %n", false },	/* %n is never right */
	{ "Please make the window larger (at least %d x %d).", "Agrandissez (%s x %s).", false },
	{ "Please make the window larger (at least %d x %d).", "Agrandissez (%d x %d).", true },
	{ "100%% sure", "sûr", true },			/* %% is no conversion */
	{ "Keys", "Touches %s", false },		/* a conversion out of nothing */
	{ "%*d", "%*d", true },
	{ "%*d", "%d", false },
};

START_TEST(format_matches)
{
	ck_assert_msg(i18n_format_matches(formats[_i].msgid, formats[_i].translation) ==
		      formats[_i].ok, "\"%s\" for \"%s\"", formats[_i].translation,
		      formats[_i].msgid);
}
END_TEST

Suite *i18n_suite(void)
{
	Suite *s = suite_create("i18n");
	TCase *tc = tcase_create("formats");

	tcase_add_loop_test(tc, format_matches, 0, (int)(sizeof formats / sizeof formats[0]));
	suite_add_tcase(s, tc);
	return s;
}
