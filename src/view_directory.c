/* view_directory.c: the legal-aid directory on the screen: a list grouped by
 * city or by service, a filter that narrows it as you type, and a detail view.
 * The emergency numbers head every screen of it. The filter is forgotten when
 * the person leaves. */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "datefmt.h"
#include "directory.h"
#include "hours.h"
#include "i18n.h"
#include "kind_directory.h"
#include "match.h"
#include "rules.h"
#include "text.h"
#include "qr_text.h"
#include "view.h"
#include "xalloc.h"

#define FILTER_MAX 64		/* characters */
/* Contacts laid out at most; more are counted, and typing narrows them. */
#define LIST_MAX 100

enum grouping { BY_CITY, BY_SERVICE };

/* One line of the list: a heading, or a contact under it. */
struct entry {
	const char *heading;		/* NULL for a contact */
	const struct contact *contact;
};

struct dir_state {
	enum grouping grouping;
	wchar_t filter[FILTER_MAX + 1];
	size_t nfilter;
	bool editing;			/* the filter field has focus */
	char **texts;			/* per contact: everything it shows, folded */
	size_t ntexts;
	const struct contact **by_city;	/* all contacts, sorted once for grouping */
	size_t nmatched;		/* contacts that match, shown or not */
	unsigned texts_layout;		/* the language the texts were folded in */
	struct entry *entries;
	size_t nentries;
	size_t ncontacts_shown;
	const struct contact *detail;	/* the contact shown alone, or NULL */
};

/* The directory's own state in a view. */
static struct dir_state *state(struct view *v)
{
	return v->state;
}

/* The contacts and services, as loaded. */
static const struct directory *dir_of(const struct view_ctx *c)
{
	return c->g->directory;
}

/* The holidays, for 'closed on holidays', or NULL without deadline data. */
static const struct calendar *cal_of(const struct view_ctx *c)
{
	return c->g->deadlines ? &c->g->deadlines->cal : NULL;
}

/* Add s and a space to a growing string. */
static void append(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (*len + n + 2 > *cap) {
		*cap = (*len + n + 2) * 2;
		*buf = xreallocarray(*buf, *cap, 1);
	}
	memcpy(*buf + *len, s ? s : "", n);
	*len += n;
	(*buf)[(*len)++] = ' ';
	(*buf)[*len] = '\0';
}

/* qsort's view of the directory's one order (directory_compare). */
static int compare_contacts(const void *a, const void *b)
{
	return directory_compare(*(const struct contact *const *)a,
				 *(const struct contact *const *)b);
}

/* Fold what each contact shows, in the current language and in English, once
 * per language: the filter then costs a substring search per contact. */
static void fold_texts(struct view *v, const struct view_ctx *c)
{
	struct dir_state *s = state(v);
	const struct directory *d = dir_of(c);

	if (s->texts && s->texts_layout == c->layout)
		return;
	for (size_t i = 0; i < s->ntexts; i++)
		free(s->texts[i]);
	free(s->texts);
	s->texts = xcalloc(d->ncontacts + 1, sizeof *s->texts);
	s->ntexts = d->ncontacts;
	for (size_t i = 0; i < d->ncontacts; i++)
		s->texts[i] = directory_fold(&d->contacts[i]);
	free(s->by_city);
	s->by_city = xcalloc(d->ncontacts + 1, sizeof *s->by_city);
	for (size_t i = 0; i < d->ncontacts; i++)
		s->by_city[i] = &d->contacts[i];
	qsort(s->by_city, d->ncontacts, sizeof *s->by_city, compare_contacts);
	s->texts_layout = c->layout;
}

/* What was typed into the filter, as UTF-8: new. */
static char *filter_utf8(const struct dir_state *s)
{
	return text_encode(s->filter, s->nfilter);
}

/* Add a heading (contact NULL) or a contact to the list. */
static void add_entry(struct dir_state *s, const char *heading, const struct contact *c)
{
	s->entries = xreallocarray(s->entries, s->nentries + 1, sizeof *s->entries);
	s->entries[s->nentries++] = (struct entry){ heading, c };
	if (c)
		s->ncontacts_shown++;
}

/* The list as it stands: grouped, and narrowed by the filter. At most
 * LIST_MAX contacts are laid out, so a key costs the same with 10,000. */
