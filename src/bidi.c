/* bidi.c: logical text into screen order with GNU FriBidi: levels for the
 * whole paragraph, Arabic shaping on the logical text, then each wrapped
 * line reordered on its own (UAX #9, 3.4), as the design note explains. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#ifdef HAVE_FRIBIDI
#include <fribidi.h>
#endif

#include "bidi.h"
#include "xalloc.h"

static enum bidi_mode mode = BIDI_NONE;

static const char *const mode_names[] = { "auto", "app", "terminal", "none" };

int bidi_mode_parse(const char *name, enum bidi_mode *out)
{
	for (size_t i = 0; i < sizeof mode_names / sizeof mode_names[0]; i++)
		if (name && strcmp(name, mode_names[i]) == 0) {
			*out = (enum bidi_mode)i;
			return 0;
		}
	return -1;
}

const char *bidi_mode_name(enum bidi_mode m)
{
	return mode_names[m];
}

bool bidi_app_built(void)
{
#ifdef HAVE_FRIBIDI
	return true;
#else
	return false;
#endif
}

void bidi_set_mode(enum bidi_mode m)
{
	mode = m == BIDI_APP && !bidi_app_built() ? BIDI_TERMINAL : m;
}

enum bidi_mode bidi_mode(void)
{
	return mode;
}

bool bidi_app(void)
{
	return mode == BIDI_APP;
}

bool bidi_mirror(bool rtl)
{
	return mode == BIDI_APP && rtl;
}

bool bidi_one_field_rows(bool rtl)
{
	return mode == BIDI_TERMINAL && rtl;
}

bool bidi_is_rtl_char(wchar_t c)
{
	return (c >= 0x0590 && c <= 0x08FF) ||	/* Hebrew, Arabic, Syriac, Thaana, N'Ko, ... */
	       (c >= 0xFB1D && c <= 0xFDFF) ||	/* Hebrew and Arabic presentation forms A */
	       (c >= 0xFE70 && c <= 0xFEFE);	/* Arabic presentation forms B */
}

bool bidi_has_rtl(const wchar_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (bidi_is_rtl_char(s[i]))
			return true;
	return false;
}

/* Zero-width format characters: in screen order they mean nothing, and
 * curses would glue them to the cell before (some fonts draw boxes). */
