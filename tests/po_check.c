/* po_check.c: the meaning of every translation must match the English.
 *
 * Usage: po_check [-t TERMS-FILE] FILE.po...
 *
 * For every entry of each catalogue, except the header and obsolete entries,
 * it fails when the entry is fuzzy or untranslated, and when the msgstr
 * differs from the msgid in what must never be reworded:
 *   - numbers: maximal runs of digits in any of the scripts the catalogues
 *     use (ASCII, Arabic-Indic U+0660..0669, Extended Arabic-Indic
 *     U+06F0..06F9), compared by value ("03" = "3" = "۳"); digits that belong
 *     to a phone number or to a printf directive are not numbers;
 *   - printf directives (c-format entries only, as gettext decides): compared
 *     by argument position and conversion, so "%1$s %2$d" may become
 *     "%2$d %1$s";
 *   - phone numbers: "+381 11 2457-376" style (a '+' and at least 7 digits in
 *     groups), Serbian local numbers ("011 3618956": a leading 0 and at least
 *     8 digits) and the emergency numbers 112 192 193 194; compared as digit
 *     strings, and in a msgstr they must be written with ASCII digits (a phone
 *     is dialled on an ASCII keypad);
 *   - Serbian terms in parentheses ("(potvrda o registraciji)"): a group is
 *     Serbian when it has one of č ć đ š ž or a word listed in the terms file
 *     (tests/serbian-terms.txt), unless it is a web address; its text must be
 *     in the msgstr verbatim as many times as the msgid has the group (in a
 *     Serbian Cyrillic catalogue its Cyrillic transliteration also counts).
 *
 * A plural entry: each msgstr[i] must match msgid or msgid_plural (which form
 * index is the singular differs between languages: in Arabic it is 1, in
 * French 0 covers 0 and 1).
 *
 * Prints "FILE:LINE: msgid "...": what differs (expected X, found Y)" for each
 * problem and "FILE: N entries, M problems" for each file; exits 1 when there
 * was a problem, 2 on a usage or read error, 0 otherwise.
 */
#define _POSIX_C_SOURCE 200809L
#include <gettext-po.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ utilities */

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("po_check: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *r = xrealloc(NULL, n + 1);
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

struct buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

struct list {
	char **v;
	size_t n, cap;
};

static void list_add(struct list *l, char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = s;
}

static void list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Decode one UTF-8 character at S; set *LEN to its length (1 for a bad
 * byte, which decodes as itself). */
static unsigned long utf8(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long c;
	size_t n, i;

	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0) {
		n = 2;
		c = u[0] & 0x1F;
	} else if ((u[0] & 0xF0) == 0xE0) {
		n = 3;
		c = u[0] & 0x0F;
	} else if ((u[0] & 0xF8) == 0xF0) {
		n = 4;
		c = u[0] & 0x07;
	} else {
		*len = 1;
		return u[0];
	}
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*len = 1;
			return u[0];
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	*len = n;
	return c;
}

/* The value 0..9 of a digit in the scripts the catalogues use, or -1. */
static int digit_value(unsigned long c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 0x660 && c <= 0x669) /* Arabic-Indic */
		return (int)(c - 0x660);
	if (c >= 0x6F0 && c <= 0x6F9) /* Extended Arabic-Indic (fa, ps, ur) */
		return (int)(c - 0x6F0);
	return -1;
}

static int digit_at(const char *s, size_t *len)
{
	if (!*s) {
		*len = 0;
		return -1;
	}
	return digit_value(utf8(s, len));
}

static int ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Within a phone number: a space, no-break space, narrow no-break or thin
 * space, a hyphen (also U+2010, U+2011), a slash, or a left-to-right or
 * right-to-left mark. */
static int phone_separator(const char *s, size_t *len)
{
	unsigned long c;

	if (!*s)
		return 0;
	c = utf8(s, len);
	return c == ' ' || c == '-' || c == '/' || c == 0xA0 || c == 0x202F ||
	       c == 0x2009 || c == 0x2010 || c == 0x2011 || c == 0x200E ||
	       c == 0x200F;
}

/* ------------------------------------------------------------- scanning */

struct tokens {
	struct list numbers;  /* values, as ASCII decimal without leading 0s */
	struct list formats;  /* "POS$FLAGSWIDTH.PRECLENCONV" */
	struct list phones;   /* digits only, "+" first for an international */
	struct list nonascii; /* phones written with other digits, as written */
};

