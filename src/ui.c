/* ui.c: owns curses: start and end, the title and key bars, the navigation
 * stack, help, quit confirmation, resize and the too-small screen. */
#include "config.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "bidi.h"
#include "bidi_detect.h"
#include "clock.h"
#include "doc.h"
#include "draw.h"
#include "i18n.h"
#include "input.h"
#include "keys.h"
#include "kind_menu.h"
#include "language.h"
#include "kind.h"
#include "loader.h"
#include "qr_text.h"
#include "signals.h"
#include "text.h"
#include "translit.h"
#include "ui.h"
#include "view.h"
#include "xalloc.h"

/* Below this the layout cannot work; the person is asked to enlarge. */
#define MIN_COLS 40
#define MIN_ROWS 12
/* How long to wait after ESC for the rest of an escape sequence. Short, so
 * that Esc (back) answers at once; a 9600-baud line delivers a sequence's
 * bytes within a few milliseconds. */
#define ESC_DELAY_MS 100
/* Consecutive read errors after which the terminal is taken to be gone. */
#define MAX_READ_ERRORS 10
/* How often an idle screen looks whether the content files changed. */
#define RELOAD_CHECK_MS 2000
/* Kiosk: the last seconds of the idle time show a countdown. */
#define COUNTDOWN_SECONDS 20

enum mode { MODE_BROWSE, MODE_HELP, MODE_CONFIRM_QUIT };

struct ui {
	struct guide *g;
	const struct ui_options *o;
	unsigned long long stamp;	/* of the content files, see loader_stamp() */
	struct view_ctx ctx;
	struct view *stack;
	size_t depth;
	enum mode mode;
	struct view help;	/* the help screen, built from the key table */
	bool quit;
	bool kiosk;
	bool builtin;		/* the built-in content runs (the configuration was broken) */
	unsigned long long refused_stamp;	/* the files' stamp last reported as refused */
	int idle_timeout;	/* seconds */
	long last_key;		/* kiosk: when a key was pressed last (monotonic seconds) */
	int countdown;		/* kiosk: seconds left shown, or 0 */
	char first_language[32];	/* the language at start, given back on starting over */
	enum bidi_mode first_bidi;	/* the bidi mode at start: an answer lasts one session */
};

static void start_over(struct ui *u);
static bool at_start(struct ui *u);

static struct view *current(struct ui *u)
{
	return &u->stack[u->depth - 1];
}

static void push(struct ui *u, const struct screen *s)
{
	const struct view_kind *k = view_kind_for(s);
	struct view *v;

	if (!k) {
		beep();
		return;
	}
	u->stack = xreallocarray(u->stack, u->depth + 1, sizeof *u->stack);
	v = &u->stack[u->depth++];
	memset(v, 0, sizeof *v);
	v->screen = s;
	v->kind = k;
	k->enter(v, &u->ctx);
}

static void pop(struct ui *u)
{
	struct view *v = current(u);

	v->kind->leave(v);
	free(v->state);
	u->depth--;
}

static void compute_layout(struct ui *u)
{
	/* with built-in content, a notice for staff takes the second row */
	u->ctx.top_row = u->builtin ? 2 : 1;
	u->ctx.rows = LINES - 1 - u->ctx.top_row;
	u->ctx.cols = COLS;
	u->ctx.layout++;
}

/* The title bar: where you are, e.g. "Putokaz > Asylum step by step > Registration".
 * When it is too long, the left end is cut, since the current screen matters most. */
