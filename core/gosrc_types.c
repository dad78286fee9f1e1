/* gosrc_types.c: the types of expressions, as far as the file tells
 * (types2's typexpr.go, lookup.go, methodset): type declarations and
 * aliases followed, underlying types, whether a type holds pointers, the
 * type of an expression, fields and methods found through embedded
 * fields, the method sets of interfaces, the variadic functions known,
 * and the methods the compiler says a call calls
 * (gosrc_add_method_call).
 *
 * Limits (no type checker)
 * ------------------------
 * Only declarations in this file are known: a method call on a value
 * whose type or method is declared elsewhere (another file, an imported
 * package) prints as written ("b.WriteString(s)" where gc prints
 * "(*bytes.Buffer).WriteString(b, s)") unless the caller said which
 * method the compiler calls there (gosrc_add_method_call); so do promoted
 * fields through
 * such types, conversions gc makes explicit in comparisons ("I2(a) == b"),
 * constants gc folds from other packages or unsafe.Sizeof (dead code
 * under "if runtime.Compiler == ...", "[]rune(\"\")" printed as
 * "[]rune{}"), interface methods embedded from other packages,
 * "var x = f()" types ("var x ?" inside a printed block), and the
 * temporaries gc introduces (".autotmp_N").  Closure numbering follows
 * source order, and package-level closures are counted per file.
 */

#include "gosrc_impl.h"

#include <stdlib.h>
#include <string.h>

static bool is_string_uncached(const gnode *n, int depth);

/* ---- what the compiler says a call calls ---- */

static unsigned long long pos_key(gpos p)
{
	return ((unsigned long long)(unsigned)p.line << 20) | (unsigned)p.col;
}

static struct mcall *mcall_slot(struct mcall *t, size_t cap,
				unsigned long long key)
{
	size_t i = (size_t)(key * 0x9E3779B97F4A7C15ull) & (cap - 1);

	while (t[i].key && t[i].key != key)
		i = (i + 1) & (cap - 1);
	return &t[i];
}

void gosrc_add_method_call(gosrc *src, gpos dot, const char *method)
{
	unsigned long long key = pos_key(dot);

	if (!key)
		return;
	if (2 * (src->nmcalls + 1) > src->mcalls_cap) {
		size_t cap = src->mcalls_cap ? 2 * src->mcalls_cap : 64;
		struct mcall *t = xmalloc(cap * sizeof *t);
		memset(t, 0, cap * sizeof *t);
		for (size_t i = 0; i < src->mcalls_cap; i++)
			if (src->mcalls[i].key)
				*mcall_slot(t, cap, src->mcalls[i].key) = src->mcalls[i];
		free(src->mcalls);
		src->mcalls = t;
		src->mcalls_cap = cap;
	}
	struct mcall *m = mcall_slot(src->mcalls, src->mcalls_cap, key);
	if (m->key)
		return;
	size_t len = strlen(method);
	m->key = key;
	m->method = xmalloc(len + 1);
	memcpy(m->method, method, len + 1);
	src->nmcalls++;
}

/* The method gosrc_add_method_call said selector sel calls, or NULL. */
const char *gs_method_called(const gnode *sel)
{
	const gnode *f = gs_file_of(sel);
	struct gosrc *src = f ? gs_src_of_ast(f) : NULL;

	if (!src || !src->mcalls_cap)
		return NULL;
	return mcall_slot(src->mcalls, src->mcalls_cap, pos_key(sel->pos))->method;
}

/* ---- types ---- */

/* The package name to print for an imported package. */
/* Do the package's files import two packages named `name` (gc's
 * NumImport[name] > 1)? */
bool gs_ambiguous_import(const char *name)
{
	const char *first = NULL;
	char buf[256];

	for (int i = 0; i < gs_npackage_files; i++) {
		const gnode *f = gs_package_ast(i);
		for (int k = 0; f && k < f->nlist; k++) {
			const gnode *d = f->list[k];
			if (d->kind != GN_IMPORT || !d->y || !d->y->text)
				continue;
			gnode tmp = *d;
			tmp.text = NULL;
			const char *n = gs_import_name(&tmp, buf, sizeof buf);
			if (!n || strcmp(n, name) != 0)
				continue;
			if (!first)
				first = d->y->text;
			else if (strcmp(first, d->y->text) != 0)
				return true;
		}
	}
	return false;
}

