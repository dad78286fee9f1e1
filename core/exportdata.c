/* exportdata.c: escape notes of imported functions, read from gccgo's
 * export data.
 *
 * This file models gccgo's search for an import, the packages and files
 * found, and the lookups (exportdata.h); exportfile.c gets the export data
 * out of a file and exporttext.c reads its text (exportdata_priv.h).
 *
 * Model
 * -----
 * A lookup names a package by its package path ("fmt", "encoding/json",
 * "go.p" for a package compiled without -fgo-pkgpath).  The package is
 * searched for the way gccgo-12 searches an import (below), its export data
 * is read once, and every function and method that the package itself
 * defines is kept, with the raw escape note of each parameter and result.
 * Everything (packages, files, symbols, misses too) is cached until
 * xdata_free_all().  Nothing here interprets the notes.
 *
 * A package path is first tried as an import path.  A package compiled
 * without -fgo-pkgpath has the path "go.NAME" ("PREFIX.NAME" with
 * -fgo-prefix) but is imported as some other path, usually "NAME"; so when
 * the path itself finds nothing, its last dot-separated element is tried,
 * and the file found is accepted only if it holds a package with exactly
 * the path asked for.  xdata_import() resolves an import path exactly.
 * Only version 3 export data (gccgo 9 and later) is understood; v1/v2 data
 * gives "not found".
 *
 * Malformed data never crashes and never reads past what was read from the
 * file: every byte is read through a cursor with an explicit end, every
 * offset and size from a file is checked against the file's size, and a
 * block of export data that does not parse completely (up to and including
 * its "checksum" line) is dropped as a whole, so that truncated or damaged
 * data gives "not found" rather than partial answers.
 *
 * Facts verified on gccgo-12 12.2.0 (Debian 12), against the GCC 12 sources
 * (gcc/go/go-lang.cc, gofrontend/import.cc, import-archive.cc, export.cc,
 * names.cc, go-encode-id.cc) and with strace/nm/readelf:
 *
 * Search order
 *   - go1 gets "-I DIR" and "-LDIR" options; the driver adds its own -L
 *     directories after the user's (-L/usr/lib/gcc/x86_64-linux-gnu/12,
 *     .../12/../../../x86_64-linux-gnu, ...).  The standard library is found
 *     through the latter: /usr/lib/x86_64-linux-gnu/go/12/x86_64-linux-gnu.
 *   - The search list is built in option order: an -I DIR adds DIR; an -L DIR
 *     adds DIR/go/VERSION if that is a directory and then, only in that case,
 *     DIR/go/VERSION/TARGET if that is one too (VERSION first: strace shows
 *     lib/go/12/fmt.* tried before lib/go/12/x86_64-linux-gnu/fmt.*).  The
 *     plain -L directories themselves come after all that, in order.
 *     VERSION is "12" (not 12.2.0), TARGET "x86_64-linux-gnu".
 *   - For import path P and each directory D on the list, gccgo opens D/P;
 *     if that does not exist or is a directory, it tries D/P.gox,
 *     D/dir(P)/lib<base(P)>.so, D/dir(P)/lib<base(P)>.a, D/P.o, in that order
 *     (e.g. inc/encoding/json, inc/encoding/json.gox,
 *     inc/encoding/libjson.so, inc/encoding/libjson.a, inc/encoding/json.o).
 *     The first file that opens is used.  After the list, P itself is tried
 *     the same way relative to the current directory.  Paths that are
 *     absolute or start with ./ or ../ skip the list.
 *   - What is read from the file found: see exportfile.c.
 *
 * Export data format: see exporttext.c.
 *
 * Symbol names (Backend_name in names.cc; checked with nm and
 * -fdump-tree-ssa)
 *   - Assembler name of a function: PKGPATH.NAME; of a method (pointer or
 *     value receiver alike): PKGPATH.TYPE.NAME.  Unexported names are plain
 *     ("go_0p.T.unexp").  Every component is encoded on its own, so an
 *     assembler name has one or two dots: "fmt.Println",
 *     "encoding_1json.Marshal", "go_0p.F", "example_0com_1x_x2dy_1p_0v2.F",
 *     "my_0pre_0p.F" (-fgo-prefix=my.pre), "bytes.Buffer.WriteString",
 *     "go_0p.my__type.Method__x", "go_0p._u00dcber".
 *   - Encoding: go-encode-id.cc's, see mangle.c.
 *   - The user-visible name (DECL_NAME, what GIMPLE dumps show) is the
 *     unencoded form: "encoding/json.Marshal", "go.p.T.PM",
 *     "example.com/x-y/p.v2.T.VM".  Both forms are accepted here.
 *   - Special names contain "..": "..f", "..stub", "..eq", "..hash",
 *     "..import", "..funcN", "..thunkN", "..initN"; and a value method's
 *     pointer wrapper is encoded "T.VM_0_0stub2".  None of these is an
 *     imported function with notes; they are rejected.
 *   - //go:linkname and //extern functions have arbitrary assembler names
 *     (the ASM comment in export data); they are not looked up by that
 *     name.
 */
