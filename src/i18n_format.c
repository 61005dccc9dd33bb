/* i18n_format.c: whether a translation's printf conversions are those of its
 * msgid (the same arguments with the same types, in any order with %n$), as
 * msgfmt --check demands. A catalogue built without that check must not
 * crash the program: a translation that fails it is not used. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

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

bool i18n_format_matches(const char *msgid, const char *translation)
{
	char a[MAX_ARGS][4], b[MAX_ARGS][4];
	int na, nb;

	if (translation == msgid || (!strchr(msgid, '%') && !strchr(translation, '%')))
		return true;
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	if (!conversions(msgid, a, &na) || !conversions(translation, b, &nb) || na != nb)
		return false;
	for (int i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
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
	return i18n_format_matches(n == 1 ? msgid : plural, t) ? t : n == 1 ? msgid : plural;
}