static void tokens_free(struct tokens *t)
{
	list_free(&t->numbers);
	list_free(&t->formats);
	list_free(&t->phones);
	list_free(&t->nonascii);
}

/* Skip a width or precision at P: digits, '*' or '*N$'. A plain '*' takes
 * an argument of its own unless the directive has a position (POS). */
static const char *skip_width(const char *p, unsigned pos, unsigned *next_arg)
{
	if (*p == '*') {
		p++;
		while (*p >= '0' && *p <= '9')
			p++;
		if (*p == '$')
			p++;
		else if (!pos)
			(*next_arg)++;
	} else {
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return p;
}

/* Parse a C format directive at S (which is '%'); return its length, or 0
 * when it is not one ("%%" is handled by the caller). Store its key. */
static size_t parse_directive(const char *s, unsigned *next_arg, char **key)
{
	const char *p = s + 1, *q;
	unsigned pos = 0;
	struct buf b = { 0 };
	char num[32];

	/* an argument position: %N$ */
	for (q = p; *q >= '0' && *q <= '9'; q++)
		;
	if (q > p && *q == '$') {
		pos = (unsigned)strtoul(p, NULL, 10);
		p = q + 1;
	}
	q = p;
	while (*p && strchr("-+ #0'I", *p))
		p++;
	p = skip_width(p, pos, next_arg);
	if (*p == '.')
		p = skip_width(p + 1, pos, next_arg);	/* the precision */
	/* a length: hh h l ll L q j z Z t */
	while (*p && strchr("hlLqjzZt", *p))
		p++;
	if (!*p || !strchr("diouxXeEfFgGaAcsCSpn", *p))
		return 0;
	p++;
	if (!pos)
		pos = ++*next_arg;
	snprintf(num, sizeof num, "%%%u$", pos);
	buf_str(&b, num);
	buf_add(&b, q, (size_t)(p - q));
	*key = b.s;
	return (size_t)(p - s);
}

/* Is the digit string D of NDIG digits in GROUPS groups (the first of
 * FIRST digits, the last of LAST digits) a local phone number? */
static int local_phone(const char *d, size_t ndig, size_t groups,
		       size_t first, size_t last)
{
	static const char *const emergency[] = { "112", "192", "193", "194" };

	if (groups == 1 && ndig == 3) {
		for (size_t i = 0; i < sizeof emergency / sizeof *emergency; i++)
			if (!strcmp(d, emergency[i]))
				return 1;
		return 0;
	}
	/* 011 3618956, 064/123-4567; but not a date like 01-02-2024 */
	if (d[0] != '0' || ndig < 8 || first < 2 || first > 4)
		return 0;
	if (groups == 3 && first == 2 && last == 4 && ndig == 8)
		return 0;
	return 1;
}

/* Read a phone-like run of digit groups at S (which is a digit, or '+'
 * followed by a digit). Return its length in bytes, and fill the digits in
 * ASCII (D, with room for CAP bytes), their count, the number of groups,
 * the length of the first and of the last group and whether every digit is
 * ASCII. */
static size_t digit_groups(const char *s, char *d, size_t cap, size_t *ndig,
			   size_t *groups, size_t *first, size_t *last,
			   int *ascii)
{
	const char *p = s, *end;
	size_t len, glen;
	int v;

	*ndig = *groups = *first = *last = 0;
	*ascii = 1;
	if (*p == '+')
		p++;
	for (;;) {
		glen = 0;
		while ((v = digit_at(p, &len)) >= 0) {
			if (len > 1)
				*ascii = 0;
			if (*ndig + 1 < cap)
				d[(*ndig)++] = (char)('0' + v);
			glen++;
			p += len;
		}
		(*groups)++;
		if (*groups == 1)
			*first = glen;
		*last = glen;
		end = p;
		/* up to three separators, then more digits */
		size_t seps = 0;
		while (seps < 3 && phone_separator(p, &len)) {
			p += len;
			seps++;
		}
		if (!seps || digit_at(p, &len) < 0) {
			p = end;
			break;
		}
	}
	d[*ndig] = '\0';
	return (size_t)(p - s);
}

static void scan(const char *s, int c_format, struct tokens *t)
{
	const char *p = s;
	unsigned next_arg = 0;
	unsigned long prev = 0; /* the character before P */
	size_t len;

	while (*p) {
		char *key;
		size_t n;

		if (c_format && *p == '%') {
			if (p[1] == '%') {
				p += 2;
				prev = '%';
				continue;
			}
			n = parse_directive(p, &next_arg, &key);
			if (n) {
				list_add(&t->formats, key);
				p += n;
				prev = 'd';
				continue;
			}
		}

		size_t dl;
		int start_digit = digit_at(p, &dl) >= 0;
		int start_plus = *p == '+' && digit_at(p + 1, &dl) >= 0;
		if ((start_digit || start_plus) && digit_value(prev) < 0 &&
		    !ascii_alpha((int)prev) && prev != '+' && prev != '.') {
			char d[64];
			size_t ndig, groups, first, last;
			int ascii;

			n = digit_groups(p, d, sizeof d, &ndig, &groups, &first,
					 &last, &ascii);
			const char *after = p + n;
			int bounded = !ascii_alpha(*after) &&
				      digit_at(after, &len) < 0;
			if (bounded && ((start_plus && ndig >= 7) ||
					(start_digit &&
					 local_phone(d, ndig, groups, first,
						     last)))) {
				struct buf b = { 0 };
				if (start_plus)
					buf_str(&b, "+");
				buf_str(&b, d);
				list_add(&t->phones, b.s);
				if (!ascii)
					list_add(&t->nonascii,
						 xstrndup(p, n));
				p = after;
				prev = '0';
				continue;
			}
		}

		if (start_digit) {
			struct buf b = { 0 };
			int v;
			while ((v = digit_at(p, &len)) >= 0) {
				if (b.len || v) {
					char c = (char)('0' + v);
					buf_add(&b, &c, 1);
				}
				p += len;
			}
			if (!b.len)
				buf_str(&b, "0");
			list_add(&t->numbers, b.s);
			prev = '0';
			continue;
		}

		prev = utf8(p, &len);
		p += len;
	}
}

/* ------------------------------------------------------- Serbian terms */

static struct list serbian_words;

static int load_terms(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!f) {
		fprintf(stderr, "po_check: cannot read %s\n", path);
		return -1;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		while (n > 0 && strchr(" \t\r\n", line[n - 1]))
			line[--n] = '\0';
		char *w = line;
		while (*w == ' ' || *w == '\t')
			w++;
		if (!*w || *w == '#')
			continue;
		list_add(&serbian_words, xstrndup(w, strlen(w)));
	}
	free(line);
	fclose(f);
	return 0;
}

