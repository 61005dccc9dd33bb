/* ui.h: the full-screen curses front end. */
#ifndef PUTOKAZ_UI_H
#define PUTOKAZ_UI_H

#include "bidi.h"
#include "dates.h"
#include "model.h"
#include "tz.h"

struct ui_options {
	struct date today;	/* for "this page may be out of date" */
	struct moment now;	/* local time where the contacts are, for "open now" */
	bool fixed_time;	/* --today: today and now stay; else the clock is read */
	bool kiosk;		/* no quit; idle timeout and start over (see ui.c) */
	bool plain;		/* line mode (plain.c) even on a terminal */
	bool builtin;		/* the configuration was broken: built-in content runs */
	bool choose_language;	/* start on the language chooser */
	enum bidi_mode bidi;	/* asked for (--bidi, or the configuration) */
	int idle_timeout;	/* kiosk: seconds without a key before starting over */
	const char *config;	/* to load the content again when it changes */
	const char *const *search;
};

/* What ui_run() returns when it cannot draw: line mode was asked for, there
 * is no terminal, or curses does not know it. The caller runs line mode. */
#define UI_CANNOT_DRAW (-1)

/* Run the guide on the terminal until the person quits; returns the exit
 * status, or UI_CANNOT_DRAW having drawn nothing. */
int ui_run(struct guide *g, const struct ui_options *o);

#endif
