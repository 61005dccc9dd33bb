/* fuzz_config.c: libFuzzer harness for loading and checking a configuration
 * (the libconfuse parse, the schema, every check). Built by `make fuzz` with
 * clang -fsanitize=fuzzer,address,undefined; the seed corpus is the shipped
 * content. Inputs are texts, so include() is refused and no file is read.
 * A configuration that loads is also used: every rule computed from every
 * event on dates around the year, and every screen laid out as line mode
 * and the exports do, at two widths (a hang here is a timeout). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "loader.h"
#include "pot.h"
#include "rules.h"
#include "view.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every rule from every event, on days spread over a year and its ends. */
static void compute_all(const struct deadlines *dl)
{
	static const struct date days[] = {
		{ 2026, 1, 1 }, { 2026, 2, 14 }, { 2026, 3, 29 }, { 2026, 10, 25 },
		{ 2026, 12, 31 }, { 2028, 2, 29 }, { 1970, 1, 1 }, { 9999, 12, 31 },
	};

	for (size_t e = 0; e < dl->nevents; e++)
		for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
			struct event_input in = { &dl->events[e], { days[k], 23, 30 } };
			struct rule_result *res = NULL;
			const char *err;

			rules_compute(dl, &in, 1, &res, &err);
			free(res);
		}
}

/* Every screen laid out (the kinds that lay out a doc), at two widths. */
static void lay_out_all(const struct guide *g)
{
	for (int w = 0; w < 2; w++)
		for (size_t i = 0; i < g->nscreens; i++) {
			const struct view_kind *k = view_kind_for(&g->screens[i]);
			struct view_ctx c = { .g = g, .today = { 2026, 11, 22 },
					      .now = { { 2026, 11, 22 }, 12, 0 },
					      .rows = 1 << 20, .cols = w ? 20 : 78, .layout = 1,
					      .line_mode = true };
			struct view v = { .screen = &g->screens[i], .kind = k };

			if (!k || !k->lay_out)
				continue;
			k->enter(&v, &c);
			k->lay_out(&v, &c);
			k->leave(&v);
			free(v.state);
		}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct guide g;
	struct diag d = { 0 };

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (loader_load_text(&g, text, &d) == 0) {
		/* a guide that loads: its template must be writable too */
		FILE *null = fopen("/dev/null", "w");

		if (null) {
			pot_write(&g, null, NULL);
			fclose(null);
		}
		if (g.deadlines)
			compute_all(g.deadlines);
		lay_out_all(&g);
		loader_free(&g);
	}
	diag_clear(&d);
	free(text);
	return 0;
}
