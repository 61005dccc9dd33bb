/* i18n.c: locale set-up and gettext look-ups. The only place that knows
 * which language is in use. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

static int utf8;
static char current[32] = "en";

/* No locale chosen at all (LANG unset, or C): nobody asked for ASCII. */
static int plain_c_locale(void)
{
	const char *ctype = setlocale(LC_CTYPE, NULL);

	return ctype && (strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0);
}

/* Terminals that may well be ASCII only: serial ones and the unknown. */
static int term_takes_utf8(void)
{
	const char *t = getenv("TERM");

	return t && *t && strcmp(t, "dumb") != 0 && strncmp(t, "vt", 2) != 0 &&
	       strcmp(t, "ansi") != 0;
}

/* Whether an environment value is a language or locale code ("fr",
 * "sr@latin", "fa_AF:fa", "C.UTF-8"), not a path: no '/', no "..". */
static bool is_language_code(const char *v)
{
	return !strchr(v, '/') && !strstr(v, "..");
}

void i18n_kiosk_env(void)
{
	extern char **environ;
	char names[64][32];
	size_t n = 0;

	/* the names first: unsetenv changes environ */
	for (char **e = environ; e && *e && n < 64; e++) {
		const char *eq = strchr(*e, '=');
		size_t len = eq ? (size_t)(eq - *e) : 0;

		if (!eq || len >= sizeof names[0] || is_language_code(eq + 1))
			continue;
		if ((len == 4 && strncmp(*e, "LANG", 4) == 0) ||
		    (len == 8 && strncmp(*e, "LANGUAGE", 8) == 0) || strncmp(*e, "LC_", 3) == 0) {
			memcpy(names[n], *e, len);
			names[n++][len] = '\0';
		}
	}
	for (size_t i = 0; i < n; i++)
		unsetenv(names[i]);
}

void i18n_init(const char *localedir)
{
	/* A locale the machine does not have (an SSH client's LANG, say)
	 * makes setlocale fail; C.UTF-8 is on every Debian system. */
	if (!setlocale(LC_ALL, ""))
		setlocale(LC_ALL, "C.UTF-8");
	utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	if (!utf8 && plain_c_locale() && term_takes_utf8() && setlocale(LC_CTYPE, "C.UTF-8"))
		utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* gettext translates nothing in the C locale, whatever LANGUAGE says;
	 * a serial terminal in the C locale still gets its language (spelled
	 * in ASCII, see translit.h) */
	{
		const char *msgs = setlocale(LC_MESSAGES, NULL);

		if (msgs && (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0))
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
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

/* gettext(msgid) as language `code` has it (a new string), whatever the
 * current language is; the current one is put back. *FOUND says whether the
 * catalogue has it: gettext gives back msgid itself, the same pointer, when
 * it has not, so a translation that is spelled as the English ("Police" in
 * French) still counts. */
static char *lookup_in(const char *code, const char *msgid, bool *found)
{
	const char *cur = getenv("LANGUAGE");
	char *saved = cur ? strdup(cur) : NULL;
	const char *t;
	char *out;

	*found = false;
	if (cur && !saved)
		return NULL;
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
	t = gettext(msgid);
	*found = t != msgid;
	out = strdup(t);
	if (saved)
		setenv("LANGUAGE", saved, 1);
	else
		unsetenv("LANGUAGE");
	textdomain(PACKAGE);
	free(saved);
	return out;
}

char *tr_in(const char *code, const char *msgid)
{
	bool found;
	char *t;

	if (!msgid || !*msgid)
		return NULL;
	t = lookup_in(code, msgid, &found);
	if (t && !found) {
		free(t);	/* no translation in that language */
		t = NULL;
	}
	return t;
}

const char *i18n_language(void)
{
	return current;
}

int i18n_reviewed(const char *code)
{
	/* the catalogue's header is the translation of the empty msgid */
	char *header;
	bool found;
	int reviewed;

	if (strcmp(code, "en") == 0)
		return 1;
	header = lookup_in(code, "", &found);
	/* a catalogue that does not say so has not been reviewed */
	reviewed = found && header && strstr(header, "X-Native-Speaker-Reviewed: yes") != NULL;
	free(header);
	return reviewed;
}

int i18n_utf8(void)
{
	return utf8;
}
