/* term_clear.h: clearing a terminal that curses does not drive (line mode). */
#ifndef PUTOKAZ_TERM_CLEAR_H
#define PUTOKAZ_TERM_CLEAR_H

#include <stdio.h>

/* Clear the screen and its scrollback where the terminal description says
 * how; elsewhere (a teletype, TERM=dumb) push the page out with blank lines. */
void term_clear(FILE *fp);

#endif
