/* view_calc.c: the deadline calculator on the screen: choose what happened,
 * type its date (and time), answer a question if the event has one, and
 * read every deadline that follows. Nothing typed is kept after leaving. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "digits.h"
#include "bidi.h"
#include "datefmt.h"
#include "i18n.h"
#include "kind_calc.h"
#include "qr_text.h"
#include "rules.h"
#include "view.h"
#include "xalloc.h"

enum step { STEP_EVENT, STEP_DATE, STEP_OPTION, STEP_RESULT };

struct calc_state {
	enum step step;
	const struct event_def *event;
	char digits[13];	/* what was typed: YYYYMMDD, then HHMM */
	size_t ndigits;
	const char *problem;	/* msgid: why the date cannot be used, or NULL */
	int option;		/* chosen option, or -1 */
	struct moment at;
	struct rule_result *results;
	long nresults;
	const char *error;	/* msgid from rules_compute, or NULL */
};

/* The calculator's own state in a view. */
static struct calc_state *state(struct view *v)
{
	return v->state;
}

/* The rules, events and holidays the calculator counts with. */
static const struct deadlines *deadlines_of(const struct view_ctx *c)
{
	return c->g->deadlines;
}

/* Forget everything typed and worked out. */
static void forget(struct calc_state *s)
{
	free(s->results);
	memset(s, 0, sizeof *s);
	s->option = -1;
}

/* How many digits the date field takes: 8, or 12 with the time. */
static size_t field_len(const struct calc_state *s)
{
	return s->event && s->event->with_time ? 12 : 8;
}

/* "2026-01-1_" from the digits typed so far, or with the time "2026-01-10 14:3_". */
static void field_text(const struct calc_state *s, char *buf)
{
	const char *mask = field_len(s) == 12 ? "____-__-__ __:__" : "____-__-__";
	size_t k = 0;

	for (size_t i = 0; mask[i]; i++)
		buf[i] = mask[i] == '_' ? (k < s->ndigits ? s->digits[k++] : '_') : mask[i];
	buf[strlen(mask)] = '\0';
}

/* The number written by two ASCII digits. */
static int two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* Read the typed digits; NULL when they make a real date (and time),
 * else the problem as a msgid. */
static const char *read_field(struct calc_state *s)
{
	char iso[11];

	if (s->ndigits < field_len(s))
		return s->event->with_time ?
		       N_("Type the whole date and time: year, month, day, hour, minute.") :
		       N_("Type the whole date: year, month, day.");
	snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s->digits, s->digits + 4, s->digits + 6);
	if (dates_parse(iso, &s->at.date) < 0)
		return N_("There is no such day. Check the date.");
	s->at.hour = s->at.minute = 0;
	if (s->event->with_time) {
		s->at.hour = two(s->digits + 8);
		s->at.minute = two(s->digits + 10);
		if (s->at.hour > 23 || s->at.minute > 59)
			return N_("There is no such time. Hours go from 00 to 23, minutes from 00 "
				  "to 59.");
	}
	return NULL;
}

/* Put a date into the field's first 8 digits (t, +, -). */
static void write_field(struct calc_state *s, struct date d)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%04d%02d%02d", d.y % 10000, d.m % 100, d.d % 100);
	memcpy(s->digits, buf, 8);
	if (s->ndigits < 8)
		s->ndigits = 8;
}

/* A paragraph of the calculator's doc, not part of a list. */
static void add_line(struct view *v, const char *text, int style)
{
	doc_prose(&v->doc, text, style, -1);
}

