/* input.h: keys from curses a burst at a time. Keys already waiting are
 * taken before the screen is drawn again. Of input that comes without a
 * pause of INPUT_PAUSE_MS, the first INPUT_BURST_BYTES are taken, never lost
 * or reordered; the rest is dropped up to the next such pause. The answer
 * to putokaz's own terminal query (bidi_detect.h) is recognised by its
 * shape and dropped, whenever it comes. */
#ifndef PUTOKAZ_INPUT_H
#define PUTOKAZ_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "keys.h"

#define INPUT_BURST_BYTES 4096
#define INPUT_PAUSE_MS 100
/* Keys read ahead while telling a terminal answer from keys. */
#define INPUT_QUEUE 64

struct input {
	int fd;				/* the terminal curses reads */
	size_t burst;			/* bytes taken since the last pause */
	bool dropping;			/* a burst ran past the limit: drop up to a pause */
	unsigned long long dropped;	/* bytes dropped so far (answers and pastes) */
	struct keypress queue[INPUT_QUEUE];	/* read ahead, not yet given out */
	size_t head, n;
};

void input_init(struct input *in, int fd);
/* Wait for the next key, at most ms milliseconds (on the monotonic clock,
 * whatever the wall clock does). OK with *k filled in, or ERR: *idle is
 * set when it is a time out, else a signal came or the terminal is broken.
 * While dropping the rest of a long paste, waits for its end first (a
 * paste that never pauses gives ERR after about a second, as a time out). */
int input_wait(struct input *in, int ms, bool *idle, struct keypress *k);
/* A key that is already waiting, taken without waiting. false when none
 * is waiting, or when it would go past INPUT_BURST_BYTES since the last
 * pause: it is dropped, with what follows up to the next pause. */
bool input_waiting(struct input *in, struct keypress *k);

/* What a sequence of keys read after an ESC is, as a terminal's answer to
 * a query (a device-attributes "ESC [ ? 1 ; 2 c", a mode report
 * "ESC [ 8 ; 2 $ y"): INPUT_ANSWER_NO when it cannot be one, _PART when it
 * could still become one, _YES when it is one complete answer. keys does
 * not include the ESC. */
enum input_answer { INPUT_ANSWER_NO, INPUT_ANSWER_PART, INPUT_ANSWER_YES };
enum input_answer input_answer_shape(const struct keypress *keys, size_t n);

/* The bytes a key took on the line, as counted against INPUT_BURST_BYTES. */
size_t input_key_bytes(struct keypress k);

#endif
