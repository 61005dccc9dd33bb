/* plain.h: line mode: the guide as numbered lines, for teletypes, screen
 * readers and terminals curses cannot drive. */
#ifndef PUTOKAZ_PLAIN_H
#define PUTOKAZ_PLAIN_H

#include <stdio.h>

#include "model.h"
#include "ui.h"

/* Run the guide in line mode, reading answers from in; returns the exit status. */
int plain_run(const struct guide *g, const struct ui_options *o, FILE *in, FILE *out);

#endif
