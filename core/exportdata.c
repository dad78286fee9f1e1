/* exportdata.c: escape notes of imported functions, read from gccgo's
 * export data.
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
 *   - In the file found: an object file (ELF, any class and byte order) with
 *     a ".go_export" section; else a file starting with the magic "v1;\n",
 *     "v2;\n" or "v3;\n" (raw export data); else an ar archive ("!<arch>\n"
 *     or thin "!<thin>\n"), whose members' .go_export sections are
 *     concatenated (symbol table members "/" and "/SYM64/", and the "//"
 *     name table, are skipped; a thin archive's members are files named
 *     relative to the archive's directory).
 *   - `objcopy -O binary --only-section=.go_export` writes an empty file
 *     for a .gox (the section is not SHF_ALLOC); readelf -S + dd works.
 *     go build's .gox files are made with `objcopy -j .go_export`.
 *
 * Export data format (version 3, the one gccgo-12 writes)
 *   "v3;\n"
 *   "package NAME\n"
 *   "pkgpath PATH\n", or "prefix PREFIX\n" (then the path is PREFIX.NAME;
 *       without -fgo-pkgpath and -fgo-prefix the prefix is "go")
 *   "package NAME PATH SYMBOL\n"*, "import NAME PATH \"PATH\"\n"*,
 *   "indirectimport NAME PATH\n"*, "init ...\n", "init_graph ...\n"
 *   "types MAXP1 EXPORTEDP1 S1 ... S(MAXP1-1)\n" followed by S1+...+Sn bytes
 *       holding the type definitions 1..MAXP1-1 back to back, Si bytes each.
 *       A named type is `type N "NAME" ["PKGNAME" ][notinheap ][= ]<type M>\n`
 *       followed by its methods, one per line, each indented by one space:
 *       ` func (RECV <esc:0x1> <type K>) NAME (PARAMS) RESULTS\n`.  NAME is
 *       "Name" for a type of this package, ".PATH.name" for an unexported
 *       one, "PATH.Name" for a type of another package (whose methods may be
 *       listed too: they are not this package's and are ignored).
 *   then "const ...\n", "var ...\n" and "func ...\n" lines, and
 *   "checksum HEX40\n".
 *   A function line is
 *       func [NOIFACE ][ASM ][(RECV) ][<pN>][.]NAME (PARAMS)[ RESULTS]
 *   where NOIFACE and ASM are C comments holding "nointerface" and
 *   "asm NAME " (a //go:linkname or //extern assembler name), a leading '.'
 *   marks an unexported name and <pN> a function of another package
 *   (listed because an inline body refers to it).  A parameter is
 *   `NAME[ <esc:0xHEX>] [...]<type N>`, NAME "?" when unnamed;
 *   RESULTS is `<type N>` or `(NAME[ <esc:..>] <type N>, ...)`.  The line
 *   may end with " <inl:LEN>\n" followed by LEN bytes of inline body
 *   (indented lines), which are skipped by length.
 *   A package compiled with -fno-go-optimize-allocs has no <esc:> notes.
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
#include "mangle.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
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

/* Refuse export data larger than this (the biggest in libgo is ~110 KiB). */
#define MAX_EXPORT_SIZE (256u << 20)
/* ... and archive name tables larger than this. */
#define MAX_NAMES_SIZE (16u << 20)

/* ------------------------------------------------------------------ */
/* Memory: one arena for everything that lives until xdata_free_all() */

#define ARENA_BLOCK 65536

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t mem[];
};

static struct arena_block *arena;

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		abort();
	return p;
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		abort();
	return p;
}

static void *arena_alloc(size_t n)
{
	const size_t align = _Alignof(max_align_t);
	struct arena_block *b = arena;
	void *p;

	n = (n + align - 1) & ~(align - 1);
	if (!b || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		b = xmalloc(sizeof(*b) + size);
		b->used = 0;
		b->size = size;
		b->next = arena;
		arena = b;
	}
	p = (char *)b->mem + b->used;
	b->used += n;
	return p;
}

static char *arena_strndup(const char *s, size_t n)
{
	char *p = arena_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static char *arena_strdup(const char *s)
{
	return arena_strndup(s, strlen(s));
}

static void arena_free_all(void)
{
	while (arena) {
		struct arena_block *next = arena->next;

		free(arena);
		arena = next;
	}
}

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
	struct map_entry **b = arena_alloc(nb * sizeof(*b));

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
	e = arena_alloc(sizeof(*e));
	e->hash = hash_str(key);
	e->key = arena_strdup(key);
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

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

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
	list[(*n)++] = arena_strdup(dir);
}