#include "exportdata.h"
#include "exportdata_priv.h"
#include "mangle.h"

#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef GOESC_GO_VERSION
#define GOESC_GO_VERSION "12"
#endif
#ifndef GOESC_TARGET
#define GOESC_TARGET "x86_64-linux-gnu"
#endif

/* A malloc'd concatenation of up to four strings (NULL ends the list). */
static char *str_cat(const char *a, const char *b, const char *c,
		     const char *d)
{
	const char *parts[4] = { a, b, c, d };
	size_t len = 0, i;
	char *s, *q;

	for (i = 0; i < 4 && parts[i]; i++)
		len += strlen(parts[i]);
	s = q = xmalloc(len + 1);
	for (i = 0; i < 4 && parts[i]; i++) {
		size_t n = strlen(parts[i]);

		memcpy(q, parts[i], n);
		q += n;
	}
	*q = '\0';
	return s;
}

/* ------------------------------------------------------------------ */
/* String maps (chained hashing, in the arena)                         */

struct map_entry {
	struct map_entry *next;
	unsigned hash;
	const char *key;
	void *val;
};

struct map {
	struct map_entry **b;
	size_t nb, count;
};

/* Value of a cached miss. */
static char miss_marker;
#define MISS ((void *)&miss_marker)

static unsigned hash_str(const char *s)
{
	unsigned h = 2166136261u;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static struct map_entry *map_find(const struct map *m, const char *key)
{
	struct map_entry *e;
	unsigned h;

	if (!m->nb)
		return NULL;
	h = hash_str(key);
	for (e = m->b[h & (m->nb - 1)]; e; e = e->next)
		if (e->hash == h && strcmp(e->key, key) == 0)
			return e;
	return NULL;
}

static void *map_get(const struct map *m, const char *key)
{
	struct map_entry *e = map_find(m, key);

	return e ? e->val : NULL;
}

static void map_grow(struct map *m)
{
	size_t nb = m->nb ? m->nb * 2 : 16, i;
	struct map_entry **b = xdata_arena_alloc(nb * sizeof(*b));

	memset(b, 0, nb * sizeof(*b));
	for (i = 0; i < m->nb; i++) {
		struct map_entry *e = m->b[i], *next;

		for (; e; e = next) {
			next = e->next;
			e->next = b[e->hash & (nb - 1)];
			b[e->hash & (nb - 1)] = e;
		}
	}
	m->b = b;
	m->nb = nb;
}

/* Set key to val (the key is copied). */
static void map_put(struct map *m, const char *key, void *val)
{
	struct map_entry *e = map_find(m, key);

	if (e) {
		e->val = val;
		return;
	}
	if (m->count >= m->nb)
		map_grow(m);
	e = xdata_arena_alloc(sizeof(*e));
	e->hash = hash_str(key);
	e->key = xdata_arena_strdup(key);
	e->val = val;
	e->next = m->b[e->hash & (m->nb - 1)];
	m->b[e->hash & (m->nb - 1)] = e;
	m->count++;
}

/* Forget the cached misses. */
static void map_drop_misses(struct map *m)
{
	size_t i;

	for (i = 0; i < m->nb; i++) {
		struct map_entry **pe = &m->b[i];

		while (*pe) {
			if ((*pe)->val == MISS) {
				*pe = (*pe)->next;
				m->count--;
			} else {
				pe = &(*pe)->next;
			}
		}
	}
}

/* ------------------------------------------------------------------ */
/* State                                                               */

struct xpkg {
	const char *pkgpath;
	const char *file;	/* where its export data was read */
	struct map funcs;	/* "Name" / "Type.Method" -> xfunc */
	struct map vars;	/* "Name" of each package-level variable */
};

struct xfile {
	const char *path;
	int npkgs;		/* 0: no (usable) export data */
	struct xpkg **pkgs;
};

struct search_dir {
	char *dir;
	int library;		/* -L (else -I) */
};

/* The configuration: kept by xdata_free_all(), dropped by xdata_reset(). */
static struct {
	struct search_dir *dirs;	/* as configured, in order */
	int ndirs, capdirs;
	char *version, *target;
} cfg;

/* The caches, all in the arena. */
static struct {
	const char **search;	/* the expanded search list (NULL: stale) */
	int nsearch;
	struct map pkgs;	/* pkgpath -> xpkg or MISS */
	struct map imports;	/* import path -> xfile or MISS */
	struct map files;	/* "dev:ino" -> xfile */
	struct map syms;	/* symbol -> xfunc or MISS */
} st;

static void forget_misses(void)
{
	st.search = NULL;
	map_drop_misses(&st.pkgs);
	map_drop_misses(&st.imports);
	map_drop_misses(&st.syms);
}

static void add_dir(const char *dir, int library)
{
	if (!dir)
		return;
	if (cfg.ndirs == cfg.capdirs) {
		cfg.capdirs = cfg.capdirs ? cfg.capdirs * 2 : 16;
		cfg.dirs = xrealloc(cfg.dirs, cfg.capdirs * sizeof(*cfg.dirs));
	}
	cfg.dirs[cfg.ndirs].dir = xstrdup(dir);
	cfg.dirs[cfg.ndirs].library = library;
	cfg.ndirs++;
	forget_misses();
}

void xdata_add_include_dir(const char *dir)
{
	add_dir(dir, 0);
}

void xdata_add_library_dir(const char *dir)
{
	add_dir(dir, 1);
}

void xdata_set_version(const char *version, const char *target)
{
	if (version) {
		free(cfg.version);
		cfg.version = xstrdup(version);
	}
	if (target) {
		free(cfg.target);
		cfg.target = xstrdup(target);
	}
	forget_misses();
}

static int is_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Join a directory and a name as gccgo does: add '/' unless the directory
 * is empty or already ends with one.  Malloc'd. */
static char *join_dir(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	return str_cat(dir, n && dir[n - 1] != '/' ? "/" : "", name, NULL);
}

static void push_search(const char **list, int *n, const char *dir)
{
	list[(*n)++] = xdata_arena_strdup(dir);
}

/* The search list: go-lang.cc's handling of -I and -L. */
static void build_search(void)
{
	const char *version = cfg.version ? cfg.version : GOESC_GO_VERSION;
	const char *target = cfg.target ? cfg.target : GOESC_TARGET;
	const char **list;
	int i, n = 0;

	list = xdata_arena_alloc((3 * cfg.ndirs + 1) * sizeof(*list));
	for (i = 0; i < cfg.ndirs; i++) {
		char *go, *p, *pt;

		if (!cfg.dirs[i].library) {
			push_search(list, &n, cfg.dirs[i].dir);
			continue;
		}
		go = join_dir(cfg.dirs[i].dir, "go/");
		p = str_cat(go, version, NULL, NULL);
		if (is_dir(p)) {
			push_search(list, &n, p);
			pt = str_cat(p, "/", target, NULL);
			if (is_dir(pt))
				push_search(list, &n, pt);
			free(pt);
		}
		free(p);
		free(go);
	}
	for (i = 0; i < cfg.ndirs; i++)
		if (cfg.dirs[i].library)
			push_search(list, &n, cfg.dirs[i].dir);
	st.search = list;
	st.nsearch = n;
}

/* ------------------------------------------------------------------ */
/* Packages and files                                                  */

static struct xpkg *file_pkg(const struct xfile *f, const char *pkgpath)
{
	int i;

	for (i = 0; i < f->npkgs; i++)
		if (strcmp(f->pkgs[i]->pkgpath, pkgpath) == 0)
			return f->pkgs[i];
	return NULL;
}

/* Turn a successful parse into the file's packages. */
static void commit(struct xfile *f, struct parse *ps)
{
	struct xpkg **blockpkg = xmalloc((ps->npaths + 1) * sizeof(*blockpkg));
	int i;

	f->pkgs = xdata_arena_alloc((ps->npaths + 1) * sizeof(*f->pkgs));
	for (i = 0; i < ps->npaths; i++) {
		struct xpkg *p = file_pkg(f, ps->paths[i]);

		if (!p) {
			p = xdata_arena_alloc(sizeof(*p));
			memset(p, 0, sizeof(*p));
			p->pkgpath = ps->paths[i];
			p->file = f->path;
			f->pkgs[f->npkgs++] = p;
		}
		blockpkg[i] = p;
	}
	for (i = 0; i < ps->nfuncs; i++) {
		struct xpkg *p = blockpkg[ps->func_block[i]];
		xfunc *x = ps->funcs[i];

		x->pkgpath = p->pkgpath;
		if (!map_get(&p->funcs, x->name))
			map_put(&p->funcs, x->name, x);
	}
	for (i = 0; i < ps->nvars; i++)
		map_put(&blockpkg[ps->var_block[i]]->vars, ps->vars[i], ps->vars[i]);
	free(blockpkg);
}

/* Read the export data of an open file, once per file. */
static struct xfile *load_file(int fd, const char *path)
{
	struct blobs b = { 0 };
	struct parse ps;
	struct xfile *f;
	struct stat sb;
	char key[64];
	int i, ok;

	if (fstat(fd, &sb) != 0)
		return NULL;
	snprintf(key, sizeof(key), "%llu:%llu",
		 (unsigned long long)sb.st_dev, (unsigned long long)sb.st_ino);
	f = map_get(&st.files, key);
	if (f)
		return f;
	f = xdata_arena_alloc(sizeof(*f));
	memset(f, 0, sizeof(*f));
	f->path = xdata_arena_strdup(path);
	map_put(&st.files, key, f);

	xdata_file_blobs(fd, path, &b);
	memset(&ps, 0, sizeof(ps));
	ok = b.n > 0;
	for (i = 0; i < b.n && ok; i++)
		ok = xdata_read_blob(&ps, b.data[i], b.len[i]);
	if (ok)
		commit(f, &ps);
	xdata_free_types(&ps);
	free(ps.f.v);
	free(ps.paths);
	free(ps.funcs);
	free(ps.vars);
	free(ps.var_block);
	free(ps.func_block);
	xdata_blobs_free(&b);
	return f;
}

/* Open path as gccgo would consider it: a directory does not count. */
static int open_file(const char *path)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd >= 0 && (fstat(fd, &sb) != 0 || S_ISDIR(sb.st_mode))) {
		close(fd);
		fd = -1;
	}
	return fd;
}

