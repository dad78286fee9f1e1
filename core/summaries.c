/* summaries.c: goesc's per-package summary files (see summaries.h).
 *
 * A summary is a header line and one line per function.  A damaged input
 * must give fewer facts, never weaker verdicts: a summary is read only if
 * it is whole (the header's length and hash match its body, and every
 * line parses fully), and a file only if the object its package is
 * imported from carries its header line; otherwise all its functions are
 * unknown (a function not found falls back to the export data, where no
 * note means it escapes).  The summaries inside that object (its
 * ESC_SUMMARIES_SECTION) are read first; then files, looked up by the
 * assembler-name prefix of the callee (with a directory) or next to the
 * object.  Both are cached, misses included.
 */
#include "summaries.h"
#include "exportdata.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "goesc summaries "
#define VERSION 2
/* Refuse summary files larger than this. */
#define MAX_SIZE (64u << 20)

static uint64_t fnv1a64(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

char *esc_summaries_header(const char *body, size_t len)
{
	return xasprintf(MAGIC "%d %zu %016" PRIx64, VERSION, len,
			 fnv1a64(body, len));
}

static void write_line(strbuf *b, const char *kind, const char *asmname,
		       int nparams, const leaks *params)
{
	sb_addf(b, "%s %s %d", kind, asmname, nparams);
	for (int i = 0; i < nparams; i++) {
		int last = 0;
		for (int k = 0; k < 1 + ESC_NRESULTS; k++)
			if (params[i].d[k])
				last = k;
		sb_add(b, " ");
		for (int k = 0; k <= last; k++)
			sb_addf(b, "%s%d", k ? "." : "", params[i].d[k]);
	}
	sb_add(b, "\n");
}

void esc_summaries_func(strbuf *b, const char *asmname, int nparams,
			const leaks *params)
{
	write_line(b, "func", asmname, nparams, params);
}

void esc_summaries_gccgo_func(strbuf *b, const char *asmname, int nparams,
			      const leaks *params)
{
	write_line(b, "gccgo", asmname, nparams, params);
}

typedef struct summary {
	char *name;
	int gccgo;		/* a "gccgo" line, else a "func" one */
	int nparams;
	leaks *params;
} summary;

typedef struct sumfile {
	char *key;		/* the prefix or the path it was looked up by */
	VEC(summary) funcs;	/* empty for a miss */
} sumfile;

static char *dir;
static VEC(sumfile) files;
static void (*warn_hook)(const char *path, const char *why);

void esc_summaries_set_warn(void (*warn)(const char *path, const char *why))
{
	warn_hook = warn;
}

void esc_summaries_set_dir(const char *d)
{
	free(dir);
	dir = d ? xstrdup(d) : NULL;
}

/* One parameter's leaks: "h.r0.r1...", each derefs+1 in 0..255. */
static int parse_leaks(const char *s, leaks *l)
{
	int k = 0;

	memset(l, 0, sizeof *l);
	while (*s) {
		char *end;
		if (!isdigit((unsigned char)*s))
			return 0;
		long v = strtol(s, &end, 10);
		if (end == s || v < 0 || v > 255 || k >= 1 + ESC_NRESULTS)
			return 0;
		l->d[k++] = (unsigned char)v;
		s = end;
		if (*s == '.' && s[1])
			s++;
		else if (*s)
			return 0;
	}
	return k > 0;
}

/* A "KIND NAME N L1 ... LN" line of the given kind. */
static int parse_kind(char *line, const char *kind, char **name, int *nparams,
		      leaks **params)
{
	char *save = NULL;
	char *tok = strtok_r(line, " \t", &save);

	if (!tok || strcmp(tok, kind) != 0)
		return 0;
	char *nm = strtok_r(NULL, " \t", &save);
	char *n = strtok_r(NULL, " \t", &save);
	if (!nm || !n)
		return 0;
	char *end;
	if (!isdigit((unsigned char)*n))
		return 0;
	long np = strtol(n, &end, 10);
	if (*end || np < 0 || np > 10000)
		return 0;
	leaks *p = xcalloc((size_t)np + 1, sizeof(leaks));
	for (int i = 0; i < (int)np; i++) {
		tok = strtok_r(NULL, " \t", &save);
		if (!tok || !parse_leaks(tok, &p[i])) {
			free(p);
			return 0;
		}
	}
	if (strtok_r(NULL, " \t", &save)) {	/* more than N fields */
		free(p);
		return 0;
	}
	*name = xstrdup(nm);
	*nparams = (int)np;
	*params = p;
	return 1;
}

int esc_summaries_parse_line(char *line, char **name, int *nparams,
			     leaks **params)
{
	return parse_kind(line, "func", name, nparams, params);
}

/* One line of a body (modified in place) into sf, or 0. */
static int parse_line(sumfile *sf, char *line)
{
	summary s;

	s.gccgo = strncmp(line, "gccgo ", 6) == 0;
	if (!parse_kind(line, s.gccgo ? "gccgo" : "func", &s.name, &s.nparams,
			&s.params))
		return 0;
	if (sf)
		VEC_PUSH(sf->funcs, s);
	else {
		free(s.name);
		free(s.params);
	}
	return 1;
}

/* The body's lines into sf (or only checked, sf NULL): NULL, or why
 * not (the line that does not parse).  why is malloc'd. */
static char *parse_body(sumfile *sf, const char *body, size_t len)
{
	size_t at = 0;
	int lineno = 2;

	if (len && body[len - 1] != '\n')
		return xstrdup("its last line is not whole");
	while (at < len) {
		const char *nl = memchr(body + at, '\n', len - at);
		char *line = xstrndup(body + at, (size_t)(nl - body - at));
		int ok = strlen(line) == (size_t)(nl - body - at) &&
			 parse_line(sf, line);
		free(line);
		if (!ok)
			return xasprintf("line %d does not parse", lineno);
		at = (size_t)(nl - body) + 1;
		lineno++;
	}
	return NULL;
}

/* A header line at text (len bytes) as the writer prints it: NULL and
 * where its body starts, its length and hash, or why not (static). */
static const char *parse_header(const char *text, size_t len, size_t *body_at,
				unsigned long long *n, uint64_t *h)
{
	const char *nl = memchr(text, '\n', len);
	int version = -1;
	char hex[17];

	if (!nl || (size_t)(nl - text) < strlen(MAGIC) ||
	    memcmp(text, MAGIC, strlen(MAGIC)) != 0)
		return "not a goesc summary file";
	char *line = xstrndup(text, (size_t)(nl - text));
	if (sscanf(line, MAGIC "%d", &version) != 1 || version != VERSION) {
		free(line);
		return "a goesc summary file of another version";
	}
	/* exactly as the writer prints it: no sign, space or zero more */
	char *again = NULL;
	if (sscanf(line, MAGIC "%*d %llu %16[0-9a-f]", n, hex) == 2)
		again = xasprintf(MAGIC "%d %llu %s", VERSION, *n, hex);
	int ok = again && strlen(hex) == 16 && strcmp(again, line) == 0;
	free(again);
	free(line);
	if (!ok)
		return "its header does not parse";
	*h = strtoull(hex, NULL, 16);
	*body_at = (size_t)(nl - text) + 1;
	return NULL;
}

/* The header's length and hash against the body, the rest of the text:
 * NULL, or why not (static). */
static const char *check_header(const char *text, size_t len,
				size_t *body_at)
{
	unsigned long long n = 0;
	uint64_t h = 0;
	const char *bad = parse_header(text, len, body_at, &n, &h);

	if (bad)
		return bad;
	if (n != len - *body_at)
		return "its length is not the header's (truncated?)";
	if (h != fnv1a64(text + *body_at, len - *body_at))
		return "its hash is not the header's (damaged?)";
	return NULL;
}

const char *esc_summaries_check(const char *text, size_t len)
{
	static char why[64];
	size_t at = 0;
	const char *bad = check_header(text, len, &at);

	if (bad)
		return bad;
	char *b = parse_body(NULL, text + at, len - at);
	if (!b)
		return NULL;
	snprintf(why, sizeof why, "%s", b);
	free(b);
	return why;
}

/* The next record of a section's text at *at: its header line's length
 * and its body's, or 0 at the end or at a record that does not parse. */
static int next_record(const char *section, size_t len, size_t *at,
		       size_t *header_len, size_t *body_at, size_t *body_len)
{
	unsigned long long n = 0;
	uint64_t h = 0;
	size_t b = 0;

	if (*at >= len ||
	    parse_header(section + *at, len - *at, &b, &n, &h) != NULL ||
	    n > len - *at - b ||
	    h != fnv1a64(section + *at + b, (size_t)n))
		return 0;
	*header_len = b - 1;
	*body_at = *at + b;
	*body_len = (size_t)n;
	*at += b + (size_t)n;
	return 1;
}

int esc_summaries_stamped(const char *header, const char *section, size_t len)
{
	size_t n = strlen(header), at = 0, hl, ba, bl;

	while (next_record(section, len, &at, &hl, &ba, &bl))
		if (hl == n && memcmp(section + ba - hl - 1, header, n) == 0)
			return 1;
	return 0;
}

/* The whole file (NUL-terminated), or NULL. */
static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	strbuf b = {NULL, 0, 0};
	char buf[8192];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && b.len <= MAX_SIZE)
		sb_addn(&b, buf, n);
	int bad = ferror(f) || b.len > MAX_SIZE;
	fclose(f);
	if (bad) {
		sb_free(&b);
		return NULL;
	}
	*len = b.len;
	if (!b.s)
		return xstrdup("");
	return b.s;
}

