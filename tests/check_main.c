/* check_main.c: runs every Check suite of putokaz. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "suites.h"

int main(void)
{
	SRunner *sr;
	int failed;

	/* the tests expect English messages, whatever the machine's locale */
	setenv("LANGUAGE", "en", 1);
	setlocale(LC_ALL, "C.UTF-8");
	sr = srunner_create(config_suite());
	srunner_add_suite(sr, text_suite());
	srunner_add_suite(sr, keys_suite());
	srunner_add_suite(sr, dates_suite());
	srunner_add_suite(sr, rules_suite());
	srunner_add_suite(sr, match_suite());
	srunner_add_suite(sr, bidi_suite());
	srunner_add_suite(sr, solar_hijri_suite());
	srunner_add_suite(sr, source_date_suite());
	srunner_add_suite(sr, qr_suite());
	srunner_add_suite(sr, view_suite());
	srunner_add_suite(sr, i18n_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
