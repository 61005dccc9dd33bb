/* qr_text.c: the texts QR codes carry, and which of them fit. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directory.h"
#include "i18n.h"
#include "qr_text.h"
#include "xalloc.h"

/* The mark put where a cut text ends. */
#define CUT_MARK "\u2026"

void qr_request_init(struct qr_request *r)
{
	memset(r, 0, sizeof *r);
}

/* Clear a string before freeing it. */
static void wipe(char *s)
{
	if (!s)
		return;
	memset(s, 0, strlen(s));
	free(s);
}

void qr_request_free(struct qr_request *r)
{
	for (int k = 0; k < 2; k++) {
		struct qr_set *set = &r->sets[k];

		for (size_t i = 0; i < set->n; i++) {
			for (size_t j = 0; j < set->codes[i].n; j++) {
				wipe(set->codes[i].candidates[j].payload);
				wipe(set->codes[i].candidates[j].shown);
			}
			free(set->codes[i].candidates);
		}
		free(set->codes);
	}
	memset(r, 0, sizeof *r);
}

bool qr_request_empty(const struct qr_request *r)
{
	return r->sets[0].n == 0;
}

/* A new, empty code at the end of a set. */
static struct qr_code_src *add_code(struct qr_set *set)
{
	set->codes = xreallocarray(set->codes, set->n + 1, sizeof *set->codes);
	memset(&set->codes[set->n], 0, sizeof *set->codes);
	return &set->codes[set->n++];
}

/* A candidate for a code: the strings are taken over (shown may be NULL). */
static void add_candidate(struct qr_code_src *code, char *payload, char *shown, size_t keep)
{
	code->candidates = xreallocarray(code->candidates, code->n + 1, sizeof *code->candidates);
	code->candidates[code->n++] = (struct qr_candidate){ payload, shown, keep };
}

void qr_request_card(struct qr_request *r, const struct guide *g, const char *msgid)
{
	struct qr_code_src *code = add_code(&r->sets[0]);
	char *latin_code = xasprintf("%s@latin", g->card_language);
	char *scripts[2] = { tr_in(g->card_language, msgid), tr_in(latin_code, msgid) };
	const char *own = tr(msgid);
	bool same_language = strcmp(i18n_language(), g->card_language) == 0 ||
			     strcmp(i18n_language(), latin_code) == 0;

	for (int k = 0; k < 2; k++) {
		if (!scripts[k])
			continue;
		if (!same_language && strcmp(own, scripts[k]) != 0)
			add_candidate(code, xasprintf("%s\n%s", scripts[k], own), NULL, 0);
		add_candidate(code, xstrdup(scripts[k]), NULL, 0);
	}
	if (code->n == 0)	/* no Serbian at all: the sentence as the person reads it */
		add_candidate(code, xstrdup(own), NULL, 0);
	free(scripts[0]);
	free(scripts[1]);
	free(latin_code);
}

char *qr_phone(const char *phone)
{
	char *out = xmalloc(strlen(phone) + 1), *o = out;

	for (const char *p = phone; *p; p++)
		if ((*p >= '0' && *p <= '9') || (*p == '+' && o == out))
			*o++ = *p;
	*o = '\0';
	return out;
}

