/* format_msgids.h: the program's printf-format messages (generated). */
#ifndef PUTOKAZ_FORMAT_MSGIDS_H
#define PUTOKAZ_FORMAT_MSGIDS_H

#include <stddef.h>

struct format_msgid {
	const char *msgid;
	const char *plural;	/* or NULL */
};

extern const struct format_msgid format_msgids[];
extern const size_t nformat_msgids;

#endif
