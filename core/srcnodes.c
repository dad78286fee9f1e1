/* srcnodes.c: the syntax behind the IR's positions (see srcnodes.h). */
#include "srcnodes.h"
#include "mangle.h"

#include <stdlib.h>
#include <string.h>

gnode *src_find(esc_fn *fn, gpos at, unsigned long long kinds)
{
	gosrc *src = gosrc_get(fn->file);

	return src ? gosrc_find(src, at, kinds) : NULL;
}

gnode *src_find_start(esc_fn *fn, gpos at, unsigned long long kinds)
{
	gosrc *src = gosrc_get(fn->file);

	return src ? gosrc_find_start(src, at, kinds) : NULL;
}

/* The statement that contains node n (n itself when it is one). */
gnode *src_enclosing_stmt(gnode *n)
{
	for (; n; n = n->parent)
		if (GN_MASK(n->kind) & SRC_STMT_KINDS)
			return n;
	return NULL;
}

/* Does name n stand for a constant (a literal for gc, with a position of
 * its own)?  Constants declared in other files cannot be told. */
int src_const_name(const gnode *n)
{
	const gnode *d = gosrc_resolve(n);

	if (!d)
		return n->text && (strcmp(n->text, "true") == 0 ||
				   strcmp(n->text, "false") == 0);
	return d->kind == GN_CONSTSPEC;
}

/* The clause of a type switch starting at `at`, or NULL. */
gnode *src_typeswitch_case_at(esc_fn *fn, gpos at)
{
	gnode *c = src_find_start(fn, at, GN_MASK(GN_CASE));

	return c && c->parent && c->parent->kind == GN_TYPESWITCH ? c : NULL;
}

int esc_stmt_typeswitch_case(esc_fn *fn, gpos at)
{
	return src_typeswitch_case_at(fn, at) != NULL;
}

/* string(x), []byte(x), []rune(x) */
int src_is_conversion(gnode *n)
{
	if (!n || n->kind != GN_CALL || n->nlist != 1)
		return 0;
	gnode *t = gosrc_unparen(n->x);
	if (t && t->kind == GN_NAME && t->text && strcmp(t->text, "string") == 0)
		return 1;
	return t && t->kind == GN_SLICETYPE;
}

/* Is n the name of a type (declared, or predeclared)? */
int src_type_name(gnode *n)
{
	static const char *const builtin[] = {
		"bool", "byte", "complex64", "complex128", "error", "float32",
		"float64", "int", "int8", "int16", "int32", "int64", "rune",
		"string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
		"any",
	};

	n = gosrc_unparen(n);
	if (!n || n->kind != GN_NAME || !n->text)
		return 0;
	const gnode *d = gosrc_resolve(n);
	if (d)
		return d->kind == GN_TYPESPEC;
	for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
		if (strcmp(n->text, builtin[i]) == 0)
			return 1;
	return 0;
}

/* A constant expression: literals, constants and operators on them. */
int src_const_expr(gnode *n, int depth)
{
	n = gosrc_unparen(n);
	if (!n || depth > 100)
		return 0;
	if (n->kind == GN_BASICLIT)
		return 1;
	if (n->kind == GN_NAME)
		return src_const_name(n);
	if (n->kind == GN_BINARY)
		return src_const_expr(n->x, depth + 1) && src_const_expr(n->y, depth + 1);
	if (n->kind == GN_UNARY)
		return src_const_expr(n->x, depth + 1);
	if (n->kind == GN_CALL && n->nlist == 1 && src_type_name(n->x))
		return src_const_expr(n->list[0], depth + 1);	/* T(c) */
	return 0;
}

/* The first node below n, in source order, that pred accepts. */
gnode *src_first_below(gnode *n, int (*pred)(gnode *), int depth)
{
	if (!n || depth > 200)
		return NULL;
	for (int i = 0; i < n->nlist; i++) {
		gnode *k = n->list[i];
		if (pred(k))
			return k;
		gnode *r = src_first_below(k, pred, depth + 1);
		if (r)
			return r;
	}
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		if (pred(kids[i]))
			return kids[i];
		gnode *r = src_first_below(kids[i], pred, depth + 1);
		if (r)
			return r;
	}
	return NULL;
}

/* The element type, as written, of the literal around elided literal lit
 * ({...} inside []T{...}, map[K]V{...}): NULL if lit has its own type or
 * the type is not known. */
static gnode *elided_type(gnode *lit, int depth)
{
	if (!lit || lit->kind != GN_COMPOSITE || lit->x)
		return NULL;
	gnode *up = lit->parent;
	int key = 0;
	if (up && up->kind == GN_KEYVALUE) {
		key = up->x == lit;
		up = up->parent;
	}
	gnode *t = src_literal_type(up, depth + 1);
	if (t && (t->kind == GN_SLICETYPE || t->kind == GN_ARRAYTYPE))
		return gosrc_unparen(t->y);
	if (t && t->kind == GN_MAPTYPE)
		return gosrc_unparen(key ? t->x : t->y);
	return NULL;
}

/* The type of composite literal lit, elided ones taken from the literal
 * around them ({...} for *T is &T{...}: T); NULL if not known. */
gnode *src_literal_type(gnode *lit, int depth)
{
	if (!lit || lit->kind != GN_COMPOSITE || depth > 50)
		return NULL;
	if (lit->x)
		return gosrc_unparen(lit->x);
	gnode *t = elided_type(lit, depth);
	return t && t->kind == GN_STAR ? gosrc_unparen(t->x) : t;
}

