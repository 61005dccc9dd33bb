/* input.c: keys from curses a burst at a time, long pastes cut at a pause,
 * and terminal answers told from keys (see input.h). */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "input.h"

/* How long one wait may spend dropping a paste that does not pause, before
 * it gives the caller a time out (so that the idle clock still runs). */
#define DROP_SLICE_MS 1000

void input_init(struct input *in, int fd)
{
	memset(in, 0, sizeof *in);
	in->fd = fd;
}

size_t input_key_bytes(struct keypress k)
{
	if (k.is_key)
		return k.code == KEY_MOUSE ? 6 : 3;	/* ESC [ A; a mouse report */
	if (k.code < 0x80)
		return 1;
	if (k.code < 0x800)
		return 2;
	return k.code < 0x10000 ? 3 : 4;
}

/* Whether a key is the character c. */
static bool is_char(struct keypress k, wint_t c)
{
	return !k.is_key && k.code == c;
}

/* Whether a key is an ASCII digit. */
static bool is_digit(struct keypress k)
{
	return !k.is_key && k.code >= '0' && k.code <= '9';
}

enum input_answer input_answer_shape(const struct keypress *keys, size_t n)
{
	size_t i = 1;
	bool private = false, dollar = false;

	if (n == 0)
		return INPUT_ANSWER_PART;
	if (!is_char(keys[0], '['))
		return INPUT_ANSWER_NO;
	if (i < n && is_char(keys[i], '?')) {
		private = true;
		i++;
	}
	/* parameters: digits and semicolons, at least one digit */
	for (; i < n && (is_digit(keys[i]) || is_char(keys[i], ';')); i++)
		;
	if (i == n)
		return INPUT_ANSWER_PART;
	if (i == 1 + (private ? 1 : 0))
		return INPUT_ANSWER_NO;
	if (is_char(keys[i], '$')) {
		dollar = true;
		if (++i == n)
			return INPUT_ANSWER_PART;
	}
	/* a device-attributes answer ends in c, a mode report in $ y */
	if (i == n - 1 && ((!dollar && private && is_char(keys[i], 'c')) ||
			   (dollar && is_char(keys[i], 'y'))))
		return INPUT_ANSWER_YES;
	return INPUT_ANSWER_NO;
}

/* One key from curses, waiting at most ms milliseconds (0: only a key that
 * is there already). OK, or ERR with *idle set when none came in time (else
 * a signal or a broken terminal). The wait is poll()'s, not curses' own
 * timeout, which follows the wall clock: a clock set back by years would
 * make curses wait for years. Keys curses holds already are taken first. */
static int read_key(int fd, int ms, struct keypress *k, bool *idle)
{
	struct pollfd p = { fd, POLLIN, 0 };
	wint_t wc;
	int r;

	*idle = false;
	timeout(0);
	r = get_wch(&wc);
	if (r == ERR && ms > 0) {
		r = poll(&p, 1, ms);
		if (r <= 0) {
			*idle = r == 0;
			return ERR;
		}
		timeout(ms);
		r = get_wch(&wc);
	} else if (r == ERR) {
		*idle = true;
	}
	if (r == ERR)
		return ERR;
	k->code = wc;
	k->is_key = r == KEY_CODE_YES;
	return OK;
}

/* After an ESC: read what follows while it could be a terminal's answer.
 * An answer is dropped (true); anything else goes to the queue, in order,
 * after the ESC that the caller gives out (false). The first key must be
 * waiting already (a lone Esc costs no extra wait); the rest of an answer
 * comes within the Esc delay of each other even on a slow line. */
static bool skip_answer(struct input *in)
{
	struct keypress seq[INPUT_QUEUE];
	size_t n = 0;
	enum input_answer shape = INPUT_ANSWER_PART;

	while (n < INPUT_QUEUE && shape == INPUT_ANSWER_PART) {
		bool idle;

		if (read_key(in->fd, n == 0 ? 0 : get_escdelay(), &seq[n], &idle) == ERR)
			break;
		shape = input_answer_shape(seq, ++n);
	}
	if (shape == INPUT_ANSWER_YES) {
		for (size_t i = 0; i < n; i++)
			in->dropped += input_key_bytes(seq[i]);
		in->dropped++;	/* the ESC */
		return true;
	}
	for (size_t i = 0; i < n; i++)
		in->queue[(in->head + in->n++) % INPUT_QUEUE] = seq[i];
	return false;
}

/* The next key: from the queue, or from curses (waiting as read_key);
 * terminal answers dropped. OK or ERR (with *idle as read_key sets it). */
static int next_key(struct input *in, int ms, struct keypress *k, bool *idle)
{
	for (;;) {
		if (in->n > 0) {
			*k = in->queue[in->head];
			in->head = (in->head + 1) % INPUT_QUEUE;
			in->n--;
			return OK;
		}
		if (read_key(in->fd, ms, k, idle) == ERR)
			return ERR;
		if (!is_char(*k, 27) || !skip_answer(in))
			return OK;
	}
}

/* Milliseconds since *t0. */
static long ms_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000L + (t1.tv_nsec - t0->tv_nsec) / 1000000L;
}

/* Drop input until a pause of INPUT_PAUSE_MS; true when the pause came,
 * false when DROP_SLICE_MS went by first (the paste goes on). */
static bool drop_to_pause(struct input *in)
{
	struct timespec t0;
	char buf[4096];

	flushinp();
	in->n = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		struct pollfd p = { in->fd, POLLIN, 0 };
		int r = poll(&p, 1, INPUT_PAUSE_MS);
		ssize_t got;

		if (r == 0)
			return true;
		if (r < 0 && errno != EINTR)
			return true;	/* the caller's read will see what is wrong */
		if (r > 0) {
			if (!(p.revents & POLLIN))
				return true;	/* hung up: the caller's read sees it */
			got = read(in->fd, buf, sizeof buf);
			if (got <= 0)
				return true;
			in->dropped += (unsigned long long)got;
		}
		if (ms_since(&t0) >= DROP_SLICE_MS)
			return false;
	}
}

/* Count a key against the budget of input that came without a pause:
 * false when it does not fit (it is dropped, and dropping starts). */
static bool take(struct input *in, struct keypress k)
{
	size_t bytes = input_key_bytes(k);

	if (in->burst + bytes > INPUT_BURST_BYTES) {
		in->dropped += bytes;
		in->dropping = true;
		return false;
	}
	in->burst += bytes;
	return true;
}

int input_wait(struct input *in, int ms, bool *idle, struct keypress *k)
{
	*idle = false;
	for (;;) {
		struct timespec t0;

		if (in->dropping) {
			if (!drop_to_pause(in)) {
				*idle = true;	/* the paste goes on: as a time out */
				return ERR;
			}
			in->dropping = false;
			in->burst = 0;
		}
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (next_key(in, ms, k, idle) == ERR) {
			in->burst = 0;
			return ERR;
		}
		/* a read that had to wait saw a pause: a new budget */
		if (ms_since(&t0) >= INPUT_PAUSE_MS)
			in->burst = 0;
		if (take(in, *k))
			return OK;
	}
}

bool input_waiting(struct input *in, struct keypress *k)
{
	bool idle;

	return !in->dropping && next_key(in, 0, k, &idle) == OK && take(in, *k);
}
