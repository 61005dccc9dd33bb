/* keys.h: the key table. Several keys for each action, the help screen is
 * drawn from the same table, and every action has a key that is neither an
 * arrow nor a function key. */
#ifndef PUTOKAZ_KEYS_H
#define PUTOKAZ_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

enum action {
	ACT_NONE = 0,
	ACT_UP,
	ACT_DOWN,
	ACT_PAGE_UP,
	ACT_PAGE_DOWN,
	ACT_OPEN,
	ACT_BACK,
	ACT_HOME,
	ACT_HELP,
	ACT_SEARCH,
	ACT_CODE,	/* a QR code of what is shown (a card, a contact, deadlines) */
	ACT_LANGUAGE,
	ACT_QUIT,
	ACT_REDRAW,
	ACT_COUNT
};

/* A key as curses delivers it: a character, or a KEY_* code when is_key. */
struct keypress {
	wint_t code;
	bool is_key;
};

/* The action bound to a key, or ACT_NONE. */
enum action keys_action(struct keypress k);
/* The digit 0-9 a key stands for (ASCII, Arabic-Indic or Extended
 * Arabic-Indic, as typed on Arabic and Persian layouts), or -1. */
int keys_digit(struct keypress k);
/* Whether a key erases the character before the cursor in a text field
 * (Backspace, as KEY_BACKSPACE, DEL or Ctrl-H). */
bool keys_is_erase(struct keypress k);
/* Whether a key is text a field would take (a printable character). */
bool keys_is_text(struct keypress k);

/* For the help screen: the description of an action (a msgid), or NULL. */
const char *keys_action_help(enum action a);
/* For the help screen: the names of the keys bound to an action,
 * e.g. "Up, k", written into buf. */
void keys_names(enum action a, char *buf, size_t size);

#endif
