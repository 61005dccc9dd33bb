/* checkwarn.h: the warnings of putokaz --check: what is right today but
 * needs a maintainer soon (a review date near or past, strings a catalogue
 * does not translate). Warnings do not change --check's exit status. */
#ifndef PUTOKAZ_CHECKWARN_H
#define PUTOKAZ_CHECKWARN_H

#include <stdio.h>

#include "dates.h"
#include "model.h"

/* Print one line per warning to FP ("FILE:LINE: warning: ..." where the
 * warning has a place); returns how many. */
size_t checkwarn_print(const struct guide *g, struct date today, FILE *fp);

#endif