static void draw_title_bar(struct ui *u, const char *override)
{
	size_t cap = 64, len = 0;
	char *crumbs = xmalloc(cap);
	const char *sep = " > ";

	crumbs[0] = '\0';
	for (size_t i = 0; i < u->depth || (override && i == 0); i++) {
		const char *t = override ? override : tr(u->stack[i].screen->title);
		size_t need = len + strlen(sep) + strlen(t) + 1;

		if (need > cap) {
			cap = need * 2;
			crumbs = xreallocarray(crumbs, cap, 1);
		}
		if (len) {
			strcat(crumbs, sep);
			len += strlen(sep);
		}
		strcat(crumbs, t);
		len += strlen(t);
		if (override)
			break;
	}
	draw_fill(u->g->lang, 0, 0, COLS, DOC_REVERSE);
	{
		size_t n;
		wchar_t *w = text_decode(crumbs, &n);
		int avail = COLS - 2, cols = text_width(w, n);
		size_t skip = 0;

		if (cols > avail) {
			/* drop characters from the left until "..." and the rest fit */
			while (skip < n && text_width(w + skip, n - skip) > avail - 3)
				skip++;
			draw_text(u->g->lang, 0, 1, "...", 3, DOC_REVERSE);
			draw_wtext(u->g->lang, 0, 4, w + skip, n - skip, avail - 3, DOC_REVERSE);
		} else {
			draw_wtext(u->g->lang, 0, 1, w, n, avail, DOC_REVERSE);
		}
		free(w);
	}
	free(crumbs);
}

/* The key bar: hints on the left, the position on the right. Right to
 * left, the position comes first, at the right edge, and the hints after
 * it; where the terminal reorders rows itself, a row holds one field, so
 * the position is left out. */
static void draw_key_bar(const struct language_context *lc, const char *hints,
			 const char *position)
{
	int y = LINES - 1, pos_cols = text_width_utf8(position);

	draw_fill(lc, y, 0, COLS, DOC_REVERSE);
	if (bidi_one_field_rows(lc->rtl))
		pos_cols = 0;
	if (pos_cols && pos_cols + 2 < COLS && bidi_mirror(lc->rtl)) {
		draw_text(lc, y, 1, position, pos_cols, DOC_REVERSE);
		draw_text(lc, y, pos_cols + 3, hints, COLS - pos_cols - 4, DOC_REVERSE);
		return;
	}
	if (pos_cols && pos_cols + 2 < COLS)
		draw_text(lc, y, COLS - pos_cols - 1, position, pos_cols, DOC_REVERSE);
	else
		pos_cols = -1;
	draw_text(lc, y, 1, hints, COLS - pos_cols - 3, DOC_REVERSE);
}

static void build_help(struct ui *u)
{
	struct view *h = &u->help;
	char names[128];

	doc_free(&h->doc);
	doc_init(&h->doc, u->ctx.cols - 2, u->g->lang);
	doc_prose(&h->doc, _("Keys"), DOC_BOLD, -1);
	doc_blank(&h->doc);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		char *line;

		if (a == ACT_QUIT && u->kiosk)
			continue;	/* a kiosk cannot be quit */
		keys_names((enum action)a, names, sizeof names);
		line = xasprintf("%s: %s", names, _(keys_action_help((enum action)a)));
		doc_item(&h->doc, "", line, DOC_PLAIN, -1);
		free(line);
	}
	doc_item(&h->doc, "", _("1-9: Open the item with that number"), DOC_PLAIN, -1);
	doc_blank(&h->doc);
	doc_prose(&h->doc, _("Esc or Backspace closes this help."), DOC_BOLD, -1);
	h->layout = u->ctx.layout;
}

static void draw_too_small(const struct language_context *lc)
{
	struct doc d;
	char *msg = xasprintf(_("Please make the window larger (at least %d x %d)."), MIN_COLS,
			      MIN_ROWS);

	doc_init(&d, COLS > 2 ? COLS - 2 : 1, lc);
	doc_prose(&d, msg, DOC_BOLD, -1);
	for (size_t i = 0; i < d.n && (int)i < LINES; i++)
		draw_doc_line(lc, (int)i + (LINES > (int)d.n ? (LINES - (int)d.n) / 2 : 0),
			      COLS > 2 ? 1 : 0, &d.lines[i], COLS > 2 ? COLS - 2 : COLS,
			      DOC_BOLD);
	doc_free(&d);
	free(msg);
}

/* Draw the screen into curses' copy, without sending it: the views lay
 * out and scroll as they draw, so a key of a burst finds the state that
 * drawing after the key before would have left. */
