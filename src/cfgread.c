/* cfgread.c: the configuration's files read one by one into libconfuse,
 * each checked and parsed as a stream of its own (see cfgread.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cfgread.h"
#include "cfgscan.h"
#include "cfgwords.h"
#include "linefix.h"
#include "xalloc.h"

/* libconfuse's lexer, exported by the library but not declared in its
 * header: used only to bring the lexer back to its first state after a file
 * that ended inside a text or a comment (it keeps that state otherwise, and
 * would read the including file's next lines as part of the text). */
void cfg_scan_fp_begin(FILE *fp);
void cfg_scan_fp_end(void);
int cfg_yylex(cfg_t *cfg);

extern char **environ;

/* No configuration file is this large; a runaway file is refused. */
#define MAX_FILE_BYTES (32L << 20)
/* Includes deeper than this are surely a mistake. */
#define MAX_DEPTH 16

/* A file being read, with libconfuse's own messages about it, kept until
 * the scan of its quotes and braces has had its say. */
struct frame {
	const char *path;
	dev_t dev;
	ino_t ino;
	bool shipped;		/* main configuration or shipped content */
	struct diag pending;
};

/* The read going on: libconfuse has no user pointer on its callbacks. */
struct reading {
	struct diag *d;
	struct linefix *lines;
	const char *const *search;
	const char *const *roots;	/* sections that stand only at the top */
	struct cfgread_files *files;
	struct frame stack[MAX_DEPTH];
	size_t depth;
	char **env;			/* the environment during the parse */
	size_t nenv;
	bool failed, quiet;
};

static struct reading *rd;

/* A true line for what libconfuse calls line LINE of FILE. */
static int true_line(const char *file, int line)
{
	return rd->lines ? linefix_line(rd->lines, file, line) : line;
}

/* The error function libconfuse calls: kept with the file it is about. */
static void parse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	char *text;
	struct diag *to;

	if (!rd || rd->quiet)
		return;
	text = cfgwords_message(cfg, fmt, ap);
	to = rd->depth ? &rd->stack[rd->depth - 1].pending : rd->d;
	if (cfg && cfg->filename)
		diag_add(to, cfg->filename, true_line(cfg->filename, cfg->line), "%s", text);
	else
		diag_add(to, NULL, 0, "%s", text);
	free(text);
}

/* Bring libconfuse's lexer back to its first state, whatever text or
 * comment a file left open: offer it the closing marks one by one until
 * one closes something (a closing mark in the first state opens a text,
 * which the next one closes). */
static void settle_lexer(cfg_t *cfg)
{
	static const char *const closers[] = { "\"", "\"", "'", "*/" };
	int line = cfg->line;

	rd->quiet = true;
	for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
		FILE *fp = fmemopen((void *)closers[i], strlen(closers[i]), "r");
		int tok;

		if (!fp)
			break;
		cfg_scan_fp_begin(fp);
		tok = cfg_yylex(cfg);
		cfg_scan_fp_end();
		fclose(fp);
		if (tok == CFGT_STR || tok == CFGT_COMMENT)
			break;
	}
	rd->quiet = false;
	cfg->line = line;
}

/* ${NAME} in a text: libconfuse replaces it with the process environment.
 * The parse runs with an environment that maps each such NAME to what is
 * written, so the text is shown as written (and no secret gets out). */
static void keep_dollars(const char *text, size_t len)
{
	for (const char *p = text; (p = memchr(p, '$', (size_t)(text + len - p))); p++) {
		const char *end, *name_end;
		size_t n;
		bool known = false;

		if (p + 1 >= text + len || p[1] != '{')
			continue;
		end = memchr(p, '}', (size_t)(text + len - p));
		if (!end)
			break;
		name_end = memchr(p, ':', (size_t)(end - p));
		if (!name_end || name_end[1] != '-')
			name_end = end;
		n = (size_t)(name_end - p - 2);
		for (size_t i = 0; i < rd->nenv && !known; i++)
			known = strncmp(rd->env[i], p + 2, n) == 0 && rd->env[i][n] == '=';
		if (known)
			continue;
		rd->env = xreallocarray(rd->env, rd->nenv + 2, sizeof *rd->env);
		rd->env[rd->nenv++] = xasprintf("%.*s=%.*s", (int)n, p + 2, (int)(end + 1 - p), p);
		rd->env[rd->nenv] = NULL;
		environ = rd->env;
	}
}

