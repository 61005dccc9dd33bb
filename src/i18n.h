/* i18n.h: gettext for the program's strings and the content, and the language in use. */
#ifndef PUTOKAZ_I18N_H
#define PUTOKAZ_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Set the locale from the environment and bind the catalogues in LOCALEDIR. */
void i18n_init(const char *localedir);
/* Use language CODE ("en", "fr", ...) from now on; returns 0 or -1. */
int i18n_set_language(const char *code);
/* The translation of a content string (the English msgid itself when none). */
const char *tr(const char *msgid);
/* The translation of msgid in language `code` (new string), whatever the
 * current language is; NULL when that language has no translation of it. */
char *tr_in(const char *code, const char *msgid);
/* Whether the catalogue of `code` says a native speaker reviewed it (its
 * header's X-Native-Speaker-Reviewed); English is the original. */
int i18n_reviewed(const char *code);
/* The language in use (a code the guide offers), set by i18n_set_language. */
const char *i18n_language(void);
/* Whether the terminal's character set is UTF-8 (otherwise draw in ASCII):
 * the locale's, except on the terminals of i18n_ascii_terms, which get ASCII
 * whatever the locale says; i18n_set_charset overrides both. */
int i18n_utf8(void);
/* The terminal names (TERM) taken as ASCII only, NULL-terminated: patterns
 * such as "vt100*"; documented in putokaz(1) and doc/terminals.md. */
extern const char *const i18n_ascii_terms[];
/* "auto" 0, "ascii" 1, "utf-8" 2; -1 for anything else. */
int i18n_charset_parse(const char *name);
/* Draw in ASCII (1), in UTF-8 (2, if the locale can), or as found (0). */
void i18n_set_charset(int mode);

#endif
