/* gosrc_scope.c: scopes as types2 has them (universe.go, scope.go),
 * approximated from the syntax: the predeclared names; the names a spec,
 * a statement or a function type declares; the declaration of a name
 * visible at a statement of a block, with an index of the names declared
 * by long blocks (kept until gosrc_free_all()).
 */

#include "gosrc_impl.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Name resolution (scopes approximated from the syntax)               */
/* ------------------------------------------------------------------ */

static const gnode *decl_in_spec(const gnode *sp, const char *name)
{
	switch (sp->kind) {
	case GN_VARSPEC:
	case GN_CONSTSPEC:
		for (int i = 0; i < sp->nlist; i++)
			if (gs_name_is(sp->list[i], name))
				return sp;
		return NULL;
	case GN_TYPESPEC:
		return sp->text && strcmp(sp->text, name) == 0 ? sp : NULL;
	default:
		return NULL;
	}
}

/* The declaration of `name` made by statement s in its scope. */
const gnode *gs_decl_in_stmt(const gnode *s, const char *name)
{
	const gnode *r;

	if (!s)
		return NULL;
	switch (s->kind) {
	case GN_DECLSTMT:
		for (int i = 0; i < s->nlist; i++)
			if ((r = decl_in_spec(s->list[i], name)))
				return r;
		return NULL;
	case GN_ASSIGN:
		if (s->op != GN_TOK_DEFINE)
			return NULL;
		for (int i = 0; i < s->nlist; i++)
			if (gs_name_is(s->list[i], name))
				return s;
		return NULL;
	case GN_LABELED:
		return gs_decl_in_stmt(s->x, name);
	default:
		return NULL;
	}
}

/* A long block's declarations by name, so that resolving a name in it
 * does not scan every earlier statement: entries sorted by name, then by
 * statement index.  Made on first use, one per statement list. */
struct scope_ent {
	size_t h;
	const char *name;
	int idx;
	const gnode *decl;
};

struct scope_idx {
	gnode **list;
	struct scope_ent *e;
	int ne, cap;
};

static struct scope_idx *scopes;	/* open addressing by list, NULL free */
static size_t nscopes, scopes_cap;

#define SCOPE_INDEX_MIN 32	/* shorter blocks are scanned */

static void scope_add(struct scope_idx *sc, const char *name, int idx,
		      const gnode *decl)
{
	if (!name)
		return;
	if (sc->ne == sc->cap) {
		sc->cap = sc->cap ? 2 * sc->cap : 16;
		sc->e = xrealloc(sc->e, (size_t)sc->cap * sizeof *sc->e);
	}
	sc->e[sc->ne].h = str_hash(name);
	sc->e[sc->ne].name = name;
	sc->e[sc->ne].idx = idx;
	sc->e[sc->ne].decl = decl;
	sc->ne++;
}

/* Every name statement s declares, as decl_in_stmt finds them. */
static void scope_add_stmt(struct scope_idx *sc, const gnode *s, int idx)
{
	for (; s && s->kind == GN_LABELED; s = s->x)
		;
	if (!s)
		return;
	if (s->kind == GN_DECLSTMT) {
		for (int i = 0; i < s->nlist; i++) {
			const gnode *sp = s->list[i];
			if (sp->kind == GN_TYPESPEC)
				scope_add(sc, sp->text, idx, sp);
			else if (sp->kind == GN_VARSPEC || sp->kind == GN_CONSTSPEC)
				for (int k = 0; k < sp->nlist; k++)
					if (sp->list[k] && sp->list[k]->kind == GN_NAME)
						scope_add(sc, sp->list[k]->text, idx, sp);
		}
	} else if (s->kind == GN_ASSIGN && s->op == GN_TOK_DEFINE) {
		for (int k = 0; k < s->nlist; k++)
			if (s->list[k] && s->list[k]->kind == GN_NAME)
				scope_add(sc, s->list[k]->text, idx, s);
	}
}

static int scope_cmp(const void *a, const void *b)
{
	const struct scope_ent *x = a, *y = b;
	int c;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	if ((c = strcmp(x->name, y->name)))
		return c;
	return x->idx - y->idx;
}

static struct scope_idx *scope_of(gnode **l, int n)
{
	size_t i;