/* Whether TEXT holds nothing but white space. */
static bool blank(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!strchr(" \t\r\n", text[i]))
			return false;
	return true;
}

/* The checks of a file's bytes before libconfuse reads it; false when it
 * must not be parsed at all. */
static bool bytes_fine(const char *path, const char *text, size_t len)
{
	bool not_utf8;

	if (blank(text, len)) {
		diag_add(rd->d, path, 1, "this file is empty; write its content, or delete "
			 "the include of it");
		rd->failed = true;
		return false;
	}
	if (!cfgscan_bytes(path, text, len, rd->d, &not_utf8)) {
		rd->failed = true;
		if (not_utf8)
			return false;
	}
	if (memchr(text, '\\', len) && cfgscan_escapes(path, text, len, rd->d) > 0)
		rd->failed = true;
	return true;
}

/* How many times C is in TEXT (a quick count: braces are few). */
static size_t count_of(char c, const char *text, size_t len)
{
	size_t n = 0;

	for (const char *p = text; (p = memchr(p, c, (size_t)(text + len - p))); p++)
		n++;
	return n;
}

/* Whether TEXT holds the start of a block comment (memchr is quick on the
 * rare slash). */
static bool has_block_comment(const char *text, size_t len)
{
	for (const char *p = text; (p = memchr(p, '/', (size_t)(text + len - p))); p++)
		if (p + 1 < text + len && p[1] == '*')
			return true;
	return false;
}

/* The line of a message "PATH:LINE: ..." about PATH; 0 when none. */
static int message_line(const char *msg, const char *path)
{
	size_t n = strlen(path);

	return strncmp(msg, path, n) == 0 && msg[n] == ':' ? atoi(msg + n + 1) : 0;
}

/* A file libconfuse could not parse: the scan's words for the mistake when
 * it finds one no later than libconfuse stopped (a text or a brace left
 * open is found where it opened, before libconfuse trips over it),
 * libconfuse's own otherwise (a missing '{' makes the scan trip only at a
 * later '}'). */
static void report_failure(const struct frame *f, const char *text, size_t len)
{
	struct diag scan = { 0 };
	int stopped = f->pending.n ? message_line(f->pending.msgs[0], f->path) : 0;
	const struct diag *use = &f->pending;

	if (cfgscan_syntax(f->path, text, len, rd->roots, &scan) > 0 && scan.n > 0 &&
	    (stopped == 0 || message_line(scan.msgs[0], f->path) <= stopped))
		use = &scan;
	for (size_t i = 0; i < use->n; i++)
		diag_add_raw(rd->d, use->msgs[i]);
	diag_clear(&scan);
}

