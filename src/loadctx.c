/* loadctx.c: the loading context the kinds use: values read from their
 * sections with the place each was written, problems at a place, and memory
 * that lives as long as the guide. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kind.h"
#include "linefix.h"
#include "loadctx.h"
#include "xalloc.h"

/* Where a value was written: libconfuse keeps no line per value, so the
 * loader notes the line as each value is parsed (only when asked to). */
struct place_note {
	const void *key;	/* the value's string or section pointer */
	unsigned file;		/* index in the interned file names */
	int line;
};

struct loader {
	struct guide *g;
	struct diag *d;
	struct place_note *notes;	/* open addressing by key; NULL keys are free */
	size_t nnotes, cap;
	const char *last_file;		/* the file name interned last */
	unsigned last_index;		/* and its index in files */
	char **files;		/* interned file names */
	size_t nfiles;
	void **kept;		/* memory owned by the guide */
	size_t nkept, kept_cap;
	size_t strings_cap;	/* room in g->strings */
	char *arena;		/* the current block for lists, see arena_calloc */
	size_t arena_left;
	struct linefix *lines;	/* libconfuse's line numbers, corrected; NULL: no places */
};

struct loader *loadctx_new(struct guide *g, struct diag *d, struct linefix *lines)
{
	struct loader *ld = xcalloc(1, sizeof *ld);

	ld->g = g;
	ld->d = d;
	ld->lines = lines;
	return ld;
}

void loadctx_free(struct loader *ld)
{
	if (!ld)
		return;
	for (size_t i = 0; i < ld->nkept; i++)
		free(ld->kept[i]);
	free(ld->kept);
	for (size_t i = 0; i < ld->nfiles; i++)
		free(ld->files[i]);
	free(ld->files);
	free(ld->notes);
	free(ld);
}

/* N zeroed bytes that live as long as the guide, cut from blocks of 64 KiB:
 * 10,000 contacts have 50,000 lists, and a malloc and a free each were a
 * twentieth of the load. */
static void *arena_calloc(struct loader *ld, size_t n)
{
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (n > 4096)
		return loader_keep(ld, xcalloc(1, n));
	if (n > ld->arena_left) {
		ld->arena = loader_keep(ld, xcalloc(1, 65536));
		ld->arena_left = 65536;
	}
	p = ld->arena;
	ld->arena += n;
	ld->arena_left -= n;
	return p;
}

bool loader_placed(const struct loader *ld)
{
	return ld->lines != NULL;
}

/* The index of NAME among the interned file names, adding it if new. */
static unsigned intern_file_index(struct loader *ld, const char *name)
{
	if (!name)
		name = "?";
	/* the values of one file come one after another */
	if (ld->last_file && strcmp(ld->last_file, name) == 0)
		return ld->last_index;
	for (size_t i = 0; i < ld->nfiles; i++)
		if (strcmp(ld->files[i], name) == 0) {
			ld->last_file = ld->files[i];
			return ld->last_index = (unsigned)i;
		}
	ld->files = xreallocarray(ld->files, ld->nfiles + 1, sizeof *ld->files);
	ld->files[ld->nfiles] = xstrdup(name);
	ld->last_file = ld->files[ld->nfiles];
	return ld->last_index = (unsigned)ld->nfiles++;
}

/* The option KEY of SEC, or NULL. libconfuse's cfg_getopt() also reads
 * "section|key" paths and compares every name in full; a key of the
 * section itself is found here by its first letter first (the look-ups
 * were a twentieth of the start-up). */
static cfg_opt_t *find_opt(cfg_t *sec, const char *key)
{
	for (cfg_opt_t *o = sec->opts; o->name; o++)
		if (o->name[0] == key[0] && strcmp(o->name, key) == 0)
			return o;
	return NULL;
}

cfg_opt_t *loader_option(cfg_t *sec, const char *key)
{
	return find_opt(sec, key);
}

bool loader_bool(cfg_t *sec, const char *key)
{
	cfg_opt_t *o = find_opt(sec, key);

	return o && cfg_opt_size(o) ? cfg_opt_getnbool(o, 0) : false;
}

long loader_int(cfg_t *sec, const char *key)
{
	cfg_opt_t *o = find_opt(sec, key);

	return o && cfg_opt_size(o) ? cfg_opt_getnint(o, 0) : 0;
}

unsigned loader_count(cfg_t *sec, const char *key)
{
	cfg_opt_t *o = find_opt(sec, key);

	return o ? cfg_opt_size(o) : 0;
}

/* The interned copy of NAME. */
static const char *intern_file(struct loader *ld, const char *name)
{
	unsigned i = intern_file_index(ld, name);	/* first: it may move files */

	return ld->files[i];
}

struct screen loader_owner(const struct content_kind *named, const char *id, struct place at)
{
	struct screen s;