static void build_entries(struct view *v, const struct view_ctx *c)
{
	struct dir_state *s = state(v);
	const struct directory *d = dir_of(c);
	char *q8 = filter_utf8(s), *query = match_fold(q8);
	bool *hit = xcalloc(d->ncontacts + 1, sizeof *hit);

	fold_texts(v, c);
	free(s->entries);
	s->entries = NULL;
	s->nentries = s->ncontacts_shown = s->nmatched = 0;
	for (size_t i = 0; i < d->ncontacts; i++) {
		hit[i] = d->contacts[i].group != GROUP_EMERGENCY && match_folded(s->texts[i], query);
		s->nmatched += hit[i];
	}
	if (s->grouping == BY_CITY) {
		const char *last = NULL;
		bool authorities = false, first = true;

		for (size_t i = 0; i < d->ncontacts && s->ncontacts_shown < LIST_MAX; i++) {
			const struct contact *ct = s->by_city[i];

			if (!hit[ct - d->contacts])
				continue;
			if (ct->group == GROUP_AUTHORITY) {
				if (!authorities)
					add_entry(s, _("Authorities"), NULL);
				authorities = true;
			} else if (first || !last != !ct->city ||
				   (last && ct->city && strcmp(last, ct->city) != 0)) {
				add_entry(s, ct->city ? ct->city : _("City not given"), NULL);
			}
			first = false;
			last = ct->city;
			add_entry(s, NULL, ct);
		}
	} else {
		for (size_t k = 0; k < d->nservices && s->ncontacts_shown < LIST_MAX; k++) {
			bool headed = false;

			/* under each service, in the directory's one order */
			for (size_t i = 0; i < d->ncontacts && s->ncontacts_shown < LIST_MAX; i++) {
				const struct contact *ct = s->by_city[i];

				if (!hit[ct - d->contacts])
					continue;
				for (size_t j = 0; j < ct->nservices; j++)
					if (ct->services[j] == &d->services[k]) {
						if (!headed)
							add_entry(s, tr(d->services[k].label), NULL);
						headed = true;
						add_entry(s, NULL, ct);
					}
			}
		}
	}
	free(hit);
	free(q8);
	free(query);
}

/* 'open now, until 17:00', 'closed now; opens ...', or what else is known. */
static void status_text(const struct contact *ct, const struct view_ctx *c, char *buf,
			size_t size)
{
	struct open_status st = hours_status(ct, cal_of(c), c->now);
	char day[96];

	switch (st.state) {
	case OPEN_NOW:
		snprintf(buf, size, _("open now, until %02d:%02d"), st.until / 60, st.until % 60);
		break;
	case OPEN_APPOINTMENT:
		snprintf(buf, size, "%s", _("by appointment only"));
		break;
	case OPEN_CLOSED:
		if (!dates_valid(st.next_day)) {
			snprintf(buf, size, "%s", _("closed"));
		} else {
			datefmt_short(c->g->lang, st.next_day, day, sizeof day);
			snprintf(buf, size, _("closed now; opens %s %02d:%02d"), day,
				 st.next_minute / 60, st.next_minute % 60);
		}
		break;
	default:
		snprintf(buf, size, "%s", _("opening hours not known"));
	}
	digits_localize(c->g->lang->digits, buf, size);
}

/* "Emergency: Police 192, Fire and rescue 193, Ambulance 194", from the config. */
static void add_emergency(struct view *v, const struct view_ctx *c)
{
	const struct directory *d = dir_of(c);
	size_t len = 0, cap = 128;
	char *line = xmalloc(cap);
	bool any = false;

	line[0] = '\0';
	append(&line, &len, &cap, _("Emergency:"));
	for (size_t i = 0; i < d->ncontacts; i++) {
		const struct contact *ct = &d->contacts[i];
		char *one;

		if (ct->group != GROUP_EMERGENCY || ct->nphones == 0)
			continue;
		one = xasprintf("%s%s %s", any ? "| " : "", contact_name(ct), ct->phones[0]);
		append(&line, &len, &cap, one);
		free(one);
		any = true;
	}
	if (any)
		doc_prose(&v->doc, line, DOC_BOLD, -1);
	free(line);
}

/* "Name (open now, +381 ..., last confirmed 2018)": what is known, and how old. */
static char *list_line(const struct contact *ct, const char *status)
{
	char *parts[3] = { NULL, NULL, NULL }, *line;
	int n = 0;

	if (status[0])
		parts[n++] = xstrdup(status);
	if (ct->nphones)
		parts[n++] = xstrdup(ct->phones[0]);
	if (ct->last_confirmed)
		parts[n++] = xasprintf(_("last confirmed %d"), ct->last_confirmed);
	if (n == 0)
		line = xstrdup(contact_name(ct));
	else if (n == 1)
		line = xasprintf("%s (%s)", contact_name(ct), parts[0]);
	else if (n == 2)
		line = xasprintf("%s (%s, %s)", contact_name(ct), parts[0], parts[1]);
	else
		line = xasprintf("%s (%s, %s, %s)", contact_name(ct), parts[0], parts[1], parts[2]);
	for (int i = 0; i < n; i++)
		free(parts[i]);
	return line;
}

