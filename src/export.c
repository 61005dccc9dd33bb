/* export.c: --export. Both formats print the docs the screens lay out (one
 * walk over the screens, two printers), so that a caveat, note or warning
 * cannot be in one format and missing from the other. HTML is self-contained,
 * with the language's own direction from the configuration. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "export.h"
#include "html.h"
#include "i18n.h"
#include "kind.h"
#include "kind_directory.h"
#include "kind_menu.h"
#include "kind_page.h"
#include "language.h"
#include "qr_svg.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

/* A printer: how each piece of a laid-out screen is written. */
struct printer {
	void (*doc)(const struct doc *d, const struct screen *s, FILE *out);
	void (*cards_begin)(FILE *out);
	void (*card)(const struct language_context *lc, const char *mine, const char *serbian,
		     int width, FILE *out);
	void (*cards_end)(FILE *out);
};

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

/* A page's cards: the person's language and the officials', each pair once. */
static void walk_cards(const struct screen *s, const struct view_ctx *c,
		       const struct printer *p, FILE *out)
{
	const struct page_data *pd = s->data;

	if (!pd->ncards)
		return;
	p->cards_begin(out);
	for (size_t i = 0; i < pd->ncards; i++) {
		char *serbian = tr_in(c->g->card_language, pd->cards[i]);

		p->card(c->g->lang, tr(pd->cards[i]), serbian ? serbian : "", c->cols - 2, out);
		free(serbian);
	}
	p->cards_end(out);
}

/* One screen, laid out by its own view kind, given to the printer. */
static void walk_screen(const struct screen *s, const struct view_ctx *c,
			const struct printer *p, FILE *out)
{
	const struct view_kind *k = view_kind_for(s);
	const struct doc *(*lay)(struct view *, const struct view_ctx *) =
		k ? (k->handout ? k->handout : k->lay_out) : NULL;
	struct view v;

	if (!lay) {
		/* a kind with nothing to print: its title only */
		struct doc d;

		doc_init(&d, c->cols - 2, c->g->lang);
		doc_prose(&d, tr(s->title), DOC_BOLD, -1);
		p->doc(&d, s, out);
		doc_free(&d);
		return;
	}
	memset(&v, 0, sizeof v);
	v.screen = s;
	v.kind = k;
	k->enter(&v, c);
	p->doc(lay(&v, c), s, out);
	if (s->kind == &kind_page)
		walk_cards(s, c, p, out);
	if (s->kind == &kind_directory && c->g->directory) {
		/* every contact's details, as its detail screen shows them */
		for (size_t i = 0; i < c->g->directory->ncontacts; i++) {
			k->focus(&v, c, NULL, &c->g->directory->contacts[i]);
			p->doc(lay(&v, c), s, out);
		}
	}
	k->leave(&v);
	free(v.state);
}

/* ---- text ---- */

/* The doc's lines as they are, one blank line between docs of a screen. */
static void text_doc(const struct doc *d, const struct screen *s, FILE *out)
{
	static const struct screen *last;

	if (last == s)
		fputc('\n', out);
	last = s;
	for (size_t i = 0; i < d->n; i++) {
		char *u = text_encode(d->lines[i].text, d->lines[i].len);

		fprintf(out, "%*s%s\n", d->lines[i].indent, "", u);
		free(u);
	}
}

/* The heading above a page's cards. */
static void text_cards_begin(FILE *out)
{
	fprintf(out, "\n%s\n", _("To show an official:"));
}

/* One card: the person's language and the officials' side by side. */
static void text_card(const struct language_context *lc, const char *mine, const char *serbian,
		      int width, FILE *out)
{
	int half = (width - 3) / 2;
	struct doc left, right;

	doc_init(&left, half, lc);
	doc_init(&right, half, lc);
	doc_prose(&left, mine, DOC_PLAIN, -1);
	doc_prose(&right, serbian, DOC_PLAIN, -1);
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
}

/* Nothing closes the text cards. */
static void text_cards_end(FILE *out)
{
	(void)out;
}

static const struct printer text_printer = {
	text_doc, text_cards_begin, text_card, text_cards_end
};

/* ---- HTML ---- */

/* The paragraph that starts at line i, its wrapped lines joined again; *next
 * is the line after it. */
static char *html_paragraph(const struct doc *d, size_t i, size_t *next)
{
	size_t j = i + 1, len = 0, at = 0;
	wchar_t *w;
	char *u;

	while (j < d->n && d->lines[j].cont)
		j++;
	for (size_t k = i; k < j; k++)
		len += d->lines[k].len + 1;
	w = xreallocarray(NULL, len + 1, sizeof *w);
	for (size_t k = i; k < j; k++) {
		if (k > i)
			w[at++] = L' ';
		wmemcpy(w + at, d->lines[k].text, d->lines[k].len);
		at += d->lines[k].len;
	}
	u = text_encode(w, at);
	free(w);
	*next = j;
	return u;
}

