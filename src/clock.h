/* clock.h: the date and time now where the guide's contacts are, read from
 * the system clock each time it is asked (never cached for the run). */
#ifndef PUTOKAZ_CLOCK_H
#define PUTOKAZ_CLOCK_H

#include "model.h"
#include "tz.h"

/* Now in the guide's time zone (the calendar's), or the machine's date at
 * 00:00 when the guide names none or its zone is not installed. */
void clock_now(const struct guide *g, struct moment *now);
/* Seconds on the monotonic clock: for idle times and timeouts, which a
 * clock set back or forward must not change. */
long clock_mono_seconds(void);

#endif
