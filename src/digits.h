/* digits.h: the digits a language writes dates and counts in. Phone
 * numbers never go through here: they are dialled in ASCII digits. */
#ifndef PUTOKAZ_DIGITS_H
#define PUTOKAZ_DIGITS_H

#include <stddef.h>

enum digits {
	DIGITS_WESTERN,		/* 0123456789 */
	DIGITS_ARABIC_INDIC,	/* U+0660-0669, Arabic in the Mashriq */
	DIGITS_EXTENDED		/* U+06F0-06F9, Extended Arabic-Indic: Farsi, Dari, Pashto, Urdu */
};

/* "western", "arabic-indic", "extended-arabic-indic"; 0 or -1. */
int digits_parse(const char *name, int *out);
/* The ASCII digits of the UTF-8 string buf (of `size` bytes) rewritten in
 * `digits` (an enum digits: the language's, from its language_context), cut
 * to fit. */
void digits_localize(int digits, char *buf, size_t size);

/* The same for a new string, given back as a new string (the old one is freed). */
char *digits_localize_new(int digits, char *s);

#endif
