/* cfgscan.c: byte checks of a configuration file and a walk over its quotes,
 * braces and comments, the way libconfuse's lexer reads them, to name a
 * syntax mistake at the line where it is. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgscan.h"
#include "xalloc.h"

/* The line of byte OFF in TEXT, counting from 1. */
static int line_at(const char *text, size_t off)
{
	int line = 1;

	for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + off - p))); p++)
		line++;
	return line;
}

/* The length of the UTF-8 sequence at P (at most N bytes), or 0 when it is
 * not well formed (overlong, a surrogate, beyond U+10FFFF, cut short). */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	size_t want;
	unsigned min, c;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		want = 2, min = 0x80, c = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		want = 3, min = 0x800, c = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		want = 4, min = 0x10000, c = p[0] & 0x07;
	else
		return 0;
	if (n < want)
		return 0;
	for (size_t i = 1; i < want; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	return want;
}

/* Sixteen bytes at a time (GCC's and Clang's vector extension; a target
 * without vector registers gets plain code): the check of a file's bytes
 * runs at every start, so its common case must cost little. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Whether the 16 bytes at P are all printable ASCII, tabs or newlines. */
static bool plain16(const unsigned char *p)
{
	bytes16 v;
	unsigned long long half[2];

	memcpy(&v, p, sizeof v);
	v = (bytes16)(((v >= 0x20) & (v < 0x7f)) | (v == '\n') | (v == '\t'));
	memcpy(half, &v, sizeof half);
	return (half[0] & half[1]) == ~0ull;
}

bool cfgscan_bytes(const char *file, const char *text, size_t len, struct diag *d,
		   bool *not_utf8)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0;

	*not_utf8 = false;
	while (i < len) {
		size_t n;

		if (i + 16 <= len && plain16(p + i)) {
			i += 16;
			continue;
		}
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			i++;
			continue;
		}
		if (p[i] == '\n' || p[i] == '\t' ||
		    (p[i] == '\r' && i + 1 < len && p[i + 1] == '\n')) {
			i++;
			continue;
		}
		if (p[i] < 0x80) {
			diag_add(d, file, line_at(text, i),
				 "a control character (U+%04X) is in this file; delete it "
				 "(only tabs and line ends may be there)", p[i]);
			return false;
		}
		n = utf8_len(p + i, len - i);
		if (n == 0) {
			*not_utf8 = true;
			diag_add(d, file, line_at(text, i),
				 "this file is not UTF-8 text; save it as UTF-8");
			return false;
		}
		if (n == 2 && p[i] == 0xc2 && p[i + 1] < 0xa0) {
			diag_add(d, file, line_at(text, i),
				 "a control character (U+%04X) is in this file; delete it",
				 p[i + 1]);
			return false;
		}
		i += n;
	}
	return true;
}

/* A walk over the text as libconfuse's lexer sees it. */
struct walk {
	const char *file, *text;
	size_t len, i;
	enum { W_CODE, W_DQ, W_SQ, W_LINE, W_BLOCK } state;
	size_t opened;		/* where the current text or comment opened */
	struct diag *d;
	size_t found;
};

/* Step over one byte outside texts and comments; true when it opened one. */
static bool open_text_or_comment(struct walk *w)
{
	const char *t = w->text;
	size_t i = w->i;

	if (t[i] == '"' || t[i] == '\'') {
		w->state = t[i] == '"' ? W_DQ : W_SQ;
	} else if (t[i] == '#' || (t[i] == '/' && i + 1 < w->len && t[i + 1] == '/')) {
		w->state = W_LINE;
	} else if (t[i] == '/' && i + 1 < w->len && t[i + 1] == '*') {
		w->state = W_BLOCK;
		w->i++;
	} else {
		return false;
	}
	w->opened = i;
	w->i++;
	return true;
}

