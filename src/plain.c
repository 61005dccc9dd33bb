/* plain.c: line mode. Menus and pages are printed as lines, laid out by the
 * same view code as the full screen; the person answers with a number and
 * Enter. End of input ends the program. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "i18n.h"
#include "kind.h"
#include "plain.h"
#include "text.h"
#include "view.h"
#include "xalloc.h"

#define MAX_DEPTH 64

/* The view kind of a screen that line mode can print (one that lays out a
 * doc), or NULL: the calculator needs the full screen. */
static const struct view_kind *printable(const struct screen *s)
{
	const struct view_kind *k = view_kind_for(s);

	return k && k->lay_out ? k : NULL;
}

/* One line of output; ASCII only when the terminal is not UTF-8. */
static void put_line(const struct doc_line *l, FILE *out)
{
	char *u = text_encode(l->text, l->len);

	fprintf(out, "%*s", l->indent, "");
	for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
		if (i18n_utf8() || *p < 0x80)
			fputc(*p, out);
		else if ((*p & 0xC0) != 0x80)
			fputc('?', out);
	}
	fputc('\n', out);
	free(u);
}

/* The number typed on a line (ASCII, Arabic-Indic or Persian digits), or -1;
 * *word gets the first letter typed, for q. */
static long read_answer(FILE *in, int *word)
{
	char *line = NULL;
	size_t cap = 0;
	long n = -1;

	*word = 0;
	if (getline(&line, &cap, in) < 0) {
		free(line);
		*word = EOF;
		return -1;
	}
	for (size_t i = 0; line[i];) {
		unsigned char c = (unsigned char)line[i];

		if (c >= '0' && c <= '9') {
			n = n > 99999 ? n : (n < 0 ? 0 : n * 10) + (c - '0');	/* no overflow */
			i++;
		} else if ((c == 0xD9 && (unsigned char)line[i + 1] >= 0xA0 &&
			    (unsigned char)line[i + 1] <= 0xA9) ||
			   (c == 0xDB && (unsigned char)line[i + 1] >= 0xB0 &&
			    (unsigned char)line[i + 1] <= 0xB9)) {
			/* ٠-٩ U+0660.. and ۰-۹ U+06F0.. */
			int d = (unsigned char)line[i + 1] - (c == 0xD9 ? 0xA0 : 0xB0);

			n = n > 99999 ? n : (n < 0 ? 0 : n * 10) + d;
			i += 2;
		} else {
			if (!*word && c > ' ')
				*word = c;
			i++;
		}
	}
	free(line);
	return n;
}

int plain_run(const struct guide *g, const struct ui_options *o, FILE *in, FILE *out)
{
	struct view stack[MAX_DEPTH];
	struct view_ctx c;
	const char *cols_env = getenv("COLUMNS");
	int cols = cols_env ? atoi(cols_env) : 80, depth = 0;

	memset(&c, 0, sizeof c);
	c.g = g;
	c.today = o->today;
	c.now = o->now;
	c.rows = 1 << 20;
	c.cols = cols >= 20 && cols <= 500 ? cols : 80;
	c.layout = 1;
	c.line_mode = true;
	memset(stack, 0, sizeof stack);
	stack[0].screen = guide_find_screen(g, g->root_id);
	stack[0].kind = printable(stack[0].screen);
	if (!stack[0].kind)
		return 1;
	stack[0].kind->enter(&stack[0], &c);
	depth = 1;
	for (;;) {
		struct view *v = &stack[depth - 1];
		const struct doc *d = v->kind->lay_out(v, &c);
		int word;
		long n;

		fputc('\n', out);
		for (size_t i = 0; i < d->n; i++)
			put_line(&d->lines[i], out);
		fputc('\n', out);
		if (v->kind->codes && v->kind->codes(v, &c, NULL))
			fprintf(out, "%s\n", _("p and Enter: the text of a code for a phone camera."));
		fputs(_("Type a number and Enter; 0 goes back, q quits: "), out);
		fflush(out);
		n = read_answer(in, &word);
		if (word == EOF || word == 'q')
			break;
		if (word == 'p' && n < 0) {
			/* the text a code would carry: no code on a line */
			if (!view_qr_print(v, &c, out))
				fprintf(out, "%s\n", _("There is no such number here."));
			continue;
		}
		if (n == 0) {
			/* back: first out of what the view shows inside itself (a
			 * contact's details), then to the screen before */
			if (!v->kind->action(v, &c, ACT_BACK, -1).handled && depth > 1) {
				v->kind->leave(v);
				free(v->state);
				memset(v, 0, sizeof *v);
				depth--;
			}
			v->layout = 0;
			continue;
		}
		if (n > 0) {
			struct view_result r = v->kind->action(v, &c, ACT_NONE, (int)n);
			const struct screen *s = r.open ? guide_find_screen(g, r.open) : NULL;

			if (s && printable(s) && depth < MAX_DEPTH) {
				struct view *nv = &stack[depth++];

				memset(nv, 0, sizeof *nv);
				nv->screen = s;
				nv->kind = printable(s);
				nv->kind->enter(nv, &c);
			} else if (r.open) {
				fprintf(out, "%s\n", _("This screen needs a full-screen terminal. The deadlines are also printed by putokaz --calc."));
			} else if (!r.handled) {
				fprintf(out, "%s\n", _("There is no such number here."));
			}
			v->layout = 0;
			continue;
		}
		if (word)
			fprintf(out, "%s\n", _("There is no such number here."));
	}
	while (depth > 0) {
		struct view *v = &stack[--depth];

		v->kind->leave(v);
		free(v->state);
	}
	fputc('\n', out);
	return 0;
}