/* The letters of Serbian Latin that English has not. */
static int serbian_letter(unsigned long c)
{
	return c == 0x10D || c == 0x10C || /* č Č */
	       c == 0x107 || c == 0x106 || /* ć Ć */
	       c == 0x111 || c == 0x110 || /* đ Đ */
	       c == 0x161 || c == 0x160 || /* š Š */
	       c == 0x17E || c == 0x17D;   /* ž Ž */
}

static int word_letter(unsigned long c)
{
	return ascii_alpha((int)c) || serbian_letter(c);
}

static int same_word_ci(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);
	if (an != bn)
		return 0;
	for (size_t i = 0; i < an; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return 0;
	}
	return 1;
}

/* A web address: letters, digits or '-', a '.', and two or more letters,
 * with no space in between ("azil.rs", "help.unhcr.org/serbia"). */
static int has_domain(const char *s, size_t n)
{
	for (size_t i = 1; i + 2 < n; i++) {
		if (s[i] != '.')
			continue;
		unsigned char b = (unsigned char)s[i - 1];
		if (!(ascii_alpha(b) || (b >= '0' && b <= '9') || b == '-'))
			continue;
		if (ascii_alpha(s[i + 1]) && ascii_alpha(s[i + 2]))
			return 1;
	}
	return 0;
}

static int serbian_group(const char *s, size_t n)
{
	size_t i = 0, len;

	if (has_domain(s, n))
		return 0;
	while (i < n) {
		unsigned long c = utf8(s + i, &len);
		if (serbian_letter(c))
			return 1;
		if (!word_letter(c)) {
			i += len;
			continue;
		}
		size_t start = i;
		while (i < n && word_letter(utf8(s + i, &len)))
			i += len;
		for (size_t w = 0; w < serbian_words.n; w++)
			if (same_word_ci(s + start, i - start,
					 serbian_words.v[w]))
				return 1;
	}
	return 0;
}

