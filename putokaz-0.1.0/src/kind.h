/* kind.h: what a kind of screen provides to the loader: its section name,
 * its libconfuse schema and how to turn a section into a screen. */
#ifndef PUTOKAZ_KIND_H
#define PUTOKAZ_KIND_H

#include <confuse.h>

#include "model.h"

struct loader;

struct content_kind {
	const char *name;			/* the config section: menu "id" { ... } */
	cfg_opt_t *opts;			/* the section's schema */
	/* Fill s->data from the section; report problems through the loader. */
	void (*load)(struct loader *ld, cfg_t *sec, struct screen *s);
	/* Free what load() allocated in s->data. */
	void (*free_data)(void *data);
};

#endif
