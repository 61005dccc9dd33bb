/* qr.h: a QR code's matrix of modules, made by libqrencode. Nothing here
 * draws: the screen (view_qr.c) and the handout (qr_svg.c) draw the same
 * matrix. */
#ifndef PUTOKAZ_QR_H
#define PUTOKAZ_QR_H

#include <stdbool.h>

/* The largest QR code version (177 x 177 modules). */
#define QR_MAX_VERSION 40

struct qr_matrix {
	int version;		/* 1-40 */
	int size;		/* modules per side: 17 + 4 * version */
	unsigned char *dark;	/* size * size, row by row: 1 for a dark module */
};

/* Whether this build makes codes (it was built with libqrencode). */
bool qr_built(void);
/* Modules per side of a version. */
int qr_size_of(int version);
/* The smallest code holding `text` (UTF-8) at no more than max_version:
 * at error-correction level M, else at the lowest level, L. 0, or -1 when
 * it does not fit (or codes are not built). */
int qr_encode(const char *text, int max_version, struct qr_matrix *out);
/* Whether the module at column x, row y is dark (outside: light). */
bool qr_dark(const struct qr_matrix *m, int x, int y);
void qr_free(struct qr_matrix *m);

#endif