/* The search list: go-lang.cc's handling of -I and -L. */
static void build_search(void)
{
	const char *version = cfg.version ? cfg.version : GOESC_GO_VERSION;
	const char *target = cfg.target ? cfg.target : GOESC_TARGET;
	const char **list;
	int i, n = 0;

	list = arena_alloc((3 * cfg.ndirs + 1) * sizeof(*list));
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
/* Reading export data out of files                                    */

/* Export data blobs found in one file (malloc'd). */
struct blobs {
	char **data;
	size_t *len;
	int n, cap;
};

static void blobs_add(struct blobs *b, char *data, size_t len)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 4;
		b->data = xrealloc(b->data, b->cap * sizeof(*b->data));
		b->len = xrealloc(b->len, b->cap * sizeof(*b->len));
	}
	b->data[b->n] = data;
	b->len[b->n] = len;
	b->n++;
}

static void blobs_free(struct blobs *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		free(b->data[i]);
	free(b->data);
	free(b->len);
	memset(b, 0, sizeof(*b));
}

/* Read exactly n bytes at off; 0 on success. */
static int read_at(int fd, uint64_t off, void *buf, size_t n)
{
	const uint64_t max = sizeof(off_t) >= 8 ? INT64_MAX : INT32_MAX;
	char *p = buf;

	if (n > max || off > max - n)
		return -1;
	while (n) {
		ssize_t r = pread(fd, p, n, (off_t)off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
		off += (uint64_t)r;
	}
	return 0;
}

/* Whether [off, off+len) lies within [0, size). */
static int in_bounds(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

/* Malloc'd copy of [off, off+len) of an object at base in fd. */
static char *read_range(int fd, uint64_t base, uint64_t off, uint64_t len)
{
	char *buf;

	if (len > MAX_EXPORT_SIZE || off > UINT64_MAX - base)
		return NULL;
	buf = xmalloc((size_t)len);
	if (read_at(fd, base + off, buf, (size_t)len)) {
		free(buf);
		return NULL;
	}
	return buf;
}

static uint64_t get_u(const unsigned char *p, int n, int big)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v |= (uint64_t)p[big ? i : n - 1 - i] << (8 * (n - 1 - i));
	return v;
}

struct elf {
	int is64, big;
	const unsigned char *sh;	/* section headers */
	uint64_t shnum, shentsize;
};

/* A section header field: its offset and size in ELF64, then in ELF32. */
struct shfield {
	unsigned char off64, size64, off32, size32;
};

static const struct shfield sh_name = { 0, 4, 0, 4 };
static const struct shfield sh_type = { 4, 4, 4, 4 };
static const struct shfield sh_flags = { 8, 8, 8, 4 };
static const struct shfield sh_offset = { 24, 8, 16, 4 };
static const struct shfield sh_size = { 32, 8, 20, 4 };
static const struct shfield sh_link = { 40, 4, 24, 4 };

/* Field f of section header i (i < shnum, checked by the caller). */
static uint64_t sh_get(const struct elf *e, uint64_t i, struct shfield f)
{
	const unsigned char *p = e->sh + i * e->shentsize;

	if (e->is64)
		return get_u(p + f.off64, f.size64, e->big);
	return get_u(p + f.off32, f.size32, e->big);
}

#define SHT_NOBITS 8
#define SHF_COMPRESSED 0x800
#define SHN_XINDEX 0xffff

/* The contents of section `want` of the ELF object of `size` bytes at
 * `base` in fd, malloc'd, or NULL (not ELF, no such section, or bad). */
static char *elf_section(int fd, uint64_t base, uint64_t size,
			 const char *want, size_t *plen)
{
	unsigned char eh[64];
	unsigned char *shdrs = NULL;
	char *names = NULL, *data = NULL;
	struct elf e;
	uint64_t shoff, shstrndx, nsize, noff, i;
	size_t wantlen = strlen(want);

	if (size < 52 || read_at(fd, base, eh, size < 64 ? 52 : 64))
		return NULL;
	if (memcmp(eh, "\177ELF", 4) != 0 || (eh[4] != 1 && eh[4] != 2) ||
	    (eh[5] != 1 && eh[5] != 2))
		return NULL;
	e.is64 = eh[4] == 2;
	e.big = eh[5] == 2;
	if (e.is64 && size < 64)
		return NULL;
	if (e.is64) {
		shoff = get_u(eh + 0x28, 8, e.big);
		e.shentsize = get_u(eh + 0x3a, 2, e.big);
		e.shnum = get_u(eh + 0x3c, 2, e.big);
		shstrndx = get_u(eh + 0x3e, 2, e.big);
	} else {
		shoff = get_u(eh + 0x20, 4, e.big);
		e.shentsize = get_u(eh + 0x2e, 2, e.big);
		e.shnum = get_u(eh + 0x30, 2, e.big);
		shstrndx = get_u(eh + 0x32, 2, e.big);
	}
	if (shoff == 0 || e.shentsize < (e.is64 ? 64u : 40u) ||
	    !in_bounds(shoff, e.shentsize, size))
		return NULL;
	if (e.shnum == 0 || shstrndx == SHN_XINDEX) {
		/* More sections than fit the header: counts in section 0. */
		shdrs = (unsigned char *)read_range(fd, base, shoff,
						    e.shentsize);
		if (!shdrs)
			return NULL;
		e.sh = shdrs;
		if (e.shnum == 0)
			e.shnum = sh_get(&e, 0, sh_size);
		if (shstrndx == SHN_XINDEX)
			shstrndx = sh_get(&e, 0, sh_link);
		free(shdrs);
		shdrs = NULL;
	}
	if (e.shnum == 0 || e.shnum > size / e.shentsize ||
	    !in_bounds(shoff, e.shnum * e.shentsize, size) ||
	    shstrndx >= e.shnum)
		return NULL;
	shdrs = (unsigned char *)read_range(fd, base, shoff,
					    e.shnum * e.shentsize);
	if (!shdrs)
		return NULL;
	e.sh = shdrs;

	noff = sh_get(&e, shstrndx, sh_offset);
	nsize = sh_get(&e, shstrndx, sh_size);
	if (sh_get(&e, shstrndx, sh_type) == SHT_NOBITS ||
	    !in_bounds(noff, nsize, size))
		goto out;
	names = read_range(fd, base, noff, nsize);
	if (!names)
		goto out;
	for (i = 0; i < e.shnum; i++) {
		uint64_t name = sh_get(&e, i, sh_name), off, len;

		if (name >= nsize || nsize - name < wantlen + 1 ||
		    memcmp(names + name, want, wantlen + 1) != 0)
			continue;
		off = sh_get(&e, i, sh_offset);
		len = sh_get(&e, i, sh_size);
		if (sh_get(&e, i, sh_type) == SHT_NOBITS ||
		    (sh_get(&e, i, sh_flags) & SHF_COMPRESSED) ||
		    !in_bounds(off, len, size) || len > MAX_EXPORT_SIZE)
			break;
		data = read_range(fd, base, off, len);
		if (data)
			*plen = (size_t)len;
		break;
	}
out:
	free(names);
	free(shdrs);
	return data;
}

/* Parse an ar header's decimal field (digits, then spaces). */
static int ar_decimal(const char *f, int n, uint64_t *v)
{
	int i = 0;

	*v = 0;
	for (; i < n && f[i] >= '0' && f[i] <= '9'; i++) {
		if (*v > (UINT64_MAX - 9) / 10)
			return 0;
		*v = *v * 10 + (uint64_t)(f[i] - '0');
	}
	for (; i < n; i++)
		if (f[i] != ' ')
			return 0;
	return 1;
}

/* Export data of a thin archive's member, a file named relative to the
 * archive's directory. */
static void thin_member(const char *archive, const char *name, size_t len,
			struct blobs *out)
{
	const char *slash = strrchr(archive, '/');
	char *member = xmalloc(len + 1), *path;
	struct stat sb;
	size_t dlen;
	int fd;

	memcpy(member, name, len);
	member[len] = '\0';
	if (member[0] == '/' || !slash) {
		path = member;
	} else {
		dlen = (size_t)(slash - archive) + 1;
		path = xmalloc(dlen + len + 1);
		memcpy(path, archive, dlen);
		memcpy(path + dlen, member, len + 1);
		free(member);
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
			size_t dl = 0;
			char *d = elf_section(fd, 0, (uint64_t)sb.st_size,
					      ".go_export", &dl);

			if (d)
				blobs_add(out, d, dl);
		}
		close(fd);
	}
	free(path);
}