/* Is lit an elided &T{...}: an element {...} of a literal of *T?  T if so. */
gnode *src_elided_pointer_literal(gnode *lit)
{
	gnode *t = elided_type(lit, 0);

	return t && t->kind == GN_STAR ? gosrc_unparen(t->x) : NULL;
}

/* gc initialises package-level variables statically where it can:
 * composite literals and their boxes get no allocation and no verdict;
 * what must run (make, map literals, calls) goes to the package's init
 * function, which gc analyses like any other. */
int src_package_initialiser(const esc_fn *fn)
{
	return mangle_is_pkginit(fn->name);
}

/* Is func literal lit a package-level variable's value, or inside a
 * composite literal that is, which gc initialises statically? */
int src_static_func_literal(const gnode *lit)
{
	const gnode *p = lit ? lit->parent : NULL;

	while (p && (p->kind == GN_PAREN || p->kind == GN_COMPOSITE ||
		     p->kind == GN_KEYVALUE || (p->kind == GN_UNARY && p->op == '&')))
		p = p->parent;
	return p && p->kind == GN_VARSPEC;
}

/* gc initialises a package-level variable's value statically as far as
 * it can: composite literals (not maps) and &T{...} are static data, whose
 * elements are each static or assigned by the package's init function;
 * literals, constants, names and func literals are static; the rest (a
 * call such as new(T) or make, a map literal, arithmetic) runs in the init
 * function, which gc analyses like any other: what is inside gets gc's
 * verdicts. */
int src_static_shell(const gnode *n)
{
	const gnode *t;

	switch (n->kind) {
	case GN_COMPOSITE:
		t = n->x;
		while (t && t->kind == GN_PAREN)
			t = t->x;
		return !t || t->kind != GN_MAPTYPE;
	case GN_UNARY:
		return n->op == '&' && n->x && n->x->kind == GN_COMPOSITE;
	case GN_KEYVALUE:
	case GN_PAREN:
		return 1;
	default:
		return 0;
	}
}

int src_static_leaf(gnode *n)
{
	n = gosrc_unparen(n);
	return n && (n->kind == GN_BASICLIT || n->kind == GN_NAME || n->kind == GN_SELECTOR ||
		     n->kind == GN_FUNCLIT || src_const_expr(n, 0));
}

/* The select at `at`, narrowed to its case clause when `at` is the
 * clause's (gccgo puts a case's statements at its "case"). */
gnode *src_select_case_at(esc_fn *fn, gpos at)
{
	gnode *n = src_find(fn, at, SRC_STMT_KINDS | GN_MASK(GN_SELECT));

	for (int i = 0; n && n->kind == GN_SELECT && i < n->nlist; i++)
		if (gpos_cmp(n->list[i]->pos, at) == 0)
			return n->list[i];
	return n;
}

/* The "&x" expression inside n, for a heap variable x. */
gnode *src_find_addr_of(gnode *n, const char *name, int depth)
{
	if (!n || depth > 200)
		return NULL;
	if (n->kind == GN_UNARY && n->op == '&' && n->x &&
	    n->x->kind == GN_NAME && n->x->text && strcmp(n->x->text, name) == 0)
		return n;
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		gnode *r = src_find_addr_of(kids[i], name, depth + 1);
		if (r)
			return r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = src_find_addr_of(n->list[i], name, depth + 1);
		if (r)
			return r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = src_find_addr_of(n->list2[i], name, depth + 1);
		if (r)
			return r;
	}
	return NULL;
}

int esc_stmt_takes_addr(esc_fn *fn, gpos at, const char *name)
{
	return src_find_addr_of(src_find(fn, at, SRC_STMT_KINDS), name, 0) != NULL;
}

const gnode *esc_stmt_literal(esc_fn *fn, gpos at)
{
	gnode *st = src_find(fn, at, SRC_STMT_KINDS);
	gnode *v = NULL;

	if (st && (st->kind == GN_ASSIGN || st->kind == GN_VARSPEC) && st->nlist2 == 1)
		v = st->list2[0];
	else if (st && st->kind == GN_RETURN && st->nlist == 1)
		v = st->list[0];
	v = gosrc_unparen(v);
	if (!v || v->kind != GN_COMPOSITE)
		return NULL;
	/* a slice or map literal is an allocation, not a value */
	gnode *t = src_literal_type(v, 0);
	return t && (t->kind == GN_SLICETYPE || t->kind == GN_MAPTYPE) ? NULL : v;
}

int esc_loop_depth_at(esc_fn *fn, gpos at)
{
	gnode *n = at.line ? src_find(fn, at, 0) : NULL;

	return n ? n->loop_depth : 0;
}

int esc_stmt_assigns_results(esc_fn *fn, gpos at)
{
	gnode *st = src_find(fn, at, SRC_STMT_KINDS);

	if (!st || (st->kind != GN_ASSIGN && st->kind != GN_VARSPEC) ||
	    st->nlist < 2 || st->nlist2 != 1)
		return 0;
	const gnode *r = st->list2[0];
	while (r && r->kind == GN_PAREN)
		r = r->x;
	return r && r->kind == GN_CALL;
}

/* The first node of kind `kind` in n, in source order. */
gnode *src_first_of_kind(gnode *n, int kind, int depth)
{
	if (!n || depth > 500)
		return NULL;
	if ((int)n->kind == kind)
		return n;
	gnode *kids[3] = {n->x, n->y, n->z};
	gnode *best = NULL;
	for (int i = 0; i < 3; i++) {
		gnode *r = src_first_of_kind(kids[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = src_first_of_kind(n->list[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = src_first_of_kind(n->list2[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	return best;
}