static void compose(struct ui *u)
{
	char position[64] = "";
	struct view *v = current(u);

	erase();
	if (COLS < MIN_COLS || LINES < MIN_ROWS) {
		draw_too_small(u->g->lang);
		wnoutrefresh(stdscr);
		return;
	}
	if (u->mode == MODE_HELP) {
		if (u->help.layout != u->ctx.layout)
			build_help(u);
		draw_title_bar(u, _("Help"));
		view_draw_doc(&u->help, &u->ctx, -1);
		view_position(&u->help, &u->ctx, position, sizeof position);
		draw_key_bar(u->g->lang, _("Esc close  Up/Down scroll"), position);
	} else {
		u->ctx.at_root = u->depth == 1;
		/* the check asks how the script reads: no title in that script yet */
		draw_title_bar(u, v->screen == &view_bidi_check_screen ? v->screen->title : NULL);
		if (u->builtin) {
			char iso[11], *msg;

			dates_format_iso(u->g->content_date, iso);
			msg = xasprintf(_("Built-in content of %s: config broken. Staff: putokaz "
					  "--check"), iso);
			draw_fill(u->g->lang, 1, 0, COLS, DOC_REVERSE);
			draw_text(u->g->lang, 1, 1, msg, COLS - 2, DOC_REVERSE);
			free(msg);
		}
		v->kind->draw(v, &u->ctx);
		v->kind->position(v, &u->ctx, position, sizeof position);
		if (u->countdown > 0) {
			char *msg = xasprintf(_("Starting over in %d s. Press any key to stay."),
					      u->countdown);

			draw_key_bar(u->g->lang, msg, "");
			free(msg);
		} else if (u->mode == MODE_CONFIRM_QUIT) {
			draw_key_bar(u->g->lang, _("Quit? Press y to quit, any other key to stay."),
				     "");
		} else if (u->kiosk && !at_start(u)) {
			char *own = view_qr_hints(v, &u->ctx, _(v->kind->hints(v, &u->ctx)));
			char *hints = xasprintf("%s  %s", _("0 start over"), own);

			draw_key_bar(u->g->lang, hints, position);
			free(hints);
			free(own);
		} else {
			char *hints = view_qr_hints(v, &u->ctx, _(v->kind->hints(v, &u->ctx)));

			draw_key_bar(u->g->lang, hints, position);
			free(hints);
		}
	}
	wnoutrefresh(stdscr);
}

/* Draw the screen and send what changed to the terminal. */
static void render(struct ui *u)
{
	compose(u);
	doupdate();
}

static void open_screen(struct ui *u, const char *id)
{
	const struct screen *s = strcmp(id, MENU_LANGUAGE_TARGET) == 0 ? &view_language_screen :
				 guide_find_screen(u->g, id);

	if (s)
		push(u, s);
	else
		beep();		/* --check prevents this; a beep is all that is left */
}

/* The first screen: the language chooser when there is a choice to make. */
static const struct screen *first_screen(struct ui *u)
{
	if (u->o->choose_language && u->g->nlanguages > 1)
		return &view_language_screen;
	return guide_find_screen(u->g, u->g->root_id);
}

static void push_first(struct ui *u)
{
	push(u, first_screen(u));
}

/* Whether the next person would find the program as it started. */
static bool at_start(struct ui *u)
{
	return u->depth == 1 && current(u)->screen == first_screen(u) &&
	       strcmp(i18n_language(), u->first_language) == 0 && u->mode == MODE_BROWSE;
}

/* Read the clock (unless --today fixed the time): a new minute or day lays
 * every view out again, so that "today", "open now" and the like follow it. */
static void tick_clock(struct ui *u)
{
	struct moment m;

	if (u->o->fixed_time)
		return;
	clock_now(u->g, &m);
	if (dates_compare(m.date, u->ctx.now.date) == 0 && m.hour == u->ctx.now.hour &&
	    m.minute == u->ctx.now.minute)
		return;
	u->ctx.now = m;
	u->ctx.today = m.date;
	u->ctx.layout++;
}

/* Open what a view asked for, and show in it what a search found; or close
 * the view (the language chooser), showing the new language at once. */
