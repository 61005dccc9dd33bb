/* deadlines_load.c: loading the holiday table, the events and the deadline
 * rules, and checking them: unknown events, units and kinds, chains that
 * loop, rules without a source, a time zone that is not installed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadlines_load.h"
#include "i18n.h"
#include "kind.h"
#include "loadctx.h"
#include "xalloc.h"

static cfg_opt_t holiday_opts[] = {
	CFG_STR("name", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("dates", NULL, CFGF_NODEFAULT),	/* {"MM-DD", ...} every year */
	CFG_INT_LIST("easter", NULL, CFGF_NODEFAULT),	/* {-2, -1, 0, 1}: days from Easter */
	CFG_BOOL("substitute", cfg_false, CFGF_NONE),	/* on a Sunday: next working day off */
	CFG_END()
};

cfg_opt_t deadlines_calendar_opts[] = {
	CFG_STR("time-zone", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("non-working-days", "{sunday}", CFGF_NONE),
	CFG_SEC("holiday", holiday_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_STR_LIST("source", NULL, CFGF_NODEFAULT),
	CFG_STR("updated", NULL, CFGF_NODEFAULT),
	CFG_STR("saturday-note", NULL, CFGF_NODEFAULT),	/* a last day on a Saturday */
	CFG_END()
};

static cfg_opt_t option_opts[] = {
	CFG_STR("label", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("rules", NULL, CFGF_NODEFAULT),
	CFG_STR("note", NULL, CFGF_NODEFAULT),
	CFG_END()
};

cfg_opt_t deadlines_event_opts[] = {
	CFG_STR("label", NULL, CFGF_NODEFAULT),		/* "I got my 72-hours paper" */
	CFG_STR("date", NULL, CFGF_NODEFAULT),		/* which date to type */
	CFG_BOOL("time", cfg_false, CFGF_NONE),		/* also a time of day */
	CFG_STR("question", NULL, CFGF_NODEFAULT),	/* asked before the result */
	CFG_SEC("option", option_opts, CFGF_MULTI),
	CFG_END()
};

cfg_opt_t deadlines_rule_opts[] = {
	CFG_STR("event", NULL, CFGF_NODEFAULT),		/* counted from this event */
	CFG_STR("after", NULL, CFGF_NODEFAULT),		/* or from this rule's last day */
	CFG_INT("amount", 0, CFGF_NODEFAULT),
	CFG_STR("unit", NULL, CFGF_NODEFAULT),		/* hours, days, months, years */
	CFG_INT("extra-days", 0, CFGF_NONE),
	CFG_STR("kind", "deadline", CFGF_NONE),		/* deadline, earliest, expected */
	CFG_BOOL("rolls", cfg_false, CFGF_NONE),
	CFG_BOOL("confirmed", cfg_true, CFGF_NONE),
	CFG_STR("label", NULL, CFGF_NODEFAULT),
	CFG_STR("explain", NULL, CFGF_NODEFAULT),	/* why, and what to do */
	CFG_STR("basis", NULL, CFGF_NODEFAULT),		/* the legal basis */
	CFG_STR_LIST("source", NULL, CFGF_NODEFAULT),
	CFG_END()
};

/* Messages name events, rules and holidays the way they name screens. */
static const struct content_kind named_calendar = { .name = "calendar" };
static const struct content_kind named_holiday = { .name = "holiday" };
static const struct content_kind named_event = { .name = "event" };
static const struct content_kind named_rule = { .name = "rule" };


static const char *const weekday_names[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

/* One holiday: fixed days (MM-DD) and days counted from Orthodox Easter. */
static void load_holiday(struct loader *ld, cfg_t *sec, struct holiday *h)
{
	struct screen o = loader_owner(&named_holiday, cfg_title(sec), loader_place(ld, sec, "name"));
	const char **dates;
	unsigned neaster = cfg_size(sec, "easter");

	h->id = cfg_title(sec);
	h->name = loader_string(ld, &o, sec, "name", LD_REQUIRED | LD_TRANSLATE);
	h->ndates = loader_string_list(ld, &o, sec, "dates", 0, &dates);
	h->dates = loader_keep(ld, xcalloc(h->ndates + 1, sizeof *h->dates));
	for (size_t i = 0; i < h->ndates; i++) {
		int m = 0, d = 0;
		char end;

		if (sscanf(dates[i], "%2d-%2d%c", &m, &d, &end) != 2 || strlen(dates[i]) != 5 ||
		    m < 1 || m > 12 || d < 1 || d > dates_days_in_month(2024, m))
			loader_error(ld, loader_place(ld, sec, "dates"),
				     _("holiday \"%s\": \"%s\" is not a day of the form MM-DD"), h->id,
				     dates[i]);
		h->dates[i] = (struct month_day){ m, d };
	}
	h->easter_offsets = loader_keep(ld, xcalloc(neaster + 1, sizeof *h->easter_offsets));
	h->noffsets = neaster;
	for (unsigned i = 0; i < neaster; i++)
		h->easter_offsets[i] = (int)cfg_getnint(sec, "easter", i);
	if (h->ndates == 0 && h->noffsets == 0)
		loader_error(ld, o.at, _("holiday \"%s\" has neither 'dates' nor 'easter'"), h->id);
	h->substitute = cfg_getbool(sec, "substitute");
}

/* The calendar: time zone, non-working weekdays, holidays, sources. */
static void load_calendar(struct loader *ld, cfg_t *sec, struct calendar *c)
{
	struct screen o = loader_owner(&named_calendar, "calendar", loader_place(ld, sec, NULL));
	const char **days;
	size_t ndays;
	unsigned nh = cfg_size(sec, "holiday");
	struct date updated;

	c->time_zone = loader_string(ld, &o, sec, "time-zone", LD_REQUIRED);
	if (c->time_zone && !tz_available(c->time_zone))
		loader_error(ld, loader_place(ld, sec, "time-zone"),
			     _("time zone \"%s\" cannot be loaded (is tzdata installed?)"),
			     c->time_zone);
	ndays = loader_string_list(ld, &o, sec, "non-working-days", 0, &days);
	for (size_t i = 0; i < ndays; i++) {
		int w = -1;

		for (int k = 0; k < 7; k++)
			if (strcmp(days[i], weekday_names[k]) == 0)
				w = k;
		if (w < 0)
			loader_error(ld, loader_place(ld, sec, "non-working-days"),
				     _("\"%s\" is not a weekday (monday ... sunday)"), days[i]);
		else
			c->nonworking[w] = true;
	}
	if (c->nonworking[0] && c->nonworking[1] && c->nonworking[2] && c->nonworking[3] &&
	    c->nonworking[4])
		loader_error(ld, loader_place(ld, sec, "non-working-days"),
			     "'non-working-days' leaves no day from Monday to Friday to work on; "
			     "the calculator needs at least one (a Saturday does not count)");
	c->holidays = loader_keep(ld, xcalloc(nh + 1, sizeof *c->holidays));
	c->nholidays = nh;
	for (unsigned i = 0; i < nh; i++)
		load_holiday(ld, cfg_getnsec(sec, "holiday", i), &c->holidays[i]);
	c->nsources = loader_string_list(ld, &o, sec, "source", LD_REQUIRED | LD_TRANSLATE,
					 &c->sources);
	c->saturday_note = loader_string(ld, &o, sec, "saturday-note", LD_TRANSLATE | LD_PROSE);
	loader_date(ld, &o, sec, "updated", true, &updated);
}

/* One event a person can start from, with its question and options. */
static void load_event(struct loader *ld, cfg_t *sec, struct event_def *e)
{
	unsigned n = cfg_size(sec, "option");
	struct screen o;

	e->id = cfg_title(sec);
	e->at = loader_place(ld, sec, "label");
	o = loader_owner(&named_event, e->id, e->at);
	e->label = loader_string(ld, &o, sec, "label", LD_REQUIRED | LD_TRANSLATE);
	e->date_label = loader_string(ld, &o, sec, "date", LD_REQUIRED | LD_TRANSLATE | LD_PROSE);
	e->with_time = cfg_getbool(sec, "time");
	e->question = loader_string(ld, &o, sec, "question", LD_TRANSLATE | LD_PROSE);
	if (n && !e->question)
		loader_error(ld, e->at, _("event \"%s\" has options but no 'question'"), e->id);
	if (n > 9)
		loader_error(ld, e->at, _("event \"%s\" has more than 9 options"), e->id);
	e->options = loader_keep(ld, xcalloc(n + 1, sizeof *e->options));
	e->noptions = n;
	for (unsigned i = 0; i < n; i++) {
		cfg_t *os = cfg_getnsec(sec, "option", i);
		struct event_option *opt = &e->options[i];

		opt->label = loader_string(ld, &o, os, "label", LD_REQUIRED | LD_TRANSLATE);
		opt->nrules = loader_string_list(ld, &o, os, "rules", LD_REQUIRED, &opt->rules);
		opt->note = loader_string(ld, &o, os, "note", LD_TRANSLATE | LD_PROSE);
	}
}

/* The largest amount of each unit: ten years. A larger number is a typing
 * mistake, and would take dates past the year 9999. */
static long amount_bound(enum rule_unit unit)
{
	switch (unit) {
	case UNIT_HOURS: return 87600;
	case UNIT_DAYS: return 3660;
	case UNIT_MONTHS: return 120;
	case UNIT_YEARS: return 10;
	}
	return 0;
}

/* 'amount' counts forward and stays within its unit's bound; only an
 * "earliest" rule counting from another rule may count back. */
static void check_amount(struct loader *ld, cfg_t *sec, const struct rule_def *r,
			 const char *unit)
{
	long bound = amount_bound(r->unit);
	bool back_allowed = r->kind == RULE_EARLIEST && r->after;

	if (r->amount == 0 || r->amount > bound || r->amount < -bound ||
	    (r->amount < 0 && !back_allowed))
		loader_error(ld, loader_place(ld, sec, "amount"),
			     "rule \"%s\": 'amount' is %ld; it must be from 1 to %ld %s%s", r->id,
			     (long)r->amount, bound, unit,
			     back_allowed ? " (or as far back for this earliest day)" : "");
	if (r->extra_days < 0 || r->extra_days > 31)
		loader_error(ld, loader_place(ld, sec, "extra-days"),
			     "rule \"%s\": 'extra-days' is %ld; it must be from 0 to 31", r->id,
			     (long)r->extra_days);
}

/* One deadline rule, its amount within bounds. */
static void load_rule(struct loader *ld, cfg_t *sec, struct rule_def *r)
{
	struct screen o;
	const char *unit, *kind;

	r->id = cfg_title(sec);
	r->at = loader_place(ld, sec, "label");
	o = loader_owner(&named_rule, r->id, r->at);
	r->event = loader_string(ld, &o, sec, "event", 0);
	r->after = loader_string(ld, &o, sec, "after", 0);
	r->from_at = loader_place(ld, sec, r->event ? "event" : "after");
	if (!r->event == !r->after)
		loader_error(ld, r->at, _("rule \"%s\" needs either 'event' or 'after'"), r->id);
	if (cfg_size(sec, "amount") == 0)
		loader_error(ld, r->at, _("rule \"%s\" has no 'amount'"), r->id);
	r->amount = cfg_getint(sec, "amount");
	unit = loader_string(ld, &o, sec, "unit", LD_REQUIRED);
	if (unit && rules_parse_unit(unit, &r->unit) < 0) {
		unit = NULL;
		loader_error(ld, loader_place(ld, sec, "unit"),
			     _("rule \"%s\": unknown unit \"%s\" (hours, days, months, years)"),
			     r->id, cfg_getstr(sec, "unit"));
	}
	r->extra_days = cfg_getint(sec, "extra-days");
	kind = cfg_getstr(sec, "kind");
	if (rules_parse_kind(kind, &r->kind) < 0)
		loader_error(ld, loader_place(ld, sec, "kind"),
			     _("rule \"%s\": unknown kind \"%s\" (deadline, earliest, expected)"),
			     r->id, kind);
	else if (unit && cfg_size(sec, "amount") > 0)
		check_amount(ld, sec, r, unit);
	r->rolls = cfg_getbool(sec, "rolls");
	r->confirmed = cfg_getbool(sec, "confirmed");
	r->label = loader_string(ld, &o, sec, "label", LD_REQUIRED | LD_TRANSLATE);
	r->explain = loader_string(ld, &o, sec, "explain", LD_REQUIRED | LD_TRANSLATE | LD_PROSE);
	r->basis = loader_string(ld, &o, sec, "basis", LD_TRANSLATE);
	r->nsources = loader_string_list(ld, &o, sec, "source", LD_REQUIRED | LD_TRANSLATE,
					 &r->sources);
}

/* Every name a rule or option uses must exist, and no chain may loop. */
static void check_references(struct loader *ld, struct deadlines *dl)
{
	for (size_t i = 0; i < dl->nrules; i++) {
		const struct rule_def *r = &dl->rules[i];
		const struct rule_def *p = r;
		size_t steps = 0;

		if (r->event && !rules_find_event(dl, r->event))
			loader_error(ld, r->from_at, _("rule \"%s\" counts from unknown event \"%s\""),
				     r->id, r->event);
		if (r->after && !rules_find_rule(dl, r->after))
			loader_error(ld, r->from_at, _("rule \"%s\" counts from unknown rule \"%s\""),
				     r->id, r->after);
		while (p && p->after && steps <= dl->nrules) {
			p = rules_find_rule(dl, p->after);
			steps++;
		}
		if (steps > dl->nrules)
			loader_error(ld, r->from_at, _("rule \"%s\" is part of a chain that loops"),
				     r->id);
	}
	for (size_t i = 0; i < dl->nevents; i++)
		for (size_t k = 0; k < dl->events[i].noptions; k++)
			for (size_t j = 0; j < dl->events[i].options[k].nrules; j++)
				if (!rules_find_rule(dl, dl->events[i].options[k].rules[j]))
					loader_error(ld, dl->events[i].at,
						     _("event \"%s\": an option shows unknown rule \"%s\""),
						     dl->events[i].id,
						     dl->events[i].options[k].rules[j]);
}

struct deadlines *deadlines_load(struct loader *ld, cfg_t *root)
{
	unsigned ne = cfg_size(root, "event"), nr = cfg_size(root, "rule");
	unsigned ncal = cfg_size(root, "calendar");
	cfg_t *cal = ncal ? cfg_getnsec(root, "calendar", 0) : NULL;
	struct deadlines *dl;

	if (ne == 0 && nr == 0 && (!cal || cfg_size(cal, "time-zone") == 0))
		return NULL;
	dl = xcalloc(1, sizeof *dl);
	if (ncal > 1)
		loader_error(ld, loader_place(ld, cfg_getnsec(root, "calendar", 1), "time-zone"),
			     "%s", _("there can be only one 'calendar' section"));
	if (cal && cfg_size(cal, "time-zone"))
		load_calendar(ld, cal, &dl->cal);
	else
		loader_error(ld, loader_place(ld, root, NULL), "%s",
			     _("rules need a 'calendar' section with a 'time-zone'"));
	dl->events = xcalloc(ne + 1, sizeof *dl->events);
	dl->nevents = ne;
	for (unsigned i = 0; i < ne; i++)
		load_event(ld, cfg_getnsec(root, "event", i), &dl->events[i]);
	dl->rules = xcalloc(nr + 1, sizeof *dl->rules);
	dl->nrules = nr;
	for (unsigned i = 0; i < nr; i++)
		load_rule(ld, cfg_getnsec(root, "rule", i), &dl->rules[i]);
	check_references(ld, dl);
	return dl;
}

void deadlines_free(struct deadlines *dl)
{
	if (!dl)
		return;
	free(dl->events);
	free(dl->rules);
	free(dl);
}
