/* linefix.c: libconfuse 3.3 (Debian 12) counts lines wrongly after comments:
 * each "#" or "//" comment adds two lines too many and each block comment
 * one, so an error on line 5 of a file that starts with a comment is
 * reported as line 7. Every screen file starts with a comment, so FILE:LINE
 * in messages and in the translation template would point at the wrong
 * place. We do not patch the library: we measure its miscount once (so a
 * fixed libconfuse needs no correction) and map its line back to the real
 * one by finding where comments end in the file. */
#include "config.h"

#include <confuse.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linefix.h"
#include "xalloc.h"

struct line_map {
	char *file;
	int *extra;	/* extra[r]: lines libconfuse has added before real line r */
	int nlines;
	bool comments;	/* false: libconfuse's numbers are right in this file */
};

struct linefix {
	struct line_map *maps;
	size_t n;
	size_t last;		/* the map used last */
};

static int extra_line = -1, extra_block = -1;
static int probe_line;

/* libconfuse's error callback while probing: keep only the line. */
static void probe_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	(void)fmt;
	(void)ap;
	probe_line = cfg->line;
}

/* The line libconfuse reports for "bogus" on real line 2, after `first`. */
static int probe(const char *first)
{
	static cfg_opt_t opts[] = { CFG_END() };
	cfg_t *cfg = cfg_init(opts, CFGF_NONE);
	char *buf = xasprintf("%s\nbogus = 1\n", first);

	probe_line = 0;
	cfg_set_error_function(cfg, probe_error);
	cfg_parse_buf(cfg, buf);
	cfg_free(cfg);
	free(buf);
	return probe_line;
}

void linefix_extra(int *per_line_comment, int *per_block_comment)
{
	if (extra_line < 0) {
		int l = probe("# comment"), b = probe("/* comment */");

		extra_line = l >= 2 ? l - 2 : 0;
		extra_block = b >= 2 ? b - 2 : 0;
	}
	*per_line_comment = extra_line;
	*per_block_comment = extra_block;
}

struct linefix *linefix_new(void)
{
	return xcalloc(1, sizeof(struct linefix));
}

void linefix_free(struct linefix *lf)
{
	if (!lf)
		return;
	for (size_t i = 0; i < lf->n; i++) {
		free(lf->maps[i].file);
		free(lf->maps[i].extra);
	}
	free(lf->maps);
	free(lf);
}

enum lex_state { CODE, DQ, SQ, LINE_COMMENT, BLOCK_COMMENT, NSTATES };

/* For each state, the characters that may change something; the others are
 * skipped in a tight loop (a directory of 10,000 contacts is megabytes). */
static const char *const stop_chars[NSTATES] = {
	[CODE] = "\"'#/*\n", [DQ] = "\\\"\n", [SQ] = "\\'\n", [LINE_COMMENT] = "\n",
	[BLOCK_COMMENT] = "/\n",
};

/* For each lexer state, the bytes the comment map must stop at (built once). */
static const bool *stops_of(enum lex_state st)
{
	static bool table[NSTATES][256];
	static bool ready;

	if (!ready) {
		for (int s = 0; s < NSTATES; s++)
			for (const char *c = stop_chars[s]; *c; c++)
				table[s][(unsigned char)*c] = true;
		ready = true;
	}
	return table[st];
}

/* Walk the file as libconfuse's lexer does, only far enough to know where
 * strings and comments are, and note the extra lines before each line. */
static void build_map(struct line_map *m, int per_line, int per_block)
{
	enum lex_state state = CODE;
	FILE *fp = fopen(m->file, "r");
	int c, prev = 0, extra = 0, line = 1, cap = 64;
	char buf[8192];
	size_t len = 0, pos = 0;

	m->extra = xcalloc((size_t)cap, sizeof *m->extra);
	m->nlines = 1;
	m->comments = false;
	if (!fp)
		return;
	for (;;) {
		if (pos == len) {
			len = fread(buf, 1, sizeof buf, fp);
			pos = 0;
			if (len == 0)
				break;
		}
		{
			const bool *stop = stops_of(state);
			size_t p = pos;

			while (p < len && !stop[(unsigned char)buf[p]])
				p++;
			if (p > pos) {
				prev = (unsigned char)buf[p - 1];
				pos = p;
				if (pos == len)
					continue;
			}
		}
		c = (unsigned char)buf[pos++];
		switch (state) {
		case CODE:
			if (c == '"')
				state = DQ;
			else if (c == '\'')
				state = SQ;
			else if (c == '#' || (c == '/' && prev == '/'))
				state = LINE_COMMENT;
			else if (c == '*' && prev == '/')
				state = BLOCK_COMMENT;
			break;
		case DQ:
		case SQ:
			if (c == '\\') {
				/* skip the escaped character, but not a line break */
				if (pos == len) {
					len = fread(buf, 1, sizeof buf, fp);
					pos = 0;
				}
				if (pos < len && buf[pos] != '\n')
					pos++;
				c = 0;
			} else if (c == (state == DQ ? '"' : '\'')) {
				state = CODE;
			}
			break;
		case LINE_COMMENT:
			m->comments = true;
			if (c == '\n') {
				extra += per_line;
				state = CODE;
			}
			break;
		case BLOCK_COMMENT:
			m->comments = true;
			if (c == '/' && prev == '*') {
				extra += per_block;
				state = CODE;
				c = 0;	/* "*" "/" "*" is not a new comment */
			}
			break;
		case NSTATES:
			break;
		}
		if (c == '\n') {
			line++;
			if (line >= cap) {
				cap *= 2;
				m->extra = xreallocarray(m->extra, (size_t)cap, sizeof *m->extra);
			}
			m->extra[line] = extra;
			m->nlines = line;
		}
		prev = c;
	}
	fclose(fp);
}

int linefix_line(struct linefix *lf, const char *file, int reported)
{
	int per_line, per_block;
	struct line_map *m = NULL;
	int best = reported;

	linefix_extra(&per_line, &per_block);
	if ((per_line == 0 && per_block == 0) || !file || !lf)
		return reported;
	/* most calls ask about the file of the call before. Compare the names:
	 * libconfuse frees a file's name when it is done with it, so the next
	 * file's name may have the same address */
	if (lf->last < lf->n && strcmp(lf->maps[lf->last].file, file) == 0)
		m = &lf->maps[lf->last];
	for (size_t i = lf->n; i > 0 && !m; i--)
		if (strcmp(lf->maps[i - 1].file, file) == 0)
			m = &lf->maps[i - 1];
	if (!m) {
		lf->maps = xreallocarray(lf->maps, lf->n + 1, sizeof *lf->maps);
		m = &lf->maps[lf->n++];
		m->file = xstrdup(file);
		build_map(m, per_line, per_block);
	}
	lf->last = (size_t)(m - lf->maps);
	if (!m->comments)
		return reported;
	/* the last real line whose reported number is not past `reported`:
	 * r + extra[r] grows with r, so halve the range */
	if (reported > m->nlines + m->extra[m->nlines])
		return reported - m->extra[m->nlines];
	{
		int lo = 1, hi = m->nlines;

		while (lo <= hi) {
			int mid = lo + (hi - lo) / 2;

			if (mid + m->extra[mid] <= reported) {
				best = mid;
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
	}
	return best;
}