/* libconfuse parses TEXT, the content of PATH, as a stream of its own. */
static void parse_text(cfg_t *cfg, struct frame *f, char *text, size_t len)
{
	char *saved_name = cfg->filename;
	int saved_line = cfg->line, rc;
	size_t before = rd->d->n;
	FILE *fp;

	keep_dollars(text, len);
	/* the first, quick load of a configuration that is most likely right;
	 * a load with places (messages, the template) reads the file as written */
	if (!rd->lines)
		cfgscan_single_quotes(text, len);
	fp = fmemopen(text, len, "r");
	if (!fp) {
		diag_add(rd->d, f->path, 0, "cannot be read: %s", strerror(errno));
		rd->failed = true;
		return;
	}
	cfg->filename = xstrdup(f->path);
	rc = cfg_parse_fp(cfg, fp);
	fclose(fp);
	free(cfg->filename);
	cfg->filename = saved_name;
	cfg->line = saved_line;
	if (rc != CFG_SUCCESS) {
		report_failure(f, text, len);
		settle_lexer(cfg);
	} else if ((has_block_comment(text, len) &&
		    cfgscan_end_state(text, len) == SCAN_END_COMMENT) ||
		   count_of('{', text, len) != count_of('}', text, len)) {
		/* libconfuse takes a comment left open as the end of the file,
		 * and a section left open at the end as closed there */
		if (cfgscan_syntax(f->path, text, len, rd->roots, rd->d) > 0)
			rd->failed = true;
		settle_lexer(cfg);
	} else {
		for (size_t i = 0; i < f->pending.n; i++)
			diag_add_raw(rd->d, f->pending.msgs[i]);
	}
	if (rc != CFG_SUCCESS || rd->d->n > before)
		rd->failed = true;
}

/* An include of PATH, which the file at stack[FROM] already is: the loop,
 * named through every file it runs through. */
static void report_loop(size_t from, const char *path, const char *at_file, int at_line)
{
	char *chain = xstrdup(rd->stack[from].path);

	for (size_t k = from + 1; k < rd->depth; k++) {
		char *longer = xasprintf("%s, which includes %s", chain, rd->stack[k].path);

		free(chain);
		chain = longer;
	}
	diag_add(rd->d, at_file, at_line, "include loop: %s, which includes %s again", chain,
		 path);
	free(chain);
	rd->failed = true;
}

/* Read the regular file PATH (already checked) and parse it. AT_FILE and
 * AT_LINE are the include line, for messages about the file as a whole. */
static void read_file(cfg_t *cfg, const char *path, const struct stat *st, bool shipped,
		      const char *at_file, int at_line)
{
	struct frame *f;
	char *text;
	size_t len = 0, start = 0;
	int fd;

	for (size_t i = 0; i < rd->depth; i++)
		if (rd->stack[i].dev == st->st_dev && rd->stack[i].ino == st->st_ino) {
			report_loop(i, path, at_file, at_line);
			return;
		}
	if (rd->depth == MAX_DEPTH) {
		diag_add(rd->d, at_file, at_line, "includes nested more than %d deep", MAX_DEPTH);
		rd->failed = true;
		return;
	}
	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		diag_add(rd->d, at_file, at_line, "cannot read %s: %s", path, strerror(errno));
		rd->failed = true;
		return;
	}
	text = xmalloc((size_t)st->st_size + 1);
	for (ssize_t n; len < (size_t)st->st_size &&
	     (n = read(fd, text + len, (size_t)st->st_size - len)) > 0;)
		len += (size_t)n;
	close(fd);
	text[len] = '\0';
	rd->files->paths = xreallocarray(rd->files->paths, rd->files->n + 1, sizeof(char *));
	rd->files->paths[rd->files->n++] = xstrdup(path);
	/* a byte order mark (Notepad saves one) is not part of the text */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		start = 3;
	if (bytes_fine(path, text + start, len - start)) {
		f = &rd->stack[rd->depth++];
		*f = (struct frame){ .path = path, .dev = st->st_dev, .ino = st->st_ino,
				     .shipped = shipped };
		parse_text(cfg, f, text + start, len - start);
		diag_clear(&f->pending);
		rd->depth--;
	}
	free(text);
}

/* What a path that is not a regular file is, in words. */
static const char *what_it_is(const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return "a folder, not a file";
	if (S_ISFIFO(st->st_mode))
		return "a FIFO (named pipe), not a file";
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return "a device, not a file";
	if (S_ISSOCK(st->st_mode))
		return "a socket, not a file";
	return "not a regular file";
}

