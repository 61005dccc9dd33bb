/* directory_load.h: the service and contact sections of the configuration. */
#ifndef PUTOKAZ_DIRECTORY_LOAD_H
#define PUTOKAZ_DIRECTORY_LOAD_H

#include <confuse.h>

#include "directory.h"

struct loader;

extern cfg_opt_t directory_service_opts[];
extern cfg_opt_t directory_contact_opts[];

/* Load and check the services and contacts; NULL when there are none. */
struct directory *directory_load(struct loader *ld, cfg_t *root);
/* Free what directory_load() allocated. */
void directory_free(struct directory *dir);

#endif
