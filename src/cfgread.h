/* cfgread.h: reading the configuration's files into libconfuse one by one.
 *
 * Each file (the main one and every include) is read into memory, checked
 * (UTF-8, control characters, backslashes in texts, empty), and parsed by
 * libconfuse as a stream of its own, so a quote or a brace left open stays
 * in its file. A file that fails is reported and the others are still read,
 * so one run names the first mistake of every file.
 *
 * An include names a file relative to the folder of the file that includes
 * it. The main configuration and the shipped content may also name files of
 * the shipped content folders (SEARCH): that is how the site configuration
 * includes the content on purpose; a site file that includes a missing file
 * is never given the shipped copy instead. A name with * ? or [ includes
 * every file it matches beside the including file, in name order (none is
 * no error: the site's local.d/ may be absent or empty). */
#ifndef PUTOKAZ_CFGREAD_H
#define PUTOKAZ_CFGREAD_H

#include <confuse.h>
#include <stdarg.h>

#include "diag.h"

struct linefix;

/* The files read, for noticing edits. */
struct cfgread_files {
	char **paths;
	size_t n;
};

/* Parse FILE and what it includes into CFG (whose schema holds the include
 * function below). Problems go into d; with LINES, lines are corrected
 * (see linefix.h). Returns 0, or -1 when a file could not be read or
 * parsed. */
int cfgread_file(cfg_t *cfg, const char *file, const char *const *search, struct diag *d,
		 struct linefix *lines, struct cfgread_files *files);
/* Parse TEXT (the built-in content, no includes) into CFG. */
int cfgread_text(cfg_t *cfg, const char *text, struct diag *d);
/* The schema's include("file") function. */
int cfgread_include(cfg_t *cfg, cfg_opt_t *opt, int argc, const char **argv);
/* Free the list of files. */
void cfgread_files_free(struct cfgread_files *files);

#endif
