/* kind_directory.h: the legal-aid directory screen; its contacts are the
 * configuration's `contact` sections (see directory.h). */
#ifndef PUTOKAZ_KIND_DIRECTORY_H
#define PUTOKAZ_KIND_DIRECTORY_H

#include "kind.h"

struct directory_data {
	const char *intro;	/* msgid or NULL */
};

extern cfg_opt_t kind_directory_opts[];
extern const struct content_kind kind_directory;

#endif