/* import.cc try_package_in_directory + try_suffixes. */
static struct xfile *try_in_directory(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t dlen = base ? (size_t)(base + 1 - path) : 0;
	char *dir = xmalloc(dlen + 1), *cand[5];
	struct xfile *f = NULL;
	int i, fd = -1;

	base = path + dlen;
	memcpy(dir, path, dlen);
	dir[dlen] = '\0';
	cand[0] = str_cat(path, NULL, NULL, NULL);
	cand[1] = str_cat(path, ".gox", NULL, NULL);
	cand[2] = str_cat(dir, "lib", base, ".so");
	cand[3] = str_cat(dir, "lib", base, ".a");
	cand[4] = str_cat(path, ".o", NULL, NULL);
	for (i = 0; i < 5 && fd < 0; i++) {
		fd = open_file(cand[i]);
		if (fd >= 0) {
			f = load_file(fd, cand[i]);
			close(fd);
		}
	}
	for (i = 0; i < 5; i++)
		free(cand[i]);
	free(dir);
	/* A file without export data is an error for gccgo; the import
	 * fails, so it does not matter where we would look next. */
	return f && f->npkgs ? f : NULL;
}

/* import.cc open_package: the file that `import "path"` reads. */
static struct xfile *find_import(const char *path)
{
	struct xfile *f;
	int i, local;