/* The line saying today's date, the day the results count from. */
static void add_today(struct view *v, const struct view_ctx *c)
{
	const struct calc_data *cd = v->screen->data;
	char day[96], *line;

	datefmt_long(c->g->lang, c->today, day, sizeof day);
	line = xasprintf(_("Today: %s"), day);
	add_line(v, line, DOC_BOLD);
	free(line);
	if (dates_compare(c->today, c->g->content_date) < 0) {
		/* a Raspberry Pi without a clock battery starts in the past */
		add_line(v, _("The clock of this computer is wrong: it is earlier than the date "
			      "of this guide. 'In N days' below cannot be trusted. Count from the "
			      "dates themselves."),
			 DOC_REVERSE);
	}
	if (dates_valid(cd->review_by) && dates_compare(c->today, cd->review_by) > 0) {
		char iso[11];

		dates_format_iso(cd->review_by, iso);
		line = xasprintf(_("These rules may be out of date: they should have been checked "
				   "by %s. Check your dates with a free legal aid organisation."),
				 iso);
		add_line(v, line, DOC_REVERSE);
		free(line);
	}
}

/* How old the counting rules' sources are, when they are old or undated. */
static void add_age(struct view *v, const struct view_ctx *c)
{
	const struct calc_data *cd = v->screen->data;
	char *s = source_dates_line(c->g->lang->digits, cd->source_dates, cd->nsource_dates,
				    c->today);

	if (s) {
		add_line(v, s, DOC_BOLD);
		doc_blank(&v->doc);
	}
	free(s);
}

/* The first step: the events to start from, numbered. */
static void layout_events(struct view *v, const struct view_ctx *c)
{
	const struct calc_data *cd = v->screen->data;
	const struct deadlines *dl = deadlines_of(c);

	add_line(v, tr(v->screen->title), DOC_BOLD);
	doc_blank(&v->doc);
	add_age(v, c);
	add_today(v, c);
	if (cd->intro) {
		doc_blank(&v->doc);
		add_line(v, tr(cd->intro), DOC_PLAIN);
	}
	doc_blank(&v->doc);
	for (size_t i = 0; i < dl->nevents; i++) {
		char prefix[24];

		snprintf(prefix, sizeof prefix, "%zu. ", i + 1);
		digits_localize(c->g->lang->digits, prefix, sizeof prefix);
		doc_item(&v->doc, prefix, tr(dl->events[i].label), DOC_PLAIN, (int)i);
	}
}

/* The second step: the date field, the day it reads as, and its keys. */
static void layout_date(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = state(v);
	char field[20], *line;

	add_line(v, tr(s->event->label), DOC_BOLD);
	doc_blank(&v->doc);
	add_today(v, c);
	doc_blank(&v->doc);
	add_line(v, tr(s->event->date_label), DOC_PLAIN);
	add_line(v, s->event->with_time ? _("Type it as year-month-day hour:minute.") :
			 _("Type it as year-month-day."),
		 DOC_PLAIN);
	doc_blank(&v->doc);
	field_text(s, field);
	/* the field is the one line in reverse: visible without colour. A date
	 * is typed left to right in every language: in screen order it is
	 * isolated (LRI ... PDI) from the right-to-left text around it */
	if (bidi_app()) {
		line = xasprintf("\u2066%s\u2069", field);
		doc_item(&v->doc, "  ", line, DOC_REVERSE, 0);
		free(line);
	} else {
		doc_item(&v->doc, "  ", field, DOC_REVERSE, 0);
	}
	if (s->ndigits >= 8) {
		char iso[11], day[96];
		struct date d;

		snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s->digits, s->digits + 4,
			 s->digits + 6);
		if (dates_parse(iso, &d) == 0) {
			datefmt_long(c->g->lang, d, day, sizeof day);
			doc_item(&v->doc, "  ", day, DOC_BOLD, -1);
		}
	}
	if (s->problem) {
		doc_blank(&v->doc);
		add_line(v, _(s->problem), DOC_REVERSE);
	}
	doc_blank(&v->doc);
	line = xasprintf("%s\n%s\n%s", _("- digits: type the date"),
			 _("- t: today;  + and -: one day later or earlier"),
			 _("- Enter: work out the dates;  Esc: choose another event"));
	add_line(v, line, DOC_PLAIN);
	free(line);
}