bool gs_import_of(const gnode *x, char *buf, size_t size)
{
	const gnode *d;
	const char *s;

	x = gs_unparen(x);
	if (!x || x->kind != GN_NAME)
		return false;
	d = gosrc_resolve(x);
	if (!d || d->kind != GN_IMPORT)
		return false;
	/* gc prints the package's own name, not the local one */
	if (!d->y || !d->y->text)
		return false;
	{
		gnode tmp = *d;

		tmp.text = NULL;
		s = gs_import_name(&tmp, buf, size);
	}
	return s != NULL;
}

const gnode *gs_typespec_of(const gnode *t)
{
	const gnode *d;

	t = gs_unparen(t);
	if (!t || t->kind != GN_NAME)
		return NULL;
	d = gosrc_resolve(t);
	return d && d->kind == GN_TYPESPEC ? d : NULL;
}

/* Follows aliases declared in the file. */
const gnode *gs_dealias(const gnode *t)
{
	for (int i = 0; i < MAX_EVAL_DEPTH; i++) {
		const gnode *d = gs_typespec_of(t);

		t = gs_unparen(t);
		if (!d || !(d->flags & GNF_ALIAS) || !d->x)
			return t;
		t = d->x;
	}
	return gs_unparen(t);
}

/* The underlying type literal of t, through the file's declarations. */
const gnode *gs_underlying(const gnode *t)
{
	for (int i = 0; i < MAX_EVAL_DEPTH; i++) {
		const gnode *d = gs_typespec_of(t);

		t = gs_unparen(t);
		if (!d || !d->x)
			return t;
		t = d->x;
	}
	return gs_unparen(t);
}

static int has_pointers(const gnode *t, int depth)
{
	static const char *const scalars[] = {
		"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
		"uint16", "uint32", "uint64", "uintptr", "float32", "float64",
		"complex64", "complex128", "byte", "rune", NULL};

	if (depth > MAX_EVAL_DEPTH)
		return -1;
	t = gs_unparen(t);
	if (!t)
		return -1;
	switch (t->kind) {
	case GN_STAR: case GN_SLICETYPE: case GN_MAPTYPE: case GN_CHANTYPE:
	case GN_FUNCTYPE: case GN_IFACETYPE: case GN_ELLIPSIS:
		return 1;
	case GN_ARRAYTYPE:
		if (t->x && t->x->kind == GN_BASICLIT && t->x->text &&
		    strcmp(t->x->text, "0") == 0)
			return 0;
		return has_pointers(t->y, depth + 1);
	case GN_STRUCTTYPE: {
		int r = 0;
		for (int i = 0; i < t->nlist && r != 1; i++) {
			int f = t->list[i] ? has_pointers(t->list[i]->x, depth + 1) : -1;
			r = f == 1 || f < 0 ? f : r;
		}
		return r;
	}
	case GN_NAME: {
		const gnode *d = gs_typespec_of(t);
		if (d)
			return d->list ? -1 : has_pointers(d->x, depth + 1);
		if (gosrc_resolve(t) || !t->text)
			return -1;	/* not a type, or a type parameter */
		if (strcmp(t->text, "string") == 0 || strcmp(t->text, "error") == 0 ||
		    strcmp(t->text, "any") == 0)
			return 1;
		for (int i = 0; scalars[i]; i++)
			if (strcmp(t->text, scalars[i]) == 0)
				return 0;
		return -1;	/* declared in a file not read */
	}
	case GN_SELECTOR:
		if (t->x && t->x->kind == GN_NAME && t->x->text &&
		    strcmp(t->x->text, "unsafe") == 0)
			return 1;	/* unsafe.Pointer */
		return -1;	/* another package's type */
	default:
		return -1;
	}
}

int gosrc_type_has_pointers(const gnode *type)
{
	return has_pointers(type, 0);
}

int gosrc_type_is_uintptr(const gnode *type)
{
	const gnode *u = gs_underlying(type);

	return u && u->kind == GN_NAME && u->text && strcmp(u->text, "uintptr") == 0 &&
	       !gosrc_resolve(u);
}

static void mset_add(struct mset *s, const char *name, const gnode *ft)
{
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->m[i].name, name) == 0)
			return;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->m = xrealloc(s->m, s->cap * sizeof(struct method));
	}
	s->m[s->n].name = name;
	s->m[s->n].ft = ft;
	s->n++;
}

