/* kind_calc.c: the calculator section of the configuration. */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "kind_calc.h"
#include "loadctx.h"
#include "source_date_load.h"
#include "xalloc.h"

cfg_opt_t kind_calc_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),
	CFG_STR("intro", NULL, CFGF_NODEFAULT),
	CFG_STR("note", NULL, CFGF_NODEFAULT),		/* under every result */
	CFG_STR_LIST("source", NULL, CFGF_NODEFAULT),	/* the counting rules' sources */
	CFG_STR_LIST("source-date", NULL, CFGF_NODEFAULT),	/* {"2010", "undated"}: one a source */
	CFG_STR("updated", NULL, CFGF_NODEFAULT),
	CFG_STR("review-by", NULL, CFGF_NODEFAULT),	/* the rules should be checked by then */
	CFG_END()
};

/* A calculator section: its intro, note, sources and date. */
static void calc_load(struct loader *ld, cfg_t *sec, struct screen *s)
{
	struct calc_data *c = xcalloc(1, sizeof *c);

	s->data = c;
	c->intro = loader_string(ld, s, sec, "intro", LD_TRANSLATE | LD_PROSE);
	c->note = loader_string(ld, s, sec, "note", LD_TRANSLATE | LD_PROSE);
	c->nsources = loader_string_list(ld, s, sec, "source", LD_REQUIRED | LD_TRANSLATE,
					 &c->sources);
	c->nsource_dates = source_dates_load(ld, sec, s, c->nsources, &c->source_dates);
	loader_date(ld, s, sec, "updated", true, &c->updated);
	loader_date(ld, s, sec, "review-by", false, &c->review_by);
	if (!loader_guide(ld)->deadlines)
		loader_error(ld, s->at, _("calculator \"%s\": the configuration has no rules"),
			     s->id);
}

/* A calculator's data and its sources' dates. */
static void calc_free(void *data)
{
	struct calc_data *c = data;

	if (c)
		free(c->source_dates);
	free(c);
}

const struct content_kind kind_calc = {
	.name = "calculator",
	.opts = kind_calc_opts,
	.load = calc_load,
	.free_data = calc_free,
};
