/* main.c: command line, locale, loading the guide, and handing it to a front end. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bidi.h"
#include "calc_cli.h"
#include "checkwarn.h"
#include "clock.h"
#include "datefmt.h"
#include "dates.h"
#include "builtin.h"
#include "export.h"
#include "diag.h"
#include "i18n.h"
#include "kind.h"
#include "kind_page.h"
#include "language.h"
#include "loader.h"
#include "paths.h"
#include "plain.h"
#include "pot.h"
#include "rules.h"
#include "safe_out.h"
#include "ui.h"

enum { OPT_CHECK = 256, OPT_KIOSK, OPT_PLAIN, OPT_CALC, OPT_EXPORT, OPT_FORMAT, OPT_WIDTH, OPT_SCHEMA, OPT_LANG, OPT_BIDI, OPT_CHARSET, OPT_POT, OPT_LOCALEDIR, OPT_TODAY, OPT_VERSION, OPT_HELP };

static const struct option long_opts[] = {
	{ "config", required_argument, NULL, 'c' },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "kiosk", no_argument, NULL, OPT_KIOSK },
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "calc", no_argument, NULL, OPT_CALC },
	{ "schema", no_argument, NULL, OPT_SCHEMA },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "bidi", required_argument, NULL, OPT_BIDI },
	{ "charset", required_argument, NULL, OPT_CHARSET },
	{ "pot", no_argument, NULL, OPT_POT },
	{ "localedir", required_argument, NULL, OPT_LOCALEDIR },
	{ "today", required_argument, NULL, OPT_TODAY },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "help", no_argument, NULL, OPT_HELP },
	{ NULL, 0, NULL, 0 }
};

static void usage(FILE *fp)
{
	fprintf(fp, _("Usage: %s [OPTION]...\n"
		      "An offline guide for asylum seekers and migrants in Serbia.\n"
		      "\n"
		      "  -c, --config FILE   read the configuration from FILE\n"
		      "      --check         check the configuration and exit\n"
		      "      --kiosk         run as a kiosk: no quitting, start over when idle\n"
		      "      --plain         line mode: numbered lines, answered with a number\n"
		      "      --calc EVENT=YYYY-MM-DD[THH:MM]...\n"
		      "                      print the deadlines that follow from the events\n"
		      "      --lang CODE     show the guide in language CODE\n"
		      "      --bidi MODE     right-to-left text: auto, app (putokaz reorders),\n"
		      "                      terminal (the terminal reorders) or none\n"
		      "      --charset auto|ascii|utf-8  the characters the terminal shows\n"
		      "      --export SCREEN|all  print a screen, or all, as a handout\n"
		      "      --format text|html   the handout's format (default text)\n"
		      "      --width N       wrap the text handout at N columns (default 72)\n"
		      "      --pot           write the content strings as a gettext template\n"
		      "      --schema        list every configuration key and exit\n"
		      "      --localedir DIR read the translations from DIR\n"
		      "      --today DATE    take DATE (YYYY-MM-DD[THH:MM]) as the date and time now\n"
		      "      --version       print the version and exit\n"
		      "      --help          print this help and exit\n"
		      "\n"
		      "Exit status: 0 on success, 2 for a wrong option or a configuration error.\n"),
		PACKAGE);
}

/* The exit status of a command that wrote its result to stdout: a full
 * disk or a closed pipe must not look like success (a handout on a full
 * USB stick). */
static int finish_output(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: cannot write the output: %s\n", PACKAGE, strerror(errno));
		return rc ? rc : 1;
	}
	return rc;
}

/* Close the filtered stream of --calc or --export, then check that the
 * result reached its file (finish_output). */
static int close_output(FILE *out, int rc)
{
	int closed = fclose(out);

	rc = finish_output(rc);
	if (closed != 0 && rc == 0) {
		fprintf(stderr, "%s: cannot write the output: %s\n", PACKAGE, strerror(errno));
		rc = 1;
	}
	return rc;
}

/* --check: how much of the content each offered language translates, and
 * whether a native speaker reviewed it. */
static void check_coverage(const struct guide *g, FILE *fp)
{
	for (size_t i = 0; i < g->nlanguages; i++) {
		const char *code = g->languages[i];
		size_t done = 0;

		if (strcmp(code, "en") == 0)
			continue;
		for (size_t k = 0; k < g->nstrings; k++) {
			char *t = tr_in(code, g->strings[k].text);

			done += t != NULL;
			free(t);
		}
		fprintf(fp, _("  %s: %zu of %zu content strings translated (%zu%%)%s\n"), code, done,
			g->nstrings, g->nstrings ? done * 100 / g->nstrings : 100,
			i18n_reviewed(code) ? "" : _(", not yet reviewed by a native speaker"));
	}
}