/* Why the file at path, which describes the package whose export data
 * is read from pkgfile, cannot be used, or NULL when sf has its
 * functions.  why is malloc'd. */
static char *read_sumfile(sumfile *sf, const char *path, const char *pkgfile)
{
	size_t len = 0, at = 0;
	char *text = read_all(path, &len);
	char *why = NULL;

	if (!text)
		return xstrdup("cannot be read");
	const char *bad = check_header(text, len, &at);
	if (bad) {
		why = xstrdup(bad);
		goto out;
	}
	char *header = xstrndup(text, at - 1);
	size_t slen = 0;
	char *stamp = pkgfile ? xdata_file_section(pkgfile, ESC_SUMMARIES_SECTION,
						   &slen) : NULL;
	if (!stamp)
		why = xasprintf("%s has no goesc stamp (built without the plugin?)",
				pkgfile ? pkgfile : "the package's object");
	else if (!esc_summaries_stamped(header, stamp, slen))
		why = xasprintf("it is not the summary %s was built with (stale?)",
				pkgfile);
	free(stamp);
	free(header);
	if (!why)
		why = parse_body(sf, text + at, len - at);
	if (why) {
		for (int k = 0; k < sf->funcs.n; k++) {
			free(sf->funcs.a[k].name);
			free(sf->funcs.a[k].params);
		}
		VEC_FREE(sf->funcs);
		memset(&sf->funcs, 0, sizeof sf->funcs);
	}
out:
	free(text);
	return why;
}

