/* loader.h: loading and validating the configuration into a struct guide. */
#ifndef PUTOKAZ_LOADER_H
#define PUTOKAZ_LOADER_H

#include <confuse.h>
#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"

/* Load FILE (including its screen files, found in its own folder first and
 * then in each of the NULL-terminated search folders) into g. Every problem
 * goes into d as "FILE:LINE: message". Returns 0, or -1 when d has problems;
 * on -1, g holds nothing to free. */
int loader_load(struct guide *g, const char *file, const char *const *search, struct diag *d);
/* The same, noting where every value was written even when nothing is
 * wrong (for the translation template's FILE:LINE references). */
int loader_load_placed(struct guide *g, const char *file, const char *const *search,
		       struct diag *d);
/* Print every key of the schema, one "section|key" path per line (for the
 * manual's completeness test). */
void loader_print_schema(FILE *fp);
/* A number that changes when any file the guide was loaded from changes
 * (its time, size or inode), or disappears: to notice edits without a restart. */
unsigned long long loader_stamp(const struct guide *g);
/* The same from a text with no includes (the built-in content). */
int loader_load_text(struct guide *g, const char *text, struct diag *d);
/* Free everything loader_load() put into g. */
void loader_free(struct guide *g);

#endif
