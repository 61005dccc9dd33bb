/* view_menu.c: a menu on the screen: numbered items, the chosen one reversed. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bidi.h"
#include "digits.h"
#include "i18n.h"
#include "kind_menu.h"
#include "view.h"

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

static void layout(struct view *v, const struct view_ctx *c)
{
	const struct menu_data *m = menu_of(v);

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2);
	doc_prose(&v->doc, tr(v->screen->title), DOC_BOLD, -1);
	if (m->intro) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, tr(m->intro), DOC_PLAIN, -1);
	}
	doc_blank(&v->doc);
	for (size_t i = 0; i < m->nitems; i++) {
		char prefix[24];

		snprintf(prefix, sizeof prefix, "%zu. ", i + 1);
		digits_localize(prefix, sizeof prefix);
		doc_item(&v->doc, prefix, item_label(&m->items[i]), DOC_PLAIN, (int)i);
	}
	v->layout = c->layout;
}

static void menu_enter(struct view *v, const struct view_ctx *c)
{
	v->cursor = 0;
	v->top = 0;
	layout(v, c);
}

/* Scroll so that the chosen item is on the screen; at the top, show the title. */
static void follow_cursor(struct view *v, const struct view_ctx *c)
{
	long first = doc_find_tag(&v->doc, v->cursor), last = first;

	while (last + 1 < (long)v->doc.n && v->doc.lines[last + 1].tag == v->cursor)
		last++;
	if (v->cursor == 0)
		v->top = 0;
	if (first < v->top)
		v->top = first;
	if (last >= v->top + c->rows)
		v->top = last - c->rows + 1;
	view_clamp_top(v, c);
}

static void menu_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	follow_cursor(v, c);
	view_draw_doc(v, c, v->cursor);
}

static struct view_result menu_action(struct view *v, const struct view_ctx *c, enum action a,
				      int digit)
{
	const struct menu_data *m = menu_of(v);
	struct view_result r = { .handled = true };
	int n = (int)m->nitems;

	(void)c;
	if (digit >= 1 && digit <= n) {
		v->cursor = digit - 1;
		r.open = m->items[v->cursor].target;
		return r;
	}
	switch (a) {
	case ACT_UP: v->cursor = (v->cursor + n - 1) % n; break;
	case ACT_DOWN: v->cursor = (v->cursor + 1) % n; break;
	case ACT_PAGE_UP: v->cursor = 0; break;
	case ACT_PAGE_DOWN: v->cursor = n - 1; break;
	case ACT_OPEN: r.open = m->items[v->cursor].target; break;
	default: r.handled = false;
	}
	return r;
}

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
	.name = "menu",
	.enter = menu_enter,
	.draw = menu_draw,
	.action = menu_action,
	.hints = menu_hints,
	.position = menu_position,
	.leave = view_leave_doc,
	.lay_out = lay_out,
};