static sumfile *load(const char *path, const char *pkgfile)
{
	for (int i = 0; i < files.n; i++)
		if (strcmp(files.a[i].key, path) == 0)
			return &files.a[i];
	sumfile sf;
	memset(&sf, 0, sizeof sf);
	sf.key = xstrdup(path);
	FILE *f = fopen(path, "r");
	if (f) {
		fclose(f);
		char *why = read_sumfile(&sf, path, pkgfile);
		if (why && warn_hook)
			warn_hook(path, why);
		free(why);
	}
	VEC_PUSH(files, sf);
	return &files.a[files.n - 1];
}

static const summary *find(const sumfile *sf, const char *asmname, int gccgo)
{
	for (int i = 0; i < sf->funcs.n; i++)
		if (sf->funcs.a[i].gccgo == gccgo &&
		    strcmp(sf->funcs.a[i].name, asmname) == 0)
			return &sf->funcs.a[i];
	return NULL;
}

/* The summaries inside the package's object, in its
 * ESC_SUMMARIES_SECTION (each archive member's: a record each), each
 * record whole or not at all. */
static sumfile *load_section(const char *pkgfile)
{
	char *key = xasprintf("%s(%s)", pkgfile, ESC_SUMMARIES_SECTION);

	for (int i = 0; i < files.n; i++)
		if (strcmp(files.a[i].key, key) == 0) {
			free(key);
			return &files.a[i];
		}
	sumfile sf;
	memset(&sf, 0, sizeof sf);
	sf.key = key;
	size_t len = 0, at = 0, hl, ba, bl;
	char *sec = xdata_file_section(pkgfile, ESC_SUMMARIES_SECTION, &len);
	while (sec && next_record(sec, len, &at, &hl, &ba, &bl)) {
		sumfile one;
		memset(&one, 0, sizeof one);
		char *why = parse_body(&one, sec + ba, bl);
		for (int k = 0; k < one.funcs.n; k++)
			if (!why)
				VEC_PUSH(sf.funcs, one.funcs.a[k]);
			else {
				free(one.funcs.a[k].name);
				free(one.funcs.a[k].params);
			}
		VEC_FREE(one.funcs);
		if (why && warn_hook)
			warn_hook(key, why);
		free(why);
	}
	if (sec && at < len && warn_hook)
		warn_hook(key, "a summary in it is damaged");
	free(sec);
	VEC_PUSH(files, sf);
	return &files.a[files.n - 1];
}

