/* directory.h: the legal-aid directory as configured: services and contacts. */
#ifndef PUTOKAZ_DIRECTORY_H
#define PUTOKAZ_DIRECTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "model.h"

enum contact_group { GROUP_ORGANISATION, GROUP_AUTHORITY, GROUP_EMERGENCY };

struct service {
	const char *id;
	const char *label;	/* msgid */
};

/* A weekly opening slot: the days it covers and the minutes of the day. */
struct hours_slot {
	unsigned days;		/* bit 0 = Monday ... bit 6 = Sunday */
	int from, to;		/* minutes after midnight, from < to */
};

struct contact {
	const char *id;
	enum contact_group group;
	/* a name is not translated, but an emergency service's is a word
	 * ("Police") and is a msgid: see contact_name() */
	const char *name;
	const char *city, *address, *fax, *email, *website;	/* not translated */
	const char *about, *note;	/* msgids */
	const char **phones;
	size_t nphones;
	const char **languages;
	size_t nlanguages;
	const struct service **services;
	size_t nservices;
	struct hours_slot *hours;
	size_t nhours;
	bool appointment_only;	/* its own state, never shown as "closed" */
	bool closed_on_holidays;
	bool ask_by_phone;	/* sources disagree on the address */
	int last_confirmed;	/* year of an old source, or 0 */
	const char **sources;
	size_t nsources;
	struct date verified;
	struct place at;
};

/* The name to show: an organisation's as written, an emergency service's in
 * the current language (a person in crisis must read "Police"). */
const char *contact_name(const struct contact *c);
/* The directory's one order, <0, 0 or >0 as for qsort: organisations, then
 * authorities, then emergency services; within each, by city (unknown last),
 * then as the configuration lists them. Both must be in one contacts array. */
int directory_compare(const struct contact *x, const struct contact *y);
/* Everything the contact shows (names, places, numbers, what it does and its
 * services, translated and in English), folded for matching: new. */
char *directory_fold(const struct contact *c);

struct directory {
	struct service *services;
	size_t nservices;
	struct contact *contacts;
	size_t ncontacts;
};

/* Parse "mon-fri 09:00-17:00" or "sat 10:00-14:00"; 0 or -1. */
int directory_parse_slot(const char *s, struct hours_slot *out);
/* Whether a phone number is written as one: "+381 11 2457-376", or a short
 * number such as "192". */
bool directory_valid_phone(const char *s);
/* Whether an e-mail address looks like one (local@domain.tld). */
bool directory_valid_email(const char *s);

#endif
