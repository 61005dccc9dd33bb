/* plain.c: line mode. Menus and pages are printed as lines, laid out by the
 * same view code as the full screen; the person answers with a number and
 * Enter. End of input ends the program, except in a kiosk, which keeps the
 * full screen's rules: no quitting, and it starts over when idle. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "directory.h"
#include "i18n.h"
#include "kind.h"
#include "kind_menu.h"
#include "language.h"
#include "safe_out.h"
#include "signals.h"
#include "term_clear.h"
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

/* Lines typed, read straight from the descriptor (no stdio buffer, so that
 * waiting with poll() sees every line): at most LINE_MAX_BYTES a line, the
 * rest of a longer one dropped. */
#define LINE_MAX_BYTES 256
struct line_in {
	int fd;
	char buf[LINE_MAX_BYTES];
	size_t n;
	bool overflow;		/* the line being read is longer: drop to its end */
};

enum wait_result { LINE_READY, LINE_IDLE, LINE_CLOSED };

/* Take a complete line out of li's buffer into out; whether there was one. */
static bool take_line(struct line_in *li, char *out)
{
	char *nl = memchr(li->buf, '\n', li->n);
	size_t len;

	if (!nl) {
		if (li->n == sizeof li->buf) {
			li->n = 0;	/* too long: what comes up to the newline is dropped */
			li->overflow = true;
		}
		return false;
	}
	len = (size_t)(nl - li->buf);
	if (li->overflow)
		out[0] = '\0';
	else {
		memcpy(out, li->buf, len);
		out[len] = '\0';
	}
	li->overflow = false;
	memmove(li->buf, nl + 1, li->n - len - 1);
	li->n -= len + 1;
	return true;
}

