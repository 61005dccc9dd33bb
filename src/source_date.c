/* source_date.c: sources' dates, and whether a page should say how old they are. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "i18n.h"
#include "source_date.h"
#include "xalloc.h"

/* The month names, the same msgids as the calendar's (datefmt.c). */
static const char *const months[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December")
};

/* The number of n digits at s, or -1 when one of them is not a digit. */
static int digits_at(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int source_date_parse(const char *s, struct source_date *out)
{
	size_t n = strlen(s);
	int y, m = 0;

	if (strcmp(s, "undated") == 0) {
		*out = (struct source_date){ 0, 0 };
		return 0;
	}
	if (n != 4 && n != 7)
		return -1;
	y = digits_at(s, 4);
	if (y < 1900)
		return -1;
	if (n == 7) {
		m = s[4] == '-' ? digits_at(s + 5, 2) : -1;
		if (m < 1 || m > 12)
			return -1;
	}
	*out = (struct source_date){ y, m };
	return 0;
}

/* The first day a source of this date may be from. */
static struct date first_day(struct source_date d)
{
	return (struct date){ d.y, d.m ? d.m : 1, 1 };
}

bool source_dates_span(const struct source_date *d, size_t n, struct source_date *oldest,
		       struct source_date *newest)
{
	bool any = false;

	for (size_t i = 0; i < n; i++) {
		if (!d[i].y)
			continue;
		/* a year alone sorts before its months: it may be the oldest */
		if (!any || d[i].y * 13 + d[i].m < oldest->y * 13 + oldest->m)
			*oldest = d[i];
		if (!any || d[i].y * 13 + d[i].m > newest->y * 13 + newest->m)
			*newest = d[i];
		any = true;
	}
	return any;
}

bool source_dates_old(const struct source_date *d, size_t n, struct date today)
{
	struct source_date oldest, newest;

	for (size_t i = 0; i < n; i++)
		if (!d[i].y)
			return true;
	if (!source_dates_span(d, n, &oldest, &newest))
		return false;
	return dates_compare(dates_add_years(first_day(oldest), 2), today) < 0;
}

void source_date_format(int digits, struct source_date d, char *buf, size_t size)
{
	if (d.m)
		/* TRANSLATORS: a month and a year: "July 2023" */
		snprintf(buf, size, _("%s %d"), _(months[d.m - 1]), d.y);
	else
		snprintf(buf, size, "%d", d.y);
	digits_localize(digits, buf, size);
}

char *source_dates_line(int digits, const struct source_date *d, size_t n, struct date today)
{
	struct source_date oldest, newest;
	char from[64], to[64], *s, *more;

	if (!n || !source_dates_old(d, n, today))
		return NULL;
	if (!source_dates_span(d, n, &oldest, &newest))
		return xstrdup(_("Based on sources that give no date."));
	source_date_format(digits, oldest, from, sizeof from);
	source_date_format(digits, newest, to, sizeof to);
	s = strcmp(from, to) == 0 ? xasprintf(_("Based on sources from %s."), from) :
				    xasprintf(_("Based on sources from %s to %s."), from, to);
	for (size_t i = 0; i < n; i++)
		if (!d[i].y) {
			more = xasprintf("%s %s", s, _("Some sources give no date."));
			free(s);
			return more;
		}
	return s;
}
