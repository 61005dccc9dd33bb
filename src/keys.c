/* keys.c: which keys do what. One table serves key handling and help. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wctype.h>

#include "i18n.h"
#include "keys.h"

struct binding {
	wint_t code;
	bool is_key;		/* a KEY_* code rather than a character */
	enum action action;
	const char *name;	/* as the help screen names it (a msgid) */
};

/* The order here is the order of the names on the help screen. */
static const struct binding bindings[] = {
	{ KEY_UP, true, ACT_UP, N_("Up") },
	{ 'k', false, ACT_UP, "k" },
	{ KEY_DOWN, true, ACT_DOWN, N_("Down") },
	{ 'j', false, ACT_DOWN, "j" },
	{ KEY_PPAGE, true, ACT_PAGE_UP, N_("PgUp") },
	{ 'b', false, ACT_PAGE_UP, "b" },
	{ KEY_NPAGE, true, ACT_PAGE_DOWN, N_("PgDn") },
	{ ' ', false, ACT_PAGE_DOWN, N_("Space") },
	{ '\n', false, ACT_OPEN, N_("Enter") },
	{ '\r', false, ACT_OPEN, NULL },
	{ KEY_ENTER, true, ACT_OPEN, NULL },
	{ KEY_RIGHT, true, ACT_OPEN, N_("Right") },
	{ KEY_BACKSPACE, true, ACT_BACK, N_("Backspace") },
	{ 127, false, ACT_BACK, NULL },
	{ 8, false, ACT_BACK, NULL },
	{ 27, false, ACT_BACK, N_("Esc") },
	{ KEY_LEFT, true, ACT_BACK, N_("Left") },
	{ 'h', false, ACT_BACK, "h" },
	{ KEY_HOME, true, ACT_HOME, N_("Home") },
	{ 'm', false, ACT_HOME, "m" },
	{ '?', false, ACT_HELP, "?" },
	{ '/', false, ACT_SEARCH, "/" },
	{ 'p', false, ACT_CODE, "p" },
	{ 'l', false, ACT_LANGUAGE, "l" },
	{ KEY_F(2), true, ACT_LANGUAGE, "F2" },
	{ KEY_F(1), true, ACT_HELP, "F1" },
	{ 'q', false, ACT_QUIT, "q" },
	{ 12, false, ACT_REDRAW, "Ctrl-L" },
};

static const char *const action_help[ACT_COUNT] = {
	[ACT_UP] = N_("Move up, or scroll up one line"),
	[ACT_DOWN] = N_("Move down, or scroll down one line"),
	[ACT_PAGE_UP] = N_("Scroll up one screen"),
	[ACT_PAGE_DOWN] = N_("Scroll down one screen"),
	[ACT_OPEN] = N_("Open the chosen item (or type its number)"),
	[ACT_BACK] = N_("Go back"),
	[ACT_HOME] = N_("Go to the main menu"),
	[ACT_HELP] = N_("Show this help"),
	[ACT_SEARCH] = N_("Search all pages and contacts"),
	[ACT_CODE] = N_("Show a code for a phone camera (on a card, a contact or the deadlines)"),
	[ACT_LANGUAGE] = N_("Choose the language"),
	[ACT_QUIT] = N_("Quit"),
	[ACT_REDRAW] = N_("Draw the screen again"),
};

enum action keys_action(struct keypress k)
{
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].code == k.code && bindings[i].is_key == k.is_key)
			return bindings[i].action;
	return ACT_NONE;
}

int keys_digit(struct keypress k)
{
	if (k.is_key)
		return -1;
	if (k.code >= '0' && k.code <= '9')
		return (int)(k.code - '0');
	if (k.code >= 0x0660 && k.code <= 0x0669)	/* Arabic-Indic ٠-٩ */
		return (int)(k.code - 0x0660);
	if (k.code >= 0x06F0 && k.code <= 0x06F9)	/* Extended Arabic-Indic ۰-۹ */
		return (int)(k.code - 0x06F0);
	return -1;
}

bool keys_is_erase(struct keypress k)
{
	return k.is_key ? k.code == KEY_BACKSPACE : k.code == 127 || k.code == 8;
}

bool keys_is_text(struct keypress k)
{
	return !k.is_key && k.code >= ' ' && k.code != 127 && iswprint(k.code);
}

const char *keys_action_help(enum action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? action_help[a] : NULL;
}

void keys_names(enum action a, char *buf, size_t size)
{
	size_t used = 0;

	if (size == 0)
		return;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
		if (bindings[i].action != a || !bindings[i].name)
			continue;
		int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "",
				 _(bindings[i].name));
		if (n < 0 || (size_t)n >= size - used) {
			buf[used] = '\0';	/* only whole names */
			break;
		}
		used += (size_t)n;
	}
}
