/* view_langs.c: the language chooser: every language offered, written in
 * its own script; the one chosen takes effect at once, on the screen the
 * person was on. Catalogues not yet reviewed by a native speaker are marked. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "kind.h"
#include "language.h"
#include "view.h"
#include "xalloc.h"

static const struct content_kind language_kind = { .name = "language" };

const struct screen view_language_screen = {
	.id = "language",
	.kind = &language_kind,
	/* in the scripts a terminal without right-to-left support can show */
	.title = "Language / Langue / Jezik / Језик",
};

/* The guide's index of the n-th language shown here, or -1. */
static int shown_language(const struct view_ctx *c, int n)
{
	for (size_t i = 0; i < c->g->nlanguages; i++)
		if (language_shown(c->g, i) && n-- == 0)
			return (int)i;
	return -1;
}

/* How many languages the chooser lists. */
static int shown_count(const struct view_ctx *c)
{
	int n = 0;

	while (shown_language(c, n) >= 0)
		n++;
	return n;
}

/* Each language in its own script, marked when not yet reviewed, and the notes. */
static void layout(struct view *v, const struct view_ctx *c)
{
	bool unreviewed = false, hidden = false;

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	doc_prose(&v->doc, v->screen->title, DOC_BOLD, -1);
	doc_blank(&v->doc);
	for (int k = 0, i; (i = shown_language(c, k)) >= 0; k++) {
		char prefix[24], *label;
		bool reviewed = i18n_reviewed(c->g->languages[i]);

		snprintf(prefix, sizeof prefix, "%d. ", k + 1);
		label = xasprintf("%s%s", c->g->language_names[i], reviewed ? "" : " *");
		doc_item(&v->doc, prefix, label, DOC_PLAIN, k);
		free(label);
		unreviewed |= !reviewed;
	}
	for (size_t i = 0; i < c->g->nlanguages; i++)
		hidden |= !language_shown(c->g, i);
	if (hidden) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, language_none_notice, DOC_BOLD, -1);
	}
	if (unreviewed) {
		doc_blank(&v->doc);
		doc_prose(&v->doc, _("* A machine translation, not yet checked by a native speaker. "
				     "Dates and numbers are the same as in English."), DOC_PLAIN, -1);
	}
	v->layout = c->layout;
}

/* Open the chooser on the language in use. */
static void langs_enter(struct view *v, const struct view_ctx *c)
{
	v->cursor = 0;
	/* start on the language in use, or the one LANGUAGE or LANG names */
	for (int k = 0, i; (i = shown_language(c, k)) >= 0; k++)
		if (strcmp(c->g->languages[i], i18n_language()) == 0)
			v->cursor = k;
	layout(v, c);
}

/* Draw the chooser, keeping the chosen language on the screen. */
static void langs_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	view_follow_item(v, c, v->cursor, v->cursor == 0, 0);
	view_draw_doc(v, c, v->cursor);
}

/* Use the i-th language listed, and close the chooser. */
static struct view_result choose(struct view *v, const struct view_ctx *c, int i)
{
	struct view_result r = { .handled = true, .close = true };

	(void)v;
	if (shown_language(c, i) >= 0)
		language_use(c->g, c->g->languages[shown_language(c, i)]);
	return r;
}

/* A digit or Enter chooses; the cursor keys move; Esc keeps the language in use. */
static struct view_result langs_action(struct view *v, const struct view_ctx *c, enum action a,
				       int digit)
{
	struct view_result r = { .handled = true };
	int n = shown_count(c);

	if (digit >= 1 && digit <= n)
		return choose(v, c, digit - 1);
	if (view_cursor_move(&v->cursor, n, c, a))
		return r;
	switch (a) {
	case ACT_OPEN: return choose(v, c, v->cursor);
	case ACT_BACK:
		/* leaving without choosing keeps the language in use */
		r.close = true;
		break;
	default: r.handled = false;
	}
	return r;
}

/* The key hints of the chooser. */
static const char *langs_hints(const struct view *v, const struct view_ctx *c)
{
	(void)v;
	(void)c;
	return "1-9 Enter";
}

const struct view_kind view_language = {
	.content = &language_kind,
	.enter = langs_enter,
	.draw = langs_draw,
	.action = langs_action,
	.hints = langs_hints,
	.position = view_no_position,
	.leave = view_leave_doc,
};
