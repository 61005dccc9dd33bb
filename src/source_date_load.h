/* source_date_load.h: reading a screen's 'source-date' list. */
#ifndef PUTOKAZ_SOURCE_DATE_LOAD_H
#define PUTOKAZ_SOURCE_DATE_LOAD_H

#include <confuse.h>

#include "loadctx.h"
#include "source_date.h"

/* The dates of a screen's nsources sources from 'source-date' ("YYYY",
 * "YYYY-MM" or "undated", one a source, in order), into *out (free it);
 * returns how many (0 when not given or wrong: the loader says why). */
size_t source_dates_load(struct loader *ld, cfg_t *sec, const struct screen *s,
			 size_t nsources, struct source_date **out);

#endif
