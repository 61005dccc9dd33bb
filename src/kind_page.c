/* kind_page.c: the page section of the configuration and its loading. */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "kind_page.h"
#include "loadctx.h"
#include "source_date_load.h"
#include "xalloc.h"

cfg_opt_t kind_page_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),
	CFG_STR("text", NULL, CFGF_NODEFAULT),		/* blank line: new paragraph; "- ": bullet */
	CFG_STR("changed", NULL, CFGF_NODEFAULT),	/* what changed in the law, since when */
	CFG_STR_LIST("source", NULL, CFGF_NODEFAULT),	/* {"who, what, date", ...} */
	CFG_STR_LIST("source-date", NULL, CFGF_NODEFAULT),	/* {"2023-07", "2018", "undated"} */
	CFG_STR("updated", NULL, CFGF_NODEFAULT),	/* YYYY-MM-DD: facts last checked */
	CFG_STR("review-by", NULL, CFGF_NODEFAULT),	/* YYYY-MM-DD: check again by then */
	CFG_BOOL("show-version", cfg_false, CFGF_NONE),	/* the about page */
	CFG_STR_LIST("card", NULL, CFGF_NODEFAULT),	/* {"I want asylum."}: show this */
	CFG_END()
};

/* A page section: its text, what changed, cards, sources and dates. */
static void page_load(struct loader *ld, cfg_t *sec, struct screen *s)
{
	struct page_data *p = xcalloc(1, sizeof *p);

	s->data = p;
	p->text = loader_string(ld, s, sec, "text", LD_REQUIRED | LD_TRANSLATE | LD_PROSE);
	p->changed = loader_string(ld, s, sec, "changed", LD_TRANSLATE | LD_PROSE);
	p->nsources = loader_string_list(ld, s, sec, "source", LD_REQUIRED | LD_TRANSLATE,
					 &p->sources);
	p->nsource_dates = source_dates_load(ld, sec, s, p->nsources, &p->source_dates);
	loader_date(ld, s, sec, "updated", true, &p->updated);
	loader_date(ld, s, sec, "review-by", false, &p->review_by);
	if (dates_valid(p->updated) && dates_valid(p->review_by) &&
	    dates_compare(p->review_by, p->updated) < 0)
		loader_error(ld, loader_place(ld, sec, "review-by"),
			     _("page \"%s\": 'review-by' is before 'updated'"), s->id);
	p->show_version = cfg_getbool(sec, "show-version");
	p->ncards = loader_string_list(ld, s, sec, "card", LD_TRANSLATE, &p->cards);
}

/* A page's data and its sources' dates. */
static void page_free(void *data)
{
	struct page_data *p = data;

	if (p)
		free(p->source_dates);
	free(p);
}

const struct content_kind kind_page = {
	.name = "page",
	.opts = kind_page_opts,
	.load = page_load,
	.free_data = page_free,
};
