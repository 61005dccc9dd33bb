/* rules.c: working out deadlines. The counting rules (doc/deadlines.md,
 * and why): the event's day is not counted; months and years end on
 * the same day number or the month's last day; hours are elapsed hours in the
 * configured zone; a last day on a Sunday or holiday moves to the next
 * working day for rules that roll; Saturday does not move it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rules.h"
#include "xalloc.h"

const struct event_def *rules_find_event(const struct deadlines *dl, const char *id)
{
	for (size_t i = 0; i < dl->nevents; i++)
		if (strcmp(dl->events[i].id, id) == 0)
			return &dl->events[i];
	return NULL;
}

const struct rule_def *rules_find_rule(const struct deadlines *dl, const char *id)
{
	for (size_t i = 0; i < dl->nrules; i++)
		if (strcmp(dl->rules[i].id, id) == 0)
			return &dl->rules[i];
	return NULL;
}

const struct event_def *rules_root_event(const struct deadlines *dl, const struct rule_def *r)
{
	/* at most nrules steps: --check refuses loops, this guards anyway */
	for (size_t steps = 0; r && steps <= dl->nrules; steps++) {
		if (r->event)
			return rules_find_event(dl, r->event);
		r = r->after ? rules_find_rule(dl, r->after) : NULL;
	}
	return NULL;
}

int rules_parse_unit(const char *s, enum rule_unit *out)
{
	static const char *const names[] = { "hours", "days", "months", "years" };

	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum rule_unit)i;
			return 0;
		}
	return -1;
}

int rules_parse_kind(const char *s, enum rule_kind *out)
{
	static const char *const names[] = { "deadline", "earliest", "expected" };

	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum rule_kind)i;
			return 0;
		}
	return -1;
}

/* The unrolled end of a rule from its start. */
static enum tz_status count(const struct deadlines *dl, const struct rule_def *r,
			    struct moment start, struct moment *end)
{
	*end = start;
	switch (r->unit) {
	case UNIT_HOURS: {
		enum tz_status st = tz_add_hours(dl->cal.time_zone, start, r->amount, end);

		if (st != TZ_OK)
			return st;
		break;
	}
	case UNIT_DAYS:
		end->date = dates_add_days(start.date, r->amount);
		break;
	case UNIT_MONTHS:
		end->date = dates_add_months(start.date, (int)r->amount);
		break;
	case UNIT_YEARS:
		end->date = dates_add_years(start.date, (int)r->amount);
		break;
	}
	end->date = dates_add_days(end->date, r->extra_days);
	return TZ_OK;
}

/* The nearest day from d on (step 1) or back (step -1) that is a working
 * day and, with `no_saturday`, not a Saturday; false when a calendar has none
 * within a year (a configuration with no working days must not hang it). */
static bool working_day(const struct calendar *cal, struct date d, int step, bool no_saturday,
			struct date *out)
{
	for (int n = 0; n <= MAX_DAY_SEARCH; n++, d = dates_add_days(d, step))
		if (!calendar_nonworking(cal, d) && !(no_saturday && dates_weekday(d) == 5)) {
			*out = d;
			return true;
		}
	return false;
}

/* Move a last day off Sundays and holidays; note a Saturday. A calendar
 * without a working day within a year leaves the day where it is. */
static void roll(const struct calendar *cal, struct rule_result *res)
{
	struct date d = res->when.date, b;

	if (res->rule->rolls && calendar_nonworking(cal, d) && working_day(cal, d, 1, false, &d)) {
		res->moved = true;
		res->moved_from = res->when.date;
		calendar_holiday(cal, res->when.date, &res->moved_holiday, NULL);
		res->when.date = d;
	}
	/* the law is unclear on Saturdays: name the last day on which the
	 * offices surely work */
	if (res->rule->rolls && res->rule->kind == RULE_DEADLINE &&
	    dates_weekday(res->when.date) == 5 &&
	    working_day(cal, dates_add_days(res->when.date, -1), -1, true, &b)) {
		res->saturday = true;
		res->act_by = b;
	}
}

/* Where rule r starts, given the results so far; false if it does not follow. */
static bool start_of(const struct deadlines *dl, const struct rule_def *r,
		     const struct event_input *in, size_t nin, const struct moment *unrolled,
		     const bool *done, struct moment *start, bool *has_time)
{
	if (r->event) {
		for (size_t i = 0; i < nin; i++)
			if (strcmp(in[i].event->id, r->event) == 0) {
				*start = in[i].at;
				*has_time = in[i].event->with_time;
				return true;
			}
		return false;
	}
	for (size_t j = 0; j < dl->nrules; j++)
		if (done[j] && strcmp(dl->rules[j].id, r->after) == 0) {
			*start = unrolled[j];
			*has_time = false;
			return true;
		}
	return false;
}

long rules_compute(const struct deadlines *dl, const struct event_input *in, size_t nin,
		   struct rule_result **out, const char **err)
{
	struct moment *unrolled = xcalloc(dl->nrules, sizeof *unrolled);
	bool *done = xcalloc(dl->nrules, sizeof *done);
	bool progress = true;
	long n = 0;

	*out = NULL;
	*err = NULL;
	/* rules may follow other rules in any order in the file: repeat
	 * until nothing new can be worked out */
	while (progress) {
		progress = false;
		for (size_t i = 0; i < dl->nrules; i++) {
			const struct rule_def *r = &dl->rules[i];
			struct moment start, end;
			bool has_time = false;
			enum tz_status st;

			if (done[i] || !start_of(dl, r, in, nin, unrolled, done, &start, &has_time))
				continue;
			st = count(dl, r, start, &end);
			if (st != TZ_OK) {
				*err = st == TZ_NO_ZONE ?
				       N_("The time zone data is not installed (package tzdata): "
					  "hours cannot be counted.") :
				       N_("That time does not exist on that day: the clocks were put "
					  "forward. Check the time on your paper.");
				free(unrolled);
				free(done);
				free(*out);
				*out = NULL;
				return -1;
			}
			unrolled[i] = end;
			done[i] = true;
			progress = true;
		}
	}
	for (size_t i = 0; i < dl->nrules; i++) {
		struct rule_result res;

		if (!done[i])
			continue;
		memset(&res, 0, sizeof res);
		res.rule = &dl->rules[i];
		res.when = unrolled[i];
		res.has_time = dl->rules[i].unit == UNIT_HOURS;
		roll(&dl->cal, &res);
		*out = xreallocarray(*out, (size_t)n + 1, sizeof **out);
		(*out)[n++] = res;
	}
	free(unrolled);
	free(done);
	return n;
}