/* Walk an ar archive (import-archive.cc), collecting the members' export
 * data.  A malformed header ends the walk. */
static void archive_blobs(int fd, const char *path, uint64_t size, int thin,
			  struct blobs *out)
{
	char *names = NULL;
	uint64_t nnames = 0, off = 8;

	while (off < size && size - off >= 60) {
		char h[60];
		uint64_t msize, data = off + 60, next;
		const char *name = NULL;
		size_t namelen = 0;
		int special = 0;

		if (read_at(fd, off, h, sizeof(h)) || h[58] != '`' ||
		    h[59] != '\n' || !ar_decimal(h + 48, 10, &msize))
			break;
		if (h[0] != '/') {
			const char *e = memchr(h, '/', 16);

			if (!e)
				break;
			name = h;
			namelen = (size_t)(e - h);
		} else if (h[1] == ' ' || memcmp(h, "/SYM64/ ", 8) == 0) {
			special = 1;
		} else if (h[1] == '/') {
			special = 2;
		} else {
			/* "/N": name at offset N of the "//" member; "/N:M"
			 * in a thin archive: member M of nested archive N */
			uint64_t x = 0;
			int i = 1;

			for (; i < 16 && h[i] >= '0' && h[i] <= '9'; i++)
				x = x * 10 + (uint64_t)(h[i] - '0');
			if (i == 1 || (h[i] != ' ' && h[i] != ':'))
				break;
			if (x < nnames) {
				const char *nl = memchr(names + x, '\n',
							nnames - x);

				if (nl && nl > names + x && nl[-1] == '/') {
					name = names + x;
					namelen = (size_t)(nl - 1 - name);
				}
			}
			if (!name)
				break;	/* gccgo: "bad extended name index" */
			if (thin && h[i] == ':')
				name = NULL;	/* nested archives: skipped */
		}
		next = data;
		if (!thin || special)
			next += msize;
		if (next > size || next < data)
			break;
		if (special == 2 && !names && msize <= MAX_NAMES_SIZE) {
			names = read_range(fd, 0, data, msize);
			nnames = names ? msize : 0;
		} else if (!special && name && namelen) {
			if (thin) {
				thin_member(path, name, namelen, out);
			} else {
				size_t dl = 0;
				char *d = elf_section(fd, data, msize,
						      ".go_export", &dl);

				if (d)
					blobs_add(out, d, dl);
			}
		}
		off = next + (next & 1);
	}
	free(names);
}

