/* diag.c: collecting configuration problems so that --check can show all of them. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>

#include "diag.h"
#include "xalloc.h"

void diag_add_raw(struct diag *d, const char *msg)
{
	d->msgs = xreallocarray(d->msgs, d->n + 1, sizeof *d->msgs);
	d->msgs[d->n++] = xstrdup(msg);
}

void diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	char *text, *msg;

	/* Format the message first, then prefix the place: a long path must never
	 * become part of a format string. */
	va_start(ap, fmt);
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(ap);
	if (file)
		msg = xasprintf("%s:%d: %s", file, line, text ? text : "?");
	else
		msg = xasprintf("%s", text ? text : "?");
	free(text);
	d->msgs = xreallocarray(d->msgs, d->n + 1, sizeof *d->msgs);
	d->msgs[d->n++] = msg;
}

void diag_truncate(struct diag *d, size_t n)
{
	while (d->n > n)
		free(d->msgs[--d->n]);
}

void diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(fp, "%s\n", d->msgs[i]);
}

void diag_clear(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->msgs[i]);
	free(d->msgs);
	d->msgs = NULL;
	d->n = 0;
}
