/* tz.c: counting elapsed hours across clock changes with the C library's
 * time zone data (mktime/localtime_r under TZ), never with our own offsets. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "tz.h"
#include "xalloc.h"

bool tz_available(const char *zone)
{
	const char *dir = getenv("TZDIR");
	struct stat st;
	char *path;
	bool ok;

	/* glibc quietly falls back to UTC for a zone it cannot find, which
	 * would shift every hour deadline: look for the data ourselves */
	if (!zone || !*zone || zone[0] == '/' || strstr(zone, ".."))
		return false;
	path = xasprintf("%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	ok = stat(path, &st) == 0 && S_ISREG(st.st_mode);
	free(path);
	return ok;
}

/* Run mktime or localtime_r with TZ set to the zone, then put TZ back. */
struct tz_saved {
	char *old;
	bool had;
};

/* Switch the C library to a time zone (TZ), saving the one before. */
static struct tz_saved enter_zone(const char *zone)
{
	struct tz_saved s = { NULL, false };
	const char *old = getenv("TZ");

	if (old) {
		s.old = xstrdup(old);
		s.had = true;
	}
	setenv("TZ", zone, 1);
	tzset();
	return s;
}

/* Put back the time zone saved by enter_zone(). */
static void leave_zone(struct tz_saved s)
{
	if (s.had)
		setenv("TZ", s.old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(s.old);
}

/* The date and time a struct tm holds. */
static struct moment moment_of(const struct tm *tm)
{
	struct moment m = { { tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday }, tm->tm_hour,
			    tm->tm_min };

	return m;
}

/* The instant of a local time read with the given DST flag, if it exists. */
static bool instant(struct moment m, int isdst, time_t *out)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = m.date.y - 1900;
	tm.tm_mon = m.date.m - 1;
	tm.tm_mday = m.date.d;
	tm.tm_hour = m.hour;
	tm.tm_min = m.minute;
	tm.tm_isdst = isdst;
	*out = mktime(&tm);
	if (*out == (time_t)-1)
		return false;
	/* mktime moves a time that does not exist (or the wrong DST flag)
	 * to another wall time: only a round trip shows it is real */
	return tm.tm_year == m.date.y - 1900 && tm.tm_mon == m.date.m - 1 &&
	       tm.tm_mday == m.date.d && tm.tm_hour == m.hour && tm.tm_min == m.minute &&
	       tm.tm_isdst == isdst;
}

enum tz_status tz_add_hours(const char *zone, struct moment start, long hours,
			    struct moment *out)
{
	struct tz_saved saved;
	time_t a, b, t;
	bool has_a, has_b;
	struct tm tm;

	if (!tz_available(zone))
		return TZ_NO_ZONE;
	saved = enter_zone(zone);
	has_a = instant(start, 1, &a);
	has_b = instant(start, 0, &b);
	if (!has_a && !has_b) {
		leave_zone(saved);
		return TZ_NO_SUCH_TIME;
	}
	t = has_a && has_b ? (a < b ? a : b) : has_a ? a : b;
	t += (time_t)hours * 3600;
	localtime_r(&t, &tm);
	leave_zone(saved);
	*out = moment_of(&tm);
	return TZ_OK;
}

enum tz_status tz_local(const char *zone, time_t t, struct moment *out)
{
	struct tz_saved saved;
	struct tm tm;

	if (!tz_available(zone))
		return TZ_NO_ZONE;
	saved = enter_zone(zone);
	localtime_r(&t, &tm);
	leave_zone(saved);
	*out = moment_of(&tm);
	return TZ_OK;
}
