/* language.c: the language in use, with what goes with it. */
#include "config.h"

#include <string.h>

#include "bidi.h"
#include "datefmt.h"
#include "digits.h"
#include "i18n.h"
#include "language.h"

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

void language_refresh(const struct guide *g)
{
	const struct language_info *li = language_info_of(g, i18n_language());

	bidi_set_rtl(li && li->rtl);
	digits_set(li ? li->digits : DIGITS_WESTERN);
	datefmt_set_solar_months(li ? li->solar_hijri_months : NULL);
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
