/* match.c: folding text so that "cacak" finds "Čačak", "Београд" finds
 * "Beograd" and a Persian "ی" finds an Arabic "ي". The tables are the
 * Serbian alphabets and the Arabic-script variants that readers type
 * interchangeably (README, "Editing the content"); case
 * and other Latin accents go through the C library (towlower) and a small
 * table of precomposed letters. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "match.h"
#include "text.h"
#include "xalloc.h"

/* Serbian Cyrillic lower-case letters (U+0430..U+045F) in Serbian Latin,
 * already folded (no diacritics). Letters not used in Serbian map to "". */
static const char *const cyrillic[0x60] = {
	/* а б в г д е ж з и й к л м н о п */
	"a", "b", "v", "g", "d", "e", "z", "z", "i", "j", "k", "l", "m", "n", "o", "p",
	/* р с т у ф х ц ч ш щ ъ ы ь э ю я */
	"r", "s", "t", "u", "f", "h", "c", "c", "s", "", "", "", "", "", "", "",
	/* ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ */
	"e", "e", "d", "", "", "", "i", "", "j", "lj", "nj", "c", "", "i", "", "dz",
};

/* One folded code point as UTF-8 into out (at most 4 bytes), or nothing. */
static size_t put_utf8(wchar_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* Latin letters with diacritics (lower case) and their base letters. */
static const struct {
	wchar_t from;
	const char *to;
} latin[] = {
	{ L'č', "c" }, { L'ć', "c" }, { L'đ', "d" }, { L'š', "s" }, { L'ž', "z" },
	{ L'à', "a" }, { L'á', "a" }, { L'â', "a" }, { L'ä', "a" }, { L'ã', "a" },
	{ L'æ', "ae" }, { L'ç', "c" }, { L'è', "e" }, { L'é', "e" }, { L'ê', "e" },
	{ L'ë', "e" }, { L'î', "i" }, { L'ï', "i" }, { L'í', "i" }, { L'ô', "o" },
	{ L'ö', "o" }, { L'ó', "o" }, { L'œ', "oe" }, { L'ù', "u" }, { L'û', "u" },
	{ L'ü', "u" }, { L'ú', "u" }, { L'ÿ', "y" }, { L'ñ', "n" },
};

/* Arabic-script letters that people type in different forms. */
static wchar_t arabic(wchar_t c)
{
	switch (c) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		return 0x0627;	/* alef with madda or hamza, wasla -> alef */
	case 0x0649: case 0x06CC: case 0x06D2:
		return 0x064A;	/* alef maksura, Farsi yeh, Urdu yeh barree -> yeh */
	case 0x06A9:
		return 0x0643;	/* Persian keheh -> kaf */
	case 0x0629:
		return 0x0647;	/* teh marbuta -> heh */
	case 0x06C1: case 0x06BE:
		return 0x0647;	/* Urdu heh goal, heh doachashmee -> heh */
	default:
		return c;
	}
}

/* Harakat, superscript alef and tatweel carry no letter. */
static bool ignorable(wchar_t c)
{
	return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
	       (c >= 0x0300 && c <= 0x036F) || c == 0x200C || c == 0x200D;
}

char *match_fold(const char *utf8)
{
	size_t n;
	wchar_t *w = text_decode(utf8, &n);
	char *out = xmalloc(n * 4 + 1), *o = out;
	bool space = true;	/* drop leading spaces */
	/* the content is UTF-8 whatever the terminal's locale: fold in UTF-8 */
	locale_t loc = text_locale();

	for (size_t i = 0; i < n; i++) {
		wchar_t c = (wchar_t)towlower_l((wint_t)w[i], loc);
		const char *rep = NULL;

		if (ignorable(c))
			continue;
		if (c >= 0x0410 && c <= 0x042F)
			c += 0x20;	/* Cyrillic capitals the locale may not know */
		if (c >= 0x0400 && c <= 0x040F)
			c += 0x50;
		if (c >= 0x0430 && c <= 0x045F)
			rep = cyrillic[c - 0x0430];
		for (size_t k = 0; !rep && k < sizeof latin / sizeof latin[0]; k++)
			if (latin[k].from == c)
				rep = latin[k].to;
		if (rep) {
			size_t len = strlen(rep);

			memcpy(o, rep, len);
			o += len;
			space = false;
			continue;
		}
		if (!iswalnum_l((wint_t)c, loc) && c < 0x0600) {
			/* spaces and punctuation separate words */
			if (!space)
				*o++ = ' ';
			space = true;
			continue;
		}
		o += put_utf8(arabic(c), o);
		space = false;
	}
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	free(w);
	/* "dj" is how đ is written without diacritics: fold it to "d" too */
	for (char *p = strstr(out, "dj"); p; p = strstr(p, "dj"))
		memmove(p + 1, p + 2, strlen(p + 2) + 1);
	return out;
}

bool match_folded(const char *text, const char *query)
{
	size_t tlen = strlen(text);

	for (const char *q = query; *q;) {
		size_t len = strcspn(q, " ");

		if (len && !memmem(text, tlen, q, len))
			return false;
		q += len;
		q += strspn(q, " ");
	}
	return true;
}
