/* doc.c: laying out text into lines by display columns (see text.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bidi.h"
#include "doc.h"
#include "langctx.h"
#include "text.h"
#include "translit.h"
#include "xalloc.h"

void doc_init(struct doc *d, int width, const struct language_context *lc)
{
	memset(d, 0, sizeof *d);
	d->width = width < 1 ? 1 : width;
	d->lang = lc;
}

void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->nbufs; i++)
		free(d->bufs[i]);
	free(d->bufs);
	free(d->lines);
	memset(d, 0, sizeof *d);
}

/* Add one laid-out line to the doc. */
static void add_line(struct doc *d, const wchar_t *text, size_t len, int indent, int cols,
		     int style, int tag)
{
	d->lines = xreallocarray(d->lines, d->n + 1, sizeof *d->lines);
	d->lines[d->n++] = (struct doc_line){ text, len, NULL, 0, indent, cols, style, tag, 0 };
}

/* Keep a buffer the doc's lines point into, freed with the doc. */
static wchar_t *keep(struct doc *d, wchar_t *buf)
{
	d->bufs = xreallocarray(d->bufs, d->nbufs + 1, sizeof *d->bufs);
	return d->bufs[d->nbufs++] = buf;
}

void doc_blank(struct doc *d)
{
	add_line(d, L"", 0, 0, 0, DOC_PLAIN, -1);
}

/* Wrap s[0..n) with the lines after the first hanging `hang` columns in. */
static void add_wrapped(struct doc *d, const wchar_t *s, size_t n, int hang, int style, int tag)
{
	struct text_line *lines;
	size_t count = text_wrap(s, n, d->width, hang, &lines), first = d->n;

	for (size_t i = 0; i < count; i++) {
		add_line(d, s + lines[i].start, lines[i].len, i ? hang : 0, lines[i].cols, style,
			 tag);
		d->lines[d->n - 1].cont = i > 0;
	}
	/* Reordered after wrapping, line by line, with the levels of the whole
	 * paragraph: the first logical words stay on the first line. */
	if (bidi_app() && (d->lang->rtl || bidi_has_rtl(s, n))) {
		wchar_t *shown = keep(d, xreallocarray(NULL, n + 1, sizeof *shown));
		size_t *vlen = xreallocarray(NULL, count, sizeof *vlen);

		bidi_lines(s, n, d->lang->rtl, lines, count, shown, vlen);
		for (size_t i = 0; i < count; i++) {
			d->lines[first + i].shown = shown + lines[i].start;
			d->lines[first + i].shown_len = vlen[i];
		}
		free(vlen);
	}
	free(lines);
}

void doc_prose(struct doc *d, const char *utf8, int style, int tag)
{
	size_t n;
	wchar_t *w = keep(d, translit_decode(&d->lang->ascii, utf8, &n));
	size_t i = 0;

	while (i <= n) {
		size_t end = i;

		while (end < n && w[end] != L'\n')
			end++;
		if (end == i)
			doc_blank(d);
		else
			add_wrapped(d, w + i, end - i,
				    end - i >= 2 && w[i] == L'-' && w[i + 1] == L' ' ? 2 : 0, style,
				    tag);
		if (end >= n)
			break;
		i = end + 1;
	}
}

void doc_item(struct doc *d, const char *prefix, const char *utf8, int style, int tag)
{
	char *joined = xmalloc(strlen(prefix) + strlen(utf8) + 1);
	size_t n;
	wchar_t *w;

	strcpy(joined, prefix);
	strcat(joined, utf8);
	w = keep(d, translit_decode(&d->lang->ascii, joined, &n));
	free(joined);
	add_wrapped(d, w, n, text_width_utf8(prefix), style, tag);
}

void doc_line_as_shown(struct doc *d, const wchar_t *text, const wchar_t *shown, size_t n,
		       int style, int tag)
{
	wchar_t *t = keep(d, xreallocarray(NULL, n + 1, sizeof *t));
	wchar_t *s = keep(d, xreallocarray(NULL, n + 1, sizeof *s));

	wmemcpy(t, text, n);
	wmemcpy(s, shown, n);
	t[n] = s[n] = L'\0';
	add_line(d, t, n, 0, text_width(t, n), style, tag);
	d->lines[d->n - 1].shown = s;
	d->lines[d->n - 1].shown_len = n;
}

long doc_find_tag(const struct doc *d, int tag)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->lines[i].tag == tag)
			return (long)i;
	return -1;
}
