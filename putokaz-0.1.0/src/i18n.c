/* i18n.c: locale set-up and gettext look-ups. The only place that knows
 * which language is in use. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

static int utf8;
static char current[32] = "en";

void i18n_init(const char *localedir)
{
	/* A locale the machine does not have (an SSH client's LANG, say)
	 * makes setlocale fail; C.UTF-8 is on every Debian system. */
	if (!setlocale(LC_ALL, ""))
		setlocale(LC_ALL, "C.UTF-8");
	utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	bindtextdomain(PACKAGE, localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

int i18n_set_language(const char *code)
{
	if (!code || !*code)
		return -1;
	if (setenv("LANGUAGE", code, 1) < 0)
		return -1;
	snprintf(current, sizeof current, "%s", code);
	/* gettext caches translations; naming the domain again drops the cache
	 * so that the new LANGUAGE takes effect at once. */
	textdomain(PACKAGE);
	return 0;
}

const char *tr(const char *msgid)
{
	/* gettext("") returns the catalogue header; an empty string stays empty. */
	if (!msgid || !*msgid)
		return msgid ? msgid : "";
	return gettext(msgid);
}

char *tr_in(const char *code, const char *msgid)
{
	const char *cur = getenv("LANGUAGE");
	char *saved = cur ? strdup(cur) : NULL;
	const char *t;
	char *out = NULL;

	if (!msgid || !*msgid || (cur && !saved))
		return NULL;
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
	t = gettext(msgid);
	if (t != msgid && strcmp(t, msgid) != 0)
		out = strdup(t);
	if (saved)
		setenv("LANGUAGE", saved, 1);
	else
		unsetenv("LANGUAGE");
	textdomain(PACKAGE);
	free(saved);
	return out;
}

const char *i18n_language(void)
{
	return current;
}

int i18n_reviewed(const char *code)
{
	const char *cur = getenv("LANGUAGE");
	char *saved = cur ? strdup(cur) : NULL;
	const char *header;
	int reviewed;

	if (strcmp(code, "en") == 0)
		return 1;
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
	/* the catalogue's header is the translation of the empty msgid */
	header = gettext("");
	reviewed = header && *header && !strstr(header, "X-Native-Speaker-Reviewed: no");
	if (saved)
		setenv("LANGUAGE", saved, 1);
	else
		unsetenv("LANGUAGE");
	textdomain(PACKAGE);
	free(saved);
	return reviewed;
}

int i18n_utf8(void)
{
	return utf8;
}