	if (!path || !*path)
		return NULL;
	f = map_get(&st.imports, path);
	if (f)
		return f == MISS ? NULL : f;
	if (!st.search)
		build_search();
	local = path[0] == '/' || strcmp(path, ".") == 0 ||
		strcmp(path, "..") == 0 || strncmp(path, "./", 2) == 0 ||
		strncmp(path, "../", 3) == 0;
	for (i = 0; !local && i < st.nsearch && !f; i++) {
		char *p = join_dir(st.search[i], path);

		f = try_in_directory(p);
		free(p);
	}
	if (!f)
		f = try_in_directory(path);
	map_put(&st.imports, path, f ? (void *)f : MISS);
	return f;
}

/* The package with this path: found by it as an import path, or else (for
 * packages compiled without -fgo-pkgpath, whose path is "go.NAME" or
 * "PREFIX.NAME") by its last dot-separated element.  A file found by the
 * exact path may hold a package with another path (import "p" of go.p):
 * that is the one, unless the file holds several (libgo.so holds them all). */
static struct xpkg *find_pkg(const char *pkgpath)
{
	const char *dot;
	struct xfile *f;
	struct xpkg *p = NULL;

	if (!pkgpath || !*pkgpath)
		return NULL;
	p = map_get(&st.pkgs, pkgpath);
	if (p)
		return p == MISS ? NULL : p;
	f = find_import(pkgpath);
	if (f) {
		p = file_pkg(f, pkgpath);
		if (!p && f->npkgs == 1)
			p = f->pkgs[0];
	}
	if (!p && (dot = strrchr(pkgpath, '.')) && dot[1] &&
	    !strchr(dot, '/') && (f = find_import(dot + 1)))
		p = file_pkg(f, pkgpath);
	map_put(&st.pkgs, pkgpath, p ? (void *)p : MISS);
	return p;
}