/* All export data in the open file (import.cc find_export_data). */
static void file_blobs(int fd, const char *path, struct blobs *out)
{
	struct stat sb;
	char magic[8];
	size_t len = 0;
	char *d;

	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 8)
		return;
	d = elf_section(fd, 0, (uint64_t)sb.st_size, ".go_export", &len);
	if (d) {
		blobs_add(out, d, len);
		return;
	}
	if (read_at(fd, 0, magic, sizeof(magic)))
		return;
	if (memcmp(magic, "v1;\n", 4) == 0 || memcmp(magic, "v2;\n", 4) == 0 ||
	    memcmp(magic, "v3;\n", 4) == 0) {
		d = read_range(fd, 0, 0, (uint64_t)sb.st_size);
		if (d)
			blobs_add(out, d, (size_t)sb.st_size);
	} else if (memcmp(magic, "!<arch>\n", 8) == 0) {
		archive_blobs(fd, path, (uint64_t)sb.st_size, 0, out);
	} else if (memcmp(magic, "!<thin>\n", 8) == 0) {
		archive_blobs(fd, path, (uint64_t)sb.st_size, 1, out);
	}
}

/* ------------------------------------------------------------------ */
/* Parsing export data                                                 */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

struct cur {
	const char *p, *end;
};

static int peek(const struct cur *c)
{
	return c->p < c->end ? (unsigned char)*c->p : -1;
}

static int match(const struct cur *c, const char *s)
{
	size_t n = strlen(s);

	return (size_t)(c->end - c->p) >= n && memcmp(c->p, s, n) == 0;
}

static int accept(struct cur *c, const char *s)
{
	if (!match(c, s))
		return 0;
	c->p += strlen(s);
	return 1;
}

/* Skip past the next newline; 0 if there is none. */
static int skip_line(struct cur *c)
{
	const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));

	if (!nl)
		return 0;
	c->p = nl + 1;
	return 1;
}

/* import.cc read_identifier: up to one of " \n;:,()[]" or "...". */
static size_t read_ident(struct cur *c, const char **s)
{
	*s = c->p;
	while (c->p < c->end) {
		char ch = *c->p;

		if (ch == '\0' || strchr(" \n;:,()[]", ch))
			break;
		if (ch == '.' && match(c, "..."))
			break;
		c->p++;
	}
	return (size_t)(c->p - *s);
}

