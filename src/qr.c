/* qr.c: QR code matrices from libqrencode (optional: see configure's
 * --without-qrencode). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#ifdef HAVE_QRENCODE
#include <qrencode.h>
#endif

#include "qr.h"
#include "xalloc.h"

bool qr_built(void)
{
#ifdef HAVE_QRENCODE
	return true;
#else
	return false;
#endif
}

int qr_size_of(int version)
{
	return 17 + 4 * version;
}

#ifdef HAVE_QRENCODE
/* One try at one error-correction level; 0 or -1. */
static int encode_at(const char *text, int max_version, QRecLevel level, struct qr_matrix *out)
{
	/* mixed modes (digits packed as numbers), case kept: the smallest code */
	QRcode *q = QRcode_encodeString(text, 0, level, QR_MODE_8, 1);

	if (!q)
		return -1;
	if (q->version > max_version) {
		QRcode_free(q);
		return -1;
	}
	out->version = q->version;
	out->size = q->width;
	out->dark = xmalloc((size_t)q->width * (size_t)q->width);
	for (int i = 0; i < q->width * q->width; i++)
		out->dark[i] = q->data[i] & 1;
	QRcode_free(q);
	return 0;
}
#endif

int qr_encode(const char *text, int max_version, struct qr_matrix *out)
{
	memset(out, 0, sizeof *out);
	if (max_version < 1)
		return -1;
	if (max_version > QR_MAX_VERSION)
		max_version = QR_MAX_VERSION;
#ifdef HAVE_QRENCODE
	if (encode_at(text, max_version, QR_ECLEVEL_M, out) == 0)
		return 0;
	return encode_at(text, max_version, QR_ECLEVEL_L, out);
#else
	(void)text;
	return -1;
#endif
}

bool qr_dark(const struct qr_matrix *m, int x, int y)
{
	return x >= 0 && y >= 0 && x < m->size && y < m->size && m->dark[y * m->size + x];
}

void qr_free(struct qr_matrix *m)
{
	free(m->dark);
	memset(m, 0, sizeof *m);
}