/* The target of a menu line, or NULL: menus tag their items by index. */
static const char *html_link(const struct screen *s, int tag)
{
	const struct menu_data *m = s->data;

	if (tag < 0 || s->kind != &kind_menu || (size_t)tag >= m->nitems)
		return NULL;
	return m->items[tag].target;
}

/* One paragraph: a heading (the screen's first line), a list item ("- "),
 * a warning, or a paragraph; bold and warnings strong. */
static void html_line(const char *u, const struct doc_line *l, bool heading, bool *in_list,
		      const char *link, FILE *out)
{
	bool item = strncmp(u, "- ", 2) == 0;

	if (*in_list && !item)
		fputs("</ul>\n", out);
	if (!*in_list && item)
		fputs("<ul>\n", out);
	*in_list = item;
	fputs(heading ? "<h2>" : item ? "<li>" : l->style == DOC_REVERSE ? "<p class=\"warn\">" :
	      "<p>", out);
	if (link)
		fprintf(out, "<a href=\"#%s\">", link);
	if (l->style != DOC_PLAIN && !heading)
		fputs("<strong>", out);
	html_escape(item ? u + 2 : u, out);
	if (l->style != DOC_PLAIN && !heading)
		fputs("</strong>", out);
	if (link)
		fputs("</a>", out);
	fputs(heading ? "</h2>\n" : item ? "</li>\n" : "</p>\n", out);
}

/* The doc's paragraphs as HTML: the same sentences as the text, in order. */
static void html_doc(const struct doc *d, const struct screen *s, FILE *out)
{
	static const struct screen *last;
	bool in_list = false, first = last != s;

	last = s;
	for (size_t i = 0; i < d->n;) {
		size_t next;
		char *u;

		if (!d->lines[i].len) {
			if (in_list)
				fputs("</ul>\n", out);
			in_list = false;
			i++;
			continue;
		}
		u = html_paragraph(d, i, &next);
		html_line(u, &d->lines[i], first && d->lines[i].style == DOC_BOLD, &in_list,
			  html_link(s, d->lines[i].tag), out);
		first = false;
		free(u);
		i = next;
	}
	if (in_list)
		fputs("</ul>\n", out);
}

/* The heading and table of a page's cards. */
static void html_cards_begin(FILE *out)
{
	fputs("<h3>", out);
	html_escape(_("To show an official:"), out);
	fputs("</h3>\n<table>\n", out);
}

/* One card: the person's language beside the officials' (left to right). */
static void html_card(const struct language_context *lc, const char *mine, const char *serbian,
		      int width, FILE *out)
{
	(void)lc;	/* the browser spells and orders */
	(void)width;
	fputs("<tr><td dir=\"auto\"><strong>", out);
	html_escape(mine, out);
	fputs("</strong></td><td dir=\"ltr\"><strong>", out);
	html_escape(serbian, out);
	fputs("</strong></td></tr>\n", out);
}

/* The end of the cards' table. */
static void html_cards_end(FILE *out)
{
	fputs("</table>\n", out);
}

static const struct printer html_printer = {
	html_doc, html_cards_begin, html_card, html_cards_end
};

/* The document's head: the language's code and its direction as the
 * configuration gives them. */
static void html_head(const struct guide *g, FILE *out)
{
	const char *code = i18n_language();
	const struct language_info *li = language_info_of(g, code);

	fputs("<!DOCTYPE html>\n<html lang=\"", out);
	html_escape(code, out);
	fprintf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
		li && li->rtl ? "rtl" : "ltr");
	html_escape(tr(g->title), out);
	fputs("</title>\n<style>body{font-family:sans-serif;max-width:40em;margin:auto}"
	      "section{page-break-after:always}.warn{border:2px solid;padding:.3em}</style>\n"
	      "</head>\n<body>\n", out);
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
	c.printing = true;
	if (format == EXPORT_HTML)
		html_head(g, out);
	for (size_t i = 0; i < n; i++) {
		if (format == EXPORT_HTML) {
			fprintf(out, "<section id=\"%s\">\n", order[i]->id);
			walk_screen(order[i], &c, &html_printer, out);
			qr_svg_section(order[i], &c, out);
			fputs("</section>\n", out);
		} else {
			if (i)
				fprintf(out, "\n%.*s\n\n", width,
					"----------------------------------------------------------------"
					"----------------------------------------------------------------");
			walk_screen(order[i], &c, &text_printer, out);
		}
	}
	if (format == EXPORT_HTML)
		fputs("</body>\n</html>\n", out);
	free(order);
	free(seen);
	return 0;
}