static int read_ulong(struct cur *c, unsigned long *v)
{
	const char *s = c->p;

	*v = 0;
	while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
		if (*v > (ULONG_MAX - 9) / 10)
			return 0;
		*v = *v * 10 + (unsigned long)(*c->p - '0');
		c->p++;
	}
	return c->p > s;
}

/* "<type N>", N possibly negative (a builtin type). */
static int read_typeref(struct cur *c, long *idx)
{
	unsigned long v;
	int neg;

	if (!accept(c, "<type "))
		return 0;
	neg = accept(c, "-");
	if (!read_ulong(c, &v) || v > INT_MAX || !accept(c, ">"))
		return 0;
	*idx = neg ? -(long)v : (long)v;
	return 1;
}

/* A parameter or result as read, pointing into the export data. */
struct pparam {
	const char *name;	/* NULL for "?" */
	size_t namelen;
	int has_esc, variadic;
	unsigned esc;
};

struct pfunc {
	const char *name;
	size_t namelen;
	int foreign;		/* <pN>: another package's function */
	int has_recv;
	long recv_type;
	struct pparam *v;	/* receiver, params, then results */
	int nparams, nresults, cap;
};

static struct pparam *pfunc_new_param(struct pfunc *f)
{
	if (f->nparams + f->nresults == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 8;
		f->v = xrealloc(f->v, f->cap * sizeof(*f->v));
	}
	return memset(&f->v[f->nparams + f->nresults], 0, sizeof(*f->v));
}

/* " <esc:0xHEX>" (optional). */
static int read_esc(struct cur *c, struct pparam *p)
{
	unsigned long v = 0;

	if (!accept(c, " <esc:"))
		return 1;
	if (!accept(c, "0x") || hexval(peek(c)) < 0)
		return 0;
	while (hexval(peek(c)) >= 0) {
		if (v > (0xffffffffUL >> 4))
			return 0;
		v = v * 16 + (unsigned long)hexval(peek(c));
		c->p++;
	}
	if (!accept(c, ">"))
		return 0;
	p->has_esc = 1;
	p->esc = (unsigned)v;
	return 1;
}

/* NAME[ <esc:..>] [...]<type N>; the type's index in *idx. */
static int read_param(struct cur *c, struct pparam *p, int ddd_ok, long *idx)
{
	p->namelen = read_ident(c, &p->name);
	if (!p->namelen)
		return 0;
	if (p->namelen == 1 && p->name[0] == '?') {
		p->name = NULL;
		p->namelen = 0;
	}
	if (!read_esc(c, p) || !accept(c, " "))
		return 0;
	if (ddd_ok && accept(c, "..."))
		p->variadic = 1;
	return read_typeref(c, idx);
}

/* One "func ..." line and its inline body (gogo.cc Function::import_func).
 * The cursor is at "func ". */
static int read_func(struct cur *c, struct pfunc *f)
{
	unsigned long len;
	long idx;

	f->name = NULL;
	f->namelen = 0;
	f->foreign = f->has_recv = 0;
	f->nparams = f->nresults = 0;
	if (!accept(c, "func "))
		return 0;
	while (accept(c, "/*")) {
		const char *s;

		if (accept(c, "nointerface*/ "))
			continue;
		if (!accept(c, "asm ") || !read_ident(c, &s) ||
		    !accept(c, " */ "))
			return 0;
	}
	if (accept(c, "(")) {
		struct pparam *r = pfunc_new_param(f);

		f->nparams++;
		f->has_recv = 1;
		if (!read_param(c, r, 0, &f->recv_type) || !accept(c, ") "))
			return 0;
	}
	if (accept(c, "<p")) {
		unsigned long pn;

		if (!read_ulong(c, &pn) || !accept(c, ">"))
			return 0;
		f->foreign = 1;
	}
	accept(c, ".");
	f->namelen = read_ident(c, &f->name);
	if (!f->namelen || !accept(c, " ("))
		return 0;
	if (peek(c) != ')') {
		for (;;) {
			struct pparam *p = pfunc_new_param(f);

			f->nparams++;
			if (!read_param(c, p, 1, &idx))
				return 0;
			if (peek(c) != ',')
				break;
			if (p->variadic || !accept(c, ", "))
				return 0;
		}
	}
	if (!accept(c, ")"))
		return 0;
	if (peek(c) == ' ' && !match(c, " <inl")) {
		c->p++;
		if (peek(c) != '(') {
			pfunc_new_param(f);
			f->nresults++;
			if (!read_typeref(c, &idx))
				return 0;
		} else {
			c->p++;
			for (;;) {
				struct pparam *p = pfunc_new_param(f);

				f->nresults++;
				if (!read_param(c, p, 0, &idx))
					return 0;
				if (peek(c) != ',')
					break;
				if (!accept(c, ", "))
					return 0;
			}
			if (!accept(c, ")"))
				return 0;
		}
	}
	if (!accept(c, " <inl:"))
		return accept(c, "\n");
	if (!read_ulong(c, &len) || !accept(c, ">\n") ||
	    len > (unsigned long)(c->end - c->p))
		return 0;
	c->p += len;
	return 1;
}