/* Whether the terminal (or pipe) is gone for good: hung up, or not a terminal. */
static bool input_gone(int fd)
{
	struct pollfd p = { fd, POLLIN, 0 };

	if (!isatty(fd))
		return true;	/* a pipe or file at its end stays there */
	return poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

/* Wait up to ms milliseconds (-1: for ever) for a line. End of input (Ctrl-D)
 * counts as a line "\x04" when the terminal is still there, so that a kiosk
 * can ignore it; a closed terminal is LINE_CLOSED. */
static enum wait_result wait_line(struct line_in *li, char *out, int ms)
{
	struct pollfd p = { li->fd, POLLIN, 0 };
	ssize_t r;

	if (take_line(li, out))
		return LINE_READY;
	if (signals_leaving())
		return LINE_CLOSED;
	r = poll(&p, 1, ms);
	if (r < 0 && errno == EINTR)
		return LINE_IDLE;
	if (r == 0)
		return LINE_IDLE;
	if (r < 0)
		return LINE_CLOSED;
	r = read(li->fd, li->buf + li->n, sizeof li->buf - li->n);
	if (r < 0)
		return errno == EINTR || errno == EAGAIN ? LINE_IDLE : LINE_CLOSED;
	if (r == 0) {
		if (input_gone(li->fd))
			return LINE_CLOSED;
		li->n = 0;
		strcpy(out, "\004");
		return LINE_READY;
	}
	li->n += (size_t)r;
	return take_line(li, out) ? LINE_READY : LINE_IDLE;
}

/* The number typed on a line (ASCII, Arabic-Indic or Persian digits, at most
 * six of them), or -1 when the line holds anything else or nothing; *word
 * gets the first other character typed (q, or '-' of "-1"). */
static long parse_answer(const char *line, int *word)
{
	long n = -1;
	int ndigits = 0;

	*word = 0;
	for (size_t i = 0; line[i];) {
		unsigned char c = (unsigned char)line[i];
		int d = -1;

		if (c >= '0' && c <= '9') {
			d = c - '0';
			i++;
		} else if ((c == 0xD9 && (unsigned char)line[i + 1] >= 0xA0 &&
			    (unsigned char)line[i + 1] <= 0xA9) ||
			   (c == 0xDB && (unsigned char)line[i + 1] >= 0xB0 &&
			    (unsigned char)line[i + 1] <= 0xB9)) {
			/* ٠-٩ U+0660.. and ۰-۹ U+06F0.. */
			d = (unsigned char)line[i + 1] - (c == 0xD9 ? 0xA0 : 0xB0);
			i += 2;
		} else {
			if (!*word && c > ' ')
				*word = c;
			i++;
			continue;
		}
		if (++ndigits > 6)
			n = 1000000;	/* no such number, whatever follows */
		else
			n = (n < 0 ? 0 : n * 10) + d;
	}
	return *word ? -1 : n;
}

/* A run of line mode: views on a stack, and what it needs to start over. */
struct plain {
	const struct guide *g;
	const struct ui_options *o;
	struct view stack[MAX_DEPTH];
	int depth;
	struct view_ctx c;
	bool choosing;		/* the language list is shown */
	char first_language[32];
	FILE *out;		/* through the control character filter (safe_out.h) */
	FILE *raw;		/* the terminal itself, for clearing it only */
};


/* Leave the top view. */
static void plain_pop(struct plain *p)
{
	struct view *v = &p->stack[--p->depth];

	v->kind->leave(v);
	free(v->state);
	memset(v, 0, sizeof *v);
}

/* Open screen s on top; false when line mode cannot print it. */
static bool plain_push(struct plain *p, const struct screen *s)
{
	struct view *v;

	if (!s || !printable(s) || p->depth >= MAX_DEPTH)
		return false;
	v = &p->stack[p->depth++];
	memset(v, 0, sizeof *v);
	v->screen = s;
	v->kind = printable(s);
	v->kind->enter(v, &p->c);
	return true;
}

/* The languages line mode can show here: bidi mode "none" hides the
 * right-to-left ones, and so does a terminal that is not UTF-8. */
static bool plain_language_shown(const struct guide *g, size_t i)
{
	return language_shown(g, i) &&
	       (i18n_utf8() || !(g->language_info && g->language_info[i].rtl));
}

/* Print the numbered list of languages. */
static void print_languages(struct plain *p)
{
	size_t k = 0;

	fputc('\n', p->out);
	for (size_t i = 0; i < p->g->nlanguages; i++)
		if (plain_language_shown(p->g, i))
			fprintf(p->out, "%zu. %s\n", ++k, p->g->language_names[i]);
	fputc('\n', p->out);
}

/* Number n of the language list: use that language; false if there is none. */
static bool choose_language(struct plain *p, long n)
{
	long k = 0;

	for (size_t i = 0; i < p->g->nlanguages; i++)
		if (plain_language_shown(p->g, i) && ++k == n) {
			language_use(p->g, p->g->languages[i]);
			p->c.layout++;
			return true;
		}
	return false;
}

/* Whether line mode starts on the language list: a kiosk does, like the
 * full screen, when there is a choice to make. */
static bool starts_choosing(const struct plain *p)
{
	return p->o->kiosk && p->o->choose_language && p->g->nlanguages > 1;
}

/* Kiosk: back to the start for the next person, with nothing of the last
 * one's left on the screen or in its scrollback. */
static void start_over(struct plain *p)
{
	while (p->depth > 1)
		plain_pop(p);
	language_use(p->g, p->first_language);
	p->c.layout++;
	p->stack[0].layout = 0;
	p->choosing = starts_choosing(p);
	fflush(p->out);
	term_clear(p->raw);
}

/* Print the top view (or the language list) and the prompt, with the time
 * current when it prints (never again by itself: a screen reader would read
 * the page once more). */
static void print_page(struct plain *p)
{
	struct view *v = &p->stack[p->depth - 1];

	if (!p->o->fixed_time) {
		struct moment m;

		clock_now(p->g, &m);
		if (memcmp(&m, &p->c.now, sizeof m) != 0) {
			p->c.now = m;
			p->c.today = m.date;
			p->c.layout++;
		}
	}

	if (p->choosing) {
		print_languages(p);
	} else {
		const struct doc *d = v->kind->lay_out(v, &p->c);

		fputc('\n', p->out);
		for (size_t i = 0; i < d->n; i++)
			put_line(&d->lines[i], p->out);
		fputc('\n', p->out);
		if (v->kind->codes && v->kind->codes(v, &p->c, NULL))
			fprintf(p->out, "%s\n", _("p and Enter: the text of a code for a phone camera."));
	}
	fprintf(p->out, "%s", p->o->kiosk ? _("Type a number and Enter; 0 goes back: ") :
			 _("Type a number and Enter; 0 goes back, q quits: "));
	fflush(p->out);
}

/* Item n (above 9, which no digit key reaches) of a view that numbers its
 * items in line mode (the directory's contacts): its n-th tagged line, tapped. */
static struct view_result open_numbered(struct view *v, const struct view_ctx *c, long n)
{
	const struct doc *d = &v->doc;
	int last = -1;
	long k = 0;

	if (!v->kind->tap)
		return (struct view_result){ .handled = false };
	for (size_t i = 0; i < d->n; i++) {
		if (d->lines[i].tag < 0 || d->lines[i].tag == last)
			continue;
		last = d->lines[i].tag;
		if (++k == n)
			return v->kind->tap(v, c, last);
	}
	return (struct view_result){ .handled = false };
}

/* Answer n on the top view: go back, open an item, or say there is no such. */
static void answer(struct plain *p, long n)
{
	struct view *v = &p->stack[p->depth - 1];
	struct view_result r;

	if (p->choosing) {
		if (n == 0 || choose_language(p, n))
			p->choosing = false;
		else
			fprintf(p->out, "%s\n", _("There is no such number here."));
		return;
	}
	if (n == 0) {
		/* back: first out of what the view shows inside itself (a
		 * contact's details), then to the screen before */
		if (!v->kind->action(v, &p->c, ACT_BACK, -1).handled && p->depth > 1)
			plain_pop(p);
		v->layout = 0;
		return;
	}
	r = n <= 9 ? v->kind->action(v, &p->c, ACT_NONE, (int)n) : open_numbered(v, &p->c, n);
	v->layout = 0;
	if (r.open && strcmp(r.open, MENU_LANGUAGE_TARGET) == 0)
		p->choosing = true;
	else if (r.open && !plain_push(p, guide_find_screen(p->g, r.open)))
		fprintf(p->out, "%s\n", _("This screen needs a full-screen terminal. The deadlines are also printed by putokaz --calc."));
	else if (!r.open && !r.handled)
		fprintf(p->out, "%s\n", _("There is no such number here."));
}

/* Whether the next person would find line mode as it started. */
static bool plain_at_start(const struct plain *p)
{
	return p->depth == 1 && p->choosing == starts_choosing(p) &&
	       strcmp(i18n_language(), p->first_language) == 0;
}

/* Read and answer lines until the end: q or end of input (not in a kiosk,
 * which starts over when idle instead), a closed terminal, or a signal. */
static void plain_loop(struct plain *p, FILE *in)
{
	struct line_in li = { .fd = fileno(in) };
	char line[LINE_MAX_BYTES];
	long last = clock_mono_seconds();
	int timeout = p->o->idle_timeout > 0 ? p->o->idle_timeout : 180;

	print_page(p);
	for (;;) {
		enum wait_result w = wait_line(&li, line, p->o->kiosk ? 1000 : -1);
		int word;
		long n;

		if (w == LINE_CLOSED)
			return;
		if (w == LINE_IDLE) {
			if (p->o->kiosk && clock_mono_seconds() - last >= timeout && !plain_at_start(p)) {
				start_over(p);
				print_page(p);
			}
			continue;
		}
		last = clock_mono_seconds();
		if (strcmp(line, "\004") == 0) {
			if (!p->o->kiosk)
				return;
			fputc('\n', p->out);
			print_page(p);
			continue;
		}
		n = parse_answer(line, &word);
		if ((word == 'q' || word == 'Q') && !p->o->kiosk)
			return;
		if (word == 'p' && n < 0 && !p->choosing) {
			/* the text a code would carry: no code on a line */
			if (!view_qr_print(&p->stack[p->depth - 1], &p->c, p->out))
				fprintf(p->out, "%s\n", _("There is no such number here."));
			print_page(p);
			continue;
		}
		if (n >= 0)
			answer(p, n);
		else if (word)
			fprintf(p->out, "%s\n", _("There is no such number here."));
		print_page(p);
	}
}

int plain_run(const struct guide *g, const struct ui_options *o, FILE *in, FILE *out)
{
	static struct plain p;
	const char *cols_env = getenv("COLUMNS");
	int cols = cols_env ? atoi(cols_env) : 80;

	memset(&p, 0, sizeof p);
	p.g = g;
	p.o = o;
	p.raw = out;
	p.out = safe_out_open(out);
	if (!p.out)
		return 1;
	p.c.g = g;
	p.c.today = o->today;
	p.c.now = o->now;
	p.c.rows = 1 << 20;
	p.c.cols = cols >= 20 && cols <= 500 ? cols : 80;
	p.c.layout = 1;
	p.c.line_mode = true;
	p.c.kiosk = o->kiosk;
	snprintf(p.first_language, sizeof p.first_language, "%s", i18n_language());
	p.choosing = starts_choosing(&p);
	if (!plain_push(&p, guide_find_screen(g, g->root_id))) {
		fclose(p.out);
		return 1;
	}
	signals_install(o->kiosk, false);
	plain_loop(&p, in);
	while (p.depth > 0)
		plain_pop(&p);
	fputc('\n', p.out);
	fclose(p.out);
	return signals_finish(0);
}