void gs_collect_methods(struct mset *s, const gnode *t, int depth)
{
	if (depth > MAX_EVAL_DEPTH)
		return;
	for (int i = 0; i < t->nlist; i++) {
		const gnode *f = t->list[i], *e;

		if (f->text && f->x && f->x->kind == GN_FUNCTYPE) {
			mset_add(s, f->text, f->x);
			continue;
		}
		e = gs_unparen(f->x);
		if (!e || e->kind != GN_NAME)
			continue;	/* imported or a type set: unknown */
		if (gs_predeclared(e, gs_is_predeclared_type)) {
			if (strcmp(e->text, "error") == 0)
				mset_add(s, "Error", NULL);
			continue;
		}
		e = gs_underlying(e);
		if (e && e->kind == GN_IFACETYPE)
			gs_collect_methods(s, e, depth + 1);
	}
}

/* Whether a type expression denotes a named type (printed T(x) in a
 * conversion) rather than a type literal (printed (T)(x)). */
bool gs_is_named_type(const gnode *t)
{
	t = gs_dealias(t);
	if (!t)
		return false;
	return t->kind == GN_NAME || t->kind == GN_SELECTOR ||
	       t->kind == GN_INDEX;
}

/* Whether the callee of a call is syntactically a type (a conversion). */
bool gs_is_type_expr(const gnode *f)
{
	const gnode *d;

	f = gs_unparen(f);
	if (!f)
		return false;
	switch (f->kind) {
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
	case GN_MAPTYPE:
	case GN_CHANTYPE:
	case GN_FUNCTYPE:
	case GN_STRUCTTYPE:
	case GN_IFACETYPE:
		return true;
	case GN_STAR:
		return gs_is_type_expr(f->x) ||
		       gs_unparen(f->x)->kind == GN_SELECTOR;
	case GN_NAME:
		d = gosrc_resolve(f);
		if (d)
			return d->kind == GN_TYPESPEC ||
			       (d->kind == GN_FIELD && d->parent &&
				(d->parent->kind == GN_TYPESPEC ||
				 (d->parent->kind == GN_FUNCDECL &&
				  gs_index_in(d->parent->list2,
					      d->parent->nlist2, d) >= 0)));
		return gs_is_predeclared_type(f->text);
	default:
		return false;
	}
}

/* ---- composite literals ---- */

/* The type of a composite literal, inferred from the enclosing literal
 * when elided; *ptr is set when the element type is *T (gc then prints
 * the implicit &T{...}). */
const gnode *gs_complit_type(const gnode *n, bool *ptr, int depth)
{
	const gnode *par, *lit, *t, *e;
	bool key = false, pp;

	*ptr = false;
	if (n->x)
		return n->x;
	if (depth > MAX_EVAL_DEPTH)
		return NULL;
	par = n->parent;
	lit = par;
	if (par && par->kind == GN_KEYVALUE) {
		key = par->x == n;
		lit = par->parent;
	}
	if (!lit || lit->kind != GN_COMPOSITE)
		return NULL;
	t = gs_complit_type(lit, &pp, depth + 1);
	t = gs_underlying(t);
	if (!t)
		return NULL;
	switch (t->kind) {
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
		e = t->y;
		break;
	case GN_MAPTYPE:
		e = key ? t->x : t->y;
		break;
	default:
		return NULL;
	}
	e = gs_unparen(e);
	if (e && e->kind == GN_STAR) {
		*ptr = true;
		e = e->x;
	}
	return e;
}

/* ---- expressions ---- */

static bool decl_is_string(const gnode *d, const gnode *name, int depth)
{
	const gnode *t = NULL;
	int i;

	switch (d->kind) {
	case GN_FIELD:
		t = d->x;
		break;
	case GN_VARSPEC:
	case GN_CONSTSPEC:
		t = d->x;
		if (!t) {
			i = gs_index_in(d->list, d->nlist, NULL);
			for (i = 0; i < d->nlist; i++)
				if (gs_name_is(d->list[i], name->text))
					break;
			if (i < d->nlist2 && d->nlist2 == d->nlist)
				return gs_is_string_expr(d->list2[i],
							 depth + 1);
		}
		break;
	case GN_ASSIGN:
		for (i = 0; i < d->nlist; i++)
			if (gs_name_is(d->list[i], name->text))
				break;
		if (i < d->nlist2 && d->nlist2 == d->nlist)
			return gs_is_string_expr(d->list2[i], depth + 1);
		return false;
	default:
		return false;
	}
	t = gs_dealias(t);
	return t && t->kind == GN_NAME && strcmp(t->text, "string") == 0 &&
	       !gs_typespec_of(t);
}

