/* bidi_detect.c: the terminal facts, the probe and the decision. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "bidi_detect.h"

/* How much longer the probe waits once part of an answer has come. */
#define PROBE_TAIL_MS 1000

/* Whether s starts with prefix (s may be NULL). */
static bool starts(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* An environment variable, or NULL when unset or empty. */
static const char *env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

void bidi_terminal_from_env(struct bidi_terminal *t, bool utf8)
{
	memset(t, 0, sizeof *t);
	t->term = env("TERM");
	t->utf8 = utf8;
	t->remote = env("SSH_CONNECTION") || env("SSH_TTY");
	t->multiplexer = env("TMUX") || env("STY") || starts(t->term, "screen") ||
			 starts(t->term, "tmux");
	t->vte_version = env("VTE_VERSION");
	t->konsole_version = env("KONSOLE_VERSION");
	t->term_program = env("TERM_PROGRAM");
	t->wt_session = env("WT_SESSION");
	t->xterm_version = env("XTERM_VERSION");
	t->bdsm = -1;
}

/* Serial terminals and the Linux console: no Arabic glyphs to show. */
static bool no_arabic_term(const char *term)
{
	return !term || strcmp(term, "dumb") == 0 || starts(term, "vt") ||
	       strcmp(term, "linux") == 0 || starts(term, "linux-") || strcmp(term, "ansi") == 0;
}

bool bidi_probe_worthwhile(const struct bidi_terminal *t)
{
	return t->utf8 && !no_arabic_term(t->term) && !t->multiplexer;
}

/* Whether the bytes read end inside an answer: an ESC whose sequence has
 * not reached its final byte (c for the attributes, y for the mode). */
static bool ends_inside_answer(const char *buf, size_t got)
{
	size_t i = got;

	while (i > 0 && buf[i - 1] != '\033')
		i--;
	if (i == 0)
		return false;
	for (; i < got; i++)
		if (buf[i] == 'c' || buf[i] == 'y')
			return false;
	return true;
}

int bidi_probe_bdsm(int fd, int timeout_ms)
{
	static const char ask[] = "\033[8$p\033[c";
	struct termios saved, raw;
	sigset_t block, old;
	char buf[256];
	size_t got = 0;
	int answer = -1;
	bool extended = false;
	struct timespec start, now;

	if (tcgetattr(fd, &saved) < 0)
		return -1;
	/* a signal now would leave the terminal without echo: it waits until
	 * the terminal is put back */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGQUIT);
	sigaddset(&block, SIGTSTP);
	sigprocmask(SIG_BLOCK, &block, &old);
	raw = saved;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(fd, TCSANOW, &raw) < 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		return -1;
	}
	if (write(fd, ask, sizeof ask - 1) != (ssize_t)(sizeof ask - 1))
		goto out;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		long left;
		ssize_t r;
		char *da;

		clock_gettime(CLOCK_MONOTONIC, &now);
		left = timeout_ms - ((now.tv_sec - start.tv_sec) * 1000 +
				     (now.tv_nsec - start.tv_nsec) / 1000000);
		/* half an answer is in: wait for the rest, which is on its way,
		 * or its tail would arrive as keys that no shape tells apart */
		if (left <= 0 && !extended && ends_inside_answer(buf, got)) {
			extended = true;
			timeout_ms += PROBE_TAIL_MS;
			continue;
		}
		if (left <= 0 || got + 1 >= sizeof buf)
			break;
		r = poll(&p, 1, (int)left);
		if (r == 0 || (r < 0 && errno == EINTR))
			continue;	/* the deadline: looked at above */
		if (r < 0)
			break;
		r = read(fd, buf + got, sizeof buf - 1 - got);
		if (r <= 0)
			break;
		got += (size_t)r;
		buf[got] = '\0';
		/* the device attributes answer ends with "c" after "\033[?" */
		da = strstr(buf, "\033[?");
		if (da && strchr(da, 'c'))
			break;
	}
	buf[got] = '\0';
	{
		/* "\033[8;N$y": N = 0 not recognised, 1 set, 2 reset, 3/4 permanent */
		const char *m = strstr(buf, "\033[8;");

		if (m && m[4] >= '0' && m[4] <= '4' && m[5] == '$' && m[6] == 'y')
			answer = m[4] - '0';
	}
out:
	tcsetattr(fd, TCSANOW, &saved);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return answer;
}

enum bidi_mode bidi_detect(const struct bidi_terminal *t, bool *obeys_bdsm)
{
	*obeys_bdsm = false;
	if (!t->utf8 || no_arabic_term(t->term))
		return BIDI_NONE;
	if (t->bdsm >= 1) {
		*obeys_bdsm = true;
		return BIDI_APP;
	}
	if (t->remote || t->multiplexer)
		return BIDI_AUTO;
	/* VTE 0.57.3 (5703) brought the bidi modes; it reorders unless told not to */
	if (t->vte_version && atol(t->vte_version) >= 5703) {
		*obeys_bdsm = true;
		return BIDI_APP;
	}
	if (t->term_program && strcmp(t->term_program, "mintty") == 0) {
		*obeys_bdsm = true;
		return BIDI_APP;
	}
	/* Windows Terminal draws logical order, no shaping; so does xterm */
	if (t->wt_session || t->xterm_version)
		return BIDI_APP;
	/* Konsole, Terminal.app, iTerm2, mlterm reorder or not by the user's
	 * settings, which no escape sequence can change: ask */
	return BIDI_AUTO;
}