/* The Serbian terms in parentheses in S (innermost groups), one entry per
 * occurrence. A group is cut at ',' and ';' into parts judged one by one:
 * in "(Sl. glasnik RS 118/2023, 28 December 2023)" the citation is Serbian
 * and the date is English. */
static void serbian_terms(const char *s, struct list *out)
{
	for (const char *p = s; (p = strchr(p, '(')); p++) {
		const char *e = p + 1;
		while (*e && *e != '(' && *e != ')')
			e++;
		if (*e != ')')
			continue;
		for (const char *a = p + 1; a < e;) {
			const char *b = a;
			while (b < e && *b != ',' && *b != ';')
				b++;
			while (a < b && *a == ' ')
				a++;
			size_t n = (size_t)(b - a);
			while (n && a[n - 1] == ' ')
				n--;
			if (n && serbian_group(a, n))
				list_add(out, xstrndup(a, n));
			a = b + (b < e);
		}
	}
}

/* Serbian Latin to Cyrillic: 30 letters, lj nj dž being one letter each. */
static const struct {
	const char *lat, *cyr;
} translit[] = {
	/* the digraphs first */
	{ "LJ", "Љ" }, { "Lj", "Љ" }, { "lj", "љ" },
	{ "NJ", "Њ" }, { "Nj", "Њ" }, { "nj", "њ" },
	{ "DŽ", "Џ" }, { "Dž", "Џ" }, { "dž", "џ" },
	{ "A", "А" }, { "a", "а" }, { "B", "Б" }, { "b", "б" },
	{ "V", "В" }, { "v", "в" }, { "G", "Г" }, { "g", "г" },
	{ "D", "Д" }, { "d", "д" }, { "Đ", "Ђ" }, { "đ", "ђ" },
	{ "E", "Е" }, { "e", "е" }, { "Ž", "Ж" }, { "ž", "ж" },
	{ "Z", "З" }, { "z", "з" }, { "I", "И" }, { "i", "и" },
	{ "J", "Ј" }, { "j", "ј" }, { "K", "К" }, { "k", "к" },
	{ "L", "Л" }, { "l", "л" }, { "M", "М" }, { "m", "м" },
	{ "N", "Н" }, { "n", "н" }, { "O", "О" }, { "o", "о" },
	{ "P", "П" }, { "p", "п" }, { "R", "Р" }, { "r", "р" },
	{ "S", "С" }, { "s", "с" }, { "T", "Т" }, { "t", "т" },
	{ "Ć", "Ћ" }, { "ć", "ћ" }, { "U", "У" }, { "u", "у" },
	{ "F", "Ф" }, { "f", "ф" }, { "H", "Х" }, { "h", "х" },
	{ "C", "Ц" }, { "c", "ц" }, { "Č", "Ч" }, { "č", "ч" },
	{ "Š", "Ш" }, { "š", "ш" },
};

static char *to_cyrillic(const char *s)
{
	struct buf b = { 0 };

	buf_str(&b, "");
	while (*s) {
		size_t i, n = 0;
		for (i = 0; i < sizeof translit / sizeof *translit; i++) {
			n = strlen(translit[i].lat);
			if (!strncmp(s, translit[i].lat, n))
				break;
		}
		if (i < sizeof translit / sizeof *translit) {
			buf_str(&b, translit[i].cyr);
			s += n;
		} else {
			size_t len;
			utf8(s, &len);
			buf_add(&b, s, len);
			s += len;
		}
	}
	return b.s;
}

static size_t count_substr(const char *hay, const char *needle)
{
	size_t n = 0, len = strlen(needle);
	if (!len)
		return 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += len)
		n++;
	return n;
}

/* ------------------------------------------------------------ reporting */

static const char *cur_file;
static size_t problems;

/* The msgid as a short C string for a message. */
static char *show_msgid(const char *s)
{
	struct buf b = { 0 };
	size_t chars = 0, len;

	buf_str(&b, "\"");
	while (*s && chars < 50) {
		if (*s == '\n')
			buf_str(&b, "\\n");
		else if (*s == '\t')
			buf_str(&b, "\\t");
		else if (*s == '"')
			buf_str(&b, "\\\"");
		else if (*s == '\\')
			buf_str(&b, "\\\\");
		else {
			utf8(s, &len);
			buf_add(&b, s, len);
			s += len;
			chars++;
			continue;
		}
		s++;
		chars++;
	}
	buf_str(&b, *s ? "...\"" : "\"");
	return b.s;
}

