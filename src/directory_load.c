/* directory_load.c: loading the legal-aid directory and refusing a contact
 * without a source or a verified date, or with a malformed phone number,
 * e-mail address or time slot. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "directory_load.h"
#include "i18n.h"
#include "kind.h"
#include "loadctx.h"
#include "xalloc.h"

cfg_opt_t directory_service_opts[] = {
	CFG_STR("label", NULL, CFGF_NODEFAULT),
	CFG_END()
};

cfg_opt_t directory_contact_opts[] = {
	CFG_STR("id", NULL, CFGF_NODEFAULT),		/* a-z, 0-9, '-'; unique */
	CFG_STR("group", "organisation", CFGF_NONE),	/* organisation, authority, emergency */
	CFG_STR("name", NULL, CFGF_NODEFAULT),		/* not translated */
	CFG_STR("about", NULL, CFGF_NODEFAULT),		/* what it does (translated) */
	CFG_STR("city", NULL, CFGF_NODEFAULT),
	CFG_STR("address", NULL, CFGF_NODEFAULT),
	CFG_BOOL("ask-by-phone", cfg_false, CFGF_NONE),	/* sources disagree on the address */
	CFG_STR_LIST("phones", NULL, CFGF_NODEFAULT),	/* "+381 11 2457-376" */
	CFG_STR("fax", NULL, CFGF_NODEFAULT),
	CFG_STR("email", NULL, CFGF_NODEFAULT),
	CFG_STR("website", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("languages", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("services", NULL, CFGF_NODEFAULT),	/* service ids */
	CFG_STR_LIST("hours", NULL, CFGF_NODEFAULT),	/* {"mon-fri 09:00-17:00"} */
	CFG_BOOL("appointment-only", cfg_false, CFGF_NONE),
	CFG_BOOL("closed-on-holidays", cfg_true, CFGF_NONE),
	CFG_INT("last-confirmed", 0, CFGF_NONE),	/* year of an old source */
	CFG_STR("note", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("source", NULL, CFGF_NODEFAULT),
	CFG_STR("verified", NULL, CFGF_NODEFAULT),	/* YYYY-MM-DD */
	CFG_END()
};

static const struct content_kind named_contact = { .name = "contact" };
static const struct content_kind named_service = { .name = "service" };


/* The service with this id, or NULL. */
static const struct service *find_service(const struct directory *dir, const char *id)
{
	for (size_t i = 0; i < dir->nservices; i++)
		if (strcmp(dir->services[i].id, id) == 0)
			return &dir->services[i];
	return NULL;
}

/* One contact section, checked: id, group, phones, e-mail, hours, sources. */
static void load_contact(struct loader *ld, struct directory *dir, cfg_t *sec, struct contact *c)
{
	struct screen o;
	const char *group, **slots, **services;
	size_t nslots, nserv;

	c->at = loader_place(ld, sec, "name");
	c->id = loader_count(sec, "id") ? cfg_opt_getnstr(loader_option(sec, "id"), 0) : "";
	o = loader_owner(&named_contact, c->id, c->at);
	if (!*c->id)
		loader_error(ld, c->at, "%s", _("a contact has no 'id'"));
	else if (c->id[strspn(c->id, "abcdefghijklmnopqrstuvwxyz0123456789-")])
		loader_error(ld, loader_place(ld, sec, "id"),
			     "contact id \"%s\": use only a-z, 0-9 and '-'", c->id);
	group = cfg_opt_getnstr(loader_option(sec, "group"), 0);
	if (strcmp(group, "organisation") == 0)
		c->group = GROUP_ORGANISATION;
	else if (strcmp(group, "authority") == 0)
		c->group = GROUP_AUTHORITY;
	else if (strcmp(group, "emergency") == 0)
		c->group = GROUP_EMERGENCY;
	else
		loader_error(ld, loader_place(ld, sec, "group"),
			     _("contact \"%s\": unknown group \"%s\" (organisation, authority, "
			       "emergency)"), c->id, group);
	c->name = loader_string(ld, &o, sec, "name",
				LD_REQUIRED | (c->group == GROUP_EMERGENCY ? LD_TRANSLATE : 0));
	c->about = loader_string(ld, &o, sec, "about", LD_TRANSLATE | LD_PROSE);
	c->note = loader_string(ld, &o, sec, "note", LD_TRANSLATE | LD_PROSE);
	c->city = loader_string(ld, &o, sec, "city", 0);
	c->address = loader_string(ld, &o, sec, "address", 0);
	c->ask_by_phone = loader_bool(sec, "ask-by-phone");
	if (c->ask_by_phone && c->address)
		loader_error(ld, loader_place(ld, sec, "address"),
			     _("contact \"%s\": 'ask-by-phone' means no address is shown; remove "
			       "the address"), c->id);
	c->fax = loader_string(ld, &o, sec, "fax", 0);
	c->email = loader_string(ld, &o, sec, "email", 0);
	c->website = loader_string(ld, &o, sec, "website", 0);
	c->nphones = loader_string_list(ld, &o, sec, "phones", 0, &c->phones);
	for (size_t i = 0; i < c->nphones; i++)
		if (!directory_valid_phone(c->phones[i]))
			loader_error(ld, loader_place(ld, sec, "phones"),
				     _("contact \"%s\": \"%s\" is not a phone number such as "
				       "\"+381 11 2457-376\" or \"192\""), c->id, c->phones[i]);
	if (c->fax && !directory_valid_phone(c->fax))
		loader_error(ld, loader_place(ld, sec, "fax"),
			     _("contact \"%s\": \"%s\" is not a phone number such as "
			       "\"+381 11 2457-376\" or \"192\""), c->id, c->fax);
	if (c->email && !directory_valid_email(c->email))
		loader_error(ld, loader_place(ld, sec, "email"),
			     _("contact \"%s\": \"%s\" is not an e-mail address"), c->id, c->email);
	c->nlanguages = loader_string_list(ld, &o, sec, "languages", 0, &c->languages);
	nserv = loader_string_list(ld, &o, sec, "services", 0, &services);
	c->services = nserv ? loader_keep(ld, xcalloc(nserv + 1, sizeof *c->services)) : NULL;
	for (size_t i = 0; i < nserv; i++) {
		const struct service *s = find_service(dir, services[i]);

		if (!s)
			loader_error(ld, loader_place(ld, sec, "services"),
				     _("contact \"%s\": unknown service \"%s\""), c->id, services[i]);
		else
			c->services[c->nservices++] = s;
	}
	nslots = loader_string_list(ld, &o, sec, "hours", 0, &slots);
	c->hours = nslots ? loader_keep(ld, xcalloc(nslots + 1, sizeof *c->hours)) : NULL;
	for (size_t i = 0; i < nslots; i++) {
		if (directory_parse_slot(slots[i], &c->hours[c->nhours]) == 0)
			c->nhours++;
		else
			loader_error(ld, loader_place(ld, sec, "hours"),
				     _("contact \"%s\": \"%s\" is not a time slot such as "
				       "\"mon-fri 09:00-17:00\""), c->id, slots[i]);
	}
	c->appointment_only = loader_bool(sec, "appointment-only");
	c->closed_on_holidays = loader_bool(sec, "closed-on-holidays");
	c->last_confirmed = (int)loader_int(sec, "last-confirmed");
	c->nsources = loader_string_list(ld, &o, sec, "source", LD_REQUIRED | LD_TRANSLATE,
					 &c->sources);
	loader_date(ld, &o, sec, "verified", true, &c->verified);
}

/* qsort order of contacts by id. */
static int compare_ids(const void *a, const void *b)
{
	const struct contact *x = *(const struct contact *const *)a;
	const struct contact *y = *(const struct contact *const *)b;

	return strcmp(x->id, y->id);
}

/* Ids are unique: sorted, a duplicate sits next to its twin. */
static void check_ids(struct loader *ld, struct directory *dir)
{
	const struct contact **by_id = xcalloc(dir->ncontacts + 1, sizeof *by_id);

	for (size_t i = 0; i < dir->ncontacts; i++)
		by_id[i] = &dir->contacts[i];
	qsort(by_id, dir->ncontacts, sizeof *by_id, compare_ids);
	for (size_t i = 1; i < dir->ncontacts; i++)
		if (*by_id[i]->id && strcmp(by_id[i]->id, by_id[i - 1]->id) == 0)
			loader_error(ld, by_id[i]->at,
				     _("duplicate contact id \"%s\" (first defined at %s:%d)"),
				     by_id[i]->id, by_id[i - 1]->at.file, by_id[i - 1]->at.line);
	free(by_id);
}

struct directory *directory_load(struct loader *ld, cfg_t *root)
{
	cfg_opt_t *services = loader_option(root, "service"), *contacts = loader_option(root, "contact");
	unsigned ns = cfg_opt_size(services), nc = cfg_opt_size(contacts);
	struct directory *dir;

	if (ns == 0 && nc == 0)
		return NULL;
	dir = xcalloc(1, sizeof *dir);
	dir->services = xcalloc(ns + 1, sizeof *dir->services);
	for (unsigned i = 0; i < ns; i++) {
		cfg_t *sec = cfg_opt_getnsec(services, i);
		struct service *s = &dir->services[dir->nservices++];
		struct screen o = loader_owner(&named_service, cfg_title(sec),
					loader_place(ld, sec, "label"));

		s->id = cfg_title(sec);
		s->label = loader_string(ld, &o, sec, "label", LD_REQUIRED | LD_TRANSLATE);
	}
	dir->contacts = xcalloc(nc + 1, sizeof *dir->contacts);
	dir->ncontacts = nc;
	for (unsigned i = 0; i < nc; i++)
		load_contact(ld, dir, cfg_opt_getnsec(contacts, i), &dir->contacts[i]);
	check_ids(ld, dir);
	return dir;
}

void directory_free(struct directory *dir)
{
	if (!dir)
		return;
	free(dir->services);
	free(dir->contacts);
	free(dir);
}