/* The list: title, emergency numbers, filter, count, then contacts under headings. */
static void layout_list(struct view *v, const struct view_ctx *c)
{
	const struct directory_data *dd = v->screen->data;
	struct dir_state *s = state(v);
	char *f8 = filter_utf8(s), *line;
	int number = 0;

	build_entries(v, c);
	doc_prose(&v->doc, tr(v->screen->title), DOC_BOLD, -1);
	add_emergency(v, c);
	if (dd->intro && s->nfilter == 0 && !s->editing)
		doc_prose(&v->doc, tr(dd->intro), DOC_PLAIN, -1);
	/* line mode and paper have no filter to type in */
	if (!c->line_mode && !c->printing) {
		line = xasprintf(_("Filter: %s%s"), f8, s->editing ? "_" : "");
		doc_item(&v->doc, "", line, s->editing ? DOC_REVERSE : DOC_PLAIN, -2);
		free(line);
	}
	free(f8);
	line = xasprintf(i18n_ngettext("%zu contact, grouped by %s", "%zu contacts, grouped by %s",
				  s->nmatched),
			 s->nmatched, s->grouping == BY_CITY ? _("city") : _("service"));
	doc_prose(&v->doc, line, DOC_PLAIN, -1);
	free(line);
	for (size_t i = 0; i < s->nentries; i++) {
		const struct entry *e = &s->entries[i];
		char status[160];

		if (e->heading) {
			doc_blank(&v->doc);
			doc_prose(&v->doc, e->heading, DOC_BOLD, -1);
			continue;
		}
		/* in the list, only what is known: the details say the rest */
		if (e->contact->nhours || e->contact->appointment_only)
			status_text(e->contact, c, status, sizeof status);
		else
			status[0] = '\0';
		line = list_line(e->contact, status);
		if (c->line_mode) {
			/* line mode answers with a number: show it */
			char *numbered = xasprintf("%d. %s", ++number, line);

			free(line);
			line = numbered;
		}
		doc_item(&v->doc, "  ", line, DOC_PLAIN, (int)i);
		free(line);
	}
	if (s->nmatched > s->ncontacts_shown && s->ncontacts_shown >= LIST_MAX) {
		doc_blank(&v->doc);
		line = xasprintf(_("%zu more not shown: type in the filter to narrow the list."),
				 s->nmatched - s->ncontacts_shown);
		doc_prose(&v->doc, line, DOC_BOLD, -1);
		free(line);
	}
	if (s->ncontacts_shown == 0) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, _("No contact matches the filter. Backspace removes letters."),
			  DOC_PLAIN, -1);
	}
}

/* A 'Label: value' line of the details, when there is a value. */
static void field(struct view *v, const char *label, const char *value)
{
	char *line;

	if (!value)
		return;
	line = xasprintf("%s: %s", label, value);
	doc_item(&v->doc, "", line, DOC_PLAIN, -1);
	free(line);
}