struct entry {
	const char *msgid;
	size_t line; /* 0: unknown */
	const char *where; /* "" or " msgstr[N]" */
};

static void report(const struct entry *e, const char *fmt, ...)
{
	char *id = show_msgid(e->msgid);
	va_list ap;

	if (e->line)
		printf("%s:%zu: msgid %s%s: ", cur_file, e->line, id, e->where);
	else
		printf("%s: msgid %s%s: ", cur_file, id, e->where);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	free(id);
	problems++;
}

/* Compare two multisets; report what the expected side has that the found
 * side lacks, and the reverse. Return 1 when they differ. */
static int compare(struct list *want, struct list *got,
		   const struct entry *e, int quiet, const char *what)
{
	char **a = want->v, **b = got->v;
	struct buf miss = { 0 }, extra = { 0 };
	size_t i = 0, j = 0;

	/* the lists are the caller's scratch: sort them in place */
	if (want->n)
		qsort(a, want->n, sizeof *a, cmp_str);
	if (got->n)
		qsort(b, got->n, sizeof *b, cmp_str);
	while (i < want->n || j < got->n) {
		int c = i == want->n ? 1 : j == got->n ? -1 : strcmp(a[i], b[j]);
		struct buf *to = c < 0 ? &miss : &extra;
		if (!c) {
			i++;
			j++;
			continue;
		}
		if (to->len)
			buf_str(to, " ");
		buf_str(to, c < 0 ? a[i++] : b[j++]);
	}
	int differ = miss.len || extra.len;
	if (differ && !quiet)
		report(e, "%s differ (expected %s, found %s)", what,
		       miss.len ? miss.s : "none", extra.len ? extra.s : "none");
	free(miss.s);
	free(extra.s);
	return differ;
}

static int debug; /* PO_CHECK_DEBUG=1: show what was found */

static void dump_list(const char *what, const struct list *l)
{
	if (!l->n)
		return;
	printf("  %s:", what);
	for (size_t i = 0; i < l->n; i++)
		printf(" %s", l->v[i]);
	putchar('\n');
}

static void dump(const struct entry *e, const struct tokens *want,
		 const struct tokens *got, const char *english)
{
	struct list terms = { 0 };
	char *id = show_msgid(e->msgid);

	serbian_terms(english, &terms);
	if (want->numbers.n || want->formats.n || want->phones.n || terms.n ||
	    got->numbers.n || got->formats.n || got->phones.n) {
		printf("%s:%zu: msgid %s%s\n", cur_file, e->line, id, e->where);
		dump_list("numbers", &want->numbers);
		dump_list("formats", &want->formats);
		dump_list("phones", &want->phones);
		dump_list("terms", &terms);
		dump_list("msgstr numbers", &got->numbers);
		dump_list("msgstr formats", &got->formats);
		dump_list("msgstr phones", &got->phones);
	}
	free(id);
	list_free(&terms);
}

/* Check one msgstr against one English form; return the problem count. */
static int check_text(const char *english, const char *msgstr, int c_format,
		      int cyrillic, const struct entry *e, int quiet)
{
	struct tokens want = { 0 }, got = { 0 };
	struct list terms = { 0 };
	int n = 0;

	scan(english, c_format, &want);
	scan(msgstr, c_format, &got);
	if (debug && !quiet)
		dump(e, &want, &got, english);
	n += compare(&want.numbers, &got.numbers, e, quiet, "numbers");
	n += compare(&want.formats, &got.formats, e, quiet,
		     "format directives");
	n += compare(&want.phones, &got.phones, e, quiet, "phone numbers");
	for (size_t i = 0; i < got.nonascii.n; i++) {
		n++;
		if (!quiet)
			report(e, "phone number not in ASCII digits (expected "
			       "0-9, found %s)", got.nonascii.v[i]);
	}

	serbian_terms(english, &terms);
	for (size_t i = 0; i < terms.n; i++) {
		size_t need = 0, have;
		int seen = 0;
		for (size_t k = 0; k < terms.n; k++) {
			if (!strcmp(terms.v[k], terms.v[i])) {
				need++;
				seen |= k < i;
			}
		}
		if (seen)
			continue; /* already counted */
		have = count_substr(msgstr, terms.v[i]);
		if (cyrillic) {
			char *cyr = to_cyrillic(terms.v[i]);
			have += count_substr(msgstr, cyr);
			if (have < need && !quiet)
				report(e, "Serbian term missing (expected "
				       "\"%s\" or \"%s\" %zu time(s), found %zu)",
				       terms.v[i], cyr, need, have);
			free(cyr);
		} else if (have < need && !quiet) {
			report(e, "Serbian term missing (expected \"%s\" "
			       "%zu time(s), found %zu)", terms.v[i], need,
			       have);
		}
		n += have < need;
	}
	list_free(&terms);
	tokens_free(&want);
	tokens_free(&got);
	return n;
}

