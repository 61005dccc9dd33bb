/* html.h: text written into HTML (the handouts and their QR codes). */
#ifndef PUTOKAZ_HTML_H
#define PUTOKAZ_HTML_H

#include <stdio.h>

/* s to out with the characters HTML gives a meaning escaped. */
void html_escape(const char *s, FILE *out);

#endif