	memset(&s, 0, sizeof s);
	s.kind = named;
	s.id = id;
	s.at = at;
	return s;
}

const struct guide *loader_guide(const struct loader *ld)
{
	return ld->g;
}

void *loader_keep(struct loader *ld, void *p)
{
	if (ld->nkept == ld->kept_cap) {
		ld->kept_cap = ld->kept_cap ? ld->kept_cap * 2 : 256;
		ld->kept = xreallocarray(ld->kept, ld->kept_cap, sizeof *ld->kept);
	}
	return ld->kept[ld->nkept++] = p;
}

/* The first slot to try for KEY in a table of CAP slots (a power of two). */
static size_t slot_of(const void *key, size_t cap)
{
	uintptr_t h = (uintptr_t)key;

	/* pointers are aligned: mix the bits before taking the slot */
	h ^= h >> 17;
	h *= (uintptr_t)0x9E3779B97F4A7C15u;
	h ^= h >> 29;
	return (size_t)h & (cap - 1);
}

/* Put N in TABLE; true when its key was not there yet. */
static bool put_note(struct place_note *table, size_t cap, struct place_note n)
{
	size_t i = slot_of(n.key, cap);
	bool fresh;

	while (table[i].key && table[i].key != n.key)
		i = (i + 1) & (cap - 1);
	fresh = !table[i].key;
	table[i] = n;	/* the same key again: the later value wins */
	return fresh;
}

/* The table holds one note per value of the whole configuration: at 10,000
 * contacts its first touch of fresh pages was a third of the load time, so
 * entries are small and the table is filled up to three quarters (a probe
 * finds its slot in about one step at that load). */
void loadctx_note(struct loader *ld, const void *key, const char *file, int line)
{
	struct place_note n = { key, intern_file_index(ld, file), line };

	if ((ld->nnotes + 1) * 4 > ld->cap * 3) {
		size_t cap = ld->cap ? ld->cap * 2 : 1024;
		struct place_note *t = xcalloc(cap, sizeof *t);

		for (size_t i = 0; i < ld->cap; i++)
			if (ld->notes[i].key)
				put_note(t, cap, ld->notes[i]);
		free(ld->notes);
		ld->notes = t;
		ld->cap = cap;
	}
	ld->nnotes += put_note(ld->notes, ld->cap, n);
}

/* The place noted last for KEY into *AT; false when none was. */
static bool find_place(const struct loader *ld, const void *key, struct place *at)
{
	if (!ld->cap || !key)
		return false;
	for (size_t i = slot_of(key, ld->cap); ld->notes[i].key; i = (i + 1) & (ld->cap - 1))
		if (ld->notes[i].key == key) {
			*at = (struct place){ ld->files[ld->notes[i].file], ld->notes[i].line };
			return true;
		}
	return false;
}

bool loadctx_noted(const struct loader *ld, const void *key)
{
	struct place at;

	return find_place(ld, key, &at);
}

/* Where the first value of an option was written, or the section's place. */
static struct place place_of(struct loader *ld, cfg_t *sec, cfg_opt_t *opt)
{
	struct place at;

	if (opt && opt->type == CFGT_STR && cfg_opt_size(opt) > 0 &&
	    find_place(ld, cfg_opt_getnstr(opt, 0), &at))
		return at;
	if (opt && (opt->type == CFGT_INT || opt->type == CFGT_BOOL) && cfg_opt_size(opt) > 0 &&
	    find_place(ld, opt->values[0], &at))
		return at;
	if (find_place(ld, sec, &at))
		return at;
	if (!ld->lines)
		return (struct place){ "?", 0 };	/* no places in this load */
	return (struct place){ intern_file(ld, sec->filename),
			       linefix_line(ld->lines, sec->filename, sec->line) };
}

struct place loader_place(struct loader *ld, cfg_t *sec, const char *key)
{
	return place_of(ld, sec, key ? find_opt(sec, key) : NULL);
}

void loader_error(struct loader *ld, struct place at, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	if (vasprintf(&text, fmt, ap) < 0)
		text = NULL;
	va_end(ap);
	diag_add(ld->d, at.file, at.line, "%s", text ? text : "?");
	free(text);
}

/* Keep TEXT as a content string for the translation template. */
static void add_string(struct loader *ld, const char *text, struct place at,
		       const struct screen *s, const char *key)
{
	struct guide *g = ld->g;

	/* grows by doubling: a large directory has tens of thousands */
	if (g->nstrings == ld->strings_cap) {
		ld->strings_cap = ld->strings_cap ? ld->strings_cap * 2 : 256;
		g->strings = xreallocarray(g->strings, ld->strings_cap, sizeof *g->strings);
	}
	g->strings[g->nstrings++] = (struct content_string){
		text, at, s ? s->kind->name : NULL, s ? s->id : NULL, key
	};
}

