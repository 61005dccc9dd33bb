/* check_qr.c: what QR codes carry: phones in international form, a
 * contact's MECARD, deadlines in one code or one each with the label cut. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "qr.h"
#include "qr_text.h"
#include "suites.h"
#include "xalloc.h"

static const struct {
	const char *written, *mecard;
} phones[] = {
	{ "+381 11 2457-376", "+381112457376" },
	{ "+381 63 704-7080", "+381637047080" },
	{ "+381 69 5657254", "+381695657254" },
	{ "192", "192" },
	{ "(011) 123 45", "01112345" },
};

START_TEST(phone_in_international_form)
{
	char *p = qr_phone(phones[_i].written);

	ck_assert_str_eq(p, phones[_i].mecard);
	free(p);
}
END_TEST

START_TEST(contact_as_mecard)
{
	const char *ph[] = { "+381 11 2457-376", "+381 63 704-7080" };
	struct contact ct = {
		.group = GROUP_ORGANISATION,
		.name = "Asylum Protection Center (APC / Centar za zaštitu)",
		.address = "Sime Igumanova 14, 11118 Beograd",
		.phones = ph,
		.nphones = 2,
	};
	struct qr_request q;
	const struct qr_code_src *code;

	qr_request_init(&q);
	qr_request_contact(&q, &ct);
	ck_assert_uint_eq(q.sets[0].n, 1);
	code = &q.sets[0].codes[0];
	/* with the address, without it, with the first phone only */
	ck_assert_uint_eq(code->n, 3);
	ck_assert_str_eq(code->candidates[0].payload,
			 "MECARD:N:Asylum Protection Center;TEL:+381112457376;TEL:+381637047080;"
			 "ADR:Sime Igumanova 14\\, 11118 Beograd;;");
	ck_assert_str_eq(code->candidates[0].shown,
			 "Asylum Protection Center\n+381 11 2457-376\n+381 63 704-7080\n"
			 "Sime Igumanova 14, 11118 Beograd");
	ck_assert_str_eq(code->candidates[2].payload,
			 "MECARD:N:Asylum Protection Center;TEL:+381112457376;;");
	qr_request_free(&q);
	/* no phone: the address is the point, never a bare name */
	ct.nphones = 0;
	qr_request_init(&q);
	qr_request_contact(&q, &ct);
	ck_assert_uint_eq(q.sets[0].codes[0].n, 1);
	ck_assert_str_eq(q.sets[0].codes[0].candidates[0].payload,
			 "MECARD:N:Asylum Protection Center;ADR:Sime Igumanova 14\\, 11118 Beograd;;");
	qr_request_free(&q);
}
END_TEST

START_TEST(deadlines_in_one_code_or_each_cut)
{
	struct qr_request q;
	struct qr_fit *f;
	bool fits;
	size_t n;
	struct moment a = { { 2026, 12, 6 }, 14, 30 }, b = { { 2026, 12, 18 }, 0, 0 };

	qr_request_init(&q);
	qr_request_deadline(&q, a, true, "Reach the asylum centre named on your paper");
	qr_request_deadline(&q, b, false,
			    "The Asylum Office should let you lodge your application");
	ck_assert_str_eq(q.sets[0].codes[0].candidates[0].payload,
			 "2026-12-06 14:30 Reach the asylum centre named on your paper\n"
			 "2026-12-18 The Asylum Office should let you lodge your application");
	ck_assert_uint_eq(q.sets[1].n, 2);
	if (!qr_built()) {
		qr_request_free(&q);
		return;
	}
	/* version 10 holds both in one code */
	n = qr_request_fit(&q, 10, &f, &fits);
	ck_assert(fits);
	ck_assert_uint_eq(n, 1);
	qr_fit_free(f, n);
	/* version 2 (at most 32 bytes): one each, date and time kept, the label cut */
	n = qr_request_fit(&q, 2, &f, &fits);
	ck_assert(fits);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_le(f[0].m.version, 2);
	ck_assert(strncmp(f[0].text, "2026-12-06 14:30 Reach", 22) == 0);
	ck_assert(strcmp(f[0].text + strlen(f[0].text) - 3, "\u2026") == 0);
	ck_assert(strncmp(f[1].text, "2026-12-18 The", 14) == 0);
	qr_fit_free(f, n);
	/* version 1 cannot even hold a date, a time and a word: no code, the text */
	n = qr_request_fit(&q, 0, &f, &fits);
	ck_assert(!fits);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(f[0].m.size, 0);
	qr_fit_free(f, n);
	qr_request_free(&q);
}
END_TEST

Suite *qr_suite(void)
{
	Suite *s = suite_create("qr");
	TCase *tc = tcase_create("qr");

	tcase_add_loop_test(tc, phone_in_international_form, 0, sizeof phones / sizeof phones[0]);
	tcase_add_test(tc, contact_as_mecard);
	tcase_add_test(tc, deadlines_in_one_code_or_each_cut);
	suite_add_tcase(s, tc);
	return s;
}
