/* calendar.c: public holidays from the configured table. Nothing is listed
 * per year: Easter is computed, substitute days are derived. */
#include "config.h"

#include "calendar.h"

/* A holiday from the table itself, without substitute days. */
static const struct holiday *base_holiday(const struct calendar *c, struct date d)
{
	struct date easter = { 0, 0, 0 };

	for (size_t i = 0; i < c->nholidays; i++) {
		const struct holiday *h = &c->holidays[i];

		for (size_t k = 0; k < h->ndates; k++)
			if (h->dates[k].m == d.m && h->dates[k].d == d.d)
				return h;
		if (h->noffsets && !dates_valid(easter))
			easter = dates_orthodox_easter(d.y);
		for (size_t k = 0; k < h->noffsets; k++)
			if (dates_compare(dates_add_days(easter, h->easter_offsets[k]), d) == 0)
				return h;
	}
	return NULL;
}

/* Whether d is a Sunday. */
static bool is_sunday(struct date d)
{
	return dates_weekday(d) == 6;
}

/* The holiday on a Sunday whose substitute day d is, or NULL. The
 * substitute is the first day after it that is neither a Sunday nor a
 * holiday, so it lies at most a few days later: look back a week. */
static const struct holiday *substituted(const struct calendar *c, struct date d)
{
	if (is_sunday(d) || base_holiday(c, d))
		return NULL;
	for (int back = 1; back <= 7; back++) {
		struct date s = dates_add_days(d, -back);
		const struct holiday *h;
		struct date next;

		if (!is_sunday(s))
			continue;
		h = base_holiday(c, s);
		if (!h || !h->substitute)
			continue;
		/* the first day after it that is neither; d itself is one, so
		 * the search ends at d at the latest */
		next = dates_add_days(s, 1);
		while (dates_compare(next, d) < 0 && (is_sunday(next) || base_holiday(c, next)))
			next = dates_add_days(next, 1);
		if (dates_compare(next, d) == 0)
			return h;
	}
	return NULL;
}

bool calendar_holiday(const struct calendar *c, struct date d, const char **name,
		      bool *substitute)
{
	const struct holiday *h = base_holiday(c, d);
	bool sub = false;

	if (!h) {
		h = substituted(c, d);
		sub = h != NULL;
	}
	if (name)
		*name = h ? h->name : NULL;
	if (substitute)
		*substitute = sub;
	return h != NULL;
}

bool calendar_nonworking(const struct calendar *c, struct date d)
{
	return c->nonworking[dates_weekday(d)] || calendar_holiday(c, d, NULL, NULL);
}
