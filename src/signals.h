/* signals.h: the signals putokaz answers. A handler only notes what came;
 * the main loop acts on it, so a signal never leaves the terminal broken and
 * an interrupted read is never taken for a dead terminal. */
#ifndef PUTOKAZ_SIGNALS_H
#define PUTOKAZ_SIGNALS_H

#include <stdbool.h>

/* Install the handlers. SIGUSR1 asks for a reload. SIGTERM asks to end
 * (status 0), and so do SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGUSR2 and SIGALRM
 * (ending by that signal once the terminal is put back). A kiosk ignores all
 * of them but SIGUSR1, SIGTERM and SIGHUP. With `restart`, an interrupted read
 * goes on (line mode reads with stdio). */
void signals_install(bool kiosk, bool restart);
/* How many signals were caught so far: a read that returns early while this
 * changed was interrupted, not failed. */
unsigned long signals_caught(void);
/* Whether a reload was asked for since the last call (and forget it). */
bool signals_take_reload(void);
/* The signal that asks to end, or 0. */
int signals_leaving(void);
/* After the terminal was put back: end by the signal that asked to end
 * (SIGTERM: return 0), else return status. */
int signals_finish(int status);

#endif
