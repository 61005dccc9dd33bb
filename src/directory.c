/* directory.c: checking the fields of a contact. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "directory.h"
#include "i18n.h"
#include "match.h"
#include "xalloc.h"

/* The weekday (0 Monday to 6 Sunday) whose three letters s starts with, or -1. */
static int weekday(const char *s)
{
	static const char *const names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

	for (int i = 0; i < 7; i++)
		if (strncmp(s, names[i], 3) == 0)
			return i;
	return -1;
}

int directory_parse_slot(const char *s, struct hours_slot *out)
{
	int first, last, h1, m1, h2, m2, used = 0;
	char end;

	if (strlen(s) < 15)
		return -1;
	first = weekday(s);
	if (first < 0)
		return -1;
	last = first;
	s += 3;
	if (*s == '-') {
		last = weekday(s + 1);
		if (last < 0)
			return -1;
		s += 4;
	}
	if (sscanf(s, " %2d:%2d-%2d:%2d%n%c", &h1, &m1, &h2, &m2, &used, &end) != 4 ||
	    s[used] != '\0' || strlen(s) != 12)
		return -1;
	if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2) ||
	    h1 * 60 + m1 >= h2 * 60 + m2)
		return -1;
	out->days = 0;
	/* "fri-mon" wraps round the week */
	for (int d = first;; d = (d + 1) % 7) {
		out->days |= 1u << d;
		if (d == last)
			break;
	}
	out->from = h1 * 60 + m1;
	out->to = h2 * 60 + m2;
	return 0;
}

bool directory_valid_phone(const char *s)
{
	size_t digits = 0;
	const char *p = s;

	if (*p == '+')
		p++;
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p != ' ' && *p != '-')
			return false;
	}
	/* a short number (192) or an international one (+381 ...) */
	if (s[0] == '+')
		return digits >= 8 && digits <= 15;
	return digits >= 3 && digits <= 4 && strlen(s) == digits;
}

bool directory_valid_email(const char *s)
{
	const char *at = strchr(s, '@'), *dot;

	if (!at || at == s || strchr(at + 1, '@') || strpbrk(s, " \t<>,;\"'"))
		return false;
	dot = strrchr(at, '.');
	return dot && dot > at + 1 && dot[1] != '\0';
}

/* Add s and a space to a growing string (s may be NULL). */
static void append(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n;

	if (!s)
		return;
	n = strlen(s);
	if (*len + n + 2 > *cap) {
		*cap = (*len + n + 2) * 2;
		*buf = xreallocarray(*buf, *cap, 1);
	}
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[(*len)++] = ' ';
	(*buf)[*len] = '\0';
}

const char *contact_name(const struct contact *c)
{
	return c->group == GROUP_EMERGENCY ? tr(c->name) : c->name;
}

int directory_compare(const struct contact *x, const struct contact *y)
{
	/* the rank of each group in the list, whatever the enum's order */
	static const int rank[] = {
		[GROUP_ORGANISATION] = 0, [GROUP_AUTHORITY] = 1, [GROUP_EMERGENCY] = 2
	};

	if (rank[x->group] != rank[y->group])
		return rank[x->group] - rank[y->group];
	if (!x->city != !y->city)
		return x->city ? -1 : 1;
	if (x->city && y->city && strcmp(x->city, y->city) != 0)
		return strcmp(x->city, y->city);
	return x < y ? -1 : x > y;
}

char *directory_fold(const struct contact *c)
{
	size_t len = 0, cap = 256;
	char *all = xmalloc(cap), *folded;
	const char *plain[6] = { c->name, c->city, c->address, c->email, c->website, c->fax };

	all[0] = '\0';
	for (int i = 0; i < 6; i++)
		append(&all, &len, &cap, plain[i]);
	if (c->group == GROUP_EMERGENCY)
		append(&all, &len, &cap, tr(c->name));
	for (size_t i = 0; i < c->nphones; i++)
		append(&all, &len, &cap, c->phones[i]);
	for (size_t i = 0; i < c->nlanguages; i++)
		append(&all, &len, &cap, c->languages[i]);
	/* what it does in the current language, and in English */
	if (c->about) {
		append(&all, &len, &cap, tr(c->about));
		append(&all, &len, &cap, c->about);
	}
	if (c->note) {
		append(&all, &len, &cap, tr(c->note));
		append(&all, &len, &cap, c->note);
	}
	for (size_t i = 0; i < c->nservices; i++) {
		append(&all, &len, &cap, tr(c->services[i]->label));
		append(&all, &len, &cap, c->services[i]->label);
	}
	folded = match_fold(all);
	free(all);
	return folded;
}
