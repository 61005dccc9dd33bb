/* calc_cli.h: putokaz --calc EVENT=DATE ...: the calculator as one line per rule. */
#ifndef PUTOKAZ_CALC_CLI_H
#define PUTOKAZ_CALC_CLI_H

#include <stdio.h>

#include "model.h"

/* Work out every rule that follows from the events given as "id=YYYY-MM-DD"
 * or "id=YYYY-MM-DDTHH:MM", print "RULE-ID\tDATE[ HH:MM]\tlabel" lines to
 * out; problems go to err. Returns the exit status (0, or 2). */
int calc_cli_run(const struct guide *g, char *const *args, int nargs, FILE *out, FILE *err);

#endif