/* The event's question (which period the decision names) and its answers. */
static void layout_options(struct view *v)
{
	struct calc_state *s = state(v);

	add_line(v, tr(s->event->label), DOC_BOLD);
	doc_blank(&v->doc);
	add_line(v, tr(s->event->question), DOC_PLAIN);
	doc_blank(&v->doc);
	for (size_t i = 0; i < s->event->noptions; i++) {
		char prefix[24];

		snprintf(prefix, sizeof prefix, "%zu. ", i + 1);
		digits_localize(v->doc.lang->digits, prefix, sizeof prefix);
		doc_item(&v->doc, prefix, tr(s->event->options[i].label), DOC_PLAIN, (int)i);
	}
}

/* Whether a rule's result is shown for the answer chosen to the event's question. */
static bool shown(const struct calc_state *s, const struct rule_def *r)
{
	const struct event_option *o;

	if (s->option < 0)
		return true;
	o = &s->event->options[s->option];
	for (size_t i = 0; i < o->nrules; i++)
		if (strcmp(o->rules[i], r->id) == 0)
			return true;
	return false;
}

/* One worked-out date: what it is, the day, how far off, why it moved, and its basis. */
static void layout_result(struct view *v, const struct view_ctx *c, const struct rule_result *r)
{
	char day[96], rel[64], when[200], *line;
	static const char *const kinds[] = {
		[RULE_DEADLINE] = N_("Last day"),
		[RULE_EARLIEST] = N_("From"),
		[RULE_EXPECTED] = N_("Expected by"),
	};

	add_line(v, tr(r->rule->label), DOC_BOLD);
	datefmt_long(c->g->lang, r->when.date, day, sizeof day);
	datefmt_relative(c->g->lang, c->today, r->when.date, rel, sizeof rel);
	if (r->has_time)
		snprintf(when, sizeof when, "%s %02d:%02d", day, r->when.hour, r->when.minute);
	else
		snprintf(when, sizeof when, "%s", day);
	digits_localize(c->g->lang->digits, when, sizeof when);
	line = xasprintf("%s: %s (%s)", _(kinds[r->rule->kind]), when, rel);
	doc_item(&v->doc, "  ", line, DOC_REVERSE, -1);
	free(line);
	if (r->moved) {
		char from[96];

		datefmt_short(c->g->lang, r->moved_from, from, sizeof from);
		if (r->moved_holiday)
			line = xasprintf(_("Moved from %s (public holiday: %s)."), from,
					 tr(r->moved_holiday));
		else
			line = xasprintf(_("Moved from %s (not a working day)."), from);
		doc_item(&v->doc, "  ", line, DOC_PLAIN, -1);
		free(line);
	}
	if (r->saturday) {
		const char *note = deadlines_of(c)->cal.saturday_note;

		datefmt_short(c->g->lang, r->act_by, day, sizeof day);
		line = xasprintf(_("This day is a Saturday. Hand it in by %s."), day);
		doc_item(&v->doc, "  ", line, DOC_BOLD, -1);
		free(line);
		if (note)
			doc_item(&v->doc, "  ", tr(note), DOC_PLAIN, -1);
	}
	if (!r->rule->confirmed)
		doc_item(&v->doc, "  ", _("Not confirmed in the law. Ask a lawyer."), DOC_REVERSE,
			 -1);
	doc_item(&v->doc, "  ", tr(r->rule->explain), DOC_PLAIN, -1);
	if (r->rule->basis) {
		line = xasprintf(_("Legal basis: %s"), tr(r->rule->basis));
		doc_item(&v->doc, "  ", line, DOC_PLAIN, -1);
		free(line);
	}
	for (size_t i = 0; i < r->rule->nsources; i++) {
		line = xasprintf(_("Source: %s"), tr(r->rule->sources[i]));
		doc_item(&v->doc, "  ", line, DOC_PLAIN, -1);
		free(line);
	}
	doc_blank(&v->doc);
}

