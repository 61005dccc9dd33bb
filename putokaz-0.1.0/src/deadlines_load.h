/* deadlines_load.h: the calendar, events and rules sections of the config. */
#ifndef PUTOKAZ_DEADLINES_LOAD_H
#define PUTOKAZ_DEADLINES_LOAD_H

#include <confuse.h>

#include "rules.h"

struct loader;

extern cfg_opt_t deadlines_calendar_opts[];
extern cfg_opt_t deadlines_event_opts[];
extern cfg_opt_t deadlines_rule_opts[];

/* Load and check the calendar, events and rules of the root section; NULL
 * when the configuration has none. */
struct deadlines *deadlines_load(struct loader *ld, cfg_t *root);
/* Free what deadlines_load() allocated. */
void deadlines_free(struct deadlines *dl);

#endif
