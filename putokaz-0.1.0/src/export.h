/* export.h: printable handouts: a screen or everything, as text or HTML. */
#ifndef PUTOKAZ_EXPORT_H
#define PUTOKAZ_EXPORT_H

#include <stdio.h>

#include "model.h"
#include "tz.h"

enum export_format { EXPORT_TEXT, EXPORT_HTML };

/* Print screen `what` (an id, or "all" for every screen the root reaches, in
 * menu order) to out; problems go to err. Text is laid out by the screens'
 * own code at `width` columns, so it reads as on the screen. Returns the
 * exit status (0, or 2 for an unknown screen). */
int export_run(const struct guide *g, const char *what, enum export_format format, int width,
	       struct moment now, FILE *out, FILE *err);

#endif
