/* pot.c: the content part of po/putokaz.pot, written by the program itself so
 * that no second parser of the configuration exists. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "pot.h"
#include "xalloc.h"

/* The file name without the leading folder strip, as the template names it. */
static const char *relative(const char *file, const char *strip)
{
	size_t n = strip ? strlen(strip) : 0;

	if (n && strncmp(file, strip, n) == 0 && file[n] == '/')
		return file + n + 1;
	return file;
}

/* One C-style quoted line of a PO string. */
static void put_quoted(FILE *fp, const char *s, size_t n)
{
	fputc('"', fp);
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\t': fputs("\\t", fp); break;
		default: fputc(s[i], fp);
		}
	}
	fputs("\"\n", fp);
}

/* msgid with one PO line per text line, as xgettext writes multi-line ones. */
static void put_msgid(FILE *fp, const char *s)
{
	const char *nl = strchr(s, '\n');

	fputs("msgid ", fp);
	if (!nl || !nl[1]) {
		put_quoted(fp, s, strlen(s));
		return;
	}
	fputs("\"\"\n", fp);
	while (*s) {
		nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);

		put_quoted(fp, s, n);
		s += n;
	}
}

/* "#. FILE:LINE: page \"x\": text" (or just the key for the global options) */
static void describe(FILE *fp, const char *file, const struct content_string *cs)
{
	if (cs->kind)
		fprintf(fp, "#. %s:%d: %s \"%s\": %s\n", file, cs->at.line, cs->kind, cs->id,
			cs->key);
	else
		fprintf(fp, "#. %s:%d: %s\n", file, cs->at.line, cs->key);
}

void pot_write(const struct guide *g, FILE *fp, const char *strip)
{
	bool *done = xcalloc(g->nstrings, sizeof *done);

	fputs("# Content strings of putokaz, written by `putokaz --pot`.\n"
	      "msgid \"\"\n"
	      "msgstr \"\"\n"
	      "\"MIME-Version: 1.0\\n\"\n"
	      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	      "\"Content-Transfer-Encoding: 8bit\\n\"\n", fp);
	for (size_t i = 0; i < g->nstrings; i++) {
		if (done[i])
			continue;
		fputc('\n', fp);
		/* the same text in several places is one entry with several references */
		for (size_t j = i; j < g->nstrings; j++)
			if (!done[j] && strcmp(g->strings[i].text, g->strings[j].text) == 0)
				describe(fp, relative(g->strings[j].at.file, strip), &g->strings[j]);
		for (size_t j = i; j < g->nstrings; j++)
			if (!done[j] && strcmp(g->strings[i].text, g->strings[j].text) == 0) {
				fprintf(fp, "#: %s:%d\n", relative(g->strings[j].at.file, strip),
					g->strings[j].at.line);
				done[j] = true;
			}
		put_msgid(fp, g->strings[i].text);
		fputs("msgstr \"\"\n", fp);
	}
	free(done);
}
