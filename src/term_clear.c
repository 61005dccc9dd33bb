/* term_clear.c: see term_clear.h. */
#include "config.h"

#include <stdbool.h>

#include <curses.h>
#include <term.h>
#include <unistd.h>

#include "term_clear.h"

void term_clear(FILE *fp)
{
	static bool looked;	/* the description is loaded once */
	static const char *clr, *e3;
	int err;

	if (!looked && isatty(fileno(fp)) && setupterm(NULL, fileno(fp), &err) == OK) {
		clr = tigetstr("clear");
		e3 = tigetstr("E3");
	}
	looked = true;
	if (clr && clr != (char *)-1) {
		fputs(clr, fp);
		if (e3 && e3 != (char *)-1)
			fputs(e3, fp);
	} else {
		for (int i = 0; i < 60; i++)
			fputc('\n', fp);
	}
	fflush(fp);
}
