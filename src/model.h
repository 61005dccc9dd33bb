/* model.h: the guide as loaded from the configuration. Immutable after loading;
 * every user-visible string in it is an English msgid, translated when drawn. */
#ifndef PUTOKAZ_MODEL_H
#define PUTOKAZ_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "langctx.h"

struct content_kind;
struct deadlines;
struct directory;

/* A place in a configuration file. */
struct place {
	const char *file;
	int line;
};

/* One translatable string of the content, where it was written, and what it is. */
struct content_string {
	const char *text;	/* the English msgid */
	struct place at;
	/* for translators: "page \"register\": text" from these three (kind
	 * and id NULL for the global options) */
	const char *kind, *id, *key;
};

/* A reference from one screen to another (a menu item's goto, ...). */
struct link {
	const char *target;
	struct place at;
};

/* A screen of any kind: the common part. The kind's own data hangs off `data`. */
struct screen {
	const char *id;
	const struct content_kind *kind;
	const char *title;
	struct place at;	/* where its title was written */
	struct link *links;
	size_t nlinks;
	void *data;
};

/* How one offered language is written. */
struct language_info {
	bool rtl;			/* right to left (Arabic script) */
	int digits;			/* enum digits, for dates and counts */
	const char **solar_hijri_months;	/* 12 names, or NULL: no Solar Hijri dates */
};

/* Everything the program shows. */
struct guide {
	const char *title;
	const char *content_version;
	struct date content_date;
	const char *root_id;
	const char **languages;
	size_t nlanguages;
	const char **language_names;	/* each offered language's name in its own script */
	struct language_info *language_info;	/* one per offered language */
	const char *bidi;		/* the site's bidi mode: auto, app, terminal, none */
	const char *charset;		/* the site's charset: auto, ascii, utf-8 */
	const char **ascii;		/* pairs: a letter, its ASCII spelling */
	size_t nascii;			/* pairs */
	const char *card_language;	/* the language cards are shown in beside the person's */
	int kiosk_timeout;		/* seconds without a key before a kiosk starts over */
	struct screen *screens;
	size_t nscreens;
	struct content_string *strings;
	size_t nstrings;
	struct deadlines *deadlines;	/* calendar, events and rules, or NULL */
	struct directory *directory;	/* services and contacts, or NULL */
	struct language_context *lang;	/* the language in use: owned by the guide,
					 * filled by language_use (language.h) */
	void *priv;		/* the loader's own storage (libconfuse tree, buffers) */
};

/* The screen with this id, or NULL. */
const struct screen *guide_find_screen(const struct guide *g, const char *id);
/* Whether the guide lists this language code. */
bool guide_has_language(const struct guide *g, const char *code);

#endif
