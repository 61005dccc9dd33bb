/* suites.h: the Check suites of putokaz, one per area. */
#ifndef PUTOKAZ_TEST_SUITES_H
#define PUTOKAZ_TEST_SUITES_H

#include <check.h>

Suite *config_suite(void);
Suite *text_suite(void);
Suite *keys_suite(void);
Suite *dates_suite(void);
Suite *rules_suite(void);
Suite *match_suite(void);
Suite *bidi_suite(void);
Suite *solar_hijri_suite(void);
Suite *source_date_suite(void);
Suite *qr_suite(void);
Suite *view_suite(void);
Suite *i18n_suite(void);

#endif
