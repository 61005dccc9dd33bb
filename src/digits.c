/* digits.c: ASCII digits rewritten as Arabic-Indic or Extended Arabic-Indic
 * digits (two bytes each in UTF-8). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "xalloc.h"


static const char *const names[] = { "western", "arabic-indic", "extended-arabic-indic" };

int digits_parse(const char *name, int *out)
{
	for (int i = 0; i < 3; i++)
		if (name && strcmp(name, names[i]) == 0) {
			*out = i;
			return 0;
		}
	return -1;
}

void digits_localize(int digits, char *buf, size_t size)
{
	/* U+0660 is D9 A0, U+06F0 is DB B0: the ten digits follow in order */
	unsigned char lead = digits == DIGITS_ARABIC_INDIC ? 0xD9 : 0xDB;
	unsigned char base = digits == DIGITS_ARABIC_INDIC ? 0xA0 : 0xB0;
	char *out;
	size_t k = 0;

	if ((digits != DIGITS_ARABIC_INDIC && digits != DIGITS_EXTENDED) || size == 0)
		return;
	out = xmalloc(strlen(buf) * 2 + 1);
	for (const char *p = buf; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			out[k++] = (char)lead;
			out[k++] = (char)(base + (*p - '0'));
		} else {
			out[k++] = *p;
		}
	}
	out[k] = '\0';
	/* cut at a character boundary if it does not fit */
	if (k >= size) {
		k = size - 1;
		while (k > 0 && ((unsigned char)out[k] & 0xC0) == 0x80)
			k--;
		out[k] = '\0';
	}
	memcpy(buf, out, k + 1);
	free(out);
}

char *digits_localize_new(int digits, char *s)
{
	/* each digit grows from one byte to two */
	size_t size = strlen(s) * 2 + 1;
	char *out = xmalloc(size);

	memcpy(out, s, strlen(s) + 1);
	free(s);
	digits_localize(digits, out, size);
	return out;
}
