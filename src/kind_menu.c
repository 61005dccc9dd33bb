/* kind_menu.c: the menu section of the configuration and its loading. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kind_menu.h"
#include "loadctx.h"
#include "xalloc.h"

static cfg_opt_t item_opts[] = {
	CFG_STR("label", NULL, CFGF_NODEFAULT),	/* what the person reads */
	CFG_STR("goto", NULL, CFGF_NODEFAULT),	/* id of the screen it opens */
	CFG_END()
};

cfg_opt_t kind_menu_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),
	CFG_STR("intro", NULL, CFGF_NODEFAULT),	/* optional text above the items */
	CFG_SEC("item", item_opts, CFGF_MULTI),
	CFG_END()
};

/* A menu section: its intro and items, each a label and the screen it leads to. */
static void menu_load(struct loader *ld, cfg_t *sec, struct screen *s)
{
	struct menu_data *m = xcalloc(1, sizeof *m);
	unsigned n = cfg_size(sec, "item");

	s->data = m;
	m->intro = loader_string(ld, s, sec, "intro", LD_TRANSLATE | LD_PROSE);
	if (n == 0)
		loader_error(ld, loader_place(ld, sec, "title"), _("menu \"%s\" has no items"),
			     s->id);
	if (n > MENU_MAX_ITEMS)
		loader_error(ld, loader_place(ld, sec, "title"),
			     _("menu \"%s\" has %u items; at most %d fit the digit keys"), s->id, n,
			     MENU_MAX_ITEMS);
	m->items = xcalloc(n, sizeof *m->items);
	for (unsigned i = 0; i < n; i++) {
		cfg_t *it = cfg_getnsec(sec, "item", i);
		struct menu_item *mi = &m->items[m->nitems];

		const char *target = cfg_getstr(it, "goto");
		bool chooser = target && strcmp(target, MENU_LANGUAGE_TARGET) == 0;

		mi->label = loader_string(ld, s, it, "label",
					  LD_REQUIRED | (chooser ? 0 : LD_TRANSLATE));
		mi->target = loader_string(ld, s, it, "goto", LD_REQUIRED);
		if (mi->target && !chooser)
			loader_link(ld, s, mi->target, loader_place(ld, it, "goto"));
		if (mi->label && mi->target)
			m->nitems++;
	}
}

/* Free a menu's items. */
static void menu_free(void *data)
{
	struct menu_data *m = data;

	if (m)
		free(m->items);
	free(m);
}

const struct content_kind kind_menu = {
	.name = "menu",
	.opts = kind_menu_opts,
	.load = menu_load,
	.free_data = menu_free,
};
