/* export.c: --export. Text comes from the same layout code as the screen;
 * HTML is self-contained, with dir="rtl" when the language is written right
 * to left, so that any browser prints Arabic-script text correctly. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "export.h"
#include "i18n.h"
#include "kind.h"
#include "kind_directory.h"
#include "kind_menu.h"
#include "kind_page.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

/* Screens in the order a reader meets them: depth first from the root. */
static void collect(const struct guide *g, const struct screen *s, const struct screen **order,
		    size_t *n, bool *seen)
{
	if (!s || seen[s - g->screens])
		return;
	seen[s - g->screens] = true;
	order[(*n)++] = s;
	for (size_t i = 0; i < s->nlinks; i++)
		collect(g, guide_find_screen(g, s->links[i].target), order, n, seen);
}

static void print_doc(const struct doc *d, size_t from, FILE *out)
{
	for (size_t i = from; i < d->n; i++) {
		char *u = text_encode(d->lines[i].text, d->lines[i].len);

		fprintf(out, "%*s%s\n", d->lines[i].indent, "", u);
		free(u);
	}
}

/* A page's cards: the person's language and the officials' side by side. */
static void print_cards(const struct screen *s, const struct view_ctx *c, FILE *out)
{
	const struct page_data *p = s->data;
	int half = (c->cols - 2 - 3) / 2;

	if (!p->ncards)
		return;
	fprintf(out, "\n%s\n", _("To show an official:"));
	for (size_t i = 0; i < p->ncards; i++) {
		char *serbian = tr_in(c->g->card_language, p->cards[i]);
		struct doc left, right;

		doc_init(&left, half);
		doc_init(&right, half);
		doc_prose(&left, tr(p->cards[i]), DOC_PLAIN, -1);
		doc_prose(&right, serbian ? serbian : "", DOC_PLAIN, -1);
		fputc('\n', out);
		for (size_t k = 0; k < left.n || k < right.n; k++) {
			char *l = k < left.n ? text_encode(left.lines[k].text, left.lines[k].len) :
					       xstrdup("");
			char *r = k < right.n ? text_encode(right.lines[k].text, right.lines[k].len) :
						xstrdup("");
			int pad = half - (k < left.n ? left.lines[k].cols : 0);

			fprintf(out, "%s%*s | %s\n", l, pad > 0 ? pad : 0, "", r);
			free(l);
			free(r);
		}
		doc_free(&left);
		doc_free(&right);
		free(serbian);
	}
}

/* One screen as text, laid out by its own view kind. */
static void text_screen(const struct screen *s, const struct view_ctx *c, FILE *out)
{
	const struct view_kind *k = view_kind_for(s);
	struct view v;

	if (!k || !k->lay_out) {
		/* a kind with nothing to print (the calculator): its title only */
		fprintf(out, "%s\n", tr(s->title));
		return;
	}
	memset(&v, 0, sizeof v);
	v.screen = s;
	v.kind = k;
	k->enter(&v, c);
	print_doc(k->lay_out(&v, c), 0, out);
	if (s->kind == &kind_page)
		print_cards(s, c, out);
	if (s->kind == &kind_directory && c->g->directory) {
		/* every contact's details, as its detail screen shows them */
		for (size_t i = 0; i < c->g->directory->ncontacts; i++) {
			fputc('\n', out);
			k->focus(&v, c, NULL, &c->g->directory->contacts[i]);
			print_doc(k->lay_out(&v, c), 0, out);
		}
	}
	k->leave(&v);
	free(v.state);
}

static void html_escape(const char *s, FILE *out)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* Running text: paragraphs, and "- " lines as a list. */
static void html_prose(const char *text, FILE *out)
{
	const char *p = text;
	bool in_list = false;

	while (*p) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char *line = xstrndup(p, n);

		if (n >= 2 && line[0] == '-' && line[1] == ' ') {
			if (!in_list)
				fputs("<ul>\n", out);
			in_list = true;
			fputs("<li>", out);
			html_escape(line + 2, out);
			fputs("</li>\n", out);
		} else {
			if (in_list)
				fputs("</ul>\n", out);
			in_list = false;
			if (n) {
				fputs("<p>", out);
				html_escape(line, out);
				fputs("</p>\n", out);
			}
		}
		free(line);
		p += n;
		if (*p == '\n')
			p++;
	}
	if (in_list)
		fputs("</ul>\n", out);
}

static void html_field(const char *label, const char *value, FILE *out)
{
	if (!value)
		return;
	fputs("<dt>", out);
	html_escape(label, out);
	fputs("</dt><dd dir=\"auto\">", out);
	html_escape(value, out);
	fputs("</dd>\n", out);
}

