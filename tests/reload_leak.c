/* reload_leak.c: a refused reload loses no memory. Loads a configuration
 * with a problem again and again, as a kiosk does when staff leave a broken
 * file in place, and fails when 1,000 loads grow the process by 256 KiB or
 * more. Run under valgrind, one load must lose nothing. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "loader.h"

/* The resident size of this process in KiB, from /proc. */
static long rss_kib(void)
{
	FILE *fp = fopen("/proc/self/statm", "r");
	long size = 0, resident = 0;

	if (!fp)
		return -1;
	if (fscanf(fp, "%ld %ld", &size, &resident) != 2)
		resident = -1;
	fclose(fp);
	return resident < 0 ? -1 : resident * 4;
}

/* Try to load FILE once; 0 when it was refused, as it must be. */
static int refuse(const char *file, const char *const *search)
{
	struct guide g;
	struct diag d = { 0 };

	if (loader_load(&g, file, search, &d) == 0) {
		loader_free(&g);
		fprintf(stderr, "reload_leak: %s loaded, but it has a problem\n", file);
		return -1;
	}
	diag_clear(&d);
	return 0;
}

int main(int argc, char **argv)
{
	const char *search[2] = { argc > 2 ? argv[2] : ".", NULL };
	long n = argc > 3 ? atol(argv[3]) : 1000, before, after;

	if (argc < 2) {
		fprintf(stderr, "usage: reload_leak FILE [DIR [N]]\n");
		return 2;
	}
	/* the first loads warm up the library's own caches */
	for (long i = 0; n >= 20 && i < 20; i++)
		if (refuse(argv[1], search) < 0)
			return 1;
	before = rss_kib();
	for (long i = 0; i < n; i++)
		if (refuse(argv[1], search) < 0)
			return 1;
	after = rss_kib();
	printf("reload_leak: %ld refused loads: %ld KiB to %ld KiB (+%ld KiB)\n", n, before, after,
	       after - before);
	return n >= 1000 && after - before >= 256 ? 1 : 0;
}
