/* bidi_detect.h: what `--bidi=auto` makes of a terminal (doc/bidi.md,
 * "The detection"). */
#ifndef PUTOKAZ_BIDI_DETECT_H
#define PUTOKAZ_BIDI_DETECT_H

#include <stdbool.h>

#include "bidi.h"

/* What can be known about the terminal without asking the person. */
struct bidi_terminal {
	const char *term;		/* TERM */
	bool utf8;			/* the character type is UTF-8 */
	bool remote;			/* SSH_CONNECTION or SSH_TTY: local hints do not apply */
	bool multiplexer;		/* tmux or screen: the outer terminal decides */
	const char *vte_version;	/* VTE_VERSION, e.g. "7000" */
	const char *konsole_version;	/* KONSOLE_VERSION */
	const char *term_program;	/* TERM_PROGRAM: Apple_Terminal, iTerm.app, mintty */
	const char *wt_session;		/* WT_SESSION: Windows Terminal */
	const char *xterm_version;	/* XTERM_VERSION: xterm, which never reorders */
	int bdsm;	/* the answer to DECRQM for mode 8: -1 none, 0 unknown mode, 1-4 known */
};

/* The facts from the environment (bdsm left at -1). */
void bidi_terminal_from_env(struct bidi_terminal *t, bool utf8);
/* Whether asking the terminal about mode 8 makes sense (never on the Linux
 * console or a serial terminal, where the question could print junk). */
bool bidi_probe_worthwhile(const struct bidi_terminal *t);
/* Ask the terminal (fd, in and out) about mode 8 (DECRQM), followed by a
 * device-attributes query that every terminal answers, so that a terminal
 * that ignores the first question costs no wait; -1, 0 or 1-4 as bdsm. */
int bidi_probe_bdsm(int fd, int timeout_ms);
/* The mode for this terminal, or BIDI_AUTO when it cannot be told (then the
 * person is asked). *obeys_bdsm: the terminal follows CSI 8 l/h. */
enum bidi_mode bidi_detect(const struct bidi_terminal *t, bool *obeys_bdsm);

#endif