enum { GNF_STR_KNOWN = 1 << 14, GNF_STR_YES = 1 << 15 };

/* Whether n is (syntactically) of string type. */
bool gs_is_string_expr(const gnode *n, int depth)
{
	gnode *m = gs_unparen(n);
	bool r;

	if (!m || depth > 8)
		return false;
	if (m->flags & GNF_STR_KNOWN)
		return (m->flags & GNF_STR_YES) != 0;
	r = is_string_uncached(m, depth);
	if (depth == 0)
		m->flags |= GNF_STR_KNOWN | (r ? GNF_STR_YES : 0);
	return r;
}

static bool is_string_uncached(const gnode *n, int depth)
{
	const gnode *d;

	switch (n->kind) {
	case GN_BASICLIT:
		return n->text[0] == '"' || n->text[0] == '`';
	case GN_BINARY:
		return n->op == '+' && (gs_is_string_expr(n->x, depth + 1) ||
					gs_is_string_expr(n->y, depth + 1));
	case GN_SLICE:
		return gs_is_string_expr(n->x, depth + 1);
	case GN_CALL:
		return n->nlist == 1 &&
		       gs_name_is(gs_unparen(n->x), "string") &&
		       !gosrc_resolve(gs_unparen(n->x));
	case GN_NAME:
		d = gosrc_resolve(n);
		return d && decl_is_string(d, n, depth);
	default:
		return false;
	}
}

/* ---- method calls and promoted fields ---- */

bool gs_norm_ty(struct ty *r)
{
	for (int i = 0; i < MAX_EVAL_DEPTH && r->t; i++) {
		const gnode *t = gs_dealias(r->t);

		if (t && t->kind == GN_STAR) {
			r->ptr++;
			r->t = t->x;
			continue;
		}
		r->t = t;
		break;
	}
	return r->t != NULL;
}

int gs_name_index(const gnode *d, const char *name)
{
	for (int i = 0; i < d->nlist; i++)
		if (gs_name_is(d->list[i], name))
			return i;
	return -1;
}

/* The type declaration (in this file) of a named type. */
static const gnode *named_spec(const struct ty *t)
{
	const gnode *d = gs_typespec_of(t->t);

	return d && !(d->flags & GNF_ALIAS) && !d->nlist ? d : NULL;
}

/* A method `name` declared in the file for the type declared by spec. */
static const gnode *find_method_in(const gnode *f, const gnode *spec, const char *name)
{
	for (int i = 0; f && i < f->nlist; i++) {
		const gnode *d = f->list[i], *r;

		if (d->kind != GN_FUNCDECL || d->nlist != 1 || !d->text ||
		    strcmp(d->text, name) != 0)
			continue;
		r = gs_unparen(d->list[0]->x);
		if (r && r->kind == GN_STAR)
			r = gs_unparen(r->x);
		if (r && r->kind == GN_NAME && strcmp(r->text, spec->text) == 0)
			return d;
	}
	return NULL;
}

/* Method `name` of the type spec declares: in its file, else in another
 * file of the package. */
static const gnode *find_method(const gnode *spec, const char *name)
{
	const gnode *f = gs_file_of(spec), *d = find_method_in(f, spec, name);

	for (int i = 0; f && !d && i < gs_npackage_files; i++) {
		const gnode *g = gs_package_ast(i);
		if (g && g != f)
			d = find_method_in(g, spec, name);
	}
	return d;
}

/* The name an embedded field is known by. */
static const char *embedded_name(const gnode *t)
{
	t = gs_unparen(t);
	if (t && t->kind == GN_STAR)
		t = gs_unparen(t->x);
	if (t && t->kind == GN_INDEX)
		t = gs_unparen(t->x);
	if (t && t->kind == GN_SELECTOR)
		return t->text;
	return t && t->kind == GN_NAME ? t->text : NULL;
}

struct lk {
	struct ty t;
	const char *path[MAX_PATH];
	int npath;
	unsigned ptrs;
};

/* Go's selector rule (shallowest depth first) over the types declared
 * in this file; no ambiguity checks. */
bool gs_lookup_member(const struct ty *start, const char *name,
		      struct member *m)
{
	struct lk q[32];
	int nq = 0, head = 0;

