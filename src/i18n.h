/* i18n.h: gettext for the program's strings and the content, and the language in use. */
#ifndef PUTOKAZ_I18N_H
#define PUTOKAZ_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* A kiosk: drop LANGUAGE, LANG and LC_* values that are no language codes
 * (a path could point it at a catalogue in another folder). */
void i18n_kiosk_env(void);
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
/* Whether the terminal's character set is UTF-8 (otherwise draw in ASCII). */
int i18n_utf8(void);

#endif