/* The last step: every date that follows from the event, and their sources. */
static void layout_results(struct view *v, const struct view_ctx *c)
{
	const struct calc_data *cd = v->screen->data;
	struct calc_state *s = state(v);
	char day[96], *line;

	add_line(v, tr(s->event->label), DOC_BOLD);
	datefmt_long(c->g->lang, s->at.date, day, sizeof day);
	if (s->event->with_time)
		line = digits_localize_new(c->g->lang->digits,
					   xasprintf(_("You entered: %s %02d:%02d"), day, s->at.hour,
						     s->at.minute));
	else
		line = xasprintf(_("You entered: %s"), day);
	add_line(v, line, DOC_PLAIN);
	free(line);
	add_today(v, c);
	if (dates_compare(s->at.date, c->today) > 0)
		add_line(v, _("This date is in the future. Check that you typed it right."),
			 DOC_REVERSE);
	if (s->option >= 0 && s->event->options[s->option].note)
		add_line(v, tr(s->event->options[s->option].note), DOC_REVERSE);
	doc_blank(&v->doc);
	if (s->error) {
		add_line(v, _(s->error), DOC_REVERSE);
		return;
	}
	for (long i = 0; i < s->nresults; i++)
		if (shown(s, s->results[i].rule))
			layout_result(v, c, &s->results[i]);
	if (cd->note)
		add_line(v, tr(cd->note), DOC_PLAIN);
	doc_blank(&v->doc);
	add_line(v, ngettext("Source:", "Sources:", cd->nsources), DOC_BOLD);
	for (size_t i = 0; i < cd->nsources; i++)
		doc_item(&v->doc, "- ", tr(cd->sources[i]), DOC_PLAIN, -1);
}

/* Lay the calculator out for the step it is at. */
static void layout(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = state(v);

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	switch (s->step) {
	case STEP_EVENT: layout_events(v, c); break;
	case STEP_DATE: layout_date(v, c); break;
	case STEP_OPTION: layout_options(v); break;
	case STEP_RESULT: layout_results(v, c); break;
	}
	v->layout = c->layout;
}

/* Something changed: lay out again on the next draw. */
static void changed(struct view *v)
{
	v->layout = 0;
}

/* Open the calculator on the list of events, nothing typed. */
static void calc_enter(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = xcalloc(1, sizeof *s);

	v->state = s;
	forget(s);
	v->cursor = 0;
	v->top = 0;
	layout(v, c);
}

/* Draw the step, keeping the chosen event or answer on the screen. */
static void calc_draw(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = state(v);

	if (v->layout != c->layout)
		layout(v, c);
	if (s->step == STEP_EVENT || s->step == STEP_OPTION)
		view_follow_item(v, c, v->cursor, v->cursor == 0, 0);
	view_draw_doc(v, c, s->step == STEP_EVENT || s->step == STEP_OPTION ? v->cursor : -1);
}

/* Work out the dates from the event and the day typed: the last step. */
static void compute(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = state(v);
	struct event_input in = { s->event, s->at };

	free(s->results);
	s->results = NULL;
	s->nresults = rules_compute(deadlines_of(c), &in, 1, &s->results, &s->error);
	if (s->nresults < 0)
		s->nresults = 0;
	/* dates are shown with four digits: a result outside 1900-9999 (a year
	 * typed as 9999) is refused, not shown as the year 0000 */
	for (long i = 0; i < s->nresults; i++)
		if (s->results[i].when.date.y < 1900 || s->results[i].when.date.y > 9999) {
			s->error = N_("There is no such day. Check the date.");
			s->nresults = 0;
		}
	s->step = STEP_RESULT;
	v->top = 0;
}

