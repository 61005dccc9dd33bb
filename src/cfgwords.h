/* cfgwords.h: libconfuse's error messages in plain words. */
#ifndef PUTOKAZ_CFGWORDS_H
#define PUTOKAZ_CFGWORDS_H

#include <confuse.h>
#include <stdarg.h>

/* The message libconfuse formats from FMT and AP about section CFG, in
 * words an editor can act on ("page \"duties\" has no key 'tittle'; did you
 * mean 'title'?"); libconfuse's own words for a message not known here.
 * Free the result. */
char *cfgwords_message(cfg_t *cfg, const char *fmt, va_list ap);

#endif