static void open_result(struct ui *u, struct view_result r)
{
	size_t depth = u->depth;
	struct view *v;

	if (r.close) {
		pop(u);
		if (u->depth == 0)
			push(u, guide_find_screen(u->g, u->g->root_id));
		u->ctx.layout++;
		return;
	}

	open_screen(u, r.open);
	if (u->depth == depth)
		return;
	v = current(u);
	if ((r.focus || r.target) && v->kind->focus)
		v->kind->focus(v, &u->ctx, r.focus, r.target);
}

static void handle_browse(struct ui *u, struct keypress k)
{
	struct view *v = current(u);
	enum action a;
	int digit;
	struct view_result r = { .handled = false };

	/* A focused text field gets printable keys and Backspace first;
	 * only outside a field do letters navigate. */
	if (v->kind->text_focus && v->kind->text_focus(v)) {
		r = v->kind->text_key(v, &u->ctx, k);
		if (r.open || r.close)
			open_result(u, r);
		if (r.handled)
			return;
	}
	if (v->kind->key) {
		r = v->kind->key(v, &u->ctx, k);
		if (r.open || r.close)
			open_result(u, r);
		if (r.handled || r.open || r.close)
			return;
	}
	a = keys_action(k);
	digit = keys_digit(k);
	if (a != ACT_NONE || digit >= 0)
		r = v->kind->action(v, &u->ctx, a, digit);
	if (r.open || r.close) {
		open_result(u, r);
		return;
	}
	if (r.handled)
		return;
	if (u->kiosk && digit == 0) {
		start_over(u);
		return;
	}
	switch (a) {
	case ACT_BACK:
		if (u->depth > 1)
			pop(u);
		break;
	case ACT_HOME:
		while (u->depth > 1)
			pop(u);
		break;
	case ACT_LANGUAGE:
		/* a code holds texts in the language it was made in: it goes */
		if (v->screen == &view_qr_screen && u->depth > 1) {
			pop(u);
			v = current(u);
		}
		if (v->screen != &view_language_screen && u->g->nlanguages > 1)
			push(u, &view_language_screen);
		break;
	case ACT_SEARCH:
		/* a search screen on top of the current one; not a second one */
		if (v->screen != &view_search_screen)
			push(u, &view_search_screen);
		break;
	case ACT_HELP:
		u->mode = MODE_HELP;
		u->help.top = 0;
		break;
	case ACT_QUIT:
		if (!u->kiosk)
			u->mode = MODE_CONFIRM_QUIT;
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	case ACT_CODE: {
		struct qr_request q;

		qr_request_init(&q);
		if (v->kind->codes && v->kind->codes(v, &u->ctx, &q) && !qr_request_empty(&q)) {
			push(u, &view_qr_screen);
			view_qr_give(current(u), &u->ctx, &q);
		}
		qr_request_free(&q);
		break;
	}
	default:
		break;
	}
}

/* Kiosk: back to the first screen for the next person. Every view is left
 * (which forgets what was typed) and the terminal's scrollback is cleared, so
 * nobody can scroll back to the last person's screens. */
static void start_over(struct ui *u)
{
	const char *e3;

	while (u->depth > 0)
		pop(u);
	bidi_set_mode(u->first_bidi);
	language_use(u->g, u->first_language);
	u->ctx.layout++;
	push_first(u);
	u->mode = MODE_BROWSE;
	u->countdown = 0;
	clear();
	e3 = tigetstr("E3");
	if (e3 && e3 != (char *)-1) {
		refresh();
		putp(e3);
		fflush(stdout);
	}
}

/* Mouse and touch, where the terminal reports them (never required): a tap
 * on the title bar goes back, a tap on an item opens it, the wheel scrolls. */
