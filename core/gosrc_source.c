/* gosrc_source.c: Go source files, as gc's syntax package reads them
 * (syntax/source.go, pos.go): each file read once and cached with its
 * lines, the files of the package being compiled, positions, and the
 * arena a file's tree is allocated from.
 *
 * gosrc_get() reads and caches a file; gosrc_ast() (gosrc_resolve.c)
 * parses it once into gnodes allocated from the file's arena, freed by
 * gosrc_free_all().  Positions are 1-based lines and byte columns (a tab
 * is one column).
 *
 * The plugin reads the source again, long after gccgo did, so it must not
 * trust whatever is at a path by then: it reads the compile's own files
 * at the start (gosrc_preload), then seals the cache (gosrc_seal: no file
 * is read later, not even a //line directive's), and before any use drops
 * what changed since or what a line directive makes positions lie about
 * (gosrc_check_inputs).  A file dropped, or never read, gets gccgo's plain
 * names.  Only regular files are read, never blocking (a FIFO), and at
 * most GOSRC_MAX_BYTES (/dev/zero).
 */

#include "gosrc_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Memory: one arena per file                                          */
/* ------------------------------------------------------------------ */

void *gs_arena_alloc(arena *a, size_t n)
{
	struct chunk *c = a->head;

	n = (n + 15) & ~(size_t)15;
	if (!c || c->cap - c->used < n) {
		size_t cap = n > CHUNK_SIZE ? n : CHUNK_SIZE;

		c = xmalloc(sizeof(*c) + cap);
		c->cap = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;

	c->used += n;
	memset(p, 0, n);
	return p;
}

char *gs_arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = gs_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static void arena_free(arena *a)
{
	while (a->head) {
		struct chunk *c = a->head;

		a->head = c->next;
		free(c);
	}
}

/* ------------------------------------------------------------------ */
/* File cache                                                          */
/* ------------------------------------------------------------------ */

static struct gosrc *file_cache;

/* The other files of the package being compiled (gosrc_package_file). */
char **gs_package_files;
int gs_npackage_files;

/* Paths that could not be read (or are not Go source), not tried again. */
static struct miss {
	char *path;
	struct miss *next;
} *misses;

static void index_lines(struct gosrc *s)
{
	int cap = 64, n = 0;

	s->lines = xmalloc(cap * sizeof(size_t));
	s->lines[n++] = 0;
	for (size_t i = 0; i < s->len; i++) {
		if (s->text[i] != '\n')
			continue;
		if (n == cap) {
			cap *= 2;
			s->lines = xrealloc(s->lines, cap * sizeof(size_t));
		}
		s->lines[n++] = i + 1;
	}
	s->nlines = n;
}

static struct gosrc *src_new(const char *path, const char *text, size_t len)
{
	struct gosrc *s = xmalloc(sizeof(*s));

	memset(s, 0, sizeof(*s));
	s->path = xmalloc(strlen(path) + 1);
	strcpy(s->path, path);
	s->text = xmalloc(len + 1);
	if (len)
		memcpy(s->text, text, len);
	s->text[len] = 0;
	s->len = len;
	index_lines(s);
	s->next = file_cache;
	file_cache = s;
	return s;
}

static void add_miss(const char *path)
{
	size_t n = strlen(path);
	struct miss *m = xmalloc(sizeof *m);

	m->path = xmalloc(n + 1);
	memcpy(m->path, path, n + 1);
	m->next = misses;
	misses = m;
}

/* Set once the compile's own files are read: nothing else is read. */
static int sealed;

static void stamp(struct gosrc *s, const struct stat *sb)
{
	s->stamped = 1;
	s->st_dev = (unsigned long long)sb->st_dev;
	s->st_ino = (unsigned long long)sb->st_ino;
	s->st_size = (unsigned long long)sb->st_size;
	s->st_mtime_s = (long long)sb->st_mtim.tv_sec;
	s->st_mtime_ns = (long long)sb->st_mtim.tv_nsec;
	s->st_ctime_s = (long long)sb->st_ctim.tv_sec;
	s->st_ctime_ns = (long long)sb->st_ctim.tv_nsec;
}

static int same_stamp(const struct gosrc *a, const struct gosrc *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino &&
	       a->st_size == b->st_size &&
	       a->st_mtime_s == b->st_mtime_s && a->st_mtime_ns == b->st_mtime_ns &&
	       a->st_ctime_s == b->st_ctime_s && a->st_ctime_ns == b->st_ctime_ns;
}

/* The file at path, if it is a regular file of at most GOSRC_MAX_BYTES
 * that did not change while it was read; its stat in *sb.  Opened without
 * blocking, so that a FIFO cannot hang the compile, and read no further
 * than the size stat gave (and one byte, to see it grow). */
static char *read_regular(const char *path, size_t *lenp, struct stat *sb)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat after;

	if (fd < 0)
		return NULL;
	if (fstat(fd, sb) != 0 || !S_ISREG(sb->st_mode) || sb->st_size < 0 ||
	    (unsigned long long)sb->st_size > GOSRC_MAX_BYTES) {
		close(fd);
		return NULL;
	}
	size_t want = (size_t)sb->st_size, len = 0;
	char *buf = xmalloc(want + 1);
	int bad = 0;

	while (len <= want) {
		ssize_t got = read(fd, buf + len, want + 1 - len);

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			bad = 1;
		if (got <= 0)
			break;
		len += (size_t)got;
	}
	/* shorter, longer, or touched meanwhile: not the file stat saw */
	if (!bad && (len != want || fstat(fd, &after) != 0 ||
		     after.st_size != sb->st_size ||
		     after.st_mtim.tv_sec != sb->st_mtim.tv_sec ||
		     after.st_mtim.tv_nsec != sb->st_mtim.tv_nsec))
		bad = 1;
	close(fd);
	if (bad) {
		free(buf);
		return NULL;
	}
	*lenp = len;
	return buf;
}

