/* clock.c: see clock.h. */
#include "config.h"

#include <time.h>

#include "clock.h"
#include "dates.h"
#include "rules.h"

void clock_now(const struct guide *g, struct moment *now)
{
	/* the clock of the place the guide is about, not of the machine */
	const char *zone = g && g->deadlines ? g->deadlines->cal.time_zone : NULL;
	time_t t = time(NULL);

	if (!zone || tz_local(zone, t, now) != TZ_OK) {
		now->date = dates_from_time(t);
		now->hour = now->minute = 0;
	}
}

long clock_mono_seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec;
}