/* --check's warnings, at their file and line: the quick load notes no
 * places, so a guide with warnings is loaded again with them. */
static void check_warnings(const struct guide *g, const char *config, const char *const *search,
			   struct date today)
{
	FILE *sink = fopen("/dev/null", "w");
	struct guide placed;
	struct diag d = { 0 };
	size_t n = sink ? checkwarn_print(g, today, sink) : 1;

	if (sink)
		fclose(sink);
	if (n == 0)
		return;
	if (loader_load_placed(&placed, config, search, &d) == 0) {
		checkwarn_print(&placed, today, stderr);
		loader_free(&placed);
	} else {
		checkwarn_print(g, today, stderr);
		diag_clear(&d);
	}
}

/* --check on a guide that loaded: the summary, the translation coverage
 * and the warnings. */
static void report_check(const struct guide *g, const char *config, const char *const *search,
			 struct date today)
{
	size_t pages = 0;

	for (size_t i = 0; i < g->nscreens; i++)
		pages += g->screens[i].kind == &kind_page;
	printf(_("%s: OK: %zu screens (%zu pages), %zu strings to translate, "
		 "%zu languages, content %s of %04d-%02d-%02d\n"),
	       config, g->nscreens, pages, g->nstrings, g->nlanguages, g->content_version,
	       g->content_date.y, g->content_date.m, g->content_date.d);
	check_coverage(g, stdout);
	check_warnings(g, config, search, today);
}

/* Whether every catalogue LANGUAGE names ("fr:de") can be used (see i18n_probe). */
static bool env_languages_sound(void)
{
	const char *env = getenv("LANGUAGE");

	while (env && *env) {
		char code[32];
		size_t n = strcspn(env, ":");

		snprintf(code, sizeof code, "%.*s", (int)n, env);
		if (*code && !i18n_probe(code, NULL, 0))
			return false;
		env += n + (env[n] == ':');
	}
	return true;
}

/* What the command line asked for. */
struct args {
	struct paths paths;
	struct ui_options uio;
	const char *config, *lang, *bidi, *localedir, *today, *charset, *export;
	bool check, pot, version, calc, format_given, width_given;
	enum export_format format;
	long width;
	const char *search[3];	/* where included files are looked for */
};

/* gettext with the catalogues where --localedir (or the build) says. */
static void init_messages(const struct args *a)
{
	i18n_init(a->localedir ? a->localedir : a->paths.localedir);
}

/* --format and --width: -1 when the value is good, else the exit status. */
static int parse_layout_option(struct args *a, int c, const char *value)
{
	char *end;

	if (c == OPT_FORMAT) {
		a->format_given = true;
		if (strcmp(value, "text") == 0 || strcmp(value, "html") == 0) {
			a->format = strcmp(value, "html") == 0 ? EXPORT_HTML : EXPORT_TEXT;
			return -1;
		}
		init_messages(a);
		fprintf(stderr, _("%s: --format takes text or html, not '%s'\n"), PACKAGE, value);
		return 2;
	}
	a->width_given = true;
	a->width = strtol(value, &end, 10);
	if (!*end && a->width >= 20 && a->width <= 500)
		return -1;
	init_messages(a);
	fprintf(stderr, _("%s: --width takes a number from 20 to 500, not '%s'\n"), PACKAGE, value);
	return 2;
}

/* The options into *a: -1 to go on, else the exit status (--help, --schema,
 * a wrong option). */