static struct gosrc *cached(const char *path)
{
	for (struct gosrc *s = file_cache; s; s = s->next)
		if (strcmp(s->path, path) == 0)
			return s;
	return NULL;
}

static int missed(const char *path)
{
	for (struct miss *m = misses; m; m = m->next)
		if (strcmp(m->path, path) == 0)
			return 1;
	return 0;
}

/* Read path into the cache (or the misses), with its stat. */
static struct gosrc *load(const char *path)
{
	/* a //line directive may name anything (a grammar, a template):
	   only a Go file can tell gc's names and columns */
	size_t plen = strlen(path), len = 0;
	struct stat sb;
	char *buf = plen > 3 && strcmp(path + plen - 3, ".go") == 0
			    ? read_regular(path, &len, &sb) : NULL;

	if (!buf) {
		add_miss(path);
		return NULL;
	}
	struct gosrc *s = src_new(path, buf, len);

	free(buf);
	stamp(s, &sb);
	return s;
}

gosrc *gosrc_get(const char *path)
{
	struct gosrc *s;

	if (!path)
		return NULL;
	if ((s = cached(path)) != NULL)
		return s;
	if (sealed || missed(path))
		return NULL;
	return load(path);
}

void gosrc_preload(const char *path)
{
	if (path && !cached(path) && !missed(path))
		load(path);
}

void gosrc_seal(int on)
{
	sealed = on;
}

static void src_free(struct gosrc *s);

/* Forget the cached file s: it is not the text gccgo compiled. */
static void drop(struct gosrc *s)
{
	struct gosrc **p = &file_cache;

	while (*p && *p != s)
		p = &(*p)->next;
	if (!*p)
		return;
	*p = s->next;
	add_miss(s->path);
	src_free(s);
}

/* The end of the file name of a line directive "NAME:N" ending at end,
 * or NULL if it does not end in ":N". */
static const char *strip_number(const char *text, const char *end)
{
	const char *d = end;

	while (d > text && d[-1] >= '0' && d[-1] <= '9')
		d--;
	return d == end || d == text || d[-1] != ':' ? NULL : d - 1;
}

static void flag_target(const struct gosrc *src, const char *name, size_t n,
			struct gosrc **all, int nall, char *victims)
{
	for (int i = 0; i < nall; i++) {
		const char *p = all[i]->path;

		if ((strlen(p) == n && memcmp(p, name, n) == 0) ||
		    (all[i] == src && n == 0))
			victims[i] = 1;
	}
}

/* The files that a line directive in src names among the cached ones
 * are flagged in victims[] (indexed as the cache): the file NAME of
 * "line NAME:LINE" or "line NAME:LINE:COL" (both readings of the second
 * form), src itself for an empty NAME.  Any "//line " or "/\*line "
 * counts, even in a string: seeing too many only costs names. */
static void line_victims(const struct gosrc *src, struct gosrc **all, int n,
			 char *victims)
{
	const char *p = src->text, *end = src->text + src->len;

	for (; end - p >= 5; p++) {
		const char *at = p;

		if (memcmp(p, "line ", 5) != 0 || at - src->text < 2 ||
		    at[-2] != '/' || (at[-1] != '/' && at[-1] != '*'))
			continue;
		const char *name = at + 5, *stop = name;

		while (stop < end && *stop != '\n' &&
		       !(at[-1] == '*' && stop + 1 < end && stop[0] == '*' && stop[1] == '/'))
			stop++;
		while (stop > name && (stop[-1] == ' ' || stop[-1] == '\t' || stop[-1] == '\r'))
			stop--;
		const char *one = strip_number(name, stop);
		const char *two = one ? strip_number(name, one) : NULL;

		if (one)
			flag_target(src, name, (size_t)(one - name), all, n, victims);
		if (two)
			flag_target(src, name, (size_t)(two - name), all, n, victims);
	}
}

