/* view.h: the interface between the curses front end (ui.c) and the screen
 * kinds. Each kind exports one `const struct view_kind`; a new kind touches
 * no other kind. */
#ifndef PUTOKAZ_VIEW_H
#define PUTOKAZ_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "doc.h"
#include "keys.h"
#include "model.h"
#include "tz.h"

/* What every kind may read about the session and the layout. */
struct view_ctx {
	const struct guide *g;
	struct date today;
	struct moment now;	/* for "open now" */
	int top_row;		/* first row of the body */
	int rows;		/* rows of the body */
	int cols;		/* columns of the body */
	unsigned layout;	/* changes when size or language change: rebuild docs */
	bool at_root;		/* the view is the root screen: there is no back */
	bool line_mode;		/* laid out for line mode (plain.c), not the screen */
	bool kiosk;		/* a kiosk: nothing offers to quit */
};

/* One screen on the navigation stack. */
struct view {
	const struct screen *screen;
	const struct view_kind *kind;
	struct doc doc;		/* the kind's laid-out text */
	unsigned layout;	/* the ctx->layout the doc was built for */
	long top;		/* first doc line shown */
	int cursor;		/* selected item, for kinds that have items */
	void *state;		/* the kind's own, freed by leave() */
};

/* What a key did. */
struct view_result {
	bool handled;
	const char *open;	/* a screen id to open, or NULL */
	const char *focus;	/* with open: show where this folded query matches */
	const void *target;	/* with open: a thing in it to show (a contact) */
	bool close;		/* leave this view (the language chooser, when done) */
};

struct view_kind {
	const char *name;	/* the content kind it shows ("menu", "page") */
	/* Set up a view that was just pushed. */
	void (*enter)(struct view *v, const struct view_ctx *c);
	/* Draw the body rows. */
	void (*draw)(struct view *v, const struct view_ctx *c);
	/* React to an action (digit is 0-9 for a digit key, else -1). */
	struct view_result (*action)(struct view *v, const struct view_ctx *c, enum action a,
				     int digit);
	/* Keys of this kind only (NULL: none), tried before the key table when
	 * no text field has focus. */
	struct view_result (*key)(struct view *v, const struct view_ctx *c, struct keypress k);
	/* Whether a text field has focus: then printable keys and Backspace go
	 * to text_key() first, and only Enter or Tab leave the field. NULL: never. */
	bool (*text_focus)(const struct view *v);
	struct view_result (*text_key)(struct view *v, const struct view_ctx *c,
				       struct keypress k);
	/* The key hints for the bottom bar (a msgid). */
	const char *(*hints)(const struct view *v, const struct view_ctx *c);
	/* The position indicator ("lines 1-20 of 45"), or "" when all fits. */
	void (*position)(const struct view *v, const struct view_ctx *c, char *buf, size_t n);
	/* Free the kind's state. */
	void (*leave)(struct view *v);
	/* A tap (mouse or touch) on a doc line with tag >= 0 (NULL: the tag is
	 * taken as an item's index and chosen like its digit). */
	struct view_result (*tap)(struct view *v, const struct view_ctx *c, int tag);
	/* Lay the view out for c (as draw would) and return its doc: used by
	 * --export, so that exported text is what the screen shows. NULL: the
	 * kind has nothing to export. */
	const struct doc *(*lay_out)(struct view *v, const struct view_ctx *c);
	/* After opening from a search: show the first line matching the folded
	 * query, or the target (NULL: the kind has nothing to focus). */
	void (*focus)(struct view *v, const struct view_ctx *c, const char *query,
		      const void *target);
	/* The content was loaded again: c->g is the new guide and v->screen its
	 * screen of the same id; the old guide is still there until this returns.
	 * Keep what the person typed and chose, pointed at the new guide (NULL:
	 * the view is left and entered again, keeping its scroll position). */
	void (*reload)(struct view *v, const struct view_ctx *c);
};

/* The view kind that shows a screen of this content kind, or NULL. */
const struct view_kind *view_kind_for(const struct screen *s);
/* Shared by kinds that scroll a doc: keep `top` within the doc and the body. */
void view_clamp_top(struct view *v, const struct view_ctx *c);
/* Shared: draw the doc from v->top into the body; lines with tag `highlight`
 * are drawn reversed. */
void view_draw_doc(struct view *v, const struct view_ctx *c, int highlight);
/* Shared: scroll the doc by a line or a screen; false if `a` is no scrolling. */
bool view_scroll(struct view *v, const struct view_ctx *c, enum action a);
/* Shared: "lines A-B of N" when the doc does not fit, else "". */
void view_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n);
/* Shared by kinds whose screen always fits (a chooser): no position. */
void view_no_position(const struct view *v, const struct view_ctx *c, char *buf, size_t n);
/* Shared by kinds that keep nothing but their doc: free it. */
void view_leave_doc(struct view *v);

extern const struct view_kind view_menu;
extern const struct view_kind view_page;
extern const struct view_kind view_calc;
extern const struct view_kind view_directory;
extern const struct view_kind view_search;
extern const struct view_kind view_language;
extern const struct view_kind view_bidi_check;
/* The language chooser's screen, which no configuration defines. */
extern const struct screen view_language_screen;
/* "Which line can you read?", which no configuration defines. */
extern const struct screen view_bidi_check_screen;
/* The search screen, which no configuration defines. */
extern const struct screen view_search_screen;
/* For kinds: the first line of a doc (from `from`) matching a folded query, or -1. */
long view_find_line(const struct doc *d, long from, const char *folded_query);

#endif