/* Choose item i of the current list (events or options). */
static void choose(struct view *v, const struct view_ctx *c, int i)
{
	struct calc_state *s = state(v);

	if (s->step == STEP_EVENT) {
		s->event = &deadlines_of(c)->events[i];
		s->step = STEP_DATE;
		s->ndigits = 0;
		s->problem = NULL;
	} else {
		s->option = i;
		compute(v, c);
	}
	v->top = 0;
	changed(v);
}

/* Keys on the lists (choose, move) and on the results (scroll, back). */
static struct view_result calc_action(struct view *v, const struct view_ctx *c, enum action a,
				      int digit)
{
	struct calc_state *s = state(v);
	struct view_result r = { .handled = true };
	int n = s->step == STEP_EVENT ? (int)deadlines_of(c)->nevents :
		s->step == STEP_OPTION ? (int)s->event->noptions : 0;

	if (n > 0) {
		if (digit >= 1 && digit <= n) {
			v->cursor = digit - 1;
			choose(v, c, v->cursor);
			v->cursor = 0;
			return r;
		}
		if (view_cursor_move(&v->cursor, n, c, a))
			return r;
		switch (a) {
		case ACT_OPEN: {
			int i = v->cursor;

			v->cursor = 0;
			choose(v, c, i);
			break;
		}
		case ACT_BACK:
			if (s->step == STEP_OPTION) {
				s->step = STEP_DATE;
				changed(v);
			} else {
				r.handled = false;
			}
			break;
		default: r.handled = false;
		}
		return r;
	}
	/* the result: scroll, and back to the event list */
	if (view_scroll(v, c, a))
		return r;
	if (a == ACT_BACK) {
		forget(s);
		v->top = 0;
		changed(v);
	} else {
		r.handled = false;
	}
	return r;
}

/* The date field has focus in the date step. */
static bool calc_text_focus(const struct view *v)
{
	return ((const struct calc_state *)v->state)->step == STEP_DATE;
}

/* Keys while the date field has focus: digits (of three scripts),
 * Backspace, t, + and - (or Up and Down), Enter or Tab to go on, Esc or Left
 * to choose another event; other letters beep. */
static struct view_result calc_text_key(struct view *v, const struct view_ctx *c,
					struct keypress k)
{
	struct calc_state *s = state(v);
	struct view_result r = { .handled = true };
	int digit = keys_digit(k);
	enum action a = keys_action(k);
	enum field_key f = view_field_key(k);

	s->problem = NULL;
	changed(v);
	if (digit >= 0) {
		if (s->ndigits < field_len(s))
			s->digits[s->ndigits++] = (char)('0' + digit);
	} else if (f == FIELD_DONE) {
		s->problem = read_field(s);
		if (!s->problem) {
			if (s->event->noptions) {
				s->step = STEP_OPTION;
				v->cursor = 0;
			} else {
				s->option = -1;
				compute(v, c);
			}
		}
	} else if (f == FIELD_ERASE) {
		if (s->ndigits > 0)
			s->ndigits--;
	} else if (!k.is_key && (k.code == 't' || k.code == 'T')) {
		write_field(s, c->today);
	} else if ((!k.is_key && (k.code == '+' || k.code == '-')) || f == FIELD_MOVE) {
		char iso[11];
		struct date d;
		int step = (k.code == '+' || k.code == KEY_UP) ? 1 : -1;

		if (s->ndigits < 8) {
			s->problem = N_("Type the date first, or t for today.");
			return r;
		}
		snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s->digits, s->digits + 4,
			 s->digits + 6);
		if (dates_parse(iso, &d) < 0) {
			s->problem = N_("There is no such day. Check the date.");
			return r;
		}
		write_field(s, dates_add_days(d, step));
	} else if (f == FIELD_ESC || a == ACT_BACK) {
		/* Esc or Left: choose another event; what was typed is forgotten */
		forget(s);
		v->cursor = 0;
	} else if (f == FIELD_TEXT) {
		/* other letters belong to the field, which takes none: ignore */
		beep();
	} else {
		r.handled = false;	/* function keys: help, home */
	}
	return r;
}

