/* i18n_format.c: whether a translation's printf conversions are those of its
 * msgid (the same arguments with the same types, in any order with %n$), as
 * msgfmt --check demands. A catalogue built without that check must not
 * crash the program: a translation that fails it is not used. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format_msgids.h"
#include "i18n.h"

#define MAX_ARGS 16

/* The conversions of format s: types[i] the type of argument i (a letter
 * for the class and a digit for the length), *n how many; false when s is
 * no format we can read. */
static bool conversions(const char *s, char types[MAX_ARGS][4], int *n)
{
	int next = 0;

	*n = 0;
	for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
		int pos = -1, len = 0;
		char cls;

		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		if (*p >= '1' && *p <= '9' && strchr(p, '$') && p[strspn(p, "0123456789")] == '$') {
			pos = 0;
			while (*p >= '0' && *p <= '9')
				pos = pos * 10 + (*p++ - '0');
			pos--;
			p++;
		}
		p += strspn(p, "-+ #0'");
		if (*p == '*') {
			if (next >= MAX_ARGS)
				return false;
			memcpy(types[next++], "i0", 3);	/* a width argument is an int */
			p++;
		}
		p += strspn(p, "0123456789");
		if (*p == '.') {
			p++;
			if (*p == '*') {
				if (next >= MAX_ARGS)
					return false;
				memcpy(types[next++], "i0", 3);
				p++;
			}
			p += strspn(p, "0123456789");
		}
		while (*p && strchr("hlLqjzt", *p))
			len = len * 8 + (int)(strchr("hlLqjzt", *p++) - "hlLqjzt") + 1;
		if (!*p)
			return false;
		switch (*p) {
		case 'd': case 'i': cls = 'i'; break;
		case 'o': case 'u': case 'x': case 'X': cls = 'u'; break;
		case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
			cls = 'f'; break;
		case 'c': cls = 'c'; break;
		case 's': cls = 's'; break;
		case 'p': cls = 'p'; break;
		default: return false;	/* %n and the unknown are never right */
		}
		p++;
		if (pos < 0)
			pos = next++;
		if (pos >= MAX_ARGS)
			return false;
		types[pos][0] = cls;
		types[pos][1] = (char)('0' + len % 64);
		types[pos][2] = '\0';
		if (pos + 1 > *n)
			*n = pos + 1;
		if (next > *n)
			*n = next;
	}
	return true;
}

/* Whether translation's conversions are msgid's; with `fewer`, it may also
 * leave out arguments from the end (a plural form for one thing may say
 * "one day" without the number), which printf allows. */
static bool compatible(const char *msgid, const char *translation, bool fewer)
{
	char a[MAX_ARGS][4], b[MAX_ARGS][4];
	int na, nb;

	if (translation == msgid || (!strchr(msgid, '%') && !strchr(translation, '%')))
		return true;
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	if (!conversions(msgid, a, &na) || !conversions(translation, b, &nb))
		return false;
	if (nb > na || (nb < na && !fewer))
		return false;
	for (int i = 0; i < nb; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

bool i18n_format_matches(const char *msgid, const char *translation)
{
	return compatible(msgid, translation, false);
}

const char *i18n_gettext(const char *msgid)
{
	const char *t = gettext(msgid);

	return i18n_format_matches(msgid, t) ? t : msgid;
}

const char *i18n_ngettext(const char *msgid, const char *plural, unsigned long n)
{
	const char *t = ngettext(msgid, plural, n);

	if (t == msgid || t == plural)
		return t;
	return compatible(plural, t, true) ? t : n == 1 ? msgid : plural;
}

/* Report one translation of catalogue `path` that is not used. */
static void report_format(FILE *report, const char *path, const char *msgid)
{
	fputs(path, report);
	fputs(": msgid \"", report);
	for (const char *p = msgid; *p; p++) {
		if (*p == '\n')
			fputs("\\n", report);
		else
			fputc(*p, report);
	}
	fputs("\": the translation's conversions are not the msgid's; the English is used\n",
	      report);
}

size_t i18n_check_formats(const char *code, FILE *report)
{
	static const unsigned long counts[] = { 0, 1, 2, 3, 5, 11, 21, 100 };
	const char *saved = getenv("LANGUAGE");
	char *keep = saved ? strdup(saved) : NULL, path[4200];
	size_t bad = 0;

	i18n_catalogue_path(code, path, sizeof path);
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
	for (size_t i = 0; i < nformat_msgids; i++) {
		const struct format_msgid *f = &format_msgids[i];
		bool ok = true;

		if (!f->plural) {
			ok = i18n_format_matches(f->msgid, gettext(f->msgid));
		} else {
			for (size_t k = 0; ok && k < sizeof counts / sizeof counts[0]; k++) {
				const char *t = ngettext(f->msgid, f->plural, counts[k]);

				ok = i18n_ngettext(f->msgid, f->plural, counts[k]) == t;
			}
		}
		if (!ok) {
			bad++;
			report_format(report, path, f->msgid);
		}
	}
	if (keep)
		setenv("LANGUAGE", keep, 1);
	else
		unsetenv("LANGUAGE");
	textdomain(PACKAGE);
	free(keep);
	return bad;
}
