/* language.c: the language in use, with what goes with it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bidi.h"
#include "digits.h"
#include "i18n.h"
#include "language.h"
#include "xalloc.h"

/* In English, always: the person this is for cannot read the rest. */
const char language_none_notice[] =
	"Farsi, Dari, Pashto, Urdu and Arabic need a Unicode screen: please use the kiosk "
	"screen or a UTF-8 terminal.";

const struct language_info *language_info_of(const struct guide *g, const char *code)
{
	for (size_t i = 0; i < g->nlanguages; i++)
		if (strcmp(g->languages[i], code) == 0)
			return g->language_info ? &g->language_info[i] : NULL;
	return NULL;
}

int language_use(const struct guide *g, const char *code)
{
	if (i18n_set_language(code) < 0)
		return -1;
	language_refresh(g);
	return 0;
}

struct language_context *language_context_new(const struct guide *g)
{
	struct language_context *lc = xcalloc(1, sizeof *lc);

	translit_build(&lc->ascii, g->ascii, g->nascii);
	return lc;
}

void language_context_free(struct language_context *lc)
{
	if (!lc)
		return;
	translit_free(&lc->ascii);
	free(lc);
}

void language_refresh(const struct guide *g)
{
	struct language_context *lc = g->lang;
	const struct language_info *li = language_info_of(g, i18n_language());

	snprintf(lc->code, sizeof lc->code, "%s", i18n_language());
	lc->rtl = li && li->rtl;
	lc->digits = li ? li->digits : DIGITS_WESTERN;
	lc->solar_months = li ? li->solar_hijri_months : NULL;
}

bool language_shown(const struct guide *g, size_t i)
{
	return !(bidi_mode() == BIDI_NONE && g->language_info && g->language_info[i].rtl);
}

const char *language_fallback(const struct guide *g)
{
	for (size_t i = 0; i < g->nlanguages; i++)
		if (language_shown(g, i))
			return g->languages[i];
	return "en";
}

size_t language_probe_all(const struct guide *g, FILE *report)
{
	const char **ids = xcalloc(g->nstrings + 1, sizeof *ids);
	size_t bad = 0;
	char path[4200];

	for (size_t k = 0; k < g->nstrings; k++)
		ids[k] = g->strings[k].text;
	for (size_t i = 0; i < g->nlanguages; i++) {
		if (i18n_probe(g->languages[i], ids, g->nstrings))
			continue;
		bad++;
		if (report)
			fprintf(report, "%s: the catalogue of %s cannot be used (its Plural-Forms, or "
				"the file, is broken): it is never used\n",
				i18n_catalogue_path(g->languages[i], path, sizeof path),
				g->languages[i]);
	}
	free(ids);
	return bad;
}
