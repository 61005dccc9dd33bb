/* kind_page.h: a page screen: running text with its sources and dates. */
#ifndef PUTOKAZ_KIND_PAGE_H
#define PUTOKAZ_KIND_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "kind.h"
#include "source_date.h"

struct page_data {
	const char *text;	/* msgid, normalised prose */
	const char *changed;	/* msgid or NULL: what changed in the law since the source */
	const char **sources;	/* msgids: where the facts come from, with dates */
	size_t nsources;
	struct source_date *source_dates;	/* one a source, or NULL: not given */
	size_t nsource_dates;
	struct date updated;	/* when the facts were last checked */
	struct date review_by;	/* unset, or when the page should be checked again */
	bool show_version;	/* print the content version above the text (about page) */
	const char **cards;	/* msgids: sentences to show an official, with Serbian */
	size_t ncards;
};

extern cfg_opt_t kind_page_opts[];
extern const struct content_kind kind_page;

#endif
