/* source_date_load.c: a screen's 'source-date' list, checked. */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "source_date_load.h"
#include "xalloc.h"

size_t source_dates_load(struct loader *ld, cfg_t *sec, const struct screen *s,
			 size_t nsources, struct source_date **out)
{
	size_t n = cfg_size(sec, "source-date");
	bool bad = false;

	*out = NULL;
	if (!n)
		return 0;
	if (n != nsources) {
		loader_error(ld, loader_place(ld, sec, "source-date"),
			     _("screen \"%s\": %zu sources but %zu dates in 'source-date'"), s->id,
			     nsources, n);
		return 0;
	}
	*out = xcalloc(n, sizeof **out);
	for (size_t i = 0; i < n; i++) {
		const char *v = cfg_getnstr(sec, "source-date", i);

		if (source_date_parse(v, &(*out)[i]) < 0) {
			loader_error(ld, loader_place(ld, sec, "source-date"),
				     _("screen \"%s\": source date \"%s\" is not YYYY, YYYY-MM or "
				       "undated"), s->id, v);
			bad = true;
		}
	}
	if (bad) {
		free(*out);
		*out = NULL;
		return 0;
	}
	return n;
}
