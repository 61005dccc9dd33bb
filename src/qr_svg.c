/* qr_svg.c: a screen's QR codes as inline SVG for the HTML handout, so
 * that a printed handout can be scanned too. No external file. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "html.h"
#include "i18n.h"
#include "kind_directory.h"
#include "kind_page.h"
#include "qr.h"
#include "qr_svg.h"
#include "qr_text.h"
#include "xalloc.h"

/* Light modules around a code, and pixels per module at 100%. */
#define QUIET 4
#define PIXELS 4

/* Text for HTML (html_escape), a <br> at each new line. */
static void escape(const char *s, FILE *out)
{
	for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1) {
		char *line = xstrndup(s, (size_t)(nl - s));

		html_escape(line, out);
		free(line);
		fputs("<br>", out);
	}
	html_escape(s, out);
}

/* One code: the matrix as rectangles, a run of dark modules each, on white. */
static void svg(const struct qr_matrix *m, FILE *out)
{
	int side = m->size + 2 * QUIET;

	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
		     "width=\"%d\" height=\"%d\" shape-rendering=\"crispEdges\">"
		     "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><g fill=\"#000\">",
		side, side, side * PIXELS, side * PIXELS, side, side);
	for (int y = 0; y < m->size; y++) {
		for (int x = 0; x < m->size;) {
			int run = 0;

			while (x + run < m->size && qr_dark(m, x + run, y))
				run++;
			if (run)
				fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"1\"/>",
					x + QUIET, y + QUIET, run);
			x += run ? run : 1;
		}
	}
	fputs("</g></svg>", out);
}

/* Every code of a request, each with its text under it. */
static void figures(const struct qr_request *q, FILE *out)
{
	struct qr_fit *f;
	bool fits;
	size_t n = qr_request_fit(q, QR_MAX_VERSION, &f, &fits);

	for (size_t i = 0; fits && i < n; i++) {
		fputs("<figure dir=\"ltr\">", out);
		svg(&f[i].m, out);
		fputs("<figcaption dir=\"auto\">", out);
		escape(f[i].text, out);
		fputs("</figcaption></figure>\n", out);
	}
	qr_fit_free(f, n);
}

void qr_svg_section(const struct screen *s, const struct view_ctx *c, FILE *out)
{
	struct qr_request q;

	if (!qr_built())
		return;
	qr_request_init(&q);
	if (s->kind == &kind_page) {
		const struct page_data *p = s->data;

		for (size_t i = 0; i < p->ncards; i++)
			qr_request_card(&q, c->g, p->cards[i]);
	} else if (s->kind == &kind_directory && c->g->directory) {
		for (size_t i = 0; i < c->g->directory->ncontacts; i++)
			qr_request_contact(&q, &c->g->directory->contacts[i]);
	}
	if (!qr_request_empty(&q)) {
		/* a block of its own: the codes are the handout's only part that
		 * the text handout has not (tests/export.sh leaves it out) */
		fputs("<div class=\"codes\"><h3>", out);
		escape(_("Codes for a phone camera"), out);
		fputs("</h3>\n", out);
		figures(&q, out);
		fputs("</div>\n", out);
	}
	qr_request_free(&q);
}
