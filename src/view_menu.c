/* view_menu.c: a menu on the screen: numbered items, the chosen one reversed. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bidi.h"
#include "digits.h"
#include "i18n.h"
#include "kind_menu.h"
#include "view.h"

/* The menu's items and intro, as loaded. */
static const struct menu_data *menu_of(const struct view *v)
{
	return v->screen->data;
}

/* The language item keeps its label in several scripts; where Arabic
 * script cannot be shown, the chooser's own Latin and Cyrillic title. */
static const char *item_label(const struct menu_item *it)
{
	if (strcmp(it->target, MENU_LANGUAGE_TARGET) != 0)
		return tr(it->label);
	return bidi_mode() == BIDI_NONE ? view_language_screen.title : it->label;
}

/* The title, the intro and the numbered items. */
static void layout(struct view *v, const struct view_ctx *c)
{
	const struct menu_data *m = menu_of(v);

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	doc_prose(&v->doc, tr(v->screen->title), DOC_BOLD, -1);
	if (m->intro) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, tr(m->intro), DOC_PLAIN, -1);
	}
	doc_blank(&v->doc);
	for (size_t i = 0; i < m->nitems; i++) {
		char prefix[24];

		if (c->printing && strcmp(m->items[i].target, MENU_LANGUAGE_TARGET) == 0)
			continue;	/* a handout has no language to choose */
		snprintf(prefix, sizeof prefix, "%zu. ", i + 1);
		digits_localize(c->g->lang->digits, prefix, sizeof prefix);
		doc_item(&v->doc, prefix, item_label(&m->items[i]), DOC_PLAIN, (int)i);
	}
	v->layout = c->layout;
}

/* Open a menu on its first item. */
static void menu_enter(struct view *v, const struct view_ctx *c)
{
	v->cursor = 0;
	v->top = 0;
	layout(v, c);
}

/* Draw the menu, keeping the chosen item on the screen. */
static void menu_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	view_follow_item(v, c, v->cursor, v->cursor == 0, 0);
	view_draw_doc(v, c, v->cursor);
}

/* A digit opens its item; the cursor keys move; Enter opens the chosen one. */
static struct view_result menu_action(struct view *v, const struct view_ctx *c, enum action a,
				      int digit)
{
	const struct menu_data *m = menu_of(v);
	struct view_result r = { .handled = true };
	int n = (int)m->nitems;

	if (digit >= 1 && digit <= n) {
		v->cursor = digit - 1;
		r.open = m->items[v->cursor].target;
		return r;
	}
	if (view_cursor_move(&v->cursor, n, c, a))
		return r;
	switch (a) {
	case ACT_OPEN: if (n) r.open = m->items[v->cursor].target; break;
	default: r.handled = false;
	}
	return r;
}

/* The key hints: no Esc back on the root menu. */
static const char *menu_hints(const struct view *v, const struct view_ctx *c)
{
	(void)v;
	/* a kiosk cannot be quit: its key bar does not offer it */
	if (c->kiosk && c->at_root)
		/* TRANSLATORS: the key bar of a menu in a kiosk; keep it short */
		return N_("1-9 open  Enter open  ? help");
	if (c->kiosk)
		/* TRANSLATORS: the key bar of a menu in a kiosk; keep it short */
		return N_("1-9 open  Enter open  Esc back  ? help");
	/* TRANSLATORS: the key bar of a menu; keep it short */
	if (c->at_root)
		return N_("1-9 open  Enter open  ? help  q quit");
	/* TRANSLATORS: the key bar of a menu; keep it short */
	return N_("1-9 open  Enter open  Esc back  ? help  q quit");
}

/* Menus have no position to show; the root's footer names the content's
 * version, so staff can tell which content a kiosk runs. */
static void menu_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n)
{
	(void)v;
	if (c->at_root)
		snprintf(buf, n, _("content %s"), c->g->content_version);
	else if (n)
		buf[0] = '\0';
}

/* For --export: the laid-out doc. */
static const struct doc *lay_out(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	return &v->doc;
}

const struct view_kind view_menu = {
	.content = &kind_menu,
	.enter = menu_enter,
	.draw = menu_draw,
	.action = menu_action,
	.hints = menu_hints,
	.position = menu_position,
	.leave = view_leave_doc,
	.lay_out = lay_out,
};
