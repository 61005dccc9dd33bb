/* bidi.h: right-to-left scripts on a terminal: the output mode, the
 * direction of the language in use, and logical text turned into the order
 * the screen shows it (FriBidi; see doc/bidi.md). */
#ifndef PUTOKAZ_BIDI_H
#define PUTOKAZ_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "text.h"

enum bidi_mode {
	BIDI_AUTO,	/* decide from the terminal, or ask the person */
	BIDI_APP,	/* putokaz reorders, shapes and right-aligns; the terminal must not */
	BIDI_TERMINAL,	/* logical, unshaped text: the terminal reorders and shapes */
	BIDI_NONE	/* no Arabic script at all */
};

/* "auto", "app", "terminal", "none"; 0 or -1. */
int bidi_mode_parse(const char *name, enum bidi_mode *out);
const char *bidi_mode_name(enum bidi_mode m);
/* Whether this build can do BIDI_APP (it was built with FriBidi). */
bool bidi_app_built(void);

/* The mode in use (BIDI_AUTO until decided): a property of the terminal,
 * kept here for the run. The direction belongs to the language and comes
 * from its language_context (langctx.h). */
void bidi_set_mode(enum bidi_mode m);
enum bidi_mode bidi_mode(void);
/* putokaz puts text into screen order itself. */
bool bidi_app(void);
/* ... and lays screens out right to left (rtl: the language's direction). */
bool bidi_mirror(bool rtl);
/* The terminal reorders RTL rows itself, so such a row must hold one text
 * field only (a right-to-left language in terminal mode). */
bool bidi_one_field_rows(bool rtl);

/* Whether c belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko). */
bool bidi_is_rtl_char(wchar_t c);
bool bidi_has_rtl(const wchar_t *s, size_t n);

/* One paragraph s[0..n), already wrapped into lines in logical order:
 * resolves the bidi levels of the whole paragraph (base direction RTL or
 * LTR), shapes Arabic letters to presentation forms, reorders each line on
 * its own, and writes line i in screen order to out + lines[i].start with
 * zero-width format characters dropped; vlen[i] gets its length. Columns do
 * not change. Without FriBidi the text is copied as it is. */
void bidi_lines(const wchar_t *s, size_t n, bool rtl, const struct text_line *lines,
		size_t nlines, wchar_t *out, size_t *vlen);
/* The end of a phone number, date or time that starts at s[i] (kept left to
 * right inside right-to-left text), or i when none starts there. */
size_t bidi_number_span(const wchar_t *s, size_t n, size_t i);
/* One line: a new string in screen order, *vn its length. */
wchar_t *bidi_line(const wchar_t *s, size_t n, bool rtl, size_t *vn);

#endif
