/* kind_menu.h: a menu screen: numbered items, each leading to another screen. */
#ifndef PUTOKAZ_KIND_MENU_H
#define PUTOKAZ_KIND_MENU_H

#include <stddef.h>

#include "kind.h"

/* Items are chosen with one digit, so a menu holds at most nine. */
#define MENU_MAX_ITEMS 9
/* An item with this target opens the language chooser. Its label is not
 * translated: it names the chooser in several scripts, for people who
 * cannot read the language on the screen. */
#define MENU_LANGUAGE_TARGET "language"

struct menu_item {
	const char *label;	/* msgid */
	const char *target;	/* screen id */
};

struct menu_data {
	const char *intro;	/* msgid or NULL: text above the items */
	struct menu_item *items;
	size_t nitems;
};

extern cfg_opt_t kind_menu_opts[];
extern const struct content_kind kind_menu;

#endif