static void mouse(struct ui *u)
{
	MEVENT ev;
	struct view *v;
	long line;

	if (getmouse(&ev) != OK || u->depth == 0 || COLS < MIN_COLS || LINES < MIN_ROWS)
		return;
	v = current(u);
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		enum action a = ev.bstate & BUTTON4_PRESSED ? ACT_UP : ACT_DOWN;

		for (int i = 0; i < 3; i++)
			v->kind->action(v, &u->ctx, a, -1);
		return;
	}
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
		return;
	if (ev.y == 0) {
		if (u->depth > 1)
			pop(u);
		return;
	}
	line = v->top + ev.y - u->ctx.top_row;
	if (ev.y < u->ctx.top_row || ev.y >= u->ctx.top_row + u->ctx.rows || line < 0 ||
	    line >= (long)v->doc.n || v->doc.lines[line].tag < 0)
		return;
	if (v->kind->tap) {
		struct view_result r = v->kind->tap(v, &u->ctx, v->doc.lines[line].tag);

		if (r.open || r.close)
			open_result(u, r);
	} else if (v->doc.lines[line].tag < 9) {
		struct view_result r = v->kind->action(v, &u->ctx, ACT_NONE,
						       v->doc.lines[line].tag + 1);

		if (r.open || r.close)
			open_result(u, r);
	}
}

static void handle_key(struct ui *u, struct keypress k)
{
	enum action a = keys_action(k);

	if (k.is_key && k.code == KEY_RESIZE) {
		compute_layout(u);
		return;
	}
	switch (u->mode) {
	case MODE_CONFIRM_QUIT:
		if (!k.is_key && (k.code == 'y' || k.code == 'Y' || k.code == 'q'))
			u->quit = true;
		u->mode = MODE_BROWSE;
		return;
	case MODE_HELP:
		if (a == ACT_UP || a == ACT_DOWN || a == ACT_PAGE_UP || a == ACT_PAGE_DOWN) {
			int step = u->ctx.rows > 2 ? u->ctx.rows - 1 : 1;

			u->help.top += a == ACT_UP ? -1 : a == ACT_DOWN ? 1 :
				       a == ACT_PAGE_UP ? -step : step;
			view_clamp_top(&u->help, &u->ctx);
		} else if (a == ACT_QUIT && !u->kiosk) {
			u->mode = MODE_CONFIRM_QUIT;
		} else {
			u->mode = MODE_BROWSE;
		}
		return;
	case MODE_BROWSE:
		if (k.is_key && k.code == KEY_MOUSE) {
			mouse(u);
			return;
		}
		if (COLS < MIN_COLS || LINES < MIN_ROWS) {
			if (a == ACT_QUIT && !u->kiosk)
				u->mode = MODE_CONFIRM_QUIT;
			return;
		}
		handle_browse(u, k);
		return;
	}
}

/* The screen with this id in guide g, the built-in ones included. */
static const struct screen *screen_by_id(const struct guide *g, const char *id)
{
	static const struct screen *const builtin[] = {
		&view_language_screen, &view_search_screen, &view_bidi_check_screen,
	};

	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (strcmp(id, builtin[i]->id) == 0)
			return builtin[i];
	return guide_find_screen(g, id);
}

/* Point view v at screen s of the new guide (c->g), keeping what the
 * person typed where the kind can, and the scroll position always. */
static void carry_view(struct view *v, const struct screen *s, const struct view_ctx *c)
{
	const struct view_kind *k = view_kind_for(s);
	long top = v->top;
	int cursor = v->cursor;

	if (k == v->kind && k->reload) {
		v->screen = s;
		k->reload(v, c);
		return;
	}
	v->kind->leave(v);
	free(v->state);
	memset(v, 0, sizeof *v);
	v->screen = s;
	v->kind = k;
	k->enter(v, c);
	v->top = top;
	v->cursor = cursor;
}

/* A stamp of the files a reload would read: the guide's own, or with the
 * built-in content running, the main configuration file's. */
static unsigned long long files_stamp(const struct ui *u)
{
	struct stat st;

	if (!u->builtin)
		return loader_stamp(u->g);
	if (!u->o->config || stat(u->o->config, &st) < 0)
		return 0;
	return (unsigned long long)st.st_mtim.tv_sec * 1000000000ULL +
	       (unsigned long long)st.st_mtim.tv_nsec + (unsigned long long)st.st_size;
}

/* Whether standard error is the terminal putokaz draws on. */
static bool stderr_is_screen(void)
{
	struct stat e, o;

	if (!isatty(STDERR_FILENO))
		return false;
	return fstat(STDERR_FILENO, &e) < 0 || fstat(STDOUT_FILENO, &o) < 0 ||
	       (e.st_rdev == o.st_rdev && e.st_ino == o.st_ino);
}