	memset(m, 0, sizeof(*m));
	q[nq].t = *start;
	q[nq].ptrs = 0;
	q[nq++].npath = 0;
	while (head < nq) {
		int level_end = nq;

		for (; head < level_end; head++) {
			struct lk *c = &q[head];
			const gnode *spec = named_spec(&c->t), *u;

			if (c->t.ptr > 1)
				continue;
			if (spec && (m->method = find_method(spec, name))) {
				memcpy(m->path, c->path, sizeof(m->path));
				m->npath = c->npath;
				return true;
			}
			u = gs_underlying(c->t.t);
			if (u && u->kind == GN_IFACETYPE) {
				struct mset s = { 0 };
				bool found = false;

				gs_collect_methods(&s, u, 0);
				for (int i = 0; i < s.n; i++)
					if (strcmp(s.m[i].name, name) == 0)
						found = true;
				free(s.m);
				if (found) {
					m->iface = true;
					memcpy(m->path, c->path, sizeof(m->path));
					m->npath = c->npath;
					return true;
				}
				continue;
			}
			if (!u || u->kind != GN_STRUCTTYPE)
				continue;
			for (int i = 0; i < u->nlist; i++) {
				const gnode *f = u->list[i];
				const char *fn = f->text ? f->text :
						 embedded_name(f->x);

				if (fn && strcmp(fn, name) == 0) {
					m->field = f;
					memcpy(m->path, c->path, sizeof(m->path));
					m->npath = c->npath;
					m->ptrs = c->ptrs;
					return true;
				}
			}
			for (int i = 0; i < u->nlist; i++) {
				const gnode *f = u->list[i];

				if (f->text || !embedded_name(f->x) ||
				    nq == (int)(sizeof(q) / sizeof(q[0])) ||
				    c->npath == MAX_PATH)
					continue;
				q[nq] = *c;
				q[nq].t.t = f->x;
				q[nq].t.ptr = 0;
				gs_norm_ty(&q[nq].t);
				if (q[nq].t.ptr)
					q[nq].ptrs |= 1u << q[nq].npath;
				q[nq].path[q[nq].npath++] = embedded_name(f->x);
				nq++;
			}
		}
	}
	return false;
}

/* The declaration of the function a call calls, when in this file. */
static const gnode *callee_decl(const gnode *call, int depth)
{
	const gnode *f = gs_unparen(call->x), *d;
	struct ty t;
	struct member m;

	if (!f)
		return NULL;
	if (f->kind == GN_NAME) {
		d = gosrc_resolve(f);
		return d && d->kind == GN_FUNCDECL ? d : NULL;
	}
	if (f->kind == GN_SELECTOR && gs_type_of(f->x, &t, depth + 1) &&
	    gs_lookup_member(&t, f->text, &m) && m.method)
		return m.method;
	return NULL;
}

