/* signals.c: noting signals for the main loop (see signals.h). */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "signals.h"

static volatile sig_atomic_t caught, reload_asked, leaving;

/* SIGUSR1: load the content again, when the loop gets to it. */
static void on_reload(int sig)
{
	(void)sig;
	reload_asked = 1;
	caught++;
}

/* SIGTERM and the like: end, when the loop gets to it; the first one counts. */
static void on_leave(int sig)
{
	if (!leaving)
		leaving = sig;
	caught++;
}

/* Install fn for sig, restarting interrupted calls or not. */
static void set(int sig, void (*fn)(int), bool restart)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = fn;
	sa.sa_flags = restart ? SA_RESTART : 0;
	sigaction(sig, &sa, NULL);
}

void signals_install(bool kiosk, bool restart)
{
	static const int ending[] = { SIGINT, SIGQUIT, SIGPIPE, SIGUSR2, SIGALRM };

	set(SIGUSR1, on_reload, restart);
	set(SIGTERM, on_leave, restart);
	set(SIGHUP, on_leave, restart);
	for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++)
		set(ending[i], kiosk ? SIG_IGN : on_leave, restart);
}

unsigned long signals_caught(void)
{
	return (unsigned long)caught;
}

bool signals_take_reload(void)
{
	bool asked = reload_asked;

	reload_asked = 0;
	return asked;
}

int signals_leaving(void)
{
	return leaving;
}

int signals_finish(int status)
{
	int sig = leaving;

	if (!sig || sig == SIGTERM)
		return sig ? 0 : status;
	signal(sig, SIG_DFL);
	raise(sig);
	return status;
}