/* One contact's details: what it does, where, how to reach it, when, and its sources. */
static void layout_detail(struct view *v, const struct view_ctx *c)
{
	const struct contact *ct = state(v)->detail;
	char status[160], iso[11], *line;

	doc_prose(&v->doc, contact_name(ct), DOC_BOLD, -1);
	add_emergency(v, c);
	doc_blank(&v->doc);
	if (ct->about)
		doc_prose(&v->doc, tr(ct->about), DOC_PLAIN, -1);
	for (size_t i = 0; i < ct->nservices; i++)
		doc_item(&v->doc, "- ", tr(ct->services[i]->label), DOC_PLAIN, -1);
	doc_blank(&v->doc);
	field(v, _("City"), ct->city);
	if (ct->ask_by_phone) {
		field(v, _("Address"), _("ask by phone"));
	} else if (ct->address && ct->last_confirmed) {
		line = xasprintf(_("%s (last confirmed %d)"), ct->address, ct->last_confirmed);
		field(v, _("Address"), line);
		free(line);
	} else {
		field(v, _("Address"), ct->address);
	}
	for (size_t i = 0; i < ct->nphones; i++) {
		if (ct->last_confirmed)
			line = xasprintf(_("%s (last confirmed %d)"), ct->phones[i], ct->last_confirmed);
		else
			line = xstrdup(ct->phones[i]);
		field(v, _("Phone"), line);
		free(line);
	}
	field(v, _("Fax"), ct->fax);
	field(v, _("E-mail"), ct->email);
	field(v, _("Website"), ct->website);
	for (size_t i = 0; i < ct->nlanguages; i++)
		field(v, _("Language"), ct->languages[i]);
	if (ct->last_confirmed && !ct->nphones && !ct->address) {
		line = xasprintf("%d", ct->last_confirmed);
		field(v, _("Last confirmed"), line);
		free(line);
	}
	/* the sources give no hours for 192, 193 and 194: "opening hours not
	 * known" beside them could keep a person in danger from calling */
	if (ct->group != GROUP_EMERGENCY || ct->nhours || ct->appointment_only) {
		status_text(ct, c, status, sizeof status);
		field(v, _("Now"), status);
	}
	if (ct->note) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, tr(ct->note), DOC_PLAIN, -1);
	}
	doc_blank(&v->doc);
	doc_prose(&v->doc, ngettext("Source:", "Sources:", ct->nsources), DOC_BOLD, -1);
	for (size_t i = 0; i < ct->nsources; i++)
		doc_item(&v->doc, "- ", tr(ct->sources[i]), DOC_PLAIN, -1);
	dates_format_iso(ct->verified, iso);
	line = xasprintf(_("These details were checked against the sources above on %s."), iso);
	doc_prose(&v->doc, line, DOC_PLAIN, -1);
	free(line);
}

/* Lay out the list or the contact shown. */
static void layout(struct view *v, const struct view_ctx *c)
{
	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	if (state(v)->detail)
		layout_detail(v, c);
	else
		layout_list(v, c);
	v->layout = c->layout;
}

/* Lay the view out again before it is drawn next. */
static void changed(struct view *v)
{
	v->layout = 0;
}

/* Open the directory on its full list, grouped by city. */
static void dir_enter(struct view *v, const struct view_ctx *c)
{
	v->state = xcalloc(1, sizeof(struct dir_state));
	v->cursor = 0;
	v->top = 0;
	layout(v, c);
}

/* The index of the n-th contact entry (cursor counts contacts only). */
static long entry_of(const struct dir_state *s, int n)
{
	int k = 0;

	for (size_t i = 0; i < s->nentries; i++)
		if (s->entries[i].contact && k++ == n)
			return (long)i;
	return -1;
}

/* Draw the list or the details, keeping the chosen contact on the screen. */
static void dir_draw(struct view *v, const struct view_ctx *c)
{
	struct dir_state *s = state(v);
	long tag = -1;

	if (v->layout != c->layout)
		layout(v, c);
	if (!s->detail && s->ncontacts_shown) {
		if (v->cursor >= (int)s->ncontacts_shown)
			v->cursor = (int)s->ncontacts_shown - 1;
		tag = entry_of(s, v->cursor);
		/* one line above: the heading of a city's first contact */
		view_follow_item(v, c, (int)tag, v->cursor == 0, 1);
	}
	view_draw_doc(v, c, s->detail ? -1 : (int)tag);
}

/* Show the n-th contact of the list alone. */
static void open_contact(struct view *v, int n)
{
	struct dir_state *s = state(v);
	long e = entry_of(s, n);

	if (e < 0)
		return;
	s->detail = s->entries[e].contact;
	v->cursor = n;
	v->top = 0;
	changed(v);
}

/* The list: a digit or Enter opens, cursor keys move, Esc clears the filter
 * then leaves. The details: scroll, and Esc back to the list. */
static struct view_result dir_action(struct view *v, const struct view_ctx *c, enum action a,
				     int digit)
{
	struct dir_state *s = state(v);
	struct view_result r = { .handled = true };
	int n = (int)s->ncontacts_shown;

	if (s->detail) {
		if (view_scroll(v, c, a))
			return r;
		if (a == ACT_BACK) {
			s->detail = NULL;
			changed(v);
		} else {
			r.handled = false;
		}
		return r;
	}
	if (digit >= 1 && digit <= n) {
		open_contact(v, digit - 1);
		return r;
	}
	if (view_cursor_move(&v->cursor, n, c, a))
		return r;
	switch (a) {
	case ACT_OPEN: if (n) open_contact(v, v->cursor); break;
	case ACT_BACK:
		if (s->nfilter) {
			/* the first Esc clears the filter, the next one leaves */
			s->nfilter = 0;
			v->cursor = 0;
			changed(v);
		} else {
			r.handled = false;
		}
		break;
	default: r.handled = false;
	}
	return r;
}

