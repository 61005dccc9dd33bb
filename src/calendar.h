/* calendar.h: which days are not working days: weekdays and public
 * holidays, fixed or counted from Orthodox Easter, with substitute days. */
#ifndef PUTOKAZ_CALENDAR_H
#define PUTOKAZ_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"

struct month_day {
	int m, d;
};

struct holiday {
	const char *id;
	const char *name;		/* msgid */
	struct month_day *dates;	/* fixed dates, every year */
	size_t ndates;
	int *easter_offsets;		/* days from Orthodox Easter Sunday */
	size_t noffsets;
	bool substitute;		/* on a Sunday: the next working day is off too */
};

struct calendar {
	const char *time_zone;		/* e.g. "Europe/Belgrade" */
	bool nonworking[7];		/* by weekday, 0 = Monday */
	struct holiday *holidays;
	size_t nholidays;
	const char **sources;
	size_t nsources;
	const char *saturday_note;	/* msgid or NULL: what to do when a last day is a Saturday */
};

/* Whether d is a public holiday; *name (may be NULL) gets its msgid, and
 * *substitute (may be NULL) whether it is a day off for a holiday on a Sunday. */
bool calendar_holiday(const struct calendar *c, struct date d, const char **name,
		      bool *substitute);
/* Whether nothing can be handed in that day: a non-working weekday or a holiday. */
bool calendar_nonworking(const struct calendar *c, struct date d);

/* How many days the calculator looks for a working day, at most. */
#define MAX_DAY_SEARCH 366

#endif
