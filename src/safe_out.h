/* safe_out.h: the one filter between content and a terminal or file. No
 * control character from the content or a catalogue is ever written: C0
 * controls other than newline and tab, DEL and C1 controls are dropped. */
#ifndef PUTOKAZ_SAFE_OUT_H
#define PUTOKAZ_SAFE_OUT_H

#include <stdbool.h>
#include <stdio.h>
#include <wchar.h>

/* A stream that writes to `to` what is written to it, without control
 * characters; fclose() it (which leaves `to` open). NULL when it cannot be made. */
FILE *safe_out_open(FILE *to);
/* Whether wide character c may be shown (not a control character). */
bool safe_out_wchar(wchar_t c);

#endif