/* A refused reload, once per changed version of the files: one line per
 * problem, to standard error or, when that is the screen, to syslog. */
static void report_refused(struct ui *u, const struct diag *d)
{
	bool to_syslog = stderr_is_screen();

	if (u->stamp == u->refused_stamp)
		return;
	u->refused_stamp = u->stamp;
	if (to_syslog)
		openlog(PACKAGE, LOG_PID, LOG_USER);
	for (size_t i = 0; i < d->n; i++) {
		if (to_syslog)
			syslog(LOG_WARNING, "%s (kept content %s)", d->msgs[i],
			       u->g->content_version);
		else
			fprintf(stderr, "%s (kept content %s)\n", d->msgs[i],
				u->g->content_version);
	}
	if (to_syslog)
		closelog();
	else
		fflush(stderr);
}

/* Load the content again. A version with problems is refused and the last
 * good one stays. The person stays where they were, with what they typed and
 * their scroll position, on the new content; when their screen is gone, on
 * the nearest one above it that still exists. Nothing that outlives this
 * points into the old guide: the views are carried over, and the language
 * context copies what it needs, before the old guide is freed. */
static void reload(struct ui *u)
{
	struct guide fresh;
	struct diag d = { 0 };
	struct view_ctx c;
	size_t keep;

	u->stamp = files_stamp(u);
	if (!u->o->config || loader_load(&fresh, u->o->config, u->o->search, &d) < 0) {
		report_refused(u, &d);
		diag_clear(&d);
		return;
	}
	language_probe_all(&fresh, NULL);	/* a language the new content offers */
	c = u->ctx;
	c.g = &fresh;
	c.layout++;
	for (keep = 0; keep < u->depth; keep++) {
		const struct screen *s = screen_by_id(&fresh, u->stack[keep].screen->id);

		if (!s || !view_kind_for(s))
			break;
		carry_view(&u->stack[keep], s, &c);
	}
	while (u->depth > keep)
		pop(u);
	loader_free(u->g);
	*u->g = fresh;
	u->ctx.g = u->g;
	u->builtin = false;
	u->refused_stamp = 0;
	u->idle_timeout = u->g->kiosk_timeout > 0 ? u->g->kiosk_timeout : 180;
	u->stamp = files_stamp(u);
	if (u->depth == 0)
		push_first(u);
	u->mode = u->mode == MODE_CONFIRM_QUIT ? MODE_BROWSE : u->mode;
	compute_layout(u);
}

/* The bidi mode for this terminal: asked for, or detected (auto). Without
 * a UTF-8 character type no Arabic script can be shown at all. */
static enum bidi_mode choose_bidi(const struct ui_options *o, bool *obeys_bdsm)
{
	struct bidi_terminal t;
	enum bidi_mode detected;

	bidi_terminal_from_env(&t, i18n_utf8());
	/* over SSH the answer takes a round trip: wait longer, or a late answer
	 * would arrive as keys */
	if ((o->bidi == BIDI_AUTO || o->bidi == BIDI_APP) && bidi_probe_worthwhile(&t))
		t.bdsm = bidi_probe_bdsm(STDIN_FILENO, t.remote ? 1000 : 300);
	detected = bidi_detect(&t, obeys_bdsm);
	if (!i18n_utf8())
		return BIDI_NONE;
	if (o->bidi == BIDI_AUTO)
		return detected;
	if (o->bidi != BIDI_APP)
		*obeys_bdsm = false;
	return o->bidi;
}

/* CSI 8 l asks a terminal that follows the terminal-wg bidi draft to show
 * cells as sent; CSI 8 h gives the shell its implicit bidi back, on the way
 * out, on suspend and on fatal signals. Only for terminals known to obey. */
static volatile sig_atomic_t bdsm_sent;
static struct sigaction old_tstp;

static void bdsm_explicit(void)
{
	if (bdsm_sent && write(STDOUT_FILENO, "\033[8l", 4) < 0)
		bdsm_sent = 0;
}