	if (2 * (nscopes + 1) > scopes_cap) {
		size_t cap = scopes_cap ? 2 * scopes_cap : 64;
		struct scope_idx *t = xmalloc(cap * sizeof *t);

		memset(t, 0, cap * sizeof *t);
		for (size_t k = 0; k < scopes_cap; k++) {
			if (!scopes[k].list)
				continue;
			i = ((size_t)scopes[k].list >> 4) & (cap - 1);
			while (t[i].list)
				i = (i + 1) & (cap - 1);
			t[i] = scopes[k];
		}
		free(scopes);
		scopes = t;
		scopes_cap = cap;
	}
	i = ((size_t)l >> 4) & (scopes_cap - 1);
	while (scopes[i].list && scopes[i].list != l)
		i = (i + 1) & (scopes_cap - 1);
	if (scopes[i].list)
		return &scopes[i];
	scopes[i].list = l;
	nscopes++;
	for (int k = 0; k < n; k++)
		scope_add_stmt(&scopes[i], l[k], k);
	if (scopes[i].ne > 1)
		qsort(scopes[i].e, (size_t)scopes[i].ne, sizeof *scopes[i].e,
		      scope_cmp);
	return &scopes[i];
}

void gs_scopes_free(void)
{
	for (size_t k = 0; k < scopes_cap; k++)
		free(scopes[k].e);
	free(scopes);
	scopes = NULL;
	nscopes = scopes_cap = 0;
}

/* The last declaration of name in sc made before statement i. */
static const gnode *scope_lookup(const struct scope_idx *sc, const char *name,
				 int i)
{
	size_t h = str_hash(name);
	int lo = 0, hi = sc->ne;

	/* the first entry not below (h, name, -1) */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const struct scope_ent *e = &sc->e[mid];
		int c = e->h != h ? (e->h < h ? -1 : 1) : strcmp(e->name, name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* then the last of those entries with idx < i */
	int first = lo, last = lo - 1;
	hi = sc->ne;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const struct scope_ent *e = &sc->e[mid];
		if (e->h == h && strcmp(e->name, name) == 0 && e->idx < i) {
			last = mid;
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return last >= first ? sc->e[last].decl : NULL;
}

const gnode *gs_decl_before(gnode **l, int n, const gnode *c,
			    const char *name)
{
	int i = 0;
	const gnode *r;

	if (c->index >= 0 && c->index < n && l[c->index] == c) {
		i = c->index;
	} else {
		while (i < n && l[i] != c)
			i++;
		if (i == n)
			return NULL;
	}
	if (n >= SCOPE_INDEX_MIN)
		return scope_lookup(scope_of(l, n), name, i);
	while (--i >= 0)
		if ((r = gs_decl_in_stmt(l[i], name)))
			return r;
	return NULL;
}

const gnode *gs_field_named(gnode **l, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (l[i] && l[i]->kind == GN_FIELD && l[i]->text &&
		    strcmp(l[i]->text, name) == 0)
			return l[i];
	return NULL;
}

const gnode *gs_decl_in_functype(const gnode *ft, const char *name)
{
	const gnode *r;

	if (!ft || ft->kind != GN_FUNCTYPE)
		return NULL;
	if ((r = gs_field_named(ft->list, ft->nlist, name)))
		return r;
	return gs_field_named(ft->list2, ft->nlist2, name);
}

/* ------------------------------------------------------------------ */
/* The universe: predeclared names                                     */
/* ------------------------------------------------------------------ */

bool gs_is_predeclared_type(const char *s)
{
	static const char *const names[] = {
		"any", "bool", "byte", "comparable", "complex128",
		"complex64", "error", "float32", "float64", "int", "int16",
		"int32", "int64", "int8", "rune", "string", "uint", "uint16",
		"uint32", "uint64", "uint8", "uintptr",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return true;
	return false;
}

bool gs_is_int_type_name(const char *s)
{
	return strcmp(s, "byte") == 0 || strcmp(s, "rune") == 0 ||
	       (strncmp(s, "int", 3) == 0 && strcmp(s, "interface") != 0) ||
	       strncmp(s, "uint", 4) == 0;
}

bool gs_is_builtin_func(const char *s)
{
	static const char *const names[] = {
		"append", "cap", "close", "complex", "copy", "delete", "imag",
		"len", "make", "new", "panic", "print", "println", "real",
		"recover",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return true;
	return false;
}
