/* confuse_only.c: what libconfuse alone costs to parse and free a
 * configuration with putokaz's whole schema (every section kind, includes
 * found beside the main file), with no callbacks and nothing done with the
 * values: the part of `putokaz --check` that putokaz cannot cut without a
 * parser of its own (a benchmark aid, not a test).
 * Prints the milliseconds to parse, to parse and free, and the peak RSS in KiB.
 * Usage: confuse_only FILE */
#include "config.h"

#include <confuse.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "deadlines_load.h"
#include "directory_load.h"
#include "kind_calc.h"
#include "kind_directory.h"
#include "kind_menu.h"
#include "kind_page.h"

/* The language section as the loader declares it (static there). */
static cfg_opt_t language_opts[] = {
	CFG_STR("name", NULL, CFGF_NODEFAULT),
	CFG_STR("direction", "ltr", CFGF_NONE),
	CFG_STR("digits", "western", CFGF_NONE),
	CFG_STR_LIST("solar-hijri-months", NULL, CFGF_NODEFAULT),
	CFG_END()
};

/* The loader's root schema, with libconfuse's own include. */
static cfg_opt_t opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),
	CFG_STR("content-version", NULL, CFGF_NODEFAULT),
	CFG_STR("content-date", NULL, CFGF_NODEFAULT),
	CFG_STR("root", "main", CFGF_NONE),
	CFG_STR_LIST("languages", "{en}", CFGF_NONE),
	CFG_STR("card-language", "sr", CFGF_NONE),
	CFG_INT("kiosk-timeout", 180, CFGF_NONE),
	CFG_STR("bidi", "auto", CFGF_NONE),
	CFG_STR_LIST("ascii", NULL, CFGF_NODEFAULT),
	CFG_FUNC("include", cfg_include),
	CFG_SEC("language", language_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("menu", kind_menu_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("page", kind_page_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("calculator", kind_calc_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("directory", kind_directory_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("calendar", deadlines_calendar_opts, CFGF_MULTI),
	CFG_SEC("event", deadlines_event_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("rule", deadlines_rule_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("service", directory_service_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
	CFG_SEC("contact", directory_contact_opts, CFGF_MULTI),
	CFG_END()
};

/* libconfuse's messages, as it would print them. */
static void print_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	(void)cfg;
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

/* Milliseconds since *t0. */
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
	char dir[4096], base[4096];
	cfg_t *cfg;

	if (argc != 2) {
		fprintf(stderr, "usage: confuse_only FILE\n");
		return 2;
	}
	snprintf(dir, sizeof dir, "%s", argv[1]);
	snprintf(base, sizeof base, "%s", argv[1]);
	cfg = cfg_init(opts, CFGF_NONE);
	cfg_set_error_function(cfg, print_error);
	cfg_add_searchpath(cfg, dirname(dir));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* found through the search path, as the includes are */
	if (cfg_parse(cfg, basename(base)) != CFG_SUCCESS) {
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