bool gs_type_of(const gnode *e, struct ty *r, int depth)
{
	const gnode *d, *f, *u;
	struct ty b;
	struct member m;
	int i;

	e = gs_unparen(e);
	r->t = NULL;
	r->ptr = 0;
	if (!e || depth > 8)
		return false;
	switch (e->kind) {
	case GN_NAME:
		d = gosrc_resolve(e);
		if (!d)
			return false;
		switch (d->kind) {
		case GN_FIELD:
			if (d->flags & GNF_DDD)
				return false;
			r->t = d->x;
			break;
		case GN_VARSPEC:
			if (d->x) {
				r->t = d->x;
				break;
			}
			/* fall through */
		case GN_ASSIGN:
			i = gs_name_index(d, e->text);
			if (i < 0)
				return false;
			if (d->nlist2 == d->nlist)
				return gs_type_of(d->list2[i], r, depth + 1);
			/* a, b := f(): the results of f */
			f = gs_unparen(d->list2[0]);
			if (d->nlist2 != 1 || f->kind != GN_CALL)
				return false;
			f = callee_decl(f, depth);
			if (!f || !f->x || f->x->nlist2 != d->nlist)
				return false;
			r->t = f->x->list2[i]->x;
			break;
		case GN_RANGE:
			/* for k, v := range x: v has x's element type */
			i = gs_name_index(d, e->text);
			if (i < 0 || !gs_type_of(d->x, &b, depth + 1) ||
			    b.ptr > 1)
				return false;
			u = gs_underlying(b.t);
			if (!u)
				return false;
			if (u->kind == GN_MAPTYPE && !b.ptr)
				r->t = i == 0 ? u->x : u->y;
			else if (i == 1 && (u->kind == GN_ARRAYTYPE ||
					    (u->kind == GN_SLICETYPE && !b.ptr)))
				r->t = u->y;
			else
				return false;
			break;
		default:
			return false;
		}
		break;
	case GN_COMPOSITE: {
		bool ptr;

		r->t = gs_complit_type(e, &ptr, 0);
		r->ptr = ptr;
		break;
	}
	case GN_UNARY:
		if (e->op != '&' || !gs_type_of(e->x, r, depth + 1))
			return false;
		r->ptr++;
		return true;
	case GN_STAR:
		if (!gs_type_of(e->x, r, depth + 1) || r->ptr == 0)
			return false;
		r->ptr--;
		return true;
	case GN_CALL:
		f = gs_unparen(e->x);
		if (f && gs_predeclared(f, gs_is_builtin_func)) {
			if (strcmp(f->text, "new") == 0 && e->nlist == 1) {
				r->t = e->list[0];
				r->ptr = 1;
				break;
			}
			if (strcmp(f->text, "make") == 0 && e->nlist >= 1) {
				r->t = e->list[0];
				break;
			}
			return false;
		}
		if (f && gs_is_type_expr(f) && e->nlist == 1) {
			r->t = f;
			break;
		}
		d = callee_decl(e, depth);
		if (!d || !d->x || d->x->nlist2 != 1)
			return false;
		r->t = d->x->list2[0]->x;
		break;
	case GN_SELECTOR:
		if (!gs_type_of(e->x, &b, depth + 1) ||
		    !gs_lookup_member(&b, e->text, &m) || !m.field)
			return false;
		r->t = m.field->x;
		break;
	case GN_INDEX:
		if (e->nlist != 1 || !gs_type_of(e->x, &b, depth + 1) ||
		    b.ptr > 1)
			return false;
		u = gs_underlying(b.t);
		if (!u)
			return false;
		if (u->kind == GN_SLICETYPE && !b.ptr)
			r->t = u->y;
		else if (u->kind == GN_ARRAYTYPE)
			r->t = u->y;
		else if (u->kind == GN_MAPTYPE && !b.ptr)
			r->t = u->y;
		else
			return false;
		break;
	case GN_ASSERT:
		r->t = e->y;
		break;
	default:
		return false;
	}
	return gs_norm_ty(r);
}

/* Variadic functions of fmt and log: name and number of fixed
 * parameters. */
static const struct {
	const char *pkg, *name;
	int fixed;
} std_variadic[] = {
	{ "fmt", "Append", 1 }, { "fmt", "Appendf", 2 },
	{ "fmt", "Appendln", 1 }, { "fmt", "Errorf", 1 },
	{ "fmt", "Fprint", 1 }, { "fmt", "Fprintf", 2 },
	{ "fmt", "Fprintln", 1 }, { "fmt", "Fscan", 1 },
	{ "fmt", "Fscanf", 2 }, { "fmt", "Fscanln", 1 },
	{ "fmt", "Print", 0 }, { "fmt", "Printf", 1 },
	{ "fmt", "Println", 0 }, { "fmt", "Scan", 0 },
	{ "fmt", "Scanf", 1 }, { "fmt", "Scanln", 0 },
	{ "fmt", "Sprint", 0 }, { "fmt", "Sprintf", 1 },
	{ "fmt", "Sprintln", 0 }, { "fmt", "Sscan", 1 },
	{ "fmt", "Sscanf", 2 }, { "fmt", "Sscanln", 1 },
	{ "log", "Fatal", 0 }, { "log", "Fatalf", 1 },
	{ "log", "Fatalln", 0 }, { "log", "Panic", 0 },
	{ "log", "Panicf", 1 }, { "log", "Panicln", 0 },
	{ "log", "Print", 0 }, { "log", "Printf", 1 },
	{ "log", "Println", 0 },
};

static int ft_variadic(const gnode *ft)
{
	if (!ft || ft->kind != GN_FUNCTYPE || !ft->nlist ||
	    !(ft->list[ft->nlist - 1]->flags & GNF_DDD))
		return -1;
	return ft->nlist - 1;
}

/* The number of fixed parameters of the variadic function a call
 * calls; -1 when it is not known to be variadic or the call passes a
 * slice with "...". */