/* The filter field has focus. */
static bool dir_text_focus(const struct view *v)
{
	return ((const struct dir_state *)v->state)->editing;
}

/* Keys while the filter has focus (view_field_edit): letters and digits
 * narrow the list, Backspace widens it, Enter (the keypad's too), Tab, Esc,
 * Up and Down leave the field for the list, on its first contact. */
static struct view_result dir_text_key(struct view *v, const struct view_ctx *c,
				       struct keypress k)
{
	struct dir_state *s = state(v);
	struct view_result r = { .handled = true };

	(void)c;
	changed(v);
	v->cursor = 0;
	switch (view_field_edit(s->filter, &s->nfilter, FILTER_MAX, k)) {
	case FIELD_DONE:
	case FIELD_ESC:
	case FIELD_MOVE:
		s->editing = false;
		break;
	case FIELD_NONE:
		r.handled = false;
		break;
	default:
		break;
	}
	return r;
}

/* Outside the field: Tab or f focuses the filter, g changes the grouping. */
static struct view_result dir_key(struct view *v, const struct view_ctx *c, struct keypress k)
{
	struct dir_state *s = state(v);
	struct view_result r = { .handled = false };

	(void)c;
	if (s->detail || k.is_key)
		return r;
	if (k.code == '\t' || k.code == 'f') {
		s->editing = true;
		r.handled = true;
	} else if (k.code == 'g') {
		s->grouping = s->grouping == BY_CITY ? BY_SERVICE : BY_CITY;
		v->cursor = 0;
		r.handled = true;
	}
	if (r.handled)
		changed(v);
	return r;
}

/* The key hints of the field, the details or the list. */
static const char *dir_hints(const struct view *v, const struct view_ctx *c)
{
	const struct dir_state *s = v->state;

	(void)c;
	if (s->editing)
		/* TRANSLATORS: the key bar while typing a filter; keep it short */
		return N_("type to filter  Backspace delete  Enter done");
	if (s->detail)
		return N_("Space more  b up  Esc list  m menu  ? help");
	/* TRANSLATORS: the key bar of the directory; keep it short */
	return N_("Enter open  f filter  g group  Esc back  ? help");
}

/* The position indicator when the list or the details do not fit. */
static void dir_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	view_position(v, c, buf, n);
}

/* Forget the filter and what was built from it (the caller frees the state). */
static void dir_leave(struct view *v)
{
	struct dir_state *s = state(v);

	/* nothing typed into the filter survives the screen */
	for (size_t i = 0; i < s->ntexts; i++)
		free(s->texts[i]);
	free(s->texts);
	free(s->entries);
	free(s->by_city);
	memset(s, 0, sizeof *s);
	doc_free(&v->doc);
}

/* A tap on a contact in the list opens it (tags are entry indices). */
static struct view_result dir_tap(struct view *v, const struct view_ctx *c, int tag)
{
	struct dir_state *s = state(v);
	struct view_result r = { .handled = true };
	int n = 0;

	(void)c;
	if (s->detail || tag < 0 || (size_t)tag >= s->nentries || !s->entries[tag].contact)
		return r;
	for (int i = 0; i < tag; i++)
		n += s->entries[i].contact != NULL;
	open_contact(v, n);
	return r;
}

/* Opened from a search: show the contact that was found. */
static void dir_focus(struct view *v, const struct view_ctx *c, const char *query,
		      const void *target)
{
	(void)c;
	(void)query;
	if (target) {
		state(v)->detail = target;
		v->top = 0;
		changed(v);
	}
}

/* For --export: the laid-out doc. */
static const struct doc *lay_out(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	return &v->doc;
}

/* The p key: the contact shown. */
static bool dir_codes(struct view *v, const struct view_ctx *c, struct qr_request *out)
{
	(void)c;
	if (!state(v)->detail)
		return false;
	if (out)
		qr_request_contact(out, state(v)->detail);
	return true;
}

const struct view_kind view_directory = {
	.content = &kind_directory,
	.enter = dir_enter,
	.draw = dir_draw,
	.action = dir_action,
	.key = dir_key,
	.text_focus = dir_text_focus,
	.text_key = dir_text_key,
	.hints = dir_hints,
	.position = dir_position,
	.leave = dir_leave,
	.focus = dir_focus,
	.tap = dir_tap,
	.lay_out = lay_out,
	.codes = dir_codes,
};
