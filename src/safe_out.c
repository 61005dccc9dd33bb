/* safe_out.c: dropping control characters on the way out (see safe_out.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "safe_out.h"

struct safe {
	FILE *to;
	bool lead_c2;	/* the last byte written was 0xC2, which may begin a C1 control */
};

/* Write the bytes of buf that are no control characters to the real stream. */
static ssize_t safe_write(void *cookie, const char *buf, size_t size)
{
	struct safe *s = cookie;

	for (size_t i = 0; i < size; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (s->lead_c2) {
			s->lead_c2 = false;
			if (c >= 0x80 && c <= 0x9F)
				continue;	/* U+0080..U+009F: C1, dropped with its 0xC2 */
			putc(0xC2, s->to);
		}
		if (c == 0xC2) {
			s->lead_c2 = true;
			continue;
		}
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
			continue;
		putc(c, s->to);
	}
	fflush(s->to);	/* called when the filter's own buffer is flushed */
	return (ssize_t)size;
}

/* Flush what is pending and free the cookie; `to` stays open. */
static int safe_close(void *cookie)
{
	struct safe *s = cookie;

	if (s->lead_c2)
		putc(0xC2, s->to);
	fflush(s->to);
	free(s);
	return 0;
}

FILE *safe_out_open(FILE *to)
{
	cookie_io_functions_t io = { NULL, safe_write, NULL, safe_close };
	struct safe *s = calloc(1, sizeof *s);
	FILE *fp;

	if (!s)
		return NULL;
	s->to = to;
	fp = fopencookie(s, "w", io);
	if (!fp)
		free(s);
	return fp;
}

bool safe_out_wchar(wchar_t c)
{
	/* wchar_t is signed on x86 and unsigned on ARM: compare it unsigned */
	unsigned long u = (unsigned long)c;

	return !((u < 0x20 && c != L'\n' && c != L'\t') || (u >= 0x7F && u <= 0x9F));
}
