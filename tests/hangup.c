/* hangup.c: when the terminal goes away (closed pty, as when an SSH
 * connection drops) putokaz exits within one second and does not spin; on
 * SIGTERM it restores the terminal and exits. Also with --kiosk. With
 * --bidi=app on a terminal that follows the bidi draft (VTE_VERSION set),
 * it sends CSI 8 l at start and CSI 8 h when it ends, and neither elsewhere.
 * SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGUSR2 and SIGALRM each leave
 * the terminal as it was: normal screen, no mouse reporting, cursor shown,
 * echo on (stty after it says so); SIGTERM ends with status 0, the others
 * end by their signal.
 * Usage: hangup PUTOKAZ */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static pid_t spawn_env(const char *prog, const char *arg, const char *arg2, const char *vte,
		       int *fd)
{
	struct winsize ws = { 24, 80, 0, 0 };
	pid_t pid = forkpty(fd, NULL, NULL, &ws);

	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		unsetenv("SSH_CONNECTION");
		unsetenv("SSH_TTY");
		unsetenv("TMUX");
		unsetenv("STY");
		if (vte)
			setenv("VTE_VERSION", vte, 1);
		else
			unsetenv("VTE_VERSION");
		execl(prog, prog, arg, arg2, (char *)NULL);
		_exit(127);
	}
	return pid;
}



/* Read for up to ms milliseconds into buf; returns the bytes read. Like a
 * terminal, it answers the device-attributes query that putokaz sends at
 * start (after asking about bidi mode 8, which it does not answer). */
static size_t slurp(int fd, char *buf, size_t cap, int ms)
{
	struct pollfd p = { fd, POLLIN, 0 };
	size_t n = 0;
	int answered = 0;

	while (n < cap && poll(&p, 1, ms) > 0) {
		ssize_t r = read(fd, buf + n, cap - n);

		if (r <= 0)
			break;
		n += (size_t)r;
		if (!answered && memmem(buf, n, "\033[c", 3)) {
			answered = 1;
			if (write(fd, "\033[?1;2c", 7) != 7)
				break;
		}
		ms = 100;
	}
	return n;
}