/* Check what PATH is and read it when it is a regular file of a sane size. */
static void include_path(cfg_t *cfg, const char *path, bool shipped, const char *at_file,
			 int at_line)
{
	struct stat st;

	if (stat(path, &st) < 0) {
		diag_add(rd->d, at_file, at_line, "cannot read %s: %s", path, strerror(errno));
		rd->failed = true;
	} else if (!S_ISREG(st.st_mode)) {
		diag_add(rd->d, at_file, at_line, "cannot include %s: it is %s", path,
			 what_it_is(&st));
		rd->failed = true;
	} else if (st.st_size > MAX_FILE_BYTES) {
		diag_add(rd->d, at_file, at_line, "cannot include %s: it is larger than 32 MiB",
			 path);
		rd->failed = true;
	} else {
		read_file(cfg, path, &st, shipped, at_file, at_line);
	}
}

/* The folder of PATH ("." for a bare name). */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? xstrndup(path, (size_t)(slash - path) + (slash == path)) : xstrdup(".");
}

/* Whether PATH lies in one of the shipped content folders. */
static bool in_shipped(const char *path)
{
	for (size_t i = 0; rd->search && rd->search[i]; i++) {
		size_t n = strlen(rd->search[i]);

		if (strncmp(path, rd->search[i], n) == 0 && path[n] == '/')
			return true;
	}
	return false;
}

/* include("a*.conf"): every match beside the including file, in name order. */
static void include_pattern(cfg_t *cfg, const char *dir, const char *pattern,
			    const char *at_file, int at_line)
{
	char *full = xasprintf("%s/%s", dir, pattern);
	char *folder = folder_of(full);
	glob_t gl;

	/* the folder too: a file added to it is an edit to notice */
	rd->files->paths = xreallocarray(rd->files->paths, rd->files->n + 1, sizeof(char *));
	rd->files->paths[rd->files->n++] = folder;

	if (glob(full, 0, NULL, &gl) == 0) {
		for (size_t i = 0; i < gl.gl_pathc; i++)
			include_path(cfg, gl.gl_pathv[i], in_shipped(gl.gl_pathv[i]), at_file,
				     at_line);
		globfree(&gl);
	}
	free(full);
}

/* Where NAME, included from the file on top of the stack, is: beside it;
 * from the main configuration or the shipped content, also in the shipped
 * folders. NULL (with the places looked at in *looked) when nowhere. */
static char *find_include(const char *name, char **looked)
{
	const struct frame *from = &rd->stack[rd->depth - 1];
	char *dir = folder_of(from->path);
	char *path = name[0] == '/' ? xstrdup(name) : xasprintf("%s/%s", dir, name);
	struct stat st;

	*looked = xstrdup(path);
	free(dir);
	if (stat(path, &st) == 0 || name[0] == '/' || !from->shipped)
		return path;
	for (size_t i = 0; rd->search && rd->search[i]; i++) {
		char *other = xasprintf("%s/%s", rd->search[i], name), *both;

		if (stat(other, &st) == 0) {
			free(path);
			return other;
		}
		both = xasprintf("%s, %s", *looked, other);
		free(*looked);
		*looked = both;
		free(other);
	}
	free(path);
	return NULL;
}