int gosrc_check_inputs(void)
{
	int n = 0, dropped = 0;

	for (struct gosrc *s = file_cache; s; s = s->next)
		n++;
	struct gosrc **all = xmalloc((size_t)(n + 1) * sizeof *all);
	char *victims = xmalloc((size_t)n + 1);
	int i = 0;

	for (struct gosrc *s = file_cache; s; s = s->next, i++) {
		all[i] = s;
		victims[i] = 0;
	}
	for (i = 0; i < n; i++) {
		struct stat sb;
		struct gosrc now;

		if (!all[i]->stamped)
			continue;	/* text given, not read */
		/* changed since it was read: which one did gccgo parse? */
		memset(&now, 0, sizeof now);
		if (stat(all[i]->path, &sb) != 0)
			victims[i] = 1;
		else {
			stamp(&now, &sb);
			victims[i] |= !same_stamp(all[i], &now);
		}
		/* positions a line directive makes up name another file,
		   or other lines of this one */
		line_victims(all[i], all, n, victims);
	}
	for (i = 0; i < n; i++)
		if (victims[i]) {
			drop(all[i]);
			dropped++;
		}
	free(victims);
	free(all);
	return dropped;
}
gosrc *gosrc_from_string(const char *name, const char *text, size_t len)
{
	struct gosrc *s;

	if (!name || !text)
		return NULL;
	if ((s = cached(name)) != NULL)
		return s;
	return src_new(name, text, len);
}

const char *gosrc_path(const gosrc *src)
{
	return src ? src->path : NULL;
}

const char *gosrc_line(gosrc *src, int line, int *len)
{
	if (!src || line < 1 || line > src->nlines)
		return NULL;

	size_t a = src->lines[line - 1];
	size_t b = line < src->nlines ? src->lines[line] - 1 : src->len;

	if (line == src->nlines && a == src->len && a > 0)
		return NULL;	/* the empty "line" after a final newline */
	if (b > a && src->text[b - 1] == '\r')
		b--;
	if (len)
		*len = (int)(b - a);
	return src->text + a;
}

static void src_free(struct gosrc *s)
{
	arena_free(&s->mem);
	free(s->top_name);
	free(s->top_decl);
	for (size_t i = 0; i < s->mcalls_cap; i++)
		free(s->mcalls[i].method);
	free(s->mcalls);
	free(s->lines);
	free(s->text);
	free(s->path);
	free(s);
}

static int ident_byte(unsigned char c)
{
	return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') ||
	       ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

gpos gosrc_gccgo_pos(gosrc *src, gpos at)
{
	int len;
	const unsigned char *t =
		(const unsigned char *)gosrc_line(src, at.line, &len);

	if (!t || at.col < 2 || at.col > len || t[at.col - 1] < 0xc0)
		return at;
	while (at.col > 1 && ident_byte(t[at.col - 2]))
		at.col--;
	return at;
}

void gosrc_free_all(void)
{
	while (file_cache) {
		struct gosrc *s = file_cache;

		file_cache = s->next;
		src_free(s);
	}
	gs_scopes_free();
	for (int i = 0; i < gs_npackage_files; i++)
		free(gs_package_files[i]);
	free(gs_package_files);
	gs_package_files = NULL;
	gs_npackage_files = 0;
	while (misses) {
		struct miss *m = misses;
		misses = m->next;
		free(m->path);
		free(m);
	}
}

void gosrc_package_file(const char *path)
{
	if (!path)
		return;
	for (int i = 0; i < gs_npackage_files; i++)
		if (strcmp(gs_package_files[i], path) == 0)
			return;
	gs_package_files = xrealloc(gs_package_files,
				    (size_t)(gs_npackage_files + 1) * sizeof *gs_package_files);
	size_t n = strlen(path);
	gs_package_files[gs_npackage_files] = xmalloc(n + 1);
	memcpy(gs_package_files[gs_npackage_files++], path, n + 1);
}

/* The cached file whose tree is f, or NULL. */
struct gosrc *gs_src_of_ast(const gnode *f)
{
	struct gosrc *src = file_cache;

	while (src && src->ast != f)
		src = src->next;
	return src;
}