/* Wait up to `limit` seconds for pid; the seconds taken, or -1. */
static double wait_exit(pid_t pid, double limit, int *status)
{
	double t0 = now();

	while (now() - t0 < limit) {
		if (waitpid(pid, status, WNOHANG) == pid)
			return now() - t0;
		usleep(5000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, status, 0);
	return -1;
}

static double child_cpu(void)
{
	struct rusage ru;

	getrusage(RUSAGE_CHILDREN, &ru);
	return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* CSI 8 l at start and CSI 8 h at the end with VTE_VERSION, never without. */
static int bdsm(const char *prog)
{
	static char buf[1 << 16];
	int failed = 0;

	for (int vte = 0; vte < 2; vte++) {
		int fd, status;
		pid_t pid = spawn_env(prog, "--bidi=app", "--today=2026-11-22",
				      vte ? "7000" : NULL, &fd);
		size_t n = slurp(fd, buf, sizeof buf, 3000), m;
		int explicit_sent = memmem(buf, n, "\033[8l", 4) != NULL;

		kill(pid, SIGTERM);
		m = slurp(fd, buf, sizeof buf, 1000);
		wait_exit(pid, 2.0, &status);
		close(fd);
		printf("bidi %s: CSI 8 l at start: %s, CSI 8 h at the end: %s\n",
		       vte ? "VTE 0.70" : "unknown terminal", explicit_sent ? "yes" : "no",
		       memmem(buf, m, "\033[8h", 4) ? "yes" : "no");
		if (explicit_sent != vte || (memmem(buf, m, "\033[8h", 4) != NULL) != vte)
			failed = 1;
	}
	return failed;
}

/* The pid of the only child of process `parent`, or -1 (waits up to 2 s). */
static pid_t child_of(pid_t parent)
{
	char path[64];

	snprintf(path, sizeof path, "/proc/%d/task/%d/children", (int)parent, (int)parent);
	for (int i = 0; i < 200; i++) {
		FILE *fp = fopen(path, "r");
		int pid = -1;

		if (fp) {
			if (fscanf(fp, "%d", &pid) != 1)
				pid = -1;
			fclose(fp);
		}
		if (pid > 0)
			return pid;
		usleep(10000);
	}
	return -1;
}

/* Signal sig, outside kiosk mode: the terminal is as it was before, and the
 * status is 0 for SIGTERM, the signal itself for the others. */
static int one_signal(const char *prog, int sig)
{
	static char buf[1 << 16];
	struct winsize ws = { 24, 80, 0, 0 };
	int fd, status, failed = 0, want;
	const char *script = "\"$0\" --today=2026-11-22; echo \"status=$?\"; stty -a";
	pid_t sh = forkpty(&fd, NULL, NULL, &ws), pid;
	size_t n;
	char *st;

	if (sh == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		unsetenv("VTE_VERSION");
		unsetenv("SSH_CONNECTION");
		execl("/bin/sh", "sh", "-c", script, prog, (char *)NULL);
		_exit(127);
	}
	pid = child_of(sh);
	slurp(fd, buf, sizeof buf, 3000);
	if (pid > 0)
		kill(pid, sig);
	n = slurp(fd, buf, sizeof buf - 1, 2000);
	buf[n] = '\0';
	wait_exit(sh, 3.0, &status);
	close(fd);
	st = strstr(buf, "status=");
	want = sig == SIGTERM ? 0 : 128 + sig;
	printf("%s: status %d, normal screen %s, mouse off %s, cursor shown %s, echo %s\n",
	       strsignal(sig), st ? atoi(st + 7) : -1,
	       memmem(buf, n, "\033[?1049l", 8) ? "yes" : "no",
	       memmem(buf, n, "1000l", 5) ? "yes" : "no",
	       memmem(buf, n, "\033[?25h", 6) ? "yes" : "no",
	       strstr(buf, " -echo ") ? "off" : strstr(buf, " echo ") ? "on" : "?");
	if (!st || atoi(st + 7) != want || !memmem(buf, n, "\033[?1049l", 8) ||
	    !memmem(buf, n, "1000l", 5) || !memmem(buf, n, "\033[?25h", 6) ||
	    !strstr(buf, " echo "))
		failed = 1;
	return failed;
}

int main(int argc, char **argv)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGUSR2, SIGALRM };
	static char buf[1 << 16];
	const char *modes[] = { "--today=2026-11-22", "--kiosk", "--kiosk" };
	const char *modes2[] = { NULL, NULL, "--plain" };	/* line mode keeps the kiosk's rules */
	int fd, status, failed = 0;

	if (argc < 2)
		return 2;
	signal(SIGPIPE, SIG_IGN);
	for (int m = 0; m < 3; m++) {
		/* the terminal goes away */
		double cpu0 = child_cpu(), took;
		pid_t pid = spawn_env(argv[1], modes[m], modes2[m], NULL, &fd);

		if (slurp(fd, buf, sizeof buf, 3000) == 0) {
			fprintf(stderr, "hangup: %s: no first screen\n", modes[m]);
			return 1;
		}
		close(fd);
		took = wait_exit(pid, 5.0, &status);
		printf("hangup %s%s: exit after %.3f s, %.3f s CPU\n", modes[m],
		       modes2[m] ? " --plain" : "", took,
		       child_cpu() - cpu0);
		if (took < 0 || took > 1.0 || child_cpu() - cpu0 > 0.5) {
			fprintf(stderr, "hangup: %s: too slow or spinning\n", modes[m]);
			failed = 1;
		}
		/* SIGTERM: the terminal is put back (leaves the alternate screen) */
		pid = spawn_env(argv[1], modes[m], modes2[m], NULL, &fd);
		slurp(fd, buf, sizeof buf, 3000);
		kill(pid, SIGTERM);
		{
			size_t n = slurp(fd, buf, sizeof buf, 1000);

			took = wait_exit(pid, 2.0, &status);
			bool restored = modes2[m] || memmem(buf, n, "\033[?1049l", 8);

			printf("sigterm %s%s: exit after %.3f s, status %d, terminal restored: %s\n",
			       modes[m], modes2[m] ? " --plain" : "", took,
			       WIFEXITED(status) ? WEXITSTATUS(status) : -1, restored ? "yes" : "no");
			if (took < 0 || !restored || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
				failed = 1;
		}
		close(fd);
	}
	failed |= bdsm(argv[1]);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		failed |= one_signal(argv[1], sigs[i]);
	if (failed)
		fprintf(stderr, "hangup: FAILED\n");
	return failed;
}