/* ------------------------------------------------------------ the files */

static void xerror(int severity, po_message_t message, const char *filename,
		   size_t lineno, size_t column, int multiline_p,
		   const char *text)
{
	(void)message;
	(void)column;
	(void)multiline_p;
	if (filename && lineno != (size_t)-1)
		fprintf(stderr, "%s:%zu: %s\n", filename, lineno, text);
	else
		fprintf(stderr, "%s: %s\n", filename ? filename : cur_file,
			text);
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(2);
	if (severity == PO_SEVERITY_ERROR)
		problems++;
}

static void xerror2(int severity, po_message_t m1, const char *f1, size_t l1,
		    size_t c1, int ml1, const char *t1, po_message_t m2,
		    const char *f2, size_t l2, size_t c2, int ml2,
		    const char *t2)
{
	/* one problem, told in two places: count it once */
	xerror(severity == PO_SEVERITY_FATAL_ERROR ? PO_SEVERITY_ERROR
						   : severity,
	       m1, f1, l1, c1, ml1, t1);
	xerror(severity == PO_SEVERITY_FATAL_ERROR ? severity
						   : PO_SEVERITY_WARNING,
	       m2, f2, l2, c2, ml2, t2);
}

static const struct po_xerror_handler handler = { xerror, xerror2 };

/* libgettextpo keeps no line of a message in the .po file itself
 * (po_message_filepos is the "#:" reference into the sources), so find the
 * "msgid" lines of the entries, which it returns in the order of the file. */
struct lines {
	size_t *live, nlive, *old, nold;
};

static void find_lines(const char *path, struct lines *l)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, no = 0, lc = 0, oc = 0;

	memset(l, 0, sizeof *l);
	if (!f)
		return;
	while (getline(&line, &cap, f) >= 0) {
		no++;
		size_t **v = NULL, *n = NULL, *c = NULL;
		if (!strncmp(line, "msgid ", 6)) {
			v = &l->live;
			n = &l->nlive;
			c = &lc;
		} else if (!strncmp(line, "#~ msgid ", 9)) {
			v = &l->old;
			n = &l->nold;
			c = &oc;
		}
		if (!v)
			continue;
		if (*n == *c) {
			*c = *c ? *c * 2 : 256;
			*v = xrealloc(*v, *c * sizeof **v);
		}
		(*v)[(*n)++] = no;
	}
	free(line);
	fclose(f);
}

/* What the catalogue's header says: whether it is in Serbian Cyrillic
 * ("Language: sr") and whether a native speaker has reviewed it
 * ("X-Native-Speaker-Reviewed: yes" or "no"; *REVIEW is 1 when the field is
 * missing or says something else). (The header is taken from the message:
 * po_file_domain_header returns a copy that libgettextpo 0.21 allocates,
 * behind a const pointer.) */
static int cyrillic_catalogue(po_file_t file, int *review)
{
	po_message_iterator_t it = po_message_iterator(file, NULL);
	const char *header = NULL;
	po_message_t m;
	char *lang, *reviewed;
	int cyr = 0;

	while ((m = po_next_message(it)))
		if (!*po_message_msgid(m) && !po_message_msgctxt(m) &&
		    !po_message_is_obsolete(m)) {
			header = po_message_msgstr(m);
			break;
		}
	lang = header ? po_header_field(header, "Language") : NULL;
	reviewed = header ? po_header_field(header, "X-Native-Speaker-Reviewed") : NULL;
	po_message_iterator_free(it);

	if (lang) {
		cyr = !strncmp(lang, "sr", 2) && (!lang[2] || lang[2] == '_') &&
		      !strstr(lang, "@latin") && !strstr(lang, "Latn");
		free(lang);
	}
	*review = !reviewed || (strcmp(reviewed, "yes") != 0 && strcmp(reviewed, "no") != 0);
	free(reviewed);
	return cyr;
}