/* s with MECARD's special characters (\ ; , :) escaped by a backslash: new. */
static char *mecard_escape(const char *s)
{
	char *out = xmalloc(2 * strlen(s) + 1), *o = out;

	for (; *s; s++) {
		if (strchr("\\;,:", *s))
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* A contact's name without its bracketed part ("APC (Centar ...)" -> "APC"). */
static char *short_name(const char *name)
{
	const char *b = strstr(name, " (");
	size_t n = b && b > name ? (size_t)(b - name) : strlen(name);

	return xstrndup(name, n);
}

/* One MECARD and what it shows: the name, nphones phones, the address or NULL. */
static void add_mecard(struct qr_code_src *code, const char *name, const struct contact *ct,
		       size_t nphones, const char *address)
{
	size_t cap = 64, len = 0;
	char *card = xmalloc(cap), *shown = xstrdup(name), *esc = mecard_escape(name);
	char *parts[2 + 2 * 8];
	size_t np = 0;

	parts[np++] = xasprintf("MECARD:N:%s;", esc);
	free(esc);
	for (size_t i = 0; i < nphones && i < 8; i++) {
		char *tel = qr_phone(ct->phones[i]), *s = xasprintf("%s\n%s", shown, ct->phones[i]);

		parts[np++] = xasprintf("TEL:%s;", tel);
		free(tel);
		free(shown);
		shown = s;
	}
	if (address) {
		char *a = mecard_escape(address), *s = xasprintf("%s\n%s", shown, address);

		parts[np++] = xasprintf("ADR:%s;", a);
		free(a);
		free(shown);
		shown = s;
	}
	card[0] = '\0';
	for (size_t i = 0; i < np; i++) {
		size_t n = strlen(parts[i]);

		if (len + n + 2 > cap) {
			cap = 2 * (len + n + 2);
			card = xreallocarray(card, cap, 1);
		}
		memcpy(card + len, parts[i], n + 1);
		len += n;
		free(parts[i]);
	}
	strcat(card, ";");
	add_candidate(code, card, shown, 0);
}

void qr_request_contact(struct qr_request *r, const struct contact *ct)
{
	struct qr_code_src *code = add_code(&r->sets[0]);
	char *name = short_name(contact_name(ct));
	const char *address = ct->ask_by_phone ? NULL : ct->address;

	if (address)
		add_mecard(code, name, ct, ct->nphones, address);
	/* without its address, a contact that has no phone is a bare name */
	if (ct->nphones || !address)
		add_mecard(code, name, ct, ct->nphones, NULL);
	if (ct->nphones > 1)
		add_mecard(code, name, ct, 1, NULL);
	free(name);
}

void qr_request_deadline(struct qr_request *r, struct moment when, bool has_time,
			 const char *label)
{
	char iso[11], *line, *all;
	struct qr_code_src *one;
	size_t keep;

	dates_format_iso(when.date, iso);
	if (has_time)
		line = xasprintf("%s %02d:%02d ", iso, when.hour, when.minute);
	else
		line = xasprintf("%s ", iso);
	keep = strlen(line);
	all = xasprintf("%s%s", line, tr(label));
	free(line);
	/* the fallback: this deadline alone, its label cut where it must be */
	one = add_code(&r->sets[1]);
	add_candidate(one, xstrdup(all), NULL, keep);
	/* the first choice: every deadline in one code, a line each */
	if (r->sets[0].n == 0)
		add_candidate(add_code(&r->sets[0]), xstrdup(all), NULL, 0);
	else {
		struct qr_candidate *c = &r->sets[0].codes[0].candidates[0];
		char *joined = xasprintf("%s\n%s", c->payload, all);

		wipe(c->payload);
		c->payload = joined;
	}
	wipe(all);
}

/* The length of the first `chars` UTF-8 characters of s. */
static size_t utf8_prefix(const char *s, size_t chars)
{
	size_t i = 0;

	while (s[i] && chars > 0) {
		i++;
		while ((s[i] & 0xC0) == 0x80)
			i++;
		chars--;
	}
	return i;
}

/* Count the UTF-8 characters of s. */
static size_t utf8_count(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += (*s & 0xC0) != 0x80;
	return n;
}

/* The longest cut of a candidate that fits: its text (new) and its code, or NULL. */
static char *fit_cut(const struct qr_candidate *c, int max_version, struct qr_matrix *m)
{
	const char *tail = c->payload + c->keep;
	size_t lo = 1, hi = utf8_count(tail), best = 0;
	char *text = NULL;

	/* binary search on the number of characters of the label kept */
	while (lo <= hi) {
		size_t mid = (lo + hi) / 2;
		char *t = xasprintf("%.*s%.*s" CUT_MARK, (int)c->keep, c->payload,
				    (int)utf8_prefix(tail, mid), tail);
		struct qr_matrix try;

		if (qr_encode(t, max_version, &try) == 0) {
			qr_free(&try);
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
		wipe(t);
	}
	if (best == 0)
		return NULL;
	text = xasprintf("%.*s%.*s" CUT_MARK, (int)c->keep, c->payload,
			 (int)utf8_prefix(tail, best), tail);
	if (qr_encode(text, max_version, m) < 0) {
		wipe(text);
		return NULL;
	}
	return text;
}

/* The first candidate of a code that fits: fills *f; false when none does. */
static bool fit_code(const struct qr_code_src *code, int max_version, struct qr_fit *f)
{
	for (size_t i = 0; i < code->n; i++) {
		const struct qr_candidate *c = &code->candidates[i];

		if (qr_encode(c->payload, max_version, &f->m) == 0) {
			f->text = xstrdup(c->shown ? c->shown : c->payload);
			return true;
		}
	}
	for (size_t i = 0; i < code->n; i++) {
		const struct qr_candidate *c = &code->candidates[i];

		if (c->keep && (f->text = fit_cut(c, max_version, &f->m)))
			return true;
	}
	return false;
}

size_t qr_request_fit(const struct qr_request *r, int max_version, struct qr_fit **out,
		      bool *fits)
{
	const struct qr_set *first = &r->sets[0];

	for (int k = 0; k < 2; k++) {
		const struct qr_set *set = &r->sets[k];
		struct qr_fit *f = xcalloc(set->n + 1, sizeof *f);
		size_t i;

		for (i = 0; i < set->n && fit_code(&set->codes[i], max_version, &f[i]); i++)
			;
		if (set->n && i == set->n) {
			*out = f;
			*fits = true;
			return set->n;
		}
		qr_fit_free(f, i);
	}
	*out = xcalloc(first->n + 1, sizeof **out);
	*fits = false;
	for (size_t i = 0; i < first->n; i++) {
		const struct qr_candidate *c = &first->codes[i].candidates[0];

		(*out)[i].text = xstrdup(c->shown ? c->shown : c->payload);
	}
	return first->n;
}

void qr_fit_free(struct qr_fit *f, size_t n)
{
	if (!f)
		return;
	for (size_t i = 0; i < n; i++) {
		qr_free(&f[i].m);
		wipe(f[i].text);
	}
	free(f);
}