/* Step over one byte inside a text or a comment; true when it closed it. */
static bool close_text_or_comment(struct walk *w)
{
	const char *t = w->text;
	char c = t[w->i];

	switch (w->state) {
	case W_DQ:
	case W_SQ:
		if (c == '\\' && w->i + 1 < w->len) {
			w->i += 2;
			return false;
		}
		w->i++;
		if (c == (w->state == W_DQ ? '"' : '\'')) {
			w->state = W_CODE;
			return true;
		}
		return false;
	case W_LINE:
		w->i++;
		if (c == '\n') {
			w->state = W_CODE;
			return true;
		}
		return false;
	case W_BLOCK:
		w->i++;
		if (c == '*' && w->i < w->len && t[w->i] == '/') {
			w->i++;
			w->state = W_CODE;
			return true;
		}
		return false;
	case W_CODE:
		break;
	}
	w->i++;
	return false;
}

enum cfgscan_end cfgscan_end_state(const char *text, size_t len)
{
	struct walk w = { .text = text, .len = len };

	while (w.i < len)
		if (w.state != W_CODE)
			close_text_or_comment(&w);
		else if (!open_text_or_comment(&w))
			w.i++;
	switch (w.state) {
	case W_DQ: return SCAN_END_DQ;
	case W_SQ: return SCAN_END_SQ;
	case W_BLOCK: return SCAN_END_COMMENT;
	default: return SCAN_END_CODE;
	}
}

size_t cfgscan_escapes(const char *file, const char *text, size_t len, struct diag *d)
{
	struct walk w = { .text = text, .len = len };
	size_t found = 0;

	while (w.i < len) {
		if (w.state == W_DQ || w.state == W_SQ) {
			char q = w.state == W_DQ ? '"' : '\'';

			if (text[w.i] == '\\' && w.i + 1 < len && text[w.i + 1] != '\\' &&
			    text[w.i + 1] != q) {
				diag_add(d, file, line_at(text, w.i),
					 "a backslash (\\) in a text may only stand before \\ or %c; "
					 "\\%c would not be shown as written", q,
					 text[w.i + 1] == '\n' ? ' ' : text[w.i + 1]);
				found++;
			}
			close_text_or_comment(&w);
		} else if (w.state != W_CODE) {
			close_text_or_comment(&w);
		} else if (!open_text_or_comment(&w)) {
			w.i++;
		}
	}
	return found;
}

/* One open brace: where, and the words before it ("page", "hearing"). */
struct brace {
	size_t at;
	char kind[24], title[48];
};

/* The word (a key or a section name) that ends just before byte END. */
static void word_before(const char *t, size_t end, char *out, size_t size)
{
	size_t e = end, b;

	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	b = e;
	while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\t' && t[b - 1] != '\n' &&
	       t[b - 1] != '{' && t[b - 1] != '}' && t[b - 1] != '"')
		b--;
	snprintf(out, size, "%.*s", (int)(e - b), t + b);
}

/* The section's kind and title from the text before its brace at BRACE:
 * `page "hearing" {`. */
static void section_header(const char *t, size_t brace, struct brace *b)
{
	size_t e = brace;

	b->at = brace;
	b->kind[0] = b->title[0] = '\0';
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' ||
			 t[e - 1] == '\r'))
		e--;
	if (e > 0 && (t[e - 1] == '"' || t[e - 1] == '\'')) {
		size_t q = e - 1;

		while (q > 0 && t[q - 1] != t[e - 1] && t[q - 1] != '\n')
			q--;
		if (q > 0) {
			snprintf(b->title, sizeof b->title, "%.*s", (int)(e - 1 - q), t + q);
			word_before(t, q - 1, b->kind, sizeof b->kind);
		}
	} else {
		word_before(t, e, b->kind, sizeof b->kind);
	}
}

/* "page \"hearing\"" or "this section" for messages. */
static void name_section(const struct brace *b, char *out, size_t size)
{
	if (b->kind[0] && b->title[0])
		snprintf(out, size, "%s \"%s\"", b->kind, b->title);
	else if (b->kind[0])
		snprintf(out, size, "section '%s'", b->kind);
	else
		snprintf(out, size, "this section");
}

