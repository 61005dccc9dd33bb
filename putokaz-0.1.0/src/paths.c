/* paths.c: finding the shipped files both uninstalled and installed. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"

/* The binary knows the folder it was built in; when it runs from there, it
 * reads the content from the source tree, so `src/putokaz` works without
 * installing, also in an out-of-tree build. */
static bool running_from_build_tree(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;

	if (n <= 0)
		return false;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return false;
	*slash = '\0';
	return strcmp(exe, PUTOKAZ_BUILD_DIR "/src") == 0;
}

void paths_find(struct paths *p)
{
	p->build_tree = running_from_build_tree();
	if (p->build_tree) {
		p->config = PUTOKAZ_SOURCE_DIR "/data/putokaz.conf";
		p->content = PUTOKAZ_SOURCE_DIR;
		/* installed, content.conf lies beside screens/; in the source
		 * tree it is in data/ */
		p->data = PUTOKAZ_SOURCE_DIR "/data";
		p->localedir = PUTOKAZ_BUILD_DIR "/po/locale";
	} else {
		p->config = SYSCONFDIR "/putokaz/putokaz.conf";
		p->content = PKGDATADIR;
		p->data = NULL;
		p->localedir = LOCALEDIR;
	}
}
