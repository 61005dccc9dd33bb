/* cfgscan.h: checks of a configuration file's bytes, and a walk over its
 * quotes, braces and comments that places syntax mistakes at their own line
 * (libconfuse stops at the first mistake and often names a later line). Not
 * a parser: libconfuse reads the values; this only finds where it went wrong. */
#ifndef PUTOKAZ_CFGSCAN_H
#define PUTOKAZ_CFGSCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Where libconfuse's lexer is at the end of a text. */
enum cfgscan_end { SCAN_END_CODE, SCAN_END_DQ, SCAN_END_SQ, SCAN_END_COMMENT };

/* The first problem with the bytes of TEXT: not UTF-8 (Latin-1, UTF-16) or
 * a control character (C0 other than tab, newline and a carriage return
 * before a newline; DEL; C1). Reports it at FILE:LINE into d and returns
 * false; true when the bytes are fine. NOT_UTF8 is set when the file must
 * not be read at all. */
bool cfgscan_bytes(const char *file, const char *text, size_t len, struct diag *d,
		   bool *not_utf8);
/* A backslash in a quoted text other than \\ and the quote itself:
 * libconfuse would turn "\n" or "\t" into a control character and "\x41"
 * into a letter, so the text would not be shown as written. Each one is
 * reported; returns how many. */
size_t cfgscan_escapes(const char *file, const char *text, size_t len, struct diag *d);
/* The syntax mistakes of one file (a text or a comment left open, a brace
 * missing or extra, a double quote inside a text, a no-break space or a
 * curly quote where the syntax needs a plain one), reported at their line
 * into d; ROOT_SECTIONS (NULL-terminated) are the section names that only
 * stand at the top level. Returns how many were found. */
size_t cfgscan_syntax(const char *file, const char *text, size_t len,
		      const char *const *root_sections, struct diag *d);
/* The lexer's state at the end of TEXT: inside a text or a comment when one
 * was left open. */
enum cfgscan_end cfgscan_end_state(const char *text, size_t len);
/* Rewrite in place each double-quoted text that holds no backslash and no
 * single quote into single quotes: libconfuse reads the
 * same value from both, but a single-quoted one a run at a time instead of
 * a character at a time (two million instructions of a start-up). TEXT
 * must end with a NUL. Returns how many texts were rewritten. */
size_t cfgscan_single_quotes(char *text, size_t len);
/* The number of edits (insert, delete, change a letter) from A to B, up to
 * LIMIT + 1: for "did you mean ...?" */
int cfgscan_distance(const char *a, const char *b, int limit);

#endif