const char *xdata_import(const char *importpath)
{
	struct xfile *f = find_import(importpath);
	int i;

	if (!f)
		return NULL;
	for (i = 0; i < f->npkgs; i++) {
		void *known = map_get(&st.pkgs, f->pkgs[i]->pkgpath);

		if (!known || known == MISS)
			map_put(&st.pkgs, f->pkgs[i]->pkgpath, f->pkgs[i]);
	}
	return f->pkgs[0]->pkgpath;
}

const char *xdata_package_file(const char *pkgpath)
{
	struct xpkg *p = find_pkg(pkgpath);

	return p ? p->file : NULL;
}

char *xdata_file_section(const char *path, const char *section, size_t *len)
{
	struct blobs b;
	char *out = NULL;
	size_t n = 0;
	int fd = open_file(path);

	*len = 0;
	if (fd < 0)
		return NULL;
	memset(&b, 0, sizeof(b));
	xdata_file_section_blobs(fd, path, section, &b);
	close(fd);
	if (b.n) {
		for (int i = 0; i < b.n; i++)
			n += b.len[i];
		out = xmalloc(n + 1);
		n = 0;
		for (int i = 0; i < b.n; i++) {
			memcpy(out + n, b.data[i], b.len[i]);
			n += b.len[i];
		}
		out[n] = '\0';
		*len = n;
	}
	xdata_blobs_free(&b);
	return out;
}

