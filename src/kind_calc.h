/* kind_calc.h: the deadline calculator screen: it shows the configured
 * events and rules (see rules.h); the section holds only its texts. */
#ifndef PUTOKAZ_KIND_CALC_H
#define PUTOKAZ_KIND_CALC_H

#include "kind.h"
#include "source_date.h"

struct calc_data {
	const char *intro;	/* msgid or NULL */
	const char *note;	/* msgid or NULL: shown under every result */
	const char **sources;	/* where the counting rules come from */
	size_t nsources;
	struct source_date *source_dates;	/* one a source, or NULL: not given */
	size_t nsource_dates;
	struct date updated;
	struct date review_by;	/* unset, or when the rules should be checked again */
};

extern cfg_opt_t kind_calc_opts[];
extern const struct content_kind kind_calc;

#endif
