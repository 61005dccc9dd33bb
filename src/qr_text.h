/* qr_text.h: what a QR code carries. A card, a contact or the deadlines
 * worked out become a request: sets of codes, each code a list of texts
 * from the most complete to the most compact; the code screen keeps the
 * first set whose every code fits. */
#ifndef PUTOKAZ_QR_TEXT_H
#define PUTOKAZ_QR_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "model.h"
#include "qr.h"
#include "tz.h"

struct contact;

/* One way to write a code's text. */
struct qr_candidate {
	char *payload;		/* what the code holds (UTF-8) */
	char *shown;		/* what the screen shows beside it (NULL: the payload) */
	size_t keep;		/* the payload may be cut after this many bytes (0: never) */
};

struct qr_code_src {
	struct qr_candidate *candidates;	/* best first */
	size_t n;
};

struct qr_set {
	struct qr_code_src *codes;
	size_t n;
};

struct qr_request {
	struct qr_set sets[2];	/* [0] the first choice, [1] the fallback */
};

/* One code as it will be shown. */
struct qr_fit {
	struct qr_matrix m;	/* size 0 when there is no code */
	char *text;		/* the text it holds, as shown */
};

void qr_request_init(struct qr_request *r);
/* Free everything; the texts are cleared first (they may hold a person's dates). */
void qr_request_free(struct qr_request *r);
/* A card: its sentence in the card language (Cyrillic, else Latin), with
 * the person's language on a second line where it fits. One code per call. */
void qr_request_card(struct qr_request *r, const struct guide *g, const char *msgid);
/* A contact as a MECARD: its name without the bracketed part, its phones
 * in international form, its address where it fits. */
void qr_request_contact(struct qr_request *r, const struct contact *ct);
/* A deadline: its date (and time), then its label (msgid). All deadlines
 * in one code where they fit, otherwise one code each with the label cut. */
void qr_request_deadline(struct qr_request *r, struct moment when, bool has_time,
			 const char *label);
/* Whether the request holds any code. */
bool qr_request_empty(const struct qr_request *r);

/* The codes of the first set that fits codes of at most max_version
 * (*fits true), else the first set's texts without codes (*fits false).
 * Returns how many; *out is a new array for qr_fit_free(). */
size_t qr_request_fit(const struct qr_request *r, int max_version, struct qr_fit **out,
		      bool *fits);
void qr_fit_free(struct qr_fit *f, size_t n);

/* The MECARD form of a phone number: "+381 11 2457-376" as "+381112457376". */
char *qr_phone(const char *phone);

#endif
