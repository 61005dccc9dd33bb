/* diag.h: a list of problems found in the configuration, each "FILE:LINE: message". */
#ifndef PUTOKAZ_DIAG_H
#define PUTOKAZ_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
	char **msgs;	/* each "FILE:LINE: message", in the order found */
	size_t n;
};

/* Add a problem at FILE:LINE (file may be NULL for problems with no place). */
void diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Add a message that already carries its place. */
void diag_add_raw(struct diag *d, const char *msg);
/* Drop the problems after the first N. */
void diag_truncate(struct diag *d, size_t n);
/* Print every problem, one per line, to fp. */
void diag_print(const struct diag *d, FILE *fp);
/* Free the messages; the struct can be used again. */
void diag_clear(struct diag *d);

#endif
