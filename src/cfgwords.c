/* cfgwords.c: libconfuse's error messages in words an editor can act on:
 * which section has no such key and the key meant, what a section or a
 * value is missing. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgscan.h"
#include "cfgwords.h"
#include "xalloc.h"

/* "page \"duties\"" or "the top level" for messages about a section. */
static char *section_name(cfg_t *cfg)
{
	if (!cfg->name || strcmp(cfg->name, "root") == 0)
		return xstrdup("the configuration");
	if (cfg->title)
		return xasprintf("%s \"%s\"", cfg->name, cfg->title);
	return xasprintf("this %s", cfg->name);
}

/* libconfuse's "no such option" in words an editor can act on: which
 * section has no such key, and the key meant when it is two edits away. */
static char *no_such_key(cfg_t *cfg, const char *key)
{
	const char *best = NULL;
	int best_distance = 3;
	char *where = section_name(cfg), *msg;

	for (cfg_opt_t *o = cfg->opts; o && o->name; o++) {
		int dist = cfgscan_distance(key, o->name, 2);

		if (dist < best_distance && o->type != CFGT_FUNC) {
			best = o->name;
			best_distance = dist;
		}
	}
	if (!*key)
		msg = xasprintf("%s: an invisible character stands where a key belongs; "
				"delete it", where);
	else if (best)
		msg = xasprintf("%s has no key '%s'; did you mean '%s'?", where, key, best);
	else
		msg = xasprintf("%s has no key '%s' (check its spelling, and that the text "
				"before it is in double quotes)", where, key);
	free(where);
	return msg;
}

/* libconfuse's messages in words an editor can act on (each with the
 * same %s as libconfuse's, or none); NULL for one not listed. */
static const char *plain_words(const char *fmt)
{
	static const char *const table[][2] = {
		{ "found duplicate title '%s'",
		  "two sections of one kind are named \"%s\"; rename one" },
		{ "premature end of file",
		  "the file ends inside a section or a list: a } is missing" },
		{ "unexpected closing brace", "this } closes nothing; delete it" },
		{ "unexpected token '%s'",
		  "'%s' is not expected here: write key = value, with texts in double quotes" },
		{ "invalid integer value for option '%s'",
		  "'%s' must be a whole number, written without quotes" },
		{ "integer value for option '%s' is out of range", "'%s' is far too large a number" },
		{ "invalid boolean value for option '%s'", "'%s' must be true or false" },
		{ "missing equal sign after option '%s'", "'%s' must be followed by = and its value" },
		{ "missing opening brace for section '%s'",
		  "section '%s' needs a { after its name" },
		{ "missing title for section '%s'",
		  "section '%s' needs its id in double quotes before its {" },
		{ "attempt to append to non-list option '%s'",
		  "'%s' holds one value: use = instead of +=" },
		{ "missing parenthesis for function '%s'", "write %s(\"FILE\")" },
		{ "syntax error in call of function '%s'", "write %s(\"FILE\")" },
	};

	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(fmt, table[i][0]) == 0)
			return table[i][1];
	return NULL;
}

char *cfgwords_message(cfg_t *cfg, const char *fmt, va_list ap)
{
	va_list copy;
	const char *words;
	char *text = NULL;

	va_copy(copy, ap);
	if (strcmp(fmt, "no such option '%s'") == 0)
		text = no_such_key(cfg, va_arg(copy, const char *));
	else if ((words = plain_words(fmt)))
		text = strstr(fmt, "%s") ? xasprintf(words, va_arg(copy, const char *)) :
		       xstrdup(words);
	else if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(copy);
	return text ? text : xstrdup(fmt);
}
