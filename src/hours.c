/* hours.c: opening hours against the local clock, holidays included. */
#include "config.h"

#include "hours.h"

/* How far ahead to look for the next opening: past a long holiday run. */
#define LOOK_AHEAD_DAYS 31

/* Whether the contact is closed on d because d is a public holiday. */
static bool closed_for_holiday(const struct contact *c, const struct calendar *cal,
			       struct date d)
{
	return c->closed_on_holidays && cal && calendar_holiday(cal, d, NULL, NULL);
}

struct open_status hours_status(const struct contact *c, const struct calendar *cal,
				struct moment now)
{
	struct open_status st = { OPEN_UNKNOWN, 0, { 0, 0, 0 }, 0, false };
	int minute = now.hour * 60 + now.minute;

	if (c->appointment_only) {
		st.state = OPEN_APPOINTMENT;
		return st;
	}
	if (c->nhours == 0)
		return st;
	st.state = OPEN_CLOSED;
	st.holiday = closed_for_holiday(c, cal, now.date);
	if (!st.holiday) {
		unsigned bit = 1u << dates_weekday(now.date);

		for (size_t i = 0; i < c->nhours; i++)
			if ((c->hours[i].days & bit) && c->hours[i].from <= minute &&
			    minute < c->hours[i].to) {
				st.state = OPEN_NOW;
				st.until = c->hours[i].to;
				return st;
			}
	}
	for (int off = 0; off <= LOOK_AHEAD_DAYS; off++) {
		struct date d = dates_add_days(now.date, off);
		unsigned bit = 1u << dates_weekday(d);
		int best = -1;

		if (closed_for_holiday(c, cal, d))
			continue;
		for (size_t i = 0; i < c->nhours; i++) {
			if (!(c->hours[i].days & bit) || (off == 0 && c->hours[i].from <= minute))
				continue;
			if (best < 0 || c->hours[i].from < best)
				best = c->hours[i].from;
		}
		if (best >= 0) {
			st.next_day = d;
			st.next_minute = best;
			return st;
		}
	}
	return st;
}