/* path with its extension replaced by ".goesc" (and, for lib<name>.a or
 * .so, also <name>.goesc) */
static const summary *next_to(const char *path, const char *asmname, int gccgo)
{
	char *copy = xstrdup(path);
	char *slash = strrchr(copy, '/');
	char *base = slash ? slash + 1 : copy;
	char *dot = strrchr(base, '.');
	const summary *s = NULL;

	if (dot)
		*dot = 0;
	char *p = xasprintf("%s.goesc", copy);
	s = find(load(p, path), asmname, gccgo);
	free(p);
	if (!s && strncmp(base, "lib", 3) == 0 && base[3]) {
		*base = 0;
		p = xasprintf("%s%s.goesc", copy, base + 3);
		s = find(load(p, path), asmname, gccgo);
		free(p);
	}
	free(copy);
	return s;
}

static const leaks *lookup(const char *asmname, int *nparams, int gccgo)
{
	const summary *s = NULL;

	if (!asmname)
		return NULL;
	/* the file the package's export data is read from, which must
	   carry the summary's stamp */
	const xfunc *x = xdata_lookup_symbol(asmname);
	const char *file = x ? xdata_package_file(x->pkgpath) : NULL;
	if (!file)
		return NULL;
	/* the summary inside the object, then a file (DIR or beside the
	   object) that the object is stamped with */
	s = find(load_section(file), asmname, gccgo);
	if (!s && dir) {
		const char *dot = strchr(asmname, '.');
		if (!dot || dot == asmname)
			return NULL;
		char *prefix = xstrndup(asmname, (size_t)(dot - asmname));
		char *path = xasprintf("%s/%s.goesc", dir, prefix);
		s = find(load(path, file), asmname, gccgo);
		free(path);
		free(prefix);
	} else if (!s) {
		s = next_to(file, asmname, gccgo);
	}
	if (!s)
		return NULL;
	*nparams = s->nparams;
	return s->params;
}

const leaks *esc_summaries_lookup(const char *asmname, int *nparams)
{
	return lookup(asmname, nparams, 0);
}

const leaks *esc_summaries_lookup_gccgo(const char *asmname, int *nparams)
{
	return lookup(asmname, nparams, 1);
}

void esc_summaries_free_all(void)
{
	for (int i = 0; i < files.n; i++) {
		for (int k = 0; k < files.a[i].funcs.n; k++) {
			free(files.a[i].funcs.a[k].name);
			free(files.a[i].funcs.a[k].params);
		}
		VEC_FREE(files.a[i].funcs);
		free(files.a[i].key);
	}
	VEC_FREE(files);
}