/* Parsing state for one file's export data. */
struct parse {
	/* pending results, committed when the whole file parsed */
	const char **paths;	/* each block's package path */
	int npaths, cappaths;
	xfunc **funcs;
	int *func_block;
	int nfuncs, capfuncs;
	char **vars;		/* variables' names */
	int *var_block;
	int nvars, capvars;
	/* the current block */
	const char *pkgpath;
	size_t pkgpath_len;
	unsigned long ntypes;
	const char **tname;	/* per type: this package's type name */
	size_t *tname_len;
	long *tptr;		/* per type: pointed-to type, for *T */
	struct pfunc f;
};

static void pending_func(struct parse *ps, const struct pfunc *f,
			 const char *tname, size_t tlen, int value_recv)
{
	xfunc *x = arena_alloc(sizeof(*x));
	int i, np = f->nparams, nr = f->nresults;
	char *name;

	if (tname) {
		name = arena_alloc(tlen + 1 + f->namelen + 1);
		memcpy(name, tname, tlen);
		name[tlen] = '.';
		memcpy(name + tlen + 1, f->name, f->namelen);
		name[tlen + 1 + f->namelen] = '\0';
	} else {
		name = arena_strndup(f->name, f->namelen);
	}
	x->pkgpath = NULL;
	x->name = name;
	x->value_recv = value_recv;
	x->nparams = np;
	x->nresults = nr;
	x->params = arena_alloc((np + nr) * sizeof(xparam) + 1);
	x->results = x->params + np;
	for (i = 0; i < np + nr; i++) {
		const struct pparam *p = &f->v[i];

		x->params[i].name = p->name ? arena_strndup(p->name,
							    p->namelen) : NULL;
		x->params[i].has_esc = p->has_esc;
		x->params[i].esc = p->esc;
		x->params[i].variadic = p->variadic;
	}
	if (ps->nfuncs == ps->capfuncs) {
		ps->capfuncs = ps->capfuncs ? ps->capfuncs * 2 : 64;
		ps->funcs = xrealloc(ps->funcs,
				     ps->capfuncs * sizeof(*ps->funcs));
		ps->func_block = xrealloc(ps->func_block,
					  ps->capfuncs *
					  sizeof(*ps->func_block));
	}
	ps->funcs[ps->nfuncs] = x;
	ps->func_block[ps->nfuncs] = ps->npaths - 1;
	ps->nfuncs++;
}

static void pending_var(struct parse *ps, const char *name, size_t len)
{
	if (ps->nvars == ps->capvars) {
		ps->capvars = ps->capvars ? ps->capvars * 2 : 64;
		ps->vars = xrealloc(ps->vars, ps->capvars * sizeof(*ps->vars));
		ps->var_block = xrealloc(ps->var_block, ps->capvars * sizeof(*ps->var_block));
	}
	ps->vars[ps->nvars] = arena_strndup(name, len);
	ps->var_block[ps->nvars] = ps->npaths - 1;
	ps->nvars++;
}

/* Whether a type name from the types section ("Buffer", ".bytes.readOp",
 * "io.Reader") names a type of the current package; its bare name in *s. */
static int own_type(const struct parse *ps, const char *name, size_t len,
		    const char **s, size_t *slen)
{
	const char *dot = NULL, *p;
	size_t start = len && name[0] == '.';

	for (p = name + len; p > name; p--)
		if (p[-1] == '.') {
			dot = p - 1;
			break;
		}
	if (!dot) {
		*s = name;
		*slen = len;
		return len > 0;
	}
	*s = dot + 1;
	*slen = (size_t)(name + len - *s);
	if (!*slen || dot < name + start)
		return 0;
	return (size_t)(dot - (name + start)) == ps->pkgpath_len &&
	       memcmp(name + start, ps->pkgpath, ps->pkgpath_len) == 0;
}

