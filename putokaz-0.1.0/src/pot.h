/* pot.h: writing the content's strings as a gettext template. */
#ifndef PUTOKAZ_POT_H
#define PUTOKAZ_POT_H

#include <stdio.h>

#include "model.h"

/* Write every translatable content string of g as POT entries, each with a
 * "#." comment and a "#:" reference naming its file and line; file names
 * lose the prefix `strip` (may be NULL). */
void pot_write(const struct guide *g, FILE *fp, const char *strip);

#endif