static bool format_char(wchar_t c)
{
	return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Copy n characters without the zero-width format characters; returns how many. */
static size_t copy_visible(wchar_t *out, const wchar_t *from, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (!format_char(from[i]))
			out[k++] = from[i];
	return k;
}

/* Whether c is a digit in ASCII, Arabic-Indic or Extended Arabic-Indic. */
static bool digit(wchar_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

/* The end of a phone number, a date or a time starting at s[i], or i when
 * none starts there: "+381 11 123 4567", "2026-11-22", "22.11.2026", "09:00",
 * "011/123-456". After Arabic letters the bidi algorithm would show their
 * digit groups in right-to-left order ("4567 123 11 381+"), so they are kept
 * left to right as a whole, as if isolated. */
size_t bidi_number_span(const wchar_t *s, size_t n, size_t i)
{
	bool phone = s[i] == '+' && i + 1 < n && digit(s[i + 1]);
	size_t j = phone ? i + 1 : i, end = i;
	int groups = 0, digits = 0;

	if (!phone && !digit(s[i]))
		return i;
	if (i > 0 && (digit(s[i - 1]) || s[i - 1] == '+'))
		return i;	/* not the start of it */
	while (j < n) {
		size_t k = j;

		while (k < n && digit(s[k]))
			k++;
		if (k == j)
			break;
		digits += (int)(k - j);
		groups++;
		end = k;
		/* one separator, then more digits */
		if (k + 1 < n && digit(s[k + 1]) &&
		    (s[k] == '-' || s[k] == '/' || s[k] == '.' || s[k] == ':' ||
		     (phone && s[k] == ' ')))
			j = k + 1;
		else
			break;
	}
	if (groups < 2 || (phone && digits < 6))
		return i;
	return end;
}

#ifdef HAVE_FRIBIDI
/* Fills `vis` (n characters) with the shaped paragraph reordered line by
 * line; false when FriBidi fails (then the caller copies the logical text). */
static bool reorder(const wchar_t *s, size_t n, bool base_rtl, const struct text_line *lines,
		    size_t nlines, FriBidiChar *vis)
{
	FriBidiStrIndex len = (FriBidiStrIndex)n;
	FriBidiCharType *types = xreallocarray(NULL, n, sizeof *types);
	FriBidiBracketType *brackets = xreallocarray(NULL, n, sizeof *brackets);
	FriBidiLevel *levels = xreallocarray(NULL, n, sizeof *levels);
	FriBidiArabicProp *joining = xreallocarray(NULL, n, sizeof *joining);
	FriBidiParType base = base_rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	bool ok = true;

	for (size_t i = 0; i < n; i++)
		vis[i] = (FriBidiChar)s[i];
	fribidi_get_bidi_types(vis, len, types);
	fribidi_get_bracket_types(vis, len, types, brackets);
	if (!fribidi_get_par_embedding_levels_ex(types, brackets, len, &base, levels)) {
		ok = false;
		goto out;
	}
	/* numbers that must read left to right: one level up, like an LRI */
	if (base_rtl)
		for (size_t i = 0; i < n; i++) {
			size_t end = bidi_number_span(s, n, i);

			for (size_t k = i; k < end; k++)
				levels[k] = (FriBidiLevel)((levels[k] | 1) + 1);
			if (end > i)
				i = end - 1;
		}
	/* Shaping works on logical order. No ligatures: LAM-ALEF would leave
	 * a U+FEFF behind and the word one column shorter than it was wrapped. */
	fribidi_get_joining_types(vis, len, joining);
	fribidi_join_arabic(types, len, levels, joining);
	fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAG_SHAPE_ARAB_PRES, levels, len, joining,
		      vis);
	for (size_t i = 0; i < nlines && ok; i++)
		if (lines[i].len &&
		    !fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types,
					  (FriBidiStrIndex)lines[i].len,
					  (FriBidiStrIndex)lines[i].start, base, levels, vis, NULL))
			ok = false;
out:
	free(types);
	free(brackets);
	free(levels);
	free(joining);
	return ok;
}
#endif

void bidi_lines(const wchar_t *s, size_t n, bool base_rtl, const struct text_line *lines,
		size_t nlines, wchar_t *out, size_t *vlen)
{
#ifdef HAVE_FRIBIDI
	if (n && (base_rtl || bidi_has_rtl(s, n))) {
		FriBidiChar *vis = xreallocarray(NULL, n, sizeof *vis);
		wchar_t *w = xreallocarray(NULL, n, sizeof *w);

		if (reorder(s, n, base_rtl, lines, nlines, vis)) {
			for (size_t i = 0; i < n; i++)
				w[i] = (wchar_t)vis[i];
			for (size_t i = 0; i < nlines; i++)
				vlen[i] = copy_visible(out + lines[i].start, w + lines[i].start,
						       lines[i].len);
			free(vis);
			free(w);
			return;
		}
		free(vis);
		free(w);
	}
#else
	(void)n;
	(void)base_rtl;
#endif
	for (size_t i = 0; i < nlines; i++)
		vlen[i] = copy_visible(out + lines[i].start, s + lines[i].start, lines[i].len);
}

wchar_t *bidi_line(const wchar_t *s, size_t n, bool base_rtl, size_t *vn)
{
	struct text_line line = { 0, n, 0 };
	wchar_t *out = xreallocarray(NULL, n + 1, sizeof *out);

	bidi_lines(s, n, base_rtl, &line, 1, out, vn);
	out[*vn] = L'\0';
	return out;
}
