/* confuse_only.c: how long libconfuse alone takes to parse and free a file of
 * contacts with putokaz's own contact schema, with no callbacks and nothing
 * done with the values: the part of the load time that putokaz cannot cut
 * without a parser of its own (a benchmark aid, not a test).
 * Prints the milliseconds to parse, to parse and free, and the peak RSS in KiB.
 * Usage: confuse_only FILE */
#include "config.h"

#include <confuse.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "directory_load.h"

static cfg_opt_t opts[] = {
	CFG_SEC("service", directory_service_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("contact", directory_contact_opts, CFGF_MULTI),
	CFG_END()
};

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

int main(int argc, char **argv)
{
	struct timespec t0;
	struct rusage ru;
	double parse;
	cfg_t *cfg;

	if (argc != 2) {
		fprintf(stderr, "usage: confuse_only FILE\n");
		return 2;
	}
	cfg = cfg_init(opts, CFGF_NONE);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (cfg_parse(cfg, argv[1]) != CFG_SUCCESS) {
		fprintf(stderr, "confuse_only: %s does not parse\n", argv[1]);
		return 1;
	}
	parse = ms_since(&t0);
	cfg_free(cfg);
	getrusage(RUSAGE_SELF, &ru);
	/* one parse per process, as at a real start: a second parse would
	 * reuse the memory the first one faulted in */
	printf("%.1f %.1f %ld\n", parse, ms_since(&t0), ru.ru_maxrss);
	return 0;
}
