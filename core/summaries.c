/* summaries.c: goesc's per-package summary files (see summaries.h).
 *
 * A file is a header line and one line per function; anything that does
 * not parse is skipped (a damaged file gives fewer summaries, never a
 * wrong one: a function not found falls back to the export data).  Files
 * are looked up by the assembler-name prefix of the callee (with a
 * directory) or next to the file gccgo's import search found the package
 * in, and cached, misses included.
 */
#include "summaries.h"
#include "exportdata.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "goesc summaries 1"

void esc_summaries_header(FILE *f)
{
	fprintf(f, "%s\n", HEADER);
}

static void write_line(FILE *f, const char *kind, const char *asmname,
		       int nparams, const leaks *params)
{
	fprintf(f, "%s %s %d", kind, asmname, nparams);
	for (int i = 0; i < nparams; i++) {
		int last = 0;
		for (int k = 0; k < 1 + ESC_NRESULTS; k++)
			if (params[i].d[k])
				last = k;
		fputc(' ', f);
		for (int k = 0; k <= last; k++)
			fprintf(f, "%s%d", k ? "." : "", params[i].d[k]);
	}
	fputc('\n', f);
}

void esc_summaries_func(FILE *f, const char *asmname, int nparams,
			const leaks *params)
{
	write_line(f, "func", asmname, nparams, params);
}

void esc_summaries_gccgo_func(FILE *f, const char *asmname, int nparams,
			      const leaks *params)
{
	write_line(f, "gccgo", asmname, nparams, params);
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
		long v = strtol(s, &end, 10);
		if (end == s || v < 0 || v > 255 || k >= 1 + ESC_NRESULTS)
			return 0;
		l->d[k++] = (unsigned char)v;
		s = end;
		if (*s == '.')
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

static void parse_line(sumfile *sf, char *line)
{
	summary s;

	s.gccgo = strncmp(line, "gccgo ", 6) == 0;
	if (parse_kind(line, s.gccgo ? "gccgo" : "func", &s.name, &s.nparams,
		       &s.params))
		VEC_PUSH(sf->funcs, s);
}

static sumfile *load(const char *key, const char *path)
{
	for (int i = 0; i < files.n; i++)
		if (strcmp(files.a[i].key, key) == 0)
			return &files.a[i];
	sumfile sf;
	memset(&sf, 0, sizeof sf);
	sf.key = xstrdup(key);
	FILE *f = path ? fopen(path, "r") : NULL;
	if (f) {
		char buf[4096];
		if (fgets(buf, sizeof buf, f) &&
		    strncmp(buf, HEADER, strlen(HEADER)) == 0)
			while (fgets(buf, sizeof buf, f)) {
				buf[strcspn(buf, "\r\n")] = 0;
				parse_line(&sf, buf);
			}
		fclose(f);
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
	s = find(load(p, p), asmname, gccgo);
	free(p);
	if (!s && strncmp(base, "lib", 3) == 0 && base[3]) {
		*base = 0;
		p = xasprintf("%s%s.goesc", copy, base + 3);
		s = find(load(p, p), asmname, gccgo);
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
	if (dir) {
		const char *dot = strchr(asmname, '.');
		if (!dot || dot == asmname)
			return NULL;
		char *prefix = xstrndup(asmname, (size_t)(dot - asmname));
		char *path = xasprintf("%s/%s.goesc", dir, prefix);
		s = find(load(path, path), asmname, gccgo);
		free(path);
		free(prefix);
	} else {
		const xfunc *x = xdata_lookup_symbol(asmname);
		const char *file = x ? xdata_package_file(x->pkgpath) : NULL;
		if (file)
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
