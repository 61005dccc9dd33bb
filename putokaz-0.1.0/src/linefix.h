/* linefix.h: true line numbers for what libconfuse reports. */
#ifndef PUTOKAZ_LINEFIX_H
#define PUTOKAZ_LINEFIX_H

#include <stddef.h>

struct linefix;

/* A cache of line maps, one per file, to be freed with linefix_free(). */
struct linefix *linefix_new(void);
void linefix_free(struct linefix *lf);
/* The real line in FILE of what libconfuse calls line `reported`. */
int linefix_line(struct linefix *lf, const char *file, int reported);

/* For tests: the lines libconfuse adds per one-line and per block comment. */
void linefix_extra(int *per_line_comment, int *per_block_comment);

#endif