static void html_screen(const struct screen *s, const struct view_ctx *c, FILE *out)
{
	char iso[11];

	fprintf(out, "<section id=\"%s\">\n<h2>", s->id);
	html_escape(tr(s->title), out);
	fputs("</h2>\n", out);
	if (s->kind == &kind_page) {
		const struct page_data *p = s->data;

		if (dates_valid(p->review_by) && dates_compare(c->today, p->review_by) > 0) {
			char *w;

			dates_format_iso(p->review_by, iso);
			w = xasprintf(_("This page may be out of date: it should have been checked by "
					"%s. Check with a free legal aid organisation."), iso);
			fputs("<p><strong>", out);
			html_escape(w, out);
			fputs("</strong></p>\n", out);
			free(w);
		}
		html_prose(tr(p->text), out);
		if (p->changed) {
			fputs("<h3>", out);
			html_escape(_("What changed:"), out);
			fputs("</h3>\n", out);
			html_prose(tr(p->changed), out);
		}
		fputs("<h3>", out);
		html_escape(ngettext("Source:", "Sources:", p->nsources), out);
		fputs("</h3>\n<ul>\n", out);
		for (size_t i = 0; i < p->nsources; i++) {
			fputs("<li>", out);
			html_escape(tr(p->sources[i]), out);
			fputs("</li>\n", out);
		}
		fputs("</ul>\n", out);
		if (p->ncards) {
			fputs("<h3>", out);
			html_escape(_("To show an official:"), out);
			fputs("</h3>\n<table>\n", out);
			for (size_t i = 0; i < p->ncards; i++) {
				char *serbian = tr_in(c->g->card_language, p->cards[i]);

				fputs("<tr><td dir=\"auto\"><strong>", out);
				html_escape(tr(p->cards[i]), out);
				fputs("</strong></td><td dir=\"ltr\"><strong>", out);
				html_escape(serbian ? serbian : "", out);
				fputs("</strong></td></tr>\n", out);
				free(serbian);
			}
			fputs("</table>\n", out);
		}
		dates_format_iso(p->updated, iso);
		fputs("<p>", out);
		{
			char *line = xasprintf(_("Facts last checked: %s"), iso);

			html_escape(line, out);
			free(line);
		}
		fputs("</p>\n", out);
	} else if (s->kind == &kind_menu) {
		const struct menu_data *m = s->data;

		if (m->intro)
			html_prose(tr(m->intro), out);
		fputs("<ol>\n", out);
		for (size_t i = 0; i < m->nitems; i++) {
			if (strcmp(m->items[i].target, MENU_LANGUAGE_TARGET) == 0)
				continue;	/* a handout has no language to choose */
			fprintf(out, "<li><a href=\"#%s\">", m->items[i].target);
			html_escape(tr(m->items[i].label), out);
			fputs("</a></li>\n", out);
		}
		fputs("</ol>\n", out);
	} else if (s->kind == &kind_directory && c->g->directory) {
		const struct directory *d = c->g->directory;

		for (size_t i = 0; i < d->ncontacts; i++) {
			const struct contact *ct = &d->contacts[i];

			fputs("<h3>", out);
			html_escape(contact_name(ct), out);
			fputs("</h3>\n", out);
			if (ct->about)
				html_prose(tr(ct->about), out);
			fputs("<dl>\n", out);
			html_field(_("City"), ct->city, out);
			html_field(_("Address"), ct->ask_by_phone ? _("ask by phone") : ct->address,
				   out);
			for (size_t k = 0; k < ct->nphones; k++)
				html_field(_("Phone"), ct->phones[k], out);
			html_field(_("E-mail"), ct->email, out);
			html_field(_("Website"), ct->website, out);
			fputs("</dl>\n", out);
			if (ct->note)
				html_prose(tr(ct->note), out);
			for (size_t k = 0; k < ct->nsources; k++) {
				char *line = xasprintf(_("Source: %s"), tr(ct->sources[k]));

				fputs("<p><small>", out);
				html_escape(line, out);
				fputs("</small></p>\n", out);
				free(line);
			}
		}
	}
	fputs("</section>\n", out);
}

/* Right to left when the language's own title starts with a letter of a
 * right-to-left script (Hebrew to Arabic Extended, and their presentation forms). */
static bool right_to_left(const struct guide *g)
{
	size_t n;
	wchar_t *w = text_decode(tr(g->title), &n);
	bool rtl = false;

	for (size_t i = 0; i < n; i++) {
		wchar_t ch = w[i];

		if ((ch >= 0x0590 && ch <= 0x08FF) || (ch >= 0xFB1D && ch <= 0xFDFF) ||
		    (ch >= 0xFE70 && ch <= 0xFEFF)) {
			rtl = true;
			break;
		}
		if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch >= 0x00C0)
			break;
	}
	free(w);
	return rtl;
}

int export_run(const struct guide *g, const char *what, enum export_format format, int width,
	       struct moment now, FILE *out, FILE *err)
{
	const struct screen **order = xcalloc(g->nscreens + 1, sizeof *order);
	bool *seen = xcalloc(g->nscreens + 1, sizeof *seen);
	struct view_ctx c;
	size_t n = 0;

	if (strcmp(what, "all") == 0) {
		collect(g, guide_find_screen(g, g->root_id), order, &n, seen);
	} else if (guide_find_screen(g, what)) {
		order[n++] = guide_find_screen(g, what);
	} else {
		fprintf(err, _("%s: there is no screen \"%s\" (try \"all\")\n"), PACKAGE, what);
		free(order);
		free(seen);
		return 2;
	}
	memset(&c, 0, sizeof c);
	c.g = g;
	c.today = now.date;
	c.now = now;
	c.rows = 1 << 20;
	c.cols = width + 2;	/* views leave a column on each side */
	c.layout = 1;
	if (format == EXPORT_HTML) {
		const char *lang = getenv("LANGUAGE");

		fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n"
			     "<meta charset=\"utf-8\">\n<title>",
			lang && *lang ? lang : "en", right_to_left(g) ? "rtl" : "ltr");
		html_escape(tr(g->title), out);
		fputs("</title>\n<style>body{font-family:sans-serif;max-width:40em;margin:auto}"
		      "section{page-break-after:always}</style>\n</head>\n<body>\n", out);
	}
	for (size_t i = 0; i < n; i++) {
		if (format == EXPORT_HTML) {
			html_screen(order[i], &c, out);
		} else {
			if (i)
				fprintf(out, "\n%.*s\n\n", width,
					"----------------------------------------------------------------"
					"----------------------------------------------------------------");
			text_screen(order[i], &c, out);
		}
	}
	if (format == EXPORT_HTML)
		fputs("</body>\n</html>\n", out);
	free(order);
	free(seen);
	return 0;
}
