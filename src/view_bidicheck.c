/* view_bidicheck.c: "which line can you read?": the same sentence in the
 * chosen language written two ways, A as putokaz puts it in screen order
 * (shaped, reordered) and B as stored (for a terminal that reorders by
 * itself), and C for neither. The answer sets the bidi mode until putokaz
 * ends: nothing is written (doc/bidi.md). Rows are labelled with Latin letters,
 * not digits, so that a terminal guessing a row's direction keeps it LTR. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bidi.h"
#include "i18n.h"
#include "kind.h"
#include "language.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

static const struct content_kind bidi_check_kind = { .name = "bidi-check" };

const struct screen view_bidi_check_screen = {
	.id = "bidi-check",
	.kind = &bidi_check_kind,
	.title = "A / B / C",
};

/* The answers, by tag. */
enum { ANSWER_APP, ANSWER_TERMINAL, ANSWER_NONE };

/* The name of the language in use, in its own script, as configured. */
static const char *language_name(const struct view_ctx *c)
{
	for (size_t i = 0; i < c->g->nlanguages; i++)
		if (strcmp(c->g->languages[i], i18n_language()) == 0)
			return c->g->language_names[i];
	return "";
}

/* "X  " and the sample, in screen order (app) or as stored. */
static void sample_row(struct view *v, wchar_t letter, const char *sample, bool app)
{
	size_t n, vn;
	wchar_t *w = text_decode(sample, &n), *row = xreallocarray(NULL, n + 4, sizeof *row);
	wchar_t *shown = app ? bidi_line(w, n, true, &vn) : NULL;

	row[0] = letter;
	row[1] = row[2] = L' ';
	wmemcpy(row + 3, app ? shown : w, app ? vn : n);
	doc_line_as_shown(&v->doc, row, row, 3 + (app ? vn : n), DOC_PLAIN,
			  app ? ANSWER_APP : ANSWER_TERMINAL);
	free(w);
	free(shown);
	free(row);
}

/* The question in English, row A (if built with FriBidi), row B and row C. */
static void layout(struct view *v, const struct view_ctx *c)
{
	/* TRANSLATORS: shown twice, in two ways of writing; the person picks
	 * the one that reads correctly. Keep it short (one line). */
	char *sample = xasprintf("%s: %s", language_name(c), _("I can read this line."));

	doc_free(&v->doc);
	doc_init(&v->doc, c->cols - 2, c->g->lang);
	/* English: the person may read neither way yet */
	doc_prose(&v->doc, "Which line can you read? Press its letter: A, B or C.", DOC_BOLD, -1);
	doc_blank(&v->doc);
	if (bidi_app_built()) {
		sample_row(v, L'A', sample, true);
		doc_blank(&v->doc);
	}
	sample_row(v, L'B', sample, false);
	doc_blank(&v->doc);
	doc_item(&v->doc, "C  ", "I cannot read A or B.",
		 DOC_PLAIN, ANSWER_NONE);
	free(sample);
	v->layout = c->layout;
}

/* Open the question on its first row. */
static void check_enter(struct view *v, const struct view_ctx *c)
{
	v->cursor = bidi_app_built() ? ANSWER_APP : ANSWER_TERMINAL;
	layout(v, c);
}

/* Draw the question, the chosen row reversed. */
static void check_draw(struct view *v, const struct view_ctx *c)
{
	if (v->layout != c->layout)
		layout(v, c);
	view_draw_doc(v, c, v->cursor);
}

/* Set the bidi mode the answer names, and close the question. */
static struct view_result answer(const struct view_ctx *c, int which)
{
	struct view_result r = { .handled = true, .close = true };

	(void)c;
	if (which == ANSWER_APP && bidi_app_built()) {
		bidi_set_mode(BIDI_APP);
	} else if (which == ANSWER_TERMINAL) {
		bidi_set_mode(BIDI_TERMINAL);
	} else {
		/* ui.c then offers the languages this terminal can show */
		bidi_set_mode(BIDI_NONE);
	}
	return r;
}

/* The letters A, B and C answer at once. */
static struct view_result check_key(struct view *v, const struct view_ctx *c, struct keypress k)
{
	struct view_result r = { .handled = false };

	(void)v;
	if (k.is_key)
		return r;
	switch (k.code) {
	case 'a': case 'A': return bidi_app_built() ? answer(c, ANSWER_APP) : r;
	case 'b': case 'B': return answer(c, ANSWER_TERMINAL);
	case 'c': case 'C': return answer(c, ANSWER_NONE);
	default: return r;
	}
}

/* The cursor keys move, Enter answers, Esc leaves without an answer. */
static struct view_result check_action(struct view *v, const struct view_ctx *c, enum action a,
				       int digit)
{
	struct view_result r = { .handled = true };
	int first = bidi_app_built() ? ANSWER_APP : ANSWER_TERMINAL;
	int i = v->cursor - first;	/* the rows shown: first to ANSWER_NONE */

	(void)digit;
	if (view_cursor_move(&i, ANSWER_NONE - first + 1, c, a)) {
		v->cursor = first + i;
		return r;
	}
	switch (a) {
	case ACT_OPEN: return answer(c, v->cursor);
	case ACT_BACK:
		/* no answer: back where the person was, in a language that
		 * needs no question, and asked again if they choose it again */
		language_use(c->g, language_fallback(c->g));
		r.close = true;
		break;
	default: r.handled = false;
	}
	return r;
}

/* A tap on a row answers with it. */
static struct view_result check_tap(struct view *v, const struct view_ctx *c, int tag)
{
	(void)v;
	return answer(c, tag);
}

/* The key hints: the letters only, readable in any script. */
static const char *check_hints(const struct view *v, const struct view_ctx *c)
{
	(void)v;
	(void)c;
	return "A B C";
}

const struct view_kind view_bidi_check = {
	.content = &bidi_check_kind,
	.enter = check_enter,
	.draw = check_draw,
	.action = check_action,
	.key = check_key,
	.hints = check_hints,
	.position = view_no_position,
	.leave = view_leave_doc,
	.tap = check_tap,
};
