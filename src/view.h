/* view.h: the interface between the curses front end (ui.c) and the screen
 * kinds. Each kind exports one `const struct view_kind`; a new kind touches
 * no other kind. */
#ifndef PUTOKAZ_VIEW_H
#define PUTOKAZ_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "dates.h"
#include "doc.h"
#include "keys.h"
#include "kind.h"
#include "model.h"
#include "tz.h"

struct qr_request;

/* What every kind may read about this run and the layout. */
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
	bool printing;		/* laid out for a handout (--export): no keys to press */
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
	void *state;		/* the kind's own: leave() frees what it points to,
				 * the caller then frees the state itself */
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
	const struct content_kind *content;	/* the content kind it shows (kind_menu) */
	/* Set up a view that was just pushed. */
	void (*enter)(struct view *v, const struct view_ctx *c);
	/* Draw the body rows. */
	void (*draw)(struct view *v, const struct view_ctx *c);
	/* React to an action (digit is 0-9 for a digit key, the number typed in
	 * line mode, else -1). */
	struct view_result (*action)(struct view *v, const struct view_ctx *c, enum action a,
				     int digit);
	/* Keys of this kind only (NULL: none), tried before the key table when
	 * no text field has focus. */
	struct view_result (*key)(struct view *v, const struct view_ctx *c, struct keypress k);
	/* Whether a text field has focus: then every key goes to text_key()
	 * first, which edits the field with view_field_edit() (so that a key does
	 * the same in every field); what it leaves unhandled goes on to the kind's
	 * keys and the key table. NULL: never. */
	bool (*text_focus)(const struct view *v);
	struct view_result (*text_key)(struct view *v, const struct view_ctx *c,
				       struct keypress k);
	/* The key hints for the bottom bar (a msgid). */
	const char *(*hints)(const struct view *v, const struct view_ctx *c);
	/* The position indicator ("lines 1-20 of 45"), or "" when all fits. */
	void (*position)(const struct view *v, const struct view_ctx *c, char *buf, size_t n);
	/* Free what the kind keeps: its doc, and what v->state points to (not
	 * v->state itself, which the caller frees after leave()). */
	void (*leave)(struct view *v);
	/* A tap (mouse or touch) on a doc line with tag >= 0 (NULL: the tag is
	 * taken as an item's index and chosen like its digit). */
	struct view_result (*tap)(struct view *v, const struct view_ctx *c, int tag);
	/* Lay the view out for c (as draw would) and return its doc: used by
	 * --export, so that exported text is what the screen shows. NULL: the
	 * kind has nothing to export. */
	const struct doc *(*lay_out)(struct view *v, const struct view_ctx *c);
	/* The printed handout's doc, when it is not lay_out's (NULL: lay_out). */
	const struct doc *(*handout)(struct view *v, const struct view_ctx *c);
	/* After opening from a search: show the first line matching the folded
	 * query, or the target (NULL: the kind has nothing to focus). */
	void (*focus)(struct view *v, const struct view_ctx *c, const char *query,
		      const void *target);
	/* What a QR code would carry from the view as it is now (the p key):
	 * whether it has any; with out, the texts are added to it (qr_text.h).
	 * NULL: the kind never has a code. */
	bool (*codes)(struct view *v, const struct view_ctx *c, struct qr_request *out);
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
extern const struct view_kind view_qr;
/* The language chooser's screen, which no configuration defines. */
extern const struct screen view_language_screen;
/* "Which line can you read?", which no configuration defines. */
extern const struct screen view_bidi_check_screen;
/* The search screen, which no configuration defines. */
extern const struct screen view_search_screen;
/* The code screen (the p key), which no configuration defines. */
extern const struct screen view_qr_screen;
/* Push-side of the code screen: hand it the request taken from the view
 * below (the request is taken over and emptied). */
void view_qr_give(struct view *v, const struct view_ctx *c, struct qr_request *q);
/* The key bar of a view with "p code" in front where it has a code: new. */
char *view_qr_hints(struct view *v, const struct view_ctx *c, const char *hints);
/* For line mode: the texts a code would carry, with a sentence saying that
 * a code needs a full UTF-8 screen; false when the view has none. */
bool view_qr_print(struct view *v, const struct view_ctx *c, FILE *out);
/* Shared by kinds with a list: move the cursor over n items (0 to n - 1):
 * Up and Down by one, round the ends; Page Up and Page Down by a screen of
 * items (rows - 1), stopping at the ends. Returns whether `a` is one of these
 * (then the key is used even when the list is empty). */
bool view_cursor_move(int *cursor, int n, const struct view_ctx *c, enum action a);
/* Shared by kinds with a list: scroll so that every line of the item tagged
 * `tag` is shown, with `above` lines above it when scrolling up; the first
 * item (first_item) shows from the top of the doc, its title included. */
void view_follow_item(struct view *v, const struct view_ctx *c, int tag, bool first_item,
		      int above);

/* What a key does in a text field, the same in every kind that has one. */
enum field_key {
	FIELD_NONE,	/* not a field key: the kind or the key table may take it */
	FIELD_TEXT,	/* a printable character, typed into the field */
	FIELD_ERASE,	/* Backspace (DEL, Ctrl-H): the last character goes */
	FIELD_DONE,	/* Enter (also the keypad's) or Tab: the field is done */
	FIELD_ESC,	/* Esc: leave the field */
	FIELD_MOVE	/* the Up or Down arrow: leave the field for the list */
};
/* What k is to a text field. */
enum field_key view_field_key(struct keypress k);
/* Apply k to a field of n wide characters (at most max): a character typed
 * or erased; returns what k was (a character typed into a full field is
 * dropped). */
enum field_key view_field_edit(wchar_t *buf, size_t *n, size_t max, struct keypress k);

/* For kinds: the first line of a doc (from `from`) matching a folded query, or -1. */
long view_find_line(const struct doc *d, long from, const char *folded_query);

#endif
