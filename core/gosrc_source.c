/* gosrc_source.c: Go source files, as gc's syntax package reads them
 * (syntax/source.go, pos.go): each file read once and cached with its
 * lines, the files of the package being compiled, positions, and the
 * arena a file's tree is allocated from.
 *
 * gosrc_get() reads and caches a file; gosrc_ast() (gosrc_resolve.c)
 * parses it once into gnodes allocated from the file's arena, freed by
 * gosrc_free_all().  Positions are 1-based lines and byte columns (a tab
 * is one column).
 */

#include "gosrc_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

gosrc *gosrc_get(const char *path)
{
	struct gosrc *s;

	if (!path)
		return NULL;
	for (s = file_cache; s; s = s->next)
		if (strcmp(s->path, path) == 0)
			return s;
	for (struct miss *m = misses; m; m = m->next)
		if (strcmp(m->path, path) == 0)
			return NULL;

	/* a //line directive may name anything (a grammar, a template):
	   only a Go file can tell gc's names and columns */
	size_t plen = strlen(path);
	FILE *f = plen > 3 && strcmp(path + plen - 3, ".go") == 0
			  ? fopen(path, "rb") : NULL;

	if (!f) {
		struct miss *m = xmalloc(sizeof *m);
		m->path = xmalloc(plen + 1);
		memcpy(m->path, path, plen + 1);
		m->next = misses;
		misses = m;
		return NULL;
	}

	size_t cap = 1 << 16, len = 0, got;
	char *buf = xmalloc(cap);

	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
	}
	int err = ferror(f);

	fclose(f);
	if (err) {
		free(buf);
		return NULL;
	}
	s = src_new(path, buf, len);
	free(buf);
	return s;
}

gosrc *gosrc_from_string(const char *name, const char *text, size_t len)
{
	struct gosrc *s;

	if (!name || !text)
		return NULL;
	for (s = file_cache; s; s = s->next)
		if (strcmp(s->path, name) == 0)
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
