/* hours.h: "open now", "opens Monday 09:00", "appointment only". */
#ifndef PUTOKAZ_HOURS_H
#define PUTOKAZ_HOURS_H

#include "calendar.h"
#include "directory.h"
#include "tz.h"

enum open_state {
	OPEN_UNKNOWN,		/* no hours in the sources */
	OPEN_NOW,
	OPEN_CLOSED,
	OPEN_APPOINTMENT	/* by appointment only: never shown as closed */
};

struct open_status {
	enum open_state state;
	int until;		/* OPEN_NOW: closes at this minute of the day */
	struct date next_day;	/* OPEN_CLOSED: when it opens next (unset: never) */
	int next_minute;
	bool holiday;		/* closed today for a public holiday */
};

/* The contact's state at local moment `now`; holidays from cal (may be NULL). */
struct open_status hours_status(const struct contact *c, const struct calendar *cal,
				struct moment now);

#endif