static void bdsm_implicit(void)
{
	if (bdsm_sent && write(STDOUT_FILENO, "\033[8h", 4) < 0)
		bdsm_sent = 0;
}

static void bdsm_on_suspend(int sig)
{
	bdsm_implicit();
	if (old_tstp.sa_handler != SIG_DFL && old_tstp.sa_handler != SIG_IGN &&
	    !(old_tstp.sa_flags & SA_SIGINFO))
		old_tstp.sa_handler(sig);	/* curses: leaves, stops, comes back */
	else
		raise(SIGSTOP);
	bdsm_explicit();
}

#if !defined(__SANITIZE_ADDRESS__)
static void bdsm_on_crash(int sig)
{
	(void)sig;
	bdsm_implicit();	/* SA_RESETHAND: the fault comes again, with its default action */
}
#endif

/* Out of memory: give the terminal back before the program stops. */
static void leave_curses(void)
{
	endwin();
	bdsm_implicit();
}

static void bdsm_start(bool kiosk)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	bdsm_sent = 1;
	bdsm_explicit();
	/* SIGTERM, SIGHUP and the like end through the main loop (signals.c),
	 * which gives the bidi mode back like any other end */
	if (!kiosk) {
		sa.sa_handler = bdsm_on_suspend;
		sigaction(SIGTSTP, &sa, &old_tstp);
	}
#if !defined(__SANITIZE_ADDRESS__)
	sa.sa_handler = bdsm_on_crash;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
#endif
}

/* A right-to-left language on a terminal not yet known: ask which way it
 * reads. A language the terminal cannot show: back to the chooser. */
static void bidi_rules(struct ui *u)
{
	if (bidi_mode() == BIDI_AUTO && u->g->lang->rtl && u->depth > 0 &&
	    current(u)->screen != &view_bidi_check_screen) {
		u->mode = MODE_BROWSE;
		push(u, &view_bidi_check_screen);
		return;
	}
	if (bidi_mode() == BIDI_NONE && u->g->lang->rtl) {
		language_use(u->g, language_fallback(u->g));
		u->ctx.layout++;
		if (u->g->nlanguages > 1 && u->depth > 0 &&
		    current(u)->screen != &view_language_screen)
			push(u, &view_language_screen);
	}
}

/* The terminal modes of the full screen (after newterm). */
static void curses_modes(void)
{
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	/* taps and the wheel where the terminal reports them; the mouse is
	 * never needed for anything */
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	set_escdelay(ESC_DELAY_MS);
	curs_set(0);
	/* no cursor to park after each update: fewer bytes on a slow line */
	leaveok(stdscr, TRUE);
}

/* The full screen at its start. */
static void ui_init(struct ui *u, struct guide *g, const struct ui_options *o)
{
	u->g = g;
	u->o = o;
	u->builtin = o->builtin;
	u->stamp = files_stamp(u);
	u->kiosk = o->kiosk;
	u->idle_timeout = o->idle_timeout > 0 ? o->idle_timeout : 180;
	u->last_key = clock_mono_seconds();
	snprintf(u->first_language, sizeof u->first_language, "%s", i18n_language());
	u->first_bidi = bidi_mode();
	u->ctx.g = g;
	u->ctx.kiosk = o->kiosk;
	u->ctx.today = o->today;
	u->ctx.now = o->now;
	compute_layout(u);
}

/* Kiosk, a second without a key: count down, then start over. Idle time is
 * on the monotonic clock, so a clock set back or forward changes nothing. */
static void kiosk_idle(struct ui *u)
{
	long left = u->idle_timeout - (clock_mono_seconds() - u->last_key);

	if (left <= 0 && u->depth > 0 && !at_start(u))
		start_over(u);
	else if (left <= COUNTDOWN_SECONDS && !at_start(u))
		u->countdown = (int)left;
	if (left <= 0)
		u->last_key = clock_mono_seconds();
}

/* The keys of a burst already waiting, each handled as if the screen had
 * been drawn after the key before: one screen update for the burst. A
 * burst stops where the A/B/C question opens, so that it is on the screen
 * before keys answer it; the keys after it wait, in order. */
