/* loader.h: loading and validating the configuration into a struct guide. */
#ifndef PUTOKAZ_LOADER_H
#define PUTOKAZ_LOADER_H

#include <confuse.h>
#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"

struct loader;

/* How loader_string() treats a value. */
enum {
	LD_REQUIRED = 1 << 0,	/* missing or empty is a problem */
	LD_TRANSLATE = 1 << 1,	/* a msgid: goes into the translation template */
	LD_PROSE = 1 << 2	/* running text: line breaks are spaces, blank lines paragraphs */
};

/* Load FILE (including its screen files, found in its own folder first and
 * then in each of the NULL-terminated search folders) into g. Every problem
 * goes into d as "FILE:LINE: message". Returns 0, or -1 when d has problems;
 * on -1, g holds nothing to free. */
int loader_load(struct guide *g, const char *file, const char *const *search, struct diag *d);
/* Print every key of the schema, one "section|key" path per line (for the
 * manual's completeness test). */
void loader_print_schema(FILE *fp);
/* A number that changes when any file the guide was loaded from changes
 * (its time, size or inode), or disappears: to notice edits without a restart. */
unsigned long long loader_stamp(const struct guide *g);
/* The same from a text with no includes (the built-in content). */
int loader_load_text(struct guide *g, const char *text, struct diag *d);
/* Free everything loader_load() put into g. */
void loader_free(struct guide *g);

/* For kinds: the string option KEY of a section (NULL if unset and not required). */
const char *loader_string(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags);
/* For kinds: all strings of the list option KEY; returns the count, *out is owned by the guide. */
size_t loader_string_list(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
			  unsigned flags, const char ***out);
/* For kinds: the date option KEY ("YYYY-MM-DD"); *out stays unset when absent. */
void loader_date(struct loader *ld, struct screen *s, cfg_t *sec, const char *key,
		 bool required, struct date *out);
/* For kinds: record that screen s leads to TARGET (checked after loading). */
void loader_link(struct loader *ld, struct screen *s, const char *target, struct place at);
/* For kinds: where the value of KEY in sec was written (the section's end if unknown). */
struct place loader_place(struct loader *ld, cfg_t *sec, const char *key);
/* For kinds: a problem at a place. */
void loader_error(struct loader *ld, struct place at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* For data that is not a screen (rules, contacts): a stand-in that names it
 * in messages the way screens are named ("rule \"appeal\": ..."). */
struct screen loader_owner(const struct content_kind *named, const char *id, struct place at);
/* For kinds: the guide being loaded (its deadlines are loaded before screens). */
const struct guide *loader_guide(const struct loader *ld);
/* For kinds: memory that lives as long as the guide. */
void *loader_keep(struct loader *ld, void *p);

/* Rewrite running text the way it is stored as a msgid: lines trimmed, single
 * line breaks joined with a space, blank lines kept as "\n\n" between
 * paragraphs, and a line starting with "- " kept on its own line. */
char *loader_normalise_prose(const char *raw);

#endif
