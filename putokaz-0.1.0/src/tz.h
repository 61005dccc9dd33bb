/* tz.h: local date and time in a named time zone, with the C library. */
#ifndef PUTOKAZ_TZ_H
#define PUTOKAZ_TZ_H

#include <stdbool.h>
#include <time.h>

#include "dates.h"

struct moment {
	struct date date;
	int hour, minute;
};

enum tz_status {
	TZ_OK = 0,
	TZ_NO_ZONE = -1,	/* the zone's data is not installed */
	TZ_NO_SUCH_TIME = -2	/* the clocks jumped over this local time */
};

/* Whether the zone's data can be loaded (tzdata installed). */
bool tz_available(const char *zone);
/* The local moment `hours` elapsed hours after `start`, both in `zone`. A
 * local time that happens twice (clocks going back) is taken as the first,
 * which gives the earlier end. */
enum tz_status tz_add_hours(const char *zone, struct moment start, long hours,
			    struct moment *out);

/* The local date and time in `zone` at instant t. */
enum tz_status tz_local(const char *zone, time_t t, struct moment *out);

#endif