/* Type i's definition, with the methods of a named type. */
static int read_type_def(struct parse *ps, unsigned long i, struct cur c)
{
	const char *name, *q, *tn = NULL;
	size_t len, tlen = 0;
	unsigned long id;
	long idx;
	int own;

	if (!accept(&c, "type ") || !read_ulong(&c, &id) || id != i ||
	    !accept(&c, " "))
		return 0;
	if (!accept(&c, "\"")) {
		if (accept(&c, "*") && read_typeref(&c, &idx))
			ps->tptr[i] = idx;
		return 1;	/* other unnamed types do not matter */
	}
	name = c.p;
	q = memchr(c.p, '"', (size_t)(c.end - c.p));
	if (!q)
		return 0;
	len = (size_t)(q - name);
	c.p = q + 1;
	if (!accept(&c, " "))
		return 0;
	if (accept(&c, "\"")) {
		q = memchr(c.p, '"', (size_t)(c.end - c.p));
		if (!q)
			return 0;
		c.p = q + 1;
		if (!accept(&c, " "))
			return 0;
	}
	accept(&c, "notinheap ");
	accept(&c, "= ");
	if (peek(&c) == '\n' || peek(&c) == -1)
		return 1;	/* declared, defined elsewhere */
	if (!read_typeref(&c, &idx))
		return 0;
	own = own_type(ps, name, len, &tn, &tlen);
	if (own) {
		ps->tname[i] = tn;
		ps->tname_len[i] = tlen;
	}
	if (!accept(&c, "\n"))
		return 1;
	while (match(&c, " func ")) {
		c.p++;
		if (!read_func(&c, &ps->f))
			return 0;
		if (own && ps->f.has_recv && !ps->f.foreign)
			pending_func(ps, &ps->f, tn, tlen,
				     ps->f.recv_type == (long)i);
	}
	return 1;
}

/* "types MAXP1 EXPORTEDP1 SIZES...\n" and the type data. */
static int read_types(struct parse *ps, struct cur *c)
{
	unsigned long maxp1, exportedp1, i, total = 0, sz = 0, avail;
	unsigned long *sizes;
	const char *base;
	int ok = 1;

	if (!accept(c, "types ") || !read_ulong(c, &maxp1) || maxp1 < 1 ||
	    !accept(c, " ") || !read_ulong(c, &exportedp1) ||
	    exportedp1 > maxp1 ||
	    maxp1 - 1 > (unsigned long)(c->end - c->p) / 2)
		return 0;
	avail = (unsigned long)(c->end - c->p);
	sizes = xmalloc(maxp1 * sizeof(*sizes));
	for (i = 1; i < maxp1 && ok; i++) {
		ok = accept(c, " ") && read_ulong(c, &sz) &&
		     sz <= avail - total;
		sizes[i] = sz;
		if (ok)
			total += sz;
	}
	if (!ok || !accept(c, "\n") ||
	    total > (unsigned long)(c->end - c->p)) {
		free(sizes);
		return 0;
	}
	ps->ntypes = maxp1;
	ps->tname = xmalloc(maxp1 * sizeof(*ps->tname));
	ps->tname_len = xmalloc(maxp1 * sizeof(*ps->tname_len));
	ps->tptr = xmalloc(maxp1 * sizeof(*ps->tptr));
	memset(ps->tname, 0, maxp1 * sizeof(*ps->tname));
	memset(ps->tptr, 0, maxp1 * sizeof(*ps->tptr));
	base = c->p;
	for (i = 1; i < maxp1 && ok; i++) {
		struct cur t = { base, base + sizes[i] };

		ok = read_type_def(ps, i, t);
		base += sizes[i];
	}
	c->p = base;
	free(sizes);
	return ok;
}

static void free_types(struct parse *ps)
{
	free(ps->tname);
	free(ps->tname_len);
	free(ps->tptr);
	ps->tname = NULL;
	ps->tname_len = NULL;
	ps->tptr = NULL;
	ps->ntypes = 0;
}

/* A method at top level (older writers): find its receiver's type name. */
static int recv_type_name(const struct parse *ps, long idx, const char **s,
			  size_t *len)
{
	if (idx > 0 && (unsigned long)idx < ps->ntypes && !ps->tname[idx] &&
	    ps->tptr[idx] > 0)
		idx = ps->tptr[idx];
	if (idx <= 0 || (unsigned long)idx >= ps->ntypes || !ps->tname[idx])
		return 0;
	*s = ps->tname[idx];
	*len = ps->tname_len[idx];
	return 1;
}