static int check_file(const char *path)
{
	po_file_t file;
	struct lines lines;
	size_t live = 0, entries = 0;

	cur_file = path;
	problems = 0;
	errno = 0;
	file = po_file_read(path, &handler);
	if (!file) {
		fprintf(stderr, "%s: cannot read: %s\n", path,
			errno ? strerror(errno) : "not a PO file");
		return 2;
	}
	find_lines(path, &lines);
	int review_missing;
	int cyrillic = cyrillic_catalogue(file, &review_missing);

	/* count the messages first: with a count that does not match the
	 * "msgid" lines, no line is printed rather than a wrong one */
	po_message_iterator_t it = po_message_iterator(file, NULL);
	size_t nlive = 0, nold = 0;
	po_message_t m;
	while ((m = po_next_message(it))) {
		if (po_message_is_obsolete(m))
			nold++;
		else
			nlive++;
	}
	po_message_iterator_free(it);
	int lines_ok = nlive == lines.nlive && nold == lines.nold;

	it = po_message_iterator(file, NULL);
	while ((m = po_next_message(it))) {
		struct entry e = { po_message_msgid(m), 0, "" };
		if (po_message_is_obsolete(m))
			continue;
		if (lines_ok)
			e.line = lines.live[live];
		live++;
		if (!*e.msgid && !po_message_msgctxt(m)) {
			/* the chooser marks catalogues nobody has reviewed */
			if (review_missing)
				report(&e, "header: no review field (expected "
				       "\"X-Native-Speaker-Reviewed: yes\" or \"no\")");
			continue;
		}
		entries++;

		int c_format = po_message_is_format(m, "c-format");
		const char *plural = po_message_msgid_plural(m);
		if (po_message_is_fuzzy(m))
			report(&e, "fuzzy (expected a reviewed translation, "
			       "found a \"#, fuzzy\" mark)");
		if (!plural) {
			const char *str = po_message_msgstr(m);
			if (!*str) {
				report(&e, "untranslated (expected a msgstr, "
				       "found \"\")");
				continue;
			}
			check_text(e.msgid, str, c_format, cyrillic, &e, 0);
			continue;
		}
		const char *str;
		for (int i = 0; (str = po_message_msgstr_plural(m, i)); i++) {
			char where[32];
			snprintf(where, sizeof where, " msgstr[%d]", i);
			e.where = where;
			if (!*str) {
				report(&e, "untranslated (expected a msgstr, "
				       "found \"\")");
				continue;
			}
			/* either English form will do; report against the
			 * nearer one (msgid_plural when both are as near) */
			int a = check_text(plural, str, c_format, cyrillic, &e,
					   1);
			if (!a)
				continue;
			int b = check_text(e.msgid, str, c_format, cyrillic,
					   &e, 1);
			if (!b)
				continue;
			check_text(b < a ? e.msgid : plural, str, c_format,
				   cyrillic, &e, 0);
		}
	}
	po_message_iterator_free(it);

	free(lines.live);
	free(lines.old);
	po_file_free(file);
	printf("%s: %zu entries, %zu problem%s\n", path, entries, problems,
	       problems == 1 ? "" : "s");
	return problems ? 1 : 0;
}

/* Under LeakSanitizer (the CI's sanitizer build): libgettextpo 0.21 keeps
 * the name of each file it has read (lex_start) past po_file_free. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgettextpo.so\n";
}

const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

int main(int argc, char **argv)
{
	const char *terms = NULL;
	int i = 1, status = 0;
	char *def = NULL;

	if (i + 1 < argc && !strcmp(argv[i], "-t")) {
		terms = argv[i + 1];
		i += 2;
	}
	if (i >= argc) {
		fputs("usage: po_check [-t TERMS-FILE] FILE.po...\n", stderr);
		return 2;
	}
	if (!terms) {
		const char *srcdir = getenv("srcdir");
		struct buf b = { 0 };
		buf_str(&b, srcdir && *srcdir ? srcdir : ".");
		buf_str(&b, "/tests/serbian-terms.txt");
		terms = def = b.s;
	}
	debug = getenv("PO_CHECK_DEBUG") && *getenv("PO_CHECK_DEBUG") == '1';
	if (load_terms(terms) < 0)
		return 2;
	free(def);
	for (; i < argc; i++) {
		int r = check_file(argv[i]);
		if (r > status)
			status = r;
	}
	list_free(&serbian_words);
	return status;
}
