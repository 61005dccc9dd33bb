/* calc_cli.c: the calculator for scripts and tests, with the same code as
 * the screen (rules.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "calc_cli.h"
#include "datefmt.h"
#include "i18n.h"
#include "rules.h"
#include "xalloc.h"

/* Print the ids of the events, after an unknown one was given. */
static void list_events(const struct deadlines *dl, FILE *err)
{
	fputs(_("The events are:"), err);
	for (size_t i = 0; i < dl->nevents; i++)
		fprintf(err, " %s", dl->events[i].id);
	fputc('\n', err);
}

int calc_cli_run(const struct guide *g, char *const *args, int nargs, FILE *out, FILE *err)
{
	const struct deadlines *dl = g->deadlines;
	struct event_input *in;
	struct rule_result *res;
	const char *problem;
	long n;

	if (!dl) {
		fprintf(err, _("%s: the configuration has no deadline rules\n"), PACKAGE);
		return 2;
	}
	if (nargs == 0) {
		fprintf(err, _("%s: --calc needs at least one EVENT=YYYY-MM-DD[THH:MM]\n"), PACKAGE);
		list_events(dl, err);
		return 2;
	}
	in = xcalloc((size_t)nargs, sizeof *in);
	for (int i = 0; i < nargs; i++) {
		const char *eq = strchr(args[i], '=');
		char *id = eq ? xstrndup(args[i], (size_t)(eq - args[i])) : xstrdup(args[i]);
		int h, m, has_time;

		in[i].event = rules_find_event(dl, id);
		if (!in[i].event) {
			fprintf(err, _("%s: unknown event '%s'\n"), PACKAGE, id);
			list_events(dl, err);
			free(id);
			free(in);
			return 2;
		}
		free(id);
		for (int j = 0; j < i; j++)
			if (in[j].event == in[i].event) {
				fprintf(err, "%s: event '%s' is given twice; give each event once\n",
					PACKAGE, in[i].event->id);
				free(in);
				return 2;
			}
		if (!eq || datefmt_parse_moment(eq + 1, &in[i].at.date, &h, &m, &has_time) < 0) {
			fprintf(err, _("%s: '%s': the date must be a real day written YYYY-MM-DD, "
				       "or YYYY-MM-DDTHH:MM with a time\n"), PACKAGE, args[i]);
			free(in);
			return 2;
		}
		if (has_time && !in[i].event->with_time) {
			fprintf(err, _("%s: '%s': event '%s' takes a date without a time\n"),
				PACKAGE, args[i], in[i].event->id);
			free(in);
			return 2;
		}
		/* without a time, hours count from the start of the day: the
		 * earlier reading */
		in[i].at.hour = h;
		in[i].at.minute = m;
	}
	n = rules_compute(dl, in, (size_t)nargs, &res, &problem);
	free(in);
	if (n < 0) {
		fprintf(err, "%s: %s\n", PACKAGE, _(problem));
		return 2;
	}
	for (long i = 0; i < n; i++)
		if (res[i].when.date.y < 1900 || res[i].when.date.y > 9999) {
			fprintf(err, "%s: rule '%s' would fall in the year %d; the calculator "
				"counts within the years 1900 to 9999\n", PACKAGE, res[i].rule->id,
				res[i].when.date.y);
			free(res);
			return 2;
		}
	for (long i = 0; i < n; i++) {
		char iso[11];

		dates_format_iso(res[i].when.date, iso);
		if (res[i].has_time)
			fprintf(out, "%s\t%s %02d:%02d\t%s\n", res[i].rule->id, iso, res[i].when.hour,
				res[i].when.minute, tr(res[i].rule->label));
		else
			fprintf(out, "%s\t%s\t%s\n", res[i].rule->id, iso, tr(res[i].rule->label));
	}
	free(res);
	return 0;
}
