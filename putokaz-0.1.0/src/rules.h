/* rules.h: deadline rules as configured, and working out their dates by
 * the counting rules of Serbian administrative law. No curses here. */
#ifndef PUTOKAZ_RULES_H
#define PUTOKAZ_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "dates.h"
#include "model.h"
#include "tz.h"

enum rule_unit { UNIT_HOURS, UNIT_DAYS, UNIT_MONTHS, UNIT_YEARS };
enum rule_kind {
	RULE_DEADLINE,	/* the last day to act */
	RULE_EARLIEST,	/* the first day you may act */
	RULE_EXPECTED	/* what the law promises the office will do */
};

/* A choice the person makes about an event (e.g. the period a decision names). */
struct event_option {
	const char *label;	/* msgid */
	const char **rules;	/* the rule ids to show for it */
	size_t nrules;
	const char *note;	/* msgid or NULL */
};

struct event_def {
	const char *id;
	const char *label;	/* "I got my 72-hours paper" (msgid) */
	const char *date_label;	/* what date to type (msgid) */
	bool with_time;		/* hours rules count from a time of day */
	const char *question;	/* msgid or NULL: asked before the result */
	struct event_option *options;
	size_t noptions;
	struct place at;
};

struct rule_def {
	const char *id;
	const char *event;	/* counted from this event ... */
	const char *after;	/* ... or from another rule's last day, not rolled */
	long amount;		/* may be negative: "60 days before" */
	enum rule_unit unit;
	long extra_days;	/* added after the amount: "more than 3 years" is +1 */
	enum rule_kind kind;
	bool rolls;		/* a last day on a non-working day moves to the next working day */
	bool confirmed;		/* false: shown with "not confirmed" */
	const char *label, *explain, *basis;	/* msgids */
	const char **sources;
	size_t nsources;
	struct place at;	/* where its label is */
	struct place from_at;	/* where its event or after is */
};

struct deadlines {
	struct calendar cal;
	struct event_def *events;
	size_t nevents;
	struct rule_def *rules;
	size_t nrules;
};

/* One event as the person gave it. */
struct event_input {
	const struct event_def *event;
	struct moment at;	/* hour and minute 0 when the event has no time */
};

/* One rule worked out. */
struct rule_result {
	const struct rule_def *rule;
	struct moment when;	/* the last (or first) day; with a time for hours */
	bool has_time;
	bool moved;		/* rolled past non-working days */
	struct date moved_from;
	const char *moved_holiday;	/* msgid of the holiday it was moved from, or NULL */
	bool saturday;		/* the last day is a Saturday: act by the day before */
	struct date act_by;	/* the last working day before a Saturday last day */
};

/* The event with this id, or NULL. */
const struct event_def *rules_find_event(const struct deadlines *dl, const char *id);
/* The rule with this id, or NULL. */
const struct rule_def *rules_find_rule(const struct deadlines *dl, const char *id);
/* The event a rule ultimately counts from (following `after` chains), or NULL. */
const struct event_def *rules_root_event(const struct deadlines *dl, const struct rule_def *r);

/* Work out every rule that follows from the given events, in the order of
 * the configuration. Returns the number of results (*out is a new array),
 * or -1 with *err set to a static msgid (the time zone is not installed, or
 * the time does not exist that day). */
long rules_compute(const struct deadlines *dl, const struct event_input *in, size_t nin,
		   struct rule_result **out, const char **err);

/* The rule's unit and kind as written in the config, for --check messages. */
int rules_parse_unit(const char *s, enum rule_unit *out);
int rules_parse_kind(const char *s, enum rule_kind *out);

#endif