/* Whether NAME is one of the NULL-terminated names. */
static bool listed(const char *name, const char *const *names)
{
	for (size_t i = 0; names && names[i]; i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

/* After a text closed at w->i: a word that follows on the same line and is
 * not a key (a word then '=') means a double quote inside the text ended
 * it early: "the "Eurodac" database". */
static bool quote_inside_text(const struct walk *w)
{
	const char *t = w->text;
	size_t i = w->i, k;

	while (i < w->len && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i >= w->len || strchr("\r\n,})=({#/\"'", t[i]))
		return false;
	k = i;
	while (k < w->len && !strchr(" \t\r\n,{}()=\"'#", t[k]))
		k++;
	while (k < w->len && (t[k] == ' ' || t[k] == '\t'))
		k++;
	/* key = ..., a section title { or a function ( */
	return !(k < w->len && (t[k] == '=' || t[k] == '{' || t[k] == '(' || t[k] == '+'));
}

/* A text that runs over a line starting with "key =" most likely lost its
 * closing quote where it opened. */
static bool text_runs_into_key(const char *t, size_t from, size_t to)
{
	for (const char *p = memchr(t + from, '\n', to - from); p && (size_t)(p - t) < to;
	     p = memchr(p + 1, '\n', to - (size_t)(p + 1 - t))) {
		const char *q = p + 1;

		while (*q == ' ' || *q == '\t')
			q++;
		if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
			continue;
		while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' ||
		       (*q >= '0' && *q <= '9'))
			q++;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q == '=' || *q == '{')
			return true;
		if ((size_t)(q - t) >= to)
			break;
	}
	return false;
}

/* A character where the syntax needs a plain one: a no-break space or a
 * curly quote outside texts (pasted from a word processor). */
static bool odd_character(struct walk *w)
{
	const unsigned char *p = (const unsigned char *)w->text + w->i;
	size_t left = w->len - w->i;
	const char *what = NULL;

	if (left >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		what = "a no-break space stands where a plain space belongs; type a plain space";
	else if (left >= 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x9c || p[2] == 0x9d ||
							     p[2] == 0x9e))
		what = "a curly quote stands where a straight double quote (\") belongs";
	else if (left >= 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99))
		what = "a curly quote stands where a straight quote (' or \") belongs";
	else if (left >= 2 && p[0] == 0xc2 && (p[1] == 0xab || p[1] == 0xbb))
		what = "a guillemet (« or ») stands where a straight double quote (\") belongs";
	if (!what)
		return false;
	diag_add(w->d, w->file, line_at(w->text, w->i), "%s", what);
	w->found++;
	return true;
}

/* At the end of the walk: a text, a comment or sections left open. */
static void report_open(struct walk *w, const struct brace *stack, size_t depth)
{
	char name[96];

	if (w->state == W_DQ || w->state == W_SQ) {
		diag_add(w->d, w->file, line_at(w->text, w->opened),
			 "this text has no closing quote (%c)", w->state == W_DQ ? '"' : '\'');
		w->found++;
	} else if (w->state == W_BLOCK) {
		diag_add(w->d, w->file, line_at(w->text, w->opened),
			 "this comment (/*) is not closed: a */ is missing");
		w->found++;
	} else if (depth > 0) {
		name_section(&stack[depth - 1], name, sizeof name);
		diag_add(w->d, w->file, line_at(w->text, stack[depth - 1].at),
			 "%s is not closed: a } is missing before the end of the file", name);
		w->found++;
	}
}

/* One byte outside texts and comments: braces and odd characters. Returns
 * false when the walk must stop (the rest would only repeat the mistake). */
