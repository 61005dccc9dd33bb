/* datefmt.c: weekday and month names through gettext, not the C library's
 * locale, which a kiosk may not have installed. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "datefmt.h"
#include "digits.h"
#include "i18n.h"
#include "langctx.h"
#include "solar_hijri.h"

static const char *const weekdays[7] = {
	N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
	N_("Friday"), N_("Saturday"), N_("Sunday")
};

static const char *const months[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December")
};

void datefmt_long(const struct language_context *lc, struct date d, char *buf, size_t size)
{
	struct solar_hijri sh;
	size_t len;

	/* TRANSLATORS: weekday, day, month, year: "Sunday 15 February 2026";
	 * reorder with %1$s %2$d %3$s %4$d */
	snprintf(buf, size, _("%1$s %2$d %3$s %4$d"), _(weekdays[dates_weekday(d)]), d.d,
		 _(months[d.m - 1]), d.y);
	len = strlen(buf);
	/* beside it, the same day as Iran or Afghanistan writes it: "(1 Azar 1405)" */
	if (lc->solar_months && solar_hijri_from_gregorian(d, &sh) == 0 && len + 1 < size)
		snprintf(buf + len, size - len, " (%d %s %d)", sh.d, lc->solar_months[sh.m - 1],
			 sh.y);
	digits_localize(lc->digits, buf, size);
}

void datefmt_short(const struct language_context *lc, struct date d, char *buf, size_t size)
{
	/* TRANSLATORS: weekday, day, month: "Sunday 15 February" */
	snprintf(buf, size, _("%1$s %2$d %3$s"), _(weekdays[dates_weekday(d)]), d.d,
		 _(months[d.m - 1]));
	digits_localize(lc->digits, buf, size);
}

void datefmt_relative(const struct language_context *lc, struct date today, struct date d,
		      char *buf, size_t size)
{
	long n = dates_diff(today, d);

	if (n == 0)
		snprintf(buf, size, "%s", _("today"));
	else if (n == 1)
		snprintf(buf, size, "%s", _("tomorrow"));
	else if (n == -1)
		snprintf(buf, size, "%s", _("yesterday"));
	else if (n > 0)
		snprintf(buf, size, i18n_ngettext("in %ld day", "in %ld days", (unsigned long)n), n);
	else
		snprintf(buf, size, i18n_ngettext("%ld day ago", "%ld days ago", (unsigned long)-n), -n);
	digits_localize(lc->digits, buf, size);
}

int datefmt_parse_moment(const char *s, struct date *d, int *hour, int *minute, int *has_time)
{
	char day[11];

	if (!s || strlen(s) < 10)
		return -1;
	memcpy(day, s, 10);
	day[10] = '\0';
	if (dates_parse(day, d) < 0)
		return -1;
	*hour = *minute = 0;
	*has_time = 0;
	if (s[10] == '\0')
		return 0;
	/* "THH:MM" exactly, a real time of day */
	if (strlen(s) != 16 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':')
		return -1;
	for (int i = 11; i < 16; i++)
		if (i != 13 && (s[i] < '0' || s[i] > '9'))
			return -1;
	*hour = (s[11] - '0') * 10 + (s[12] - '0');
	*minute = (s[14] - '0') * 10 + (s[15] - '0');
	if (*hour > 23 || *minute > 59)
		return -1;
	*has_time = 1;
	return 0;
}
