/* paths.h: where the configuration, the content and the catalogues are. */
#ifndef PUTOKAZ_PATHS_H
#define PUTOKAZ_PATHS_H

#include <stdbool.h>

struct paths {
	const char *config;	/* the main configuration file */
	const char *content;	/* folder with screens/ (searched for includes) */
	const char *data;	/* a second folder searched for includes, or NULL */
	const char *localedir;	/* folder with <lang>/LC_MESSAGES/putokaz.mo */
	bool build_tree;	/* running uninstalled from the build tree */
};

/* Find the places: the source tree when this binary is the one in the build
 * tree, the installed folders otherwise. */
void paths_find(struct paths *p);

#endif