int gs_variadic_fixed(const gnode *call)
{
	const gnode *f = gs_unparen(call->x), *d;
	char buf[256];
	struct ty t;
	struct member m;

	if (!f || (call->flags & GNF_DDD))
		return -1;
	if (f->kind == GN_NAME) {
		d = gosrc_resolve(f);
		return d && d->kind == GN_FUNCDECL ? ft_variadic(d->x) : -1;
	}
	if (f->kind != GN_SELECTOR)
		return -1;
	if (gs_import_of(f->x, buf, sizeof(buf))) {
		for (size_t i = 0; i < sizeof(std_variadic) /
					sizeof(std_variadic[0]); i++)
			if (strcmp(buf, std_variadic[i].pkg) == 0 &&
			    strcmp(f->text, std_variadic[i].name) == 0)
				return std_variadic[i].fixed;
		return -1;
	}
	if (gs_type_of(f->x, &t, 0) && gs_lookup_member(&t, f->text, &m) &&
	    m.method)
		return ft_variadic(m.method->x);
	return -1;
}

int gosrc_type_class(const gnode *e)
{
	struct ty t;

	if (!gs_type_of(e, &t, 0))
		return GOSRC_TY_UNKNOWN;
	if (t.ptr)
		return GOSRC_TY_POINTER;
	const gnode *u = gs_underlying(t.t);
	if (!u)
		return GOSRC_TY_UNKNOWN;
	if (u->kind == GN_IFACETYPE)
		return GOSRC_TY_IFACE;
	if (u->kind == GN_NAME && u->text && !gosrc_resolve(u) &&
	    (strcmp(u->text, "error") == 0 || strcmp(u->text, "any") == 0))
		return GOSRC_TY_IFACE;
	if (u->kind == GN_ARRAYTYPE)
		return GOSRC_TY_ARRAY;
	if (u->kind == GN_NAME && u->text && !gosrc_resolve(u) && strcmp(u->text, "string") == 0)
		return GOSRC_TY_STRING;
	if (u->kind == GN_SELECTOR)
		return GOSRC_TY_UNKNOWN;	/* another package's type */
	if (u->kind == GN_NAME && gosrc_resolve(u))
		return GOSRC_TY_UNKNOWN;	/* a type parameter, say */
	if (u->kind == GN_SLICETYPE)
		return GOSRC_TY_SLICE;
	if (u->kind == GN_MAPTYPE)
		return GOSRC_TY_MAP;
	return GOSRC_TY_OTHER;
}

int gosrc_selector_import(const gnode *sel, char *path, size_t size)
{
	const gnode *x = sel && sel->kind == GN_SELECTOR ? gs_unparen(sel->x) : NULL;
	const gnode *d = x && x->kind == GN_NAME ? gosrc_resolve(x) : NULL;
	size_t n;
	char *v;

	if (!d || d->kind != GN_IMPORT || !d->y || !d->y->text || !sel->text ||
	    !(v = gs_string_value(d->y->text, &n)))
		return 0;
	int ok = n < size && !memchr(v, 0, n);
	if (ok)
		memcpy(path, v, n + 1);
	free(v);
	return ok;
}

int gosrc_selector_path(const gnode *sel, const char **names, int max,
			unsigned *ptrs)
{
	struct ty t;
	struct member m;

	sel = gs_unparen(sel);
	*ptrs = 0;
	if (!sel || sel->kind != GN_SELECTOR || !sel->text || !gs_type_of(sel->x, &t, 0) ||
	    !gs_lookup_member(&t, sel->text, &m) || !m.field || m.npath > max)
		return 0;
	for (int i = 0; i < m.npath; i++)
		names[i] = m.path[i];
	*ptrs = m.ptrs;
	return m.npath;
}

int gosrc_selector_kind(const gnode *sel)
{
	struct ty t;
	struct member m;

	sel = gs_unparen(sel);
	if (!sel || sel->kind != GN_SELECTOR || !sel->text || !gs_type_of(sel->x, &t, 0) ||
	    !gs_lookup_member(&t, sel->text, &m))
		return GOSRC_SEL_UNKNOWN;
	if (m.method || m.iface)
		return GOSRC_SEL_METHOD;
	if (!m.field)
		return GOSRC_SEL_UNKNOWN;
	return m.npath ? GOSRC_SEL_PROMOTED : GOSRC_SEL_FIELD;
}