/* The key hints of the step. */
static const char *calc_hints(const struct view *v, const struct view_ctx *c)
{
	const struct calc_state *s = v->state;

	(void)c;
	switch (s->step) {
	/* TRANSLATORS: the key bar of the calculator; keep it short */
	case STEP_DATE: return N_("0-9 date  t today  +/- day  Enter go  Esc back");
	case STEP_RESULT: return N_("Space more  b up  Esc new date  m menu  ? help");
	default: return N_("1-9 choose  Enter open  Esc back  ? help");
	}
}

/* The position indicator, on the results only. */
static void calc_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	if (((const struct calc_state *)v->state)->step == STEP_RESULT)
		view_position(v, c, buf, n);
	else if (n)
		buf[0] = '\0';
}

/* The content was loaded again: the same event (by id), option and date
 * typed, and the result worked out again with the new rules; an event that
 * is gone starts the calculator over. */
static void calc_reload(struct view *v, const struct view_ctx *c)
{
	struct calc_state *s = state(v);
	const struct deadlines *dl = deadlines_of(c);
	const struct event_def *found = NULL;

	free(s->results);
	s->results = NULL;
	s->nresults = 0;
	for (size_t i = 0; s->event && dl && i < dl->nevents; i++)
		if (strcmp(dl->events[i].id, s->event->id) == 0)
			found = &dl->events[i];
	if (s->event && (!found || found->with_time != s->event->with_time ||
			 s->option >= (int)found->noptions)) {
		forget(s);
		v->cursor = 0;
		v->top = 0;
	} else {
		s->event = found;
	}
	if (s->step == STEP_RESULT) {
		long top = v->top;

		compute(v, c);
		v->top = top;
	}
	changed(v);
}

/* Forget what was typed and worked out (the caller frees the state). */
static void calc_leave(struct view *v)
{
	/* a shared machine keeps nothing a person typed */
	forget(state(v));
	doc_free(&v->doc);
}

/* For --export: the calculator on paper has nothing to type, so its handout
 * is its title, its note (how days are counted, not legal advice) and sources. */
static const struct doc *handout(struct view *v, const struct view_ctx *c)
{
	const struct calc_data *cd = v->screen->data;

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	add_line(v, tr(v->screen->title), DOC_BOLD);
	doc_blank(&v->doc);
	add_age(v, c);
	if (cd->note) {
		add_line(v, tr(cd->note), DOC_PLAIN);
		doc_blank(&v->doc);
	}
	add_line(v, ngettext("Source:", "Sources:", cd->nsources), DOC_BOLD);
	for (size_t i = 0; i < cd->nsources; i++)
		doc_item(&v->doc, "- ", tr(cd->sources[i]), DOC_PLAIN, -1);
	v->layout = 0;	/* the screen lays itself out again */
	return &v->doc;
}

/* The p key: each deadline shown, with its date (and time) first. */
static bool calc_codes(struct view *v, const struct view_ctx *c, struct qr_request *out)
{
	struct calc_state *s = state(v);

	(void)c;
	if (s->step != STEP_RESULT || s->error || s->nresults <= 0)
		return false;
	for (long i = 0; out && i < s->nresults; i++)
		if (shown(s, s->results[i].rule))
			qr_request_deadline(out, s->results[i].when, s->results[i].has_time,
					    s->results[i].rule->label);
	return true;
}

const struct view_kind view_calc = {
	.content = &kind_calc,
	.enter = calc_enter,
	.draw = calc_draw,
	.action = calc_action,
	.text_focus = calc_text_focus,
	.text_key = calc_text_key,
	.hints = calc_hints,
	.position = calc_position,
	.leave = calc_leave,
	.handout = handout,
	.codes = calc_codes,
	.reload = calc_reload,
};