static int parse_args(int argc, char **argv, struct args *a)
{
	int c, rc;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":c:", long_opts, NULL)) != -1) {
		switch (c) {
		case 'c': a->config = optarg; break;
		case OPT_CHECK: a->check = true; break;
		case OPT_KIOSK: a->uio.kiosk = true; break;
		case OPT_PLAIN: a->uio.plain = true; break;
		case OPT_CALC: a->calc = true; break;
		case OPT_EXPORT: a->export = optarg; break;
		case OPT_FORMAT:
		case OPT_WIDTH:
			if ((rc = parse_layout_option(a, c, optarg)) >= 0)
				return rc;
			break;
		case OPT_SCHEMA:
			loader_print_schema(stdout);
			return finish_output(0);
		case OPT_LANG: a->lang = optarg; break;
		case OPT_BIDI: a->bidi = optarg; break;
		case OPT_CHARSET: a->charset = optarg; break;
		case OPT_POT: a->pot = true; break;
		case OPT_LOCALEDIR: a->localedir = optarg; break;
		case OPT_TODAY: a->today = optarg; break;
		case OPT_VERSION: a->version = true; break;
		case OPT_HELP:
			init_messages(a);
			usage(stdout);
			return finish_output(0);
		default:
			init_messages(a);
			if (c == ':')
				fprintf(stderr, _("%s: option '%s' needs a value\n"), PACKAGE,
					argv[optind - 1]);
			else
				fprintf(stderr, _("%s: unknown option '%s'\n"), PACKAGE,
					argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	return -1;
}

/* A kiosk reads only the files the command line names: no variable may
 * point it at others (terminal descriptions, time zones, locales, message
 * catalogues). */
static void kiosk_environment(void)
{
	static const char *const file_vars[] = {
		"TERMINFO", "TERMINFO_DIRS", "HOME", "TZDIR", "LOCPATH", "NLSPATH",
		"GCONV_PATH", "TZ",
	};

	for (size_t i = 0; i < sizeof file_vars / sizeof file_vars[0]; i++)
		unsetenv(file_vars[i]);
	i18n_kiosk_env();
}

/* The options that only make sense together, and their values: -1 when all
 * is well, else the exit status (2) after a message. */
static int check_args(int argc, char **argv, struct args *a)
{
	int has_time;

	if (a->bidi && bidi_mode_parse(a->bidi, &a->uio.bidi) < 0) {
		fprintf(stderr, _("%s: --bidi takes auto, app, terminal or none, not '%s'\n"),
			PACKAGE, a->bidi);
		return 2;
	}
	if (a->bidi && a->uio.bidi == BIDI_APP && !bidi_app_built()) {
		fprintf(stderr, _("%s: --bidi=app needs FriBidi, and this putokaz was built "
				  "without it\n"), PACKAGE);
		return 2;
	}
	if ((a->format_given || a->width_given) && !a->export) {
		fprintf(stderr, "%s: --format and --width go with --export\n", PACKAGE);
		usage(stderr);
		return 2;
	}
	if (a->charset && i18n_charset_parse(a->charset) < 0) {
		fprintf(stderr, "%s: --charset takes auto, ascii or utf-8, not '%s'\n", PACKAGE,
			a->charset);
		return 2;
	}
	if (optind < argc && !a->calc) {
		fprintf(stderr, _("%s: unexpected argument '%s'\n"), PACKAGE, argv[optind]);
		usage(stderr);
		return 2;
	}
	if (a->today && !a->version) {
		struct moment *now = &a->uio.now;

		if (datefmt_parse_moment(a->today, &now->date, &now->hour, &now->minute,
					 &has_time) < 0) {
			fprintf(stderr, _("%s: --today needs a date YYYY-MM-DD[THH:MM], not '%s'\n"),
				PACKAGE, a->today);
			return 2;
		}
		if (!has_time)
			now->hour = 12;
		a->uio.today = now->date;
	}
	return -1;
}

/* --version: the program's version, then the content's, which a site can
 * update without the program. */
static int print_version(const struct args *a)
{
	struct guide g;
	struct diag d = { 0 };

	printf("%s %s\n", PACKAGE, VERSION);
	if (loader_load(&g, a->config, a->search, &d) == 0) {
		printf(_("content %s of %04d-%02d-%02d (%s)\n"), g.content_version,
		       g.content_date.y, g.content_date.m, g.content_date.d, a->config);
		loader_free(&g);
	} else {
		printf(_("content: cannot be read from %s (see putokaz --check)\n"), a->config);
		diag_clear(&d);
	}
	return finish_output(0);
}

/* Load the guide into *g: -1 when it loaded, else the exit status (2) after
 * the problems are printed. A kiosk never dies of its configuration: the
 * problems go to the log, and the content compiled in runs with a notice. */
static int load_guide(struct args *a, struct guide *g)
{
	struct diag d = { 0 };
	bool uses_screen = !a->check && !a->calc && !a->pot && !a->export;
	/* the template names where each string was written */
	int rc = a->pot ? loader_load_placed(g, a->config, a->search, &d) :
			  loader_load(g, a->config, a->search, &d);

	if (rc < 0 && a->uio.kiosk && uses_screen) {
		diag_print(&d, stderr);
		diag_clear(&d);
		rc = loader_load_text(g, builtin_content, &d);
		a->uio.builtin = rc == 0;
	}
	if (rc < 0) {
		/* the same messages for --check and for a start that cannot go on,
		 * printed before the terminal is touched */
		diag_print(&d, stderr);
		fprintf(stderr, i18n_ngettext("%s: %zu problem in the configuration\n",
					 "%s: %zu problems in the configuration\n", d.n),
			PACKAGE, d.n);
		diag_clear(&d);
		return 2;
	}
	if (!a->today) {
		clock_now(g, &a->uio.now);
		a->uio.today = a->uio.now.date;
	}
	a->uio.fixed_time = a->today != NULL;
	if (a->lang && !guide_has_language(g, a->lang)) {
		fprintf(stderr, _("%s: language '%s' is not offered; the configuration lists:"),
			PACKAGE, a->lang);
		for (size_t i = 0; i < g->nlanguages; i++)
			fprintf(stderr, " %s", g->languages[i]);
		fputc('\n', stderr);
		loader_free(g);
		return 2;
	}
	return -1;
}

/* --check on a guide that loaded: its catalogues first (one that cannot be
 * used is an error), then the summary, coverage and warnings. */
static int run_check(const struct args *a, const struct guide *g)
{
	size_t bad = language_probe_all(g, stderr);

	for (size_t i = 0; i < g->nlanguages; i++)
		if (strcmp(g->languages[i], "en") != 0 && i18n_probe(g->languages[i], NULL, 0))
			bad += i18n_check_formats(g->languages[i], stderr);
	if (bad > 0)
		return 2;
	report_check(g, a->config, a->search, a->uio.today);
	return finish_output(0);
}

/* No --lang: the chooser comes first, on the language that LANGUAGE or LANG
 * names if the guide offers it: the language itself first ("sr"), then a
 * variant ("sr@latin"). */
static void preselect_language(const struct guide *g)
{
	const char *env = getenv("LANGUAGE");
	char want[32] = "";

	if (!env || !*env)
		env = getenv("LANG");
	if (env)
		snprintf(want, sizeof want, "%.*s", (int)strcspn(env, ":.@_"), env);
	for (int pass = 0; pass < 2 && *want; pass++)
		for (size_t i = 0; i < g->nlanguages; i++) {
			size_t n = strlen(want);

			if (strncmp(g->languages[i], want, n) == 0 &&
			    g->languages[i][n] == (pass ? '@' : '\0')) {
				language_use(g, g->languages[i]);
				return;
			}
		}
}

/* --calc or --export: the result through a filter that lets no control
 * character of the content or a catalogue out, checked written. */
static int run_filtered(int argc, char **argv, const struct args *a, const struct guide *g)
{
	FILE *out = safe_out_open(stdout);
	int rc;

	if (!out)
		return 1;
	if (a->calc)
		rc = calc_cli_run(g, argv + optind, argc - optind, out, stderr);
	else
		rc = export_run(g, a->export, a->format, (int)a->width, a->uio.now, out, stderr);
	return close_output(out, rc);
}

/* The guide for people: full screen, or line mode where it cannot draw. */
static int run_guide(struct args *a, struct guide *g)
{
	int rc;

	if (!a->bidi)
		bidi_mode_parse(g->bidi, &a->uio.bidi);	/* checked by the loader */
	/* the site's charset, unless the command line names one */
	i18n_set_charset(i18n_charset_parse(a->charset ? a->charset :
					    g->charset ? g->charset : "auto"));
	a->uio.idle_timeout = g->kiosk_timeout;
	a->uio.config = a->config;
	a->uio.search = a->search;
	rc = ui_run(g, &a->uio);
	if (rc == UI_CANNOT_DRAW)	/* line mode: asked for, or no terminal to draw on */
		rc = plain_run(g, &a->uio, stdin, stdout);
	return rc;
}

int main(int argc, char **argv)
{
	struct args a = { .format = EXPORT_TEXT, .width = 72 };
	struct guide g;
	int rc;

	paths_find(&a.paths);
	if ((rc = parse_args(argc, argv, &a)) >= 0)
		return rc;
	if (a.uio.kiosk)
		kiosk_environment();
	init_messages(&a);
	if ((rc = check_args(argc, argv, &a)) >= 0)
		return rc;
	a.search[0] = a.paths.content;
	a.search[1] = a.paths.data;
	a.search[2] = NULL;
	if (!a.config)
		a.config = a.paths.config;
	if (a.version)
		return print_version(&a);
	if ((rc = load_guide(&a, &g)) >= 0)
		return rc;
	if (a.check) {
		rc = run_check(&a, &g);
		loader_free(&g);
		return rc;
	}
	/* a catalogue that would crash the program is found here, before use */
	language_probe_all(&g, a.uio.kiosk ? stderr : NULL);
	if (a.lang && language_use(&g, a.lang) < 0)
		a.lang = NULL;
	if (a.pot) {
		pot_write(&g, stdout, a.paths.content);
		loader_free(&g);
		return finish_output(0);
	}
	if (!a.lang && !a.calc) {
		preselect_language(&g);
		a.uio.choose_language = true;
	}
	/* gettext follows LANGUAGE: never into a catalogue that was refused */
	if (!env_languages_sound())
		i18n_set_language(i18n_language());
	rc = a.calc || a.export ? run_filtered(argc, argv, &a, &g) : run_guide(&a, &g);
	loader_free(&g);
	return rc;
}