char *loader_normalise_prose(const char *raw)
{
	size_t n = strlen(raw);
	char *out = xmalloc(n + 1), *o = out;
	int pending_paragraph = 0;

	for (const char *p = raw; *p;) {
		const char *end = strchr(p, '\n');
		const char *b, *e;

		if (!end)
			end = p + strlen(p);
		b = p;
		e = end;
		while (b < e && (*b == ' ' || *b == '\t' || *b == '\r'))
			b++;
		while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (b == e) {
			pending_paragraph = o > out;
		} else {
			if (o > out) {
				if (pending_paragraph) {
					*o++ = '\n';
					*o++ = '\n';
				} else if (e - b >= 2 && b[0] == '-' && b[1] == ' ') {
					*o++ = '\n';
				} else {
					*o++ = ' ';
				}
			}
			pending_paragraph = 0;
			for (; b < e; b++)
				*o++ = *b == '\t' ? ' ' : *b;
		}
		p = *end ? end + 1 : end;
	}
	*o = '\0';
	return out;
}

/* Whether V is one line with nothing to trim or join: its own normal form. */
static bool plain_line(const char *v)
{
	size_t n = strcspn(v, "\n\t\r");

	return !v[n] && (n == 0 || (v[0] != ' ' && v[n - 1] != ' '));
}

/* One checked string value: the common path of loader_string and lists. */
static const char *take_string(struct loader *ld, struct screen *s, const char *value,
			       struct place at, const char *key, unsigned flags)
{
	const char *v = value;

	if ((flags & LD_PROSE) && !plain_line(value))
		v = loader_keep(ld, loader_normalise_prose(value));
	if (flags & LD_REQUIRED) {
		const char *p = v;

		while (*p == ' ')
			p++;
		if (!*p) {
			if (s)
				loader_error(ld, at, _("%s \"%s\": '%s' is empty"), s->kind->name,
					     s->id, key);
			else
				loader_error(ld, at, _("'%s' is empty"), key);
			return NULL;
		}
	}
	if ((flags & LD_TRANSLATE) && *v)
		add_string(ld, v, at, s, key);
	return v;
}

const char *loader_string(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags)
{
	/* one look-up of the option: libconfuse finds options by name, one by one */
	cfg_opt_t *opt = find_opt(sec, key);
	const char *v = opt && cfg_opt_size(opt) ? cfg_opt_getnstr(opt, 0) : NULL;
	struct place at = place_of(ld, sec, opt);

	if (!v) {
		/* a missing key is reported where the screen's title is, which
		 * is nearer its start than the section's closing brace */
		if (s && s->at.file && strcmp(key, "title") != 0)
			at = s->at;
		if (flags & LD_REQUIRED) {
			if (s)
				loader_error(ld, at, _("%s \"%s\" has no '%s'"), s->kind->name,
					     s->id, key);
			else
				loader_error(ld, at, _("'%s' is missing"), key);
		}
		return NULL;
	}
	return take_string(ld, s, v, at, key, flags);
}

size_t loader_string_list(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags, const char ***out)
{
	/* one look-up of the option by name, not one per value */
	static const char *none[1];	/* most lists of a contact are empty */
	cfg_opt_t *opt = find_opt(sec, key);
	unsigned n = opt ? cfg_opt_size(opt) : 0;
	const char **list = n ? arena_calloc(ld, (n + 1) * sizeof *list) : none;
	size_t kept = 0;

	if (n == 0 && (flags & LD_REQUIRED)) {
		struct place at = s && s->at.file ? s->at : loader_place(ld, sec, NULL);

		if (s)
			loader_error(ld, at, _("%s \"%s\" has no '%s'"), s->kind->name, s->id, key);
		else
			loader_error(ld, at, _("'%s' is missing"), key);
	}
	for (unsigned i = 0; i < n; i++) {
		const char *raw = cfg_opt_getnstr(opt, i);
		struct place at;
		const char *v;

		if (!find_place(ld, raw, &at))
			at = loader_place(ld, sec, NULL);
		v = take_string(ld, s, raw, at, key, flags);
		if (v)
			list[kept++] = v;
	}
	*out = list;
	return kept;
}

void loader_date(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
		 bool required, struct date *out)
{
	const char *v = loader_string(ld, s, sec, key, required ? LD_REQUIRED : 0);

	if (v && dates_parse(v, out) < 0)
		loader_error(ld, loader_place(ld, sec, key),
			     _("'%s' is not a date of the form YYYY-MM-DD: \"%s\""), key, v);
}

void loader_link(struct loader *ld, struct screen *s, const char *target, struct place at)
{
	(void)ld;
	s->links = xreallocarray(s->links, s->nlinks + 1, sizeof *s->links);
	s->links[s->nlinks++] = (struct link){ target, at };
}

