/* qr_svg.h: QR codes in the HTML handout, as inline SVG. */
#ifndef PUTOKAZ_QR_SVG_H
#define PUTOKAZ_QR_SVG_H

#include <stdio.h>

#include "model.h"
#include "view.h"

/* The codes of a screen for the handout: a page's cards and the
 * directory's contacts (shared content; the calculator's never), each an
 * inline SVG made from the same matrix as the screen's, with its text.
 * Nothing when the build has no codes or the screen has none. */
void qr_svg_section(const struct screen *s, const struct view_ctx *c, FILE *out);

#endif
