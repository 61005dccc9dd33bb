/* i18n.h: gettext for the program's strings and the content, and the language in use. */
#ifndef PUTOKAZ_I18N_H
#define PUTOKAZ_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A translation whose printf conversions differ from its msgid's is not
 * used: the msgid is (i18n_format.c). */
#define _(s) i18n_gettext(s)
#define N_(s) (s)

/* A kiosk: drop LANGUAGE, LANG and LC_* values that are no language codes
 * (a path could point it at a catalogue in another folder). */
void i18n_kiosk_env(void);
/* gettext() and ngettext(), with a translation whose conversions do not
 * match the msgid's replaced by the msgid. */
const char *i18n_gettext(const char *msgid);
const char *i18n_ngettext(const char *msgid, const char *plural, unsigned long n);
/* Whether translation has the conversions of msgid (reordered with %n$ or not). */
bool i18n_format_matches(const char *msgid, const char *translation);
/* --check: name on report every translation in the catalogue of code whose
 * conversions are not its msgid's (which is not used); returns how many. */
size_t i18n_check_formats(const char *code, FILE *report);
/* Set the locale from the environment and bind the catalogues in LOCALEDIR. */
void i18n_init(const char *localedir);
/* Try the catalogue of code before it is used, in a child process: its
 * header, every msgid given, and plural forms for many counts (a broken
 * Plural-Forms divides by zero). A catalogue that crashes the child is never
 * used (i18n_set_language refuses it); false for it. */
bool i18n_probe(const char *code, const char *const *msgids, size_t n);
/* Where the catalogue of code is read from, in buf. */
const char *i18n_catalogue_path(const char *code, char *buf, size_t size);
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
