/* loadctx.h: what a kind, the deadline loader and the directory loader use
 * to read their sections: checked values with the place they were written,
 * problems at a place, and memory that lives as long as the guide. It sits
 * below loader.c, which parses the files and calls the kinds' loaders. */
#ifndef PUTOKAZ_LOADCTX_H
#define PUTOKAZ_LOADCTX_H

#include <confuse.h>
#include <stdbool.h>

#include "diag.h"
#include "model.h"

struct linefix;
struct loader;

/* How loader_string() treats a value. */
enum {
	LD_REQUIRED = 1 << 0,	/* missing or empty is a problem */
	LD_TRANSLATE = 1 << 1,	/* a msgid: goes into the translation template */
	LD_PROSE = 1 << 2	/* running text: line breaks are spaces, blank lines paragraphs */
};

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
/* For kinds: where the value of KEY in sec was written (the section's place
 * if unknown). Without recorded places (see loadctx_new) it is a stand-in. */
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
/* For loaders: the option KEY of SEC, or NULL when the schema has none
 * (found faster than with cfg_getopt(), which a large directory calls
 * hundreds of thousands of times). */
cfg_opt_t *loader_option(cfg_t *sec, const char *key);
/* For loaders: the boolean option KEY of SEC (its default when unset). */
bool loader_bool(cfg_t *sec, const char *key);
/* For loaders: the integer option KEY of SEC (its default when unset). */
long loader_int(cfg_t *sec, const char *key);
/* For loaders: how many values, or sections, KEY has in SEC. */
unsigned loader_count(cfg_t *sec, const char *key);
/* Whether places are recorded in this load: checks that only word a
 * message may skip costly work when they are not. */
bool loader_placed(const struct loader *ld);

/* Rewrite running text the way it is stored as a msgid: lines trimmed, single
 * line breaks joined with a space, blank lines kept as "\n\n" between
 * paragraphs, and a line starting with "- " kept on its own line. */
char *loader_normalise_prose(const char *raw);

/* For loader.c: a context for loading into g with problems into d. With
 * LINES, every value's place is noted (loadctx_note) and messages point at
 * it; with NULL, nothing is noted and places are stand-ins (the fast first
 * load of a configuration that is most likely right). */
struct loader *loadctx_new(struct guide *g, struct diag *d, struct linefix *lines);
/* For loader.c: note that KEY (a value's string or a section) was written
 * at FILE:LINE (a true line, see linefix.h). */
void loadctx_note(struct loader *ld, const void *key, const char *file, int line);
/* For loader.c: whether KEY's place is noted already. */
bool loadctx_noted(const struct loader *ld, const void *key);
/* For loader.c: free the context and the memory kept for the guide. */
void loadctx_free(struct loader *ld);

#endif
