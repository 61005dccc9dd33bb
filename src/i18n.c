/* i18n.c: locale set-up and gettext look-ups. The only place that knows
 * which language is in use. */
#include "config.h"

#include <fnmatch.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/wait.h>
#include <unistd.h>

#include "i18n.h"

static int utf8;
static int found_utf8;	/* what the locale and the terminal's name say */

/* Terminals taken as ASCII only whatever the locale says: terminfo has no
 * capability that tells UTF-8, so the list is the guide's own. Serial
 * thin terminals and their emulations. Keep putokaz(1) and
 * doc/terminals.md in step. */
const char *const i18n_ascii_terms[] = {
	"vt52", "vt52-*",
	"vt100", "vt100-*", "vt102", "vt102-*",
	"vt220", "vt220-*", "vt320", "vt320-*",
	"ansi", "ansi-*",
	NULL
};
static char current[32] = "en";
static char localedir_used[4096];
/* Catalogues tried and found broken (see i18n_probe): never used. */
static char broken[32][32];
static size_t nbroken;

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

/* Whether TERM names a terminal of the ASCII list. */
static int ascii_term(void)
{
	const char *t = getenv("TERM");

	for (size_t i = 0; t && i18n_ascii_terms[i]; i++)
		if (fnmatch(i18n_ascii_terms[i], t, 0) == 0)
			return 1;
	return 0;
}

int i18n_charset_parse(const char *name)
{
	if (strcmp(name, "auto") == 0)
		return 0;
	if (strcmp(name, "ascii") == 0)
		return 1;
	if (strcmp(name, "utf-8") == 0 || strcmp(name, "UTF-8") == 0)
		return 2;
	return -1;
}

void i18n_set_charset(int mode)
{
	if (mode == 1) {
		utf8 = 0;
	} else if (mode == 2) {
		/* the person says the terminal shows UTF-8: a C locale is
		 * widened to C.UTF-8 so that wide characters can be written */
		if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
			setlocale(LC_CTYPE, "C.UTF-8");
		utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	} else {
		utf8 = found_utf8;
	}
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
	if (ascii_term())
		utf8 = 0;
	found_utf8 = utf8;
	/* gettext translates nothing in the C locale, whatever LANGUAGE says;
	 * a serial terminal in the C locale still gets its language (spelled
	 * in ASCII, see translit.h) */
	{
		const char *msgs = setlocale(LC_MESSAGES, NULL);

		if (msgs && (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0))
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
	snprintf(localedir_used, sizeof localedir_used, "%s", localedir);
	bindtextdomain(PACKAGE, localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

/* Whether the catalogue of code was found broken. */
static bool is_broken(const char *code)
{
	for (size_t i = 0; i < nbroken; i++)
		if (strcmp(broken[i], code) == 0)
			return true;
	return false;
}

/* In a child process: every msgid given and the plural forms of many counts,
 * in language code; the child ends with status 0 if nothing crashed. */
static void try_catalogue(const char *code, const char *const *msgids, size_t n)
{
	static const unsigned long counts[] = { 0, 1, 2, 3, 4, 5, 10, 11, 12, 20, 21, 22, 25,
						100, 101, 102, 111, 1000, 1000000 };

	alarm(5);	/* a plural formula cannot loop, but the reader might */
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
	(void)gettext("");
	for (size_t i = 0; i < n; i++)
		if (msgids[i] && *msgids[i])
			(void)gettext(msgids[i]);
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		(void)ngettext("in %ld day", "in %ld days", counts[i]);
		(void)ngettext("Source:", "Sources:", counts[i]);
	}
	_exit(0);
}

bool i18n_probe(const char *code, const char *const *msgids, size_t n)
{
	pid_t pid;
	int status;

	if (strcmp(code, "en") == 0 || is_broken(code))
		return !is_broken(code);
	fflush(NULL);
	pid = fork();
	if (pid == 0)
		try_catalogue(code, msgids, n);
	if (pid < 0)
		return true;	/* cannot tell: as before */
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return true;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return true;
	if (nbroken < sizeof broken / sizeof broken[0])
		snprintf(broken[nbroken++], sizeof broken[0], "%s", code);
	return false;
}

const char *i18n_catalogue_path(const char *code, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s/LC_MESSAGES/%s.mo", localedir_used, code, PACKAGE);
	return buf;
}

int i18n_set_language(const char *code)
{
	if (!code || !*code || is_broken(code))
		return -1;
	if (setenv("LANGUAGE", code, 1) < 0)
		return -1;
	if (code != current)	/* i18n_set_language(i18n_language()) is allowed */
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
