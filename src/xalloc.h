/* xalloc.h: allocation that never returns NULL (out of memory ends the program). */
#ifndef PUTOKAZ_XALLOC_H
#define PUTOKAZ_XALLOC_H

#include <stddef.h>

/* malloc() that ends the program with a message when memory runs out. */
void *xmalloc(size_t size);
/* calloc() that never returns NULL. */
void *xcalloc(size_t n, size_t size);
/* realloc() of n elements of size bytes, with overflow check; never NULL. */
void *xreallocarray(void *p, size_t n, size_t size);
/* strdup() that never returns NULL. */
char *xstrdup(const char *s);
/* strndup() that never returns NULL. */
char *xstrndup(const char *s, size_t n);
/* asprintf() that returns the new string and never NULL. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Run fn (NULL: nothing) before stopping when memory runs out. */
void xalloc_on_fatal(void (*fn)(void));

#endif