static void handle_waiting(struct ui *u, struct input *in)
{
	bool asked = current(u)->screen == &view_bidi_check_screen, asks;
	struct keypress k;

	for (;;) {
		bidi_rules(u);
		asks = current(u)->screen == &view_bidi_check_screen;
		if (u->quit || (asks && !asked) || !input_waiting(in, &k))
			return;
		asked = asks;
		compose(u);
		handle_key(u, k);
	}
}

int ui_run(struct guide *g, const struct ui_options *o)
{
	bool obeys_bdsm = false;
	struct ui u = { 0 };
	struct input in;
	SCREEN *scr;
	int errors = 0;

	/* line mode when asked, when there is no terminal to draw on, or when
	 * curses does not know it (TERM dumb, unset or unknown) */
	if (o->plain || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || !getenv("TERM") ||
	    !*getenv("TERM") || strcmp(getenv("TERM"), "dumb") == 0)
		return UI_CANNOT_DRAW;
	/* newterm rather than initscr: initscr exits on an unknown TERM with
	 * no chance to say what to do. */
	bidi_set_mode(choose_bidi(o, &obeys_bdsm));
	scr = newterm(NULL, stdout, stdin);
	if (!scr)
		return UI_CANNOT_DRAW;	/* main runs line mode, a kiosk's too */
	set_term(scr);
	if (o->kiosk) {
		/* raw: Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys, not signals, and
		 * mean nothing; the signals themselves are ignored too */
		raw();
		signal(SIGTSTP, SIG_IGN);
		/* wake once a second to count the idle time */
		timeout(1000);
	} else {
		cbreak();
		/* wake now and then to notice edited content */
		timeout(RELOAD_CHECK_MS);
	}
	signals_install(o->kiosk, false);
	xalloc_on_fatal(leave_curses);
	curses_modes();
	draw_init();
	input_init(&in, STDIN_FILENO);
	translit_enable(!i18n_utf8());
	if (bidi_mode() == BIDI_APP && obeys_bdsm)
		bdsm_start(o->kiosk);

	ui_init(&u, g, o);
	push_first(&u);
	if (u.depth == 0) {
		/* --check prevents this: a root screen whose kind cannot be shown */
		endwin();
		delscreen(scr);
		fprintf(stderr, _("%s: the root screen \"%s\" cannot be shown\n"), PACKAGE,
			g->root_id);
		return 1;
	}

	while (!u.quit) {
		struct keypress k;
		int r;
		bool idle;
		unsigned long signals;

		if (signals_leaving())
			break;
		/* one reload for any number of signals: the files as they were
		 * when the last load started are the content shown */
		if (signals_take_reload() && files_stamp(&u) != u.stamp)
			reload(&u);
		bidi_rules(&u);
		tick_clock(&u);
		render(&u);
		signals = signals_caught();
		r = input_wait(&in, u.kiosk ? 1000 : RELOAD_CHECK_MS, &idle, &k);
		if (r == ERR && signals_caught() != signals)
			continue;	/* a signal interrupted the read: not an error */
		if (r == ERR && idle) {
			/* the read timed out: an idle moment to look at the files */
			errors = 0;
			if (files_stamp(&u) != u.stamp)
				reload(&u);
		}
		if (r == ERR) {
			/* A kiosk's read times out every second: that is the idle
			 * clock. An ERR that is no time-out means the terminal is
			 * gone or broken: never spin on it. */
			if (!u.kiosk && idle)
				continue;
			if (u.kiosk && idle) {
				errors = 0;
				kiosk_idle(&u);
				continue;
			}
			if (++errors >= MAX_READ_ERRORS)
				break;
			napms(50);
			continue;
		}
		errors = 0;
		u.last_key = clock_mono_seconds();
		if (u.countdown > 0) {
			/* any key cancels the countdown, and does nothing else */
			u.countdown = 0;
			continue;
		}
		handle_key(&u, k);
		handle_waiting(&u, &in);
	}

	while (u.depth > 0)
		pop(&u);
	free(u.stack);
	doc_free(&u.help.doc);
	endwin();
	bdsm_implicit();
	xalloc_on_fatal(NULL);
	delscreen(scr);
	return signals_finish(0);
}
