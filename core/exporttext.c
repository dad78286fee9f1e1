/* exporttext.c: gccgo's export data text (gofrontend import.cc, gogo.cc
 * Function::import_func, export.cc), read into an xfunc per function and
 * method that the package defines, with each parameter's raw escape note.
 * A block that does not parse completely (up to and including its
 * "checksum" line) is dropped as a whole; every byte is read through a
 * cursor with an explicit end.  What is read lives in one arena, here,
 * until xdata_free_all().
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
 */
#include "exportdata_priv.h"

#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Memory: one arena for everything that lives until xdata_free_all() */

#define ARENA_BLOCK 65536

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t mem[];
};

static struct arena_block *arena;

void *xdata_arena_alloc(size_t n)
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

char *xdata_arena_strndup(const char *s, size_t n)
{
	char *p = xdata_arena_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xdata_arena_strdup(const char *s)
{
	return xdata_arena_strndup(s, strlen(s));
}

void xdata_arena_free_all(void)
{
	while (arena) {
		struct arena_block *next = arena->next;

		free(arena);
		arena = next;
	}
}

/* ------------------------------------------------------------------ */
/* Parsing export data                                                 */

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
	if (!accept(c, "0x") || hex_digit(peek(c)) < 0)
		return 0;
	while (hex_digit(peek(c)) >= 0) {
		if (v > (0xffffffffUL >> 4))
			return 0;
		v = v * 16 + (unsigned long)hex_digit(peek(c));
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

static void pending_func(struct parse *ps, const struct pfunc *f,
			 const char *tname, size_t tlen, int value_recv)
{
	xfunc *x = xdata_arena_alloc(sizeof(*x));
	int i, np = f->nparams, nr = f->nresults;
	char *name;

	if (tname) {
		name = xdata_arena_alloc(tlen + 1 + f->namelen + 1);
		memcpy(name, tname, tlen);
		name[tlen] = '.';
		memcpy(name + tlen + 1, f->name, f->namelen);
		name[tlen + 1 + f->namelen] = '\0';
	} else {
		name = xdata_arena_strndup(f->name, f->namelen);
	}
	x->pkgpath = NULL;
	x->name = name;
	x->value_recv = value_recv;
	x->nparams = np;
	x->nresults = nr;
	x->params = xdata_arena_alloc((np + nr) * sizeof(xparam) + 1);
	x->results = x->params + np;
	for (i = 0; i < np + nr; i++) {
		const struct pparam *p = &f->v[i];

		x->params[i].name = p->name ? xdata_arena_strndup(p->name,
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
	ps->vars[ps->nvars] = xdata_arena_strndup(name, len);
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

void xdata_free_types(struct parse *ps)
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
		pkgpath = xdata_arena_strndup(path, plen);
	} else if (accept(c, "prefix ")) {
		plen = read_ident(c, &path);
		if (!plen || !accept(c, "\n"))
			return 0;
		pkgpath = xdata_arena_alloc(plen + 1 + nlen + 1);
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
	xdata_free_types(ps);
	return ok;
}

int xdata_read_blob(struct parse *ps, const char *data, size_t len)
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