int cfgread_include(cfg_t *cfg, cfg_opt_t *opt, int argc, const char **argv)
{
	const char *at_file = cfg->filename ? cfg->filename : "?";
	int at_line;
	char *path, *looked;

	(void)opt;
	/* the function succeeds even when refused: libconfuse 3.3 leaks the
	 * arguments of a function that fails (found by the fuzzer) */
	if (!rd)
		return 0;
	at_line = true_line(at_file, cfg->line);
	if (argc != 1 || !*argv[0]) {
		diag_add(rd->d, at_file, at_line, "include takes one file name in quotes");
	} else if (rd->depth == 0) {
		diag_add(rd->d, at_file, at_line, "include is not allowed here: %s", argv[0]);
	} else if (argv[0][0] == '~') {
		diag_add(rd->d, at_file, at_line, "include: '~' paths are not allowed: %s",
			 argv[0]);
	} else if (strpbrk(argv[0], "*?[") && (argv[0][0] == '/' || strstr(argv[0], ".."))) {
		/* a pattern names files beside the including one (such as local.d),
		 * never elsewhere */
		diag_add(rd->d, at_file, at_line,
			 "include: a pattern is not allowed here: %s (only files beside this one, "
			 "such as \"local.d/*.conf\")", argv[0]);
	} else if (strpbrk(argv[0], "*?[")) {
		char *dir = folder_of(rd->stack[rd->depth - 1].path);

		include_pattern(cfg, dir, argv[0], at_file, at_line);
		free(dir);
		return 0;
	} else if (!(path = find_include(argv[0], &looked))) {
		diag_add(rd->d, at_file, at_line, "cannot include \"%s\": there is no such file "
			 "(looked for %s)", argv[0], looked);
		free(looked);
	} else {
		free(looked);
		include_path(cfg, path, rd->stack[rd->depth - 1].shipped && in_shipped(path),
			     at_file, at_line);
		free(path);
		return 0;
	}
	rd->failed = true;
	return 0;
}

/* The names of the sections that stand only at the top level. */
static const char **root_sections(cfg_t *cfg)
{
	size_t n = 0;
	const char **names;

	for (cfg_opt_t *o = cfg->opts; o->name; o++)
		n++;
	names = xcalloc(n + 1, sizeof *names);
	n = 0;
	for (cfg_opt_t *o = cfg->opts; o->name; o++)
		if (o->type == CFGT_SEC)
			names[n++] = o->name;
	return names;
}

/* Start a read: the parse-time environment and the error function. */
static void begin(struct reading *r, cfg_t *cfg, char ***saved_env)
{
	rd = r;
	r->roots = root_sections(cfg);
	r->env = xcalloc(1, sizeof *r->env);
	*saved_env = environ;
	environ = r->env;
	cfg_set_error_function(cfg, parse_error);
}

/* End a read: the process's environment back. */
static int end(struct reading *r, char **saved_env)
{
	environ = saved_env;
	for (size_t i = 0; i < r->nenv; i++)
		free(r->env[i]);
	free(r->env);
	free((void *)r->roots);
	rd = NULL;
	return r->failed ? -1 : 0;
}

int cfgread_file(cfg_t *cfg, const char *file, const char *const *search, struct diag *d,
		 struct linefix *lines, struct cfgread_files *files)
{
	struct reading r = { .d = d, .lines = lines, .search = search, .files = files };
	char **saved_env;
	struct stat st;

	if (stat(file, &st) < 0) {
		diag_add(d, NULL, 0, "%s: cannot read the configuration file: %s", file,
			 strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_add(d, NULL, 0, "%s: cannot read the configuration file: it is %s", file,
			 what_it_is(&st));
		return -1;
	}
	if (access(file, R_OK) < 0) {
		diag_add(d, NULL, 0, "%s: cannot read the configuration file: %s", file,
			 strerror(errno));
		return -1;
	}
	begin(&r, cfg, &saved_env);
	include_path(cfg, file, true, file, 0);
	return end(&r, saved_env);
}

int cfgread_text(cfg_t *cfg, const char *text, struct diag *d)
{
	struct reading r = { .d = d };
	char **saved_env;
	int rc;

	begin(&r, cfg, &saved_env);
	keep_dollars(text, strlen(text));
	rc = cfg_parse_buf(cfg, text);
	if (rc != CFG_SUCCESS)
		r.failed = true;
	return end(&r, saved_env);
}

void cfgread_files_free(struct cfgread_files *files)
{
	for (size_t i = 0; i < files->n; i++)
		free(files->paths[i]);
	free(files->paths);
	files->paths = NULL;
	files->n = 0;
}