static bool code_byte(struct walk *w, struct brace *stack, size_t *depth,
		      const char *const *roots)
{
	const char *t = w->text;
	char name[96];

	if (t[w->i] == '{') {
		struct brace b;

		section_header(t, w->i, &b);
		if (*depth > 0 && listed(b.kind, roots)) {
			name_section(&stack[*depth - 1], name, sizeof name);
			diag_add(w->d, w->file, line_at(t, stack[*depth - 1].at),
				 "%s is not closed: a } is missing before line %d", name,
				 line_at(t, w->i));
			w->found++;
			return false;
		}
		if (*depth < 16)
			stack[(*depth)++] = b;
	} else if (t[w->i] == '}') {
		if (*depth == 0) {
			diag_add(w->d, w->file, line_at(t, w->i),
				 "this } closes nothing; delete it");
			w->found++;
			return false;
		}
		(*depth)--;
	} else if (*depth > 0 && t[w->i] == 'i' && strncmp(t + w->i, "include", 7) == 0 &&
		   (w->i == 0 || strchr(" \t\n", t[w->i - 1]))) {
		name_section(&stack[*depth - 1], name, sizeof name);
		diag_add(w->d, w->file, line_at(t, stack[*depth - 1].at),
			 "%s is not closed: a } is missing before line %d", name, line_at(t, w->i));
		w->found++;
		return false;
	} else if ((unsigned char)t[w->i] >= 0x80 && odd_character(w)) {
		return false;
	}
	w->i++;
	return true;
}

size_t cfgscan_syntax(const char *file, const char *text, size_t len,
		      const char *const *root_sections, struct diag *d)
{
	struct walk w = { .file = file, .text = text, .len = len, .d = d };
	struct brace stack[16];
	size_t depth = 0;

	while (w.i < len) {
		if (w.state == W_CODE) {
			if (open_text_or_comment(&w))
				continue;
			if (!code_byte(&w, stack, &depth, root_sections))
				return w.found;
			continue;
		}
		if (!close_text_or_comment(&w) || (w.state != W_CODE))
			continue;
		if (text[w.opened] != '"' && text[w.opened] != '\'')
			continue;
		if (text_runs_into_key(text, w.opened, w.i)) {
			diag_add(d, file, line_at(text, w.opened),
				 "this text has no closing quote (%c): it runs on into line %d",
				 text[w.opened], line_at(text, w.i));
			return w.found + 1;
		}
		if (quote_inside_text(&w)) {
			diag_add(d, file, line_at(text, w.i - 1),
				 "a double quote (\") inside a text ends it; use 'single quotes' "
				 "inside texts");
			return w.found + 1;
		}
	}
	report_open(&w, stack, depth);
	return w.found;
}

size_t cfgscan_single_quotes(char *text, size_t len)
{
	char *p = text, *end = text + len;
	size_t done = 0;

	while (p < end) {
		char *q;

		p += strcspn(p, "\"'#/");
		if (p >= end)
			break;
		if (*p == '#' || (*p == '/' && p[1] == '/')) {
			p = memchr(p, '\n', (size_t)(end - p));
			if (!p)
				break;
		} else if (*p == '/' && p[1] == '*') {
			p = strstr(p + 2, "*/");
			if (!p)
				break;
			p += 2;
			continue;
		} else if (*p == '\'') {
			/* a single-quoted text: up to its unescaped closing quote */
			for (q = p + 1; q < end && *q != '\''; q++)
				q += *q == '\\' && q + 1 < end;
			p = q;
		} else if (*p == '"') {
			q = p + 1 + strcspn(p + 1, "\"\\'");
			if (q >= end)
				break;
			if (*q == '"') {
				*p = *q = '\'';
				done++;
				p = q;
			} else {
				/* leave it to libconfuse as written: up to its closing quote */
				for (q = p + 1; q < end && *q != '"'; q++)
					q += *q == '\\' && q + 1 < end;
				p = q;
			}
		}
		p++;
	}
	return done;
}

int cfgscan_distance(const char *a, const char *b, int limit)
{
	size_t la = strlen(a), lb = strlen(b);
	int *prev, *cur, best = limit + 1;

	if ((la > lb ? la - lb : lb - la) > (size_t)limit)
		return limit + 1;
	prev = xcalloc(lb + 1, sizeof *prev);
	cur = xcalloc(lb + 1, sizeof *cur);
	for (size_t j = 0; j <= lb; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int *swap;

		cur[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int del = prev[j] + 1, ins = cur[j - 1] + 1;
			int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);

			cur[j] = del < ins ? (del < sub ? del : sub) : (ins < sub ? ins : sub);
		}
		swap = prev;
		prev = cur;
		cur = swap;
	}
	best = prev[lb];
	free(prev);
	free(cur);
	return best > limit ? limit + 1 : best;
}