/* Is type idx a named type itself (not a pointer to one)? */
static int value_receiver(const struct parse *ps, long idx)
{
	return idx > 0 && (unsigned long)idx < ps->ntypes && ps->tname[idx];
}

/* One block, "v3;\n" to "checksum ...\n". */
static int read_block(struct parse *ps, struct cur *c)
{
	const char *pkgname, *path;
	size_t nlen, plen;
	char *pkgpath;
	int ok = 1;

	if (!accept(c, "v3;\n") || !accept(c, "package "))
		return 0;
	nlen = read_ident(c, &pkgname);
	if (!nlen || !accept(c, "\n"))
		return 0;
	if (accept(c, "pkgpath ")) {
		plen = read_ident(c, &path);
		if (!plen || !accept(c, "\n"))
			return 0;
		pkgpath = arena_strndup(path, plen);
	} else if (accept(c, "prefix ")) {
		plen = read_ident(c, &path);
		if (!plen || !accept(c, "\n"))
			return 0;
		pkgpath = arena_alloc(plen + 1 + nlen + 1);
		memcpy(pkgpath, path, plen);
		pkgpath[plen] = '.';
		memcpy(pkgpath + plen + 1, pkgname, nlen);
		pkgpath[plen + 1 + nlen] = '\0';
	} else {
		return 0;
	}
	if (ps->npaths == ps->cappaths) {
		ps->cappaths = ps->cappaths ? ps->cappaths * 2 : 4;
		ps->paths = xrealloc(ps->paths,
				     ps->cappaths * sizeof(*ps->paths));
	}
	ps->paths[ps->npaths++] = pkgpath;
	ps->pkgpath = pkgpath;
	ps->pkgpath_len = strlen(pkgpath);

	while (match(c, "package ") || match(c, "import ") ||
	       match(c, "indirectimport ") || match(c, "init"))
		if (!skip_line(c))
			return 0;
	if (match(c, "types ") && !read_types(ps, c))
		ok = 0;
	while (ok) {
		if (match(c, "func ")) {
			const char *tn;
			size_t tl;

			ok = read_func(c, &ps->f);
			if (!ok || ps->f.foreign)
				continue;
			if (!ps->f.has_recv)
				pending_func(ps, &ps->f, NULL, 0, 0);
			else if (recv_type_name(ps, ps->f.recv_type, &tn, &tl))
				pending_func(ps, &ps->f, tn, tl,
					     value_receiver(ps, ps->f.recv_type));
		} else if (accept(c, "var ")) {
			/* "var Name <type ...>" */
			const char *sp = c->p;
			while (sp < c->end && *sp != ' ' && *sp != '\n')
				sp++;
			if (sp > c->p)
				pending_var(ps, c->p, (size_t)(sp - c->p));
			ok = skip_line(c);
		} else if (match(c, "const ")) {
			ok = skip_line(c);
		} else if (accept(c, "checksum ")) {
			ok = skip_line(c);
			break;
		} else {
			ok = 0;
		}
	}
	free_types(ps);
	return ok;
}

/* All blocks of one blob; trailing bytes that do not start a block are
 * ignored. */
static int read_blob(struct parse *ps, const char *data, size_t len)
{
	struct cur c = { data, data + len };
	int n = 0;

	while (c.p < c.end && (n == 0 || match(&c, "v3;\n"))) {
		if (!read_block(ps, &c))
			return 0;
		n++;
	}
	return n > 0;
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

	f->pkgs = arena_alloc((ps->npaths + 1) * sizeof(*f->pkgs));
	for (i = 0; i < ps->npaths; i++) {
		struct xpkg *p = file_pkg(f, ps->paths[i]);

		if (!p) {
			p = arena_alloc(sizeof(*p));
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
	f = arena_alloc(sizeof(*f));
	memset(f, 0, sizeof(*f));
	f->path = arena_strdup(path);
	map_put(&st.files, key, f);

	file_blobs(fd, path, &b);
	memset(&ps, 0, sizeof(ps));
	ok = b.n > 0;
	for (i = 0; i < b.n && ok; i++)
		ok = read_blob(&ps, b.data[i], b.len[i]);
	if (ok)
		commit(f, &ps);
	free_types(&ps);
	free(ps.f.v);
	free(ps.paths);
	free(ps.funcs);
	free(ps.vars);
	free(ps.var_block);
	free(ps.func_block);
	blobs_free(&b);
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
	arena_free_all();
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
