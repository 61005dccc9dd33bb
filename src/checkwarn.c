/* checkwarn.c: --check's warnings: pages and calculators whose review date
 * is past or within 30 days, and per offered language the content strings
 * its catalogue does not translate (a fuzzy entry is not compiled, so it
 * counts), naming up to ten. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checkwarn.h"
#include "i18n.h"
#include "kind_calc.h"
#include "kind_page.h"

/* How many days ahead a review date is announced. */
#define REVIEW_NOTICE_DAYS 30
/* How many untranslated strings a warning names. */
#define NAMED_STRINGS 10

/* The review date of a page or a calculator; unset for other kinds. */
static struct date review_date(const struct screen *s)
{
	struct date none = { 0, 0, 0 };

	if (s->kind == &kind_page && s->data)
		return ((const struct page_data *)s->data)->review_by;
	if (s->kind == &kind_calc && s->data)
		return ((const struct calc_data *)s->data)->review_by;
	return none;
}

/* One warning per screen whose review date is near or past. */
static size_t review_warnings(const struct guide *g, struct date today, FILE *fp)
{
	size_t n = 0;

	for (size_t i = 0; i < g->nscreens; i++) {
		const struct screen *s = &g->screens[i];
		struct date by = review_date(s);
		long days;
		char iso[11];

		if (!dates_valid(by))
			continue;
		days = dates_diff(today, by);
		if (days > REVIEW_NOTICE_DAYS)
			continue;
		dates_format_iso(by, iso);
		if (days < 0)
			fprintf(fp, "%s:%d: warning: %s \"%s\" was due for review on %s, %ld days "
				"ago: check its facts and sources, then set a new review-by\n",
				s->at.file, s->at.line, s->kind->name, s->id, iso, -days);
		else
			fprintf(fp, "%s:%d: warning: %s \"%s\" is due for review on %s, in %ld "
				"days\n", s->at.file, s->at.line, s->kind->name, s->id, iso, days);
		n++;
	}
	return n;
}

/* One warning per language whose catalogue leaves content strings in English. */
static size_t translation_warnings(const struct guide *g, FILE *fp)
{
	size_t n = 0;

	for (size_t i = 0; i < g->nlanguages; i++) {
		const char *code = g->languages[i];
		size_t missing = 0;

		if (strcmp(code, "en") == 0)
			continue;
		for (size_t k = 0; k < g->nstrings; k++) {
			char *t = tr_in(code, g->strings[k].text);

			if (t) {
				free(t);
				continue;
			}
			if (missing == 0)
				fprintf(fp, "warning: %s: not translated:", code);
			if (missing < NAMED_STRINGS)
				fprintf(fp, "%s \"%.40s%s\"", missing ? "," : "", g->strings[k].text,
					strlen(g->strings[k].text) > 40 ? "..." : "");
			missing++;
		}
		if (missing > NAMED_STRINGS)
			fprintf(fp, " and %zu more", missing - NAMED_STRINGS);
		if (missing) {
			fprintf(fp, " (%zu of %zu)\n", missing, g->nstrings);
			n++;
		}
	}
	return n;
}

size_t checkwarn_print(const struct guide *g, struct date today, FILE *fp)
{
	return review_warnings(g, today, fp) + translation_warnings(g, fp);
}
