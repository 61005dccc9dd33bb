/* kind_directory.c: the directory section of the configuration. */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "kind_directory.h"
#include "loadctx.h"
#include "xalloc.h"

cfg_opt_t kind_directory_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),
	CFG_STR("intro", NULL, CFGF_NODEFAULT),
	CFG_END()
};

/* A directory section: its intro; the contacts, loaded apart, must exist. */
static void directory_screen_load(struct loader *ld, cfg_t *sec, struct screen *s)
{
	struct directory_data *d = xcalloc(1, sizeof *d);

	s->data = d;
	d->intro = loader_string(ld, s, sec, "intro", LD_TRANSLATE | LD_PROSE);
	if (!loader_guide(ld)->directory)
		loader_error(ld, s->at, _("directory \"%s\": the configuration has no contacts"),
			     s->id);
}

const struct content_kind kind_directory = {
	.name = "directory",
	.opts = kind_directory_opts,
	.load = directory_screen_load,
	.free_data = free,
};