const xfunc *xdata_lookup(const char *pkgpath, const char *name)
{
	struct xpkg *p;

	if (!name || !*name)
		return NULL;
	p = find_pkg(pkgpath);
	return p ? map_get(&p->funcs, name) : NULL;
}

int xdata_is_var(const char *pkgpath, const char *name)
{
	struct xpkg *p;

	if (!name || !*name)
		return 0;
	p = find_pkg(pkgpath);
	return p && map_get(&p->vars, name) != NULL;
}

/* ------------------------------------------------------------------ */
/* Symbols                                                             */

/* An assembler name: PKG.NAME or PKG.TYPE.NAME, each part encoded. */
static const xfunc *lookup_asm(const char *sym)
{
	char *part[3] = { NULL, NULL, NULL };
	const xfunc *f = NULL;
	const char *s = sym;
	int n = 0, i, ok = 1;

	while (ok) {
		const char *dot = strchr(s, '.');
		size_t len = dot ? (size_t)(dot - s) : strlen(s);

		if (n == 3 || !len || (s[0] >= '0' && s[0] <= '9')) {
			ok = 0;
			break;
		}
		part[n] = mangle_decode_id(s, len);
		if (!part[n] || (n > 0 && strchr(part[n], '.')))
			ok = 0;
		n++;
		if (!dot)
			break;
		s = dot + 1;
	}
	if (ok && n >= 2) {
		if (n == 2) {
			f = xdata_lookup(part[0], part[1]);
		} else {
			char *m = str_cat(part[1], ".", part[2], NULL);

			f = xdata_lookup(part[0], m);
			free(m);
		}
	}
	for (i = 0; i < 3; i++)
		free(part[i]);
	return f;
}

/* A user-visible name: PKGPATH.NAME or PKGPATH.TYPE.NAME, unencoded. */
static const xfunc *lookup_user(const char *sym)
{
	const char *last = strrchr(sym, '.'), *prev;
	const xfunc *f = NULL;
	char *pkg, *name;

	if (!last || last == sym || !last[1] || strchr(last, '/'))
		return NULL;
	pkg = str_cat(sym, NULL, NULL, NULL);
	pkg[last - sym] = '\0';
	f = xdata_lookup(pkg, last + 1);
	prev = strrchr(pkg, '.');
	if (!f && prev && prev > pkg && prev[1] && !strchr(prev, '/')) {
		*(char *)prev = '\0';
		name = str_cat(prev + 1, ".", last + 1, NULL);
		f = xdata_lookup(pkg, name);
		free(name);
	}
	free(pkg);
	return f;
}

const xfunc *xdata_lookup_symbol(const char *asmname)
{
	const xfunc *f;
	void *v;

	if (!asmname || !*asmname)
		return NULL;
	v = map_get(&st.syms, asmname);
	if (v)
		return v == MISS ? NULL : v;
	/* "..": thunks, closures, stubs, descriptors: never imported */
	f = NULL;
	if (!strstr(asmname, "..")) {
		f = lookup_asm(asmname);
		if (!f)
			f = lookup_user(asmname);
	}
	map_put(&st.syms, asmname, f ? (void *)f : MISS);
	return f;
}

void xdata_free_all(void)
{
	xdata_arena_free_all();
	memset(&st, 0, sizeof(st));
}

void xdata_reset(void)
{
	int i;

	xdata_free_all();
	for (i = 0; i < cfg.ndirs; i++)
		free(cfg.dirs[i].dir);
	free(cfg.dirs);
	free(cfg.version);
	free(cfg.target);
	memset(&cfg, 0, sizeof(cfg));
}
