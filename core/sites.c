/* sites.c: naming allocation sites and notes as gc does (see sites.h).
 *
 * gccgo's position for each kind of site, and the syntax node gc reports:
 *
 *   kind          gccgo puts it at            gc reports the node     at
 *   new(T)        "new"                       the call                '('
 *   make(...)     "make"                      the call                '('
 *   &T{...}       '&'                         the & expression        '&'
 *   []T{...}      the type's first token      the composite literal   '{'
 *   heap variable the variable's name         the variable            name
 *   ... argument  the callee's last name      the call                '('
 *   boxing        the converted operand, or   the operand (in a call, the
 *                 the assignment's operator   call's '('; in an assignment,
 *                                             the statement's start)
 *   func literal  "func"                      "func literal"          "func"
 *
 * When the source cannot be read or the node is not found, the site keeps
 * gccgo's position and a name built from what the walk knew, so a message
 * is still printed.
 */
#include "sites.h"
#include "exportdata.h"
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const unsigned long long STMT_KINDS =
	GN_MASK(GN_ASSIGN) | GN_MASK(GN_RETURN) | GN_MASK(GN_EXPRSTMT) |
	GN_MASK(GN_INCDEC) | GN_MASK(GN_SEND) | GN_MASK(GN_GO) |
	GN_MASK(GN_DEFER) | GN_MASK(GN_VARSPEC) | GN_MASK(GN_RANGE);

static gnode *elided_pointer_literal(gnode *lit);
static gnode *literal_type(gnode *lit, int depth);
static int const_expr(gnode *n, int depth);


static gnode *find(esc_fn *fn, gpos at, unsigned long long kinds)
{
	gosrc *src = gosrc_get(fn->file);

	return src ? gosrc_find(src, at, kinds) : NULL;
}

static gnode *find_start(esc_fn *fn, gpos at, unsigned long long kinds)
{
	gosrc *src = gosrc_get(fn->file);

	return src ? gosrc_find_start(src, at, kinds) : NULL;
}

/* The statement that contains node n (n itself when it is one). */
static gnode *enclosing_stmt(gnode *n)
{
	for (; n; n = n->parent)
		if (GN_MASK(n->kind) & STMT_KINDS)
			return n;
	return NULL;
}

static void name_from_node(esc_site *s, gnode *n, gpos pos)
{
	s->name = gosrc_print_alloc(n);
	s->pos = pos;
	s->start = n->start;
	s->end = n->end;
}

static void fallback(esc_site *s, const char *name)
{
	s->name = xstrdup(name);
	s->pos = s->gccgo_pos;
}


/* Does name n stand for a constant (a literal for gc, with a position of
 * its own)?  Constants declared in other files cannot be told. */
static int const_name(const gnode *n)
{
	const gnode *d = gosrc_resolve(n);

	if (!d)
		return n->text && (strcmp(n->text, "true") == 0 ||
				   strcmp(n->text, "false") == 0);
	return d->kind == GN_CONSTSPEC;
}

/* gc places the implicit conversion of argument i at the call's '(',
 * moved to each argument up to i that is not a plain variable's name (gc's current
 * position when it converts); panic's argument stays at the '('. */
/* The last operand of sum n that is not a literal, or NULL. */
static gnode *last_operand(gnode *n, int depth)
{
	n = gosrc_unparen(n);
	if (!n || depth > 200 || n->kind == GN_BASICLIT ||
	    (n->kind == GN_NAME && const_name(n)))
		return NULL;
	if (n->kind != GN_BINARY || n->op != '+')
		return n;
	gnode *r = last_operand(n->y, depth + 1);
	return r ? r : last_operand(n->x, depth + 1);
}

/* pkg.Var of an imported package: a name for gc, which has no position
 * of this file (a constant has its own); its export data tells. */
static int imported_name(const gnode *a)
{
	char path[512];
	const char *pkgpath;

	return gosrc_selector_import(a, path, sizeof path) &&
	       (pkgpath = xdata_import(path)) && xdata_is_var(pkgpath, a->text);
}

/* Where gc's typechecker stands after panic's argument a (from p): a
 * literal leaves it, a name is at itself, a call at its '('; in a sum,
 * at its last operand that is not a literal; in T{...}, at its '{' or
 * after its last element that moves it; in x.(T), after x. */
static gpos panic_pos(gnode *a, gpos p, int depth)
{
	a = gosrc_unparen(a);
	if (!a || depth > 200 || a->kind == GN_BASICLIT || (a->kind == GN_NAME && const_name(a)))
		return p;
	switch (a->kind) {
	case GN_NAME:
		return a->start;
	case GN_BINARY:
		if (a->op == '+') {
			gnode *last = last_operand(a, 0);
			return last ? (last->kind == GN_NAME ? last->start : last->pos) : p;
		}
		return a->pos;
	case GN_COMPOSITE:
		p = a->pos;	/* its '{' */
		for (int i = 0; i < a->nlist; i++) {
			gnode *e = gosrc_unparen(a->list[i]);
			p = panic_pos(e && e->kind == GN_KEYVALUE ? e->y : e, p, depth + 1);
		}
		return p;
	case GN_ASSERT:
		return panic_pos(a->x, a->pos, depth + 1);
	default:
		return a->pos;
	}
}

static gpos arg_conversion_pos(gnode *call, int i)
{
	gpos p = call->pos;

	if (call->x && call->x->kind == GN_NAME && call->x->text &&
	    strcmp(call->x->text, "panic") == 0) {
		/* panic converts its argument where it typechecked it last:
		   a literal leaves the position at the '(', a name is at
		   itself; in a sum, at its last operand that is not a
		   literal (a call's '(' or a name) */
		return panic_pos(call->nlist ? call->list[0] : NULL, p, 0);
	}

	for (int k = 0; k <= i && k < call->nlist; k++) {
		gnode *a = gosrc_unparen(call->list[k]);
		if (a && (a->kind != GN_NAME || const_name(a)) && !imported_name(a))
			p = a->pos;
	}
	return p;
}

/* Is n an interface type literal, so that n(x) is an explicit conversion
 * to an interface?  (A named interface type cannot be told from a
 * function without types.) */
static int is_interface_type(gnode *n)
{
	n = gosrc_unparen(n);
	return n && n->kind == GN_IFACETYPE;
}

static void box_from(esc_site *s, gnode *expr, gpos pos)
{
	gnode *e = gosrc_unparen(expr);

	if (e && e->kind == GN_KEYVALUE)
		e = gosrc_unparen(e->y);
	s->name = e ? gosrc_print_alloc(e) : xstrdup(s->varname ? s->varname : "?");
	s->pos = pos;
	s->start = e ? e->start : pos;
	s->end = e ? e->end : pos;
}

/* The clause of a type switch starting at `at`, or NULL. */
static gnode *typeswitch_case_at(esc_fn *fn, gpos at)
{
	gnode *c = find_start(fn, at, GN_MASK(GN_CASE));

	return c && c->parent && c->parent->kind == GN_TYPESWITCH ? c : NULL;
}

int esc_stmt_typeswitch_case(esc_fn *fn, gpos at)
{
	return typeswitch_case_at(fn, at) != NULL;
}

/* The ':' ending case clause c. */
static gpos clause_colon(esc_fn *fn, const gnode *c)
{
	gpos p = c->nlist ? c->list[c->nlist - 1]->end : c->pos;
	gosrc *src = gosrc_get(fn->file);

	for (int line = p.line; src && line < p.line + 50; line++) {
		int len;
		const char *t = gosrc_line(src, line, &len);
		for (int col = line == p.line ? p.col : 1; t && col <= len; col++)
			if (t[col - 1] == ':')
				return (gpos){line, col};
	}
	return c->pos;
}

/* x in switch x := v.(type): gc has one x per clause, placed at the
 * clause's ':'; so has gccgo, but at the switch: which clause is told by
 * where this one is used. */
static void typeswitch_clause(esc_fn *fn, esc_site *s, const gnode *sw)
{
	int sv = 0;

	for (int v = 2; v < fn->vals.n && !sv; v++)
		if (esc_v(fn, v)->kind == EV_ALLOC &&
		    &fn->sites.a[esc_v(fn, v)->site] == s)
			sv = v;
	for (int i = 0; sv && i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		int uses = 0;
		for (int k = 0; k < 2 && !uses; k++) {
			int u = k ? st->dst : st->src;
			uses = u > 1 && (u == sv || (esc_v(fn, u)->heapvar == sv &&
						    (esc_v(fn, u)->flags & VF_TRANSPARENT)));
		}
		if (!uses || gpos_cmp(st->pos, s->gccgo_pos) == 0)
			continue;
		for (int c = 0; c < sw->nlist; c++) {
			const gnode *cl = sw->list[c];
			if (gpos_cmp(cl->start, st->pos) <= 0 &&
			    gpos_cmp(st->pos, cl->end) < 0) {
				s->pos = clause_colon(fn, cl);
				return;
			}
		}
	}
}

/* The key of a map index (or of delete) in n: the one named `name` if
 * several, else the first in source order. */
static gnode *map_key_search(gnode *n, const char *name, gnode **first, int depth)
{
	if (!n || depth > 200 || n->kind == GN_FUNCLIT)
		return NULL;
	gnode *key = NULL;
	if (n->kind == GN_INDEX && n->nlist == 1)
		key = gosrc_unparen(n->list[0]);
	else if (n->kind == GN_CALL && n->nlist == 2 && n->x && n->x->kind == GN_NAME &&
		 n->x->text && strcmp(n->x->text, "delete") == 0)
		key = gosrc_unparen(n->list[1]);
	if (key) {
		if (name && key->kind == GN_NAME && key->text && strcmp(key->text, name) == 0)
			return key;
		if (!*first || gpos_cmp(key->start, (*first)->start) < 0)
			*first = key;
	}
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		if ((key = map_key_search(kids[i], name, first, depth + 1)))
			return key;
	for (int i = 0; i < n->nlist; i++)
		if ((key = map_key_search(n->list[i], name, first, depth + 1)))
			return key;
	for (int i = 0; i < n->nlist2; i++)
		if ((key = map_key_search(n->list2[i], name, first, depth + 1)))
			return key;
	return NULL;
}

static gnode *map_key_in(gnode *st, const char *name)
{
	gnode *first = NULL;
	gnode *k = map_key_search(st, name, &first, 0);

	return k ? k : first;
}

/* The element of struct literal lit for field number i, named name:
 * {a, b} by position, {f: a} by key; NULL if it has none. */
static gnode *struct_element(gnode *lit, int i, const char *name)
{
	for (int k = 0; k < lit->nlist; k++) {
		gnode *e = gosrc_unparen(lit->list[k]);
		if (e && e->kind == GN_KEYVALUE) {
			gnode *key = gosrc_unparen(e->x);
			if (name && key && key->kind == GN_NAME && key->text &&
			    strcmp(key->text, name) == 0)
				return e;
		} else if (k == i) {
			return e;
		}
	}
	return NULL;
}

/* A value converted to an interface: gc names it by the converted
 * expression, placed by its context (see the table above). */
static void name_box(esc_fn *fn, esc_site *s)
{
	gnode *in = find(fn, s->gccgo_pos, 0);

	if (s->slot >= 0) {
		/* an element of []interface{}{...}, or of a variadic call's
		   "... argument" */
		gnode *lit = find(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		/* gccgo may place a struct element's box at that element:
		   the literal is the one around it with as many elements */
		for (gnode *up = lit; s->field1 && up; up = up->parent) {
			gnode *e = up->kind == GN_COMPOSITE && up->nlist == s->nelems &&
					   s->slot < up->nlist
					   ? gosrc_unparen(up->list[s->slot]) : NULL;
			if (e && e->kind == GN_KEYVALUE)
				e = gosrc_unparen(e->y);
			if (e && e->kind == GN_COMPOSITE) {
				lit = up;
				break;
			}
		}
		if (lit && lit->nlist == s->nelems && s->slot < lit->nlist) {
			/* an element with a key is placed at its ':' */
			gnode *e = gosrc_unparen(lit->list[s->slot]);
			if (e && e->kind == GN_KEYVALUE && s->field1)
				e = gosrc_unparen(e->y);
			if (e && e->kind == GN_COMPOSITE && s->field1)
				e = struct_element(e, s->field1 - 1, s->fieldname);
			gpos pos = e ? (e->kind == GN_NAME ? e->start : e->pos)
				     : lit->pos;
			if (e && e->kind == GN_KEYVALUE)
				e = gosrc_unparen(s->mapkey ? e->x : e->y);
			box_from(s, e, pos);
			return;
		}
		gnode *call = find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		int i = call ? call->nlist - s->nelems + s->slot : -1;
		if (call && i >= 0 && i < call->nlist) {
			box_from(s, call->list[i], arg_conversion_pos(call, i));
			return;
		}
	}
	if (s->mapkey == ESC_MAPKEY_INDEX || s->mapkey == ESC_MAPKEY_READ) {
		/* the key of m[k] (or delete(m, k)): a constant at the index
		   expression, a call at its '(', anything else at its start */
		gnode *st = enclosing_stmt(in);
		if (s->mapkey == ESC_MAPKEY_READ && st &&
		    (st->kind == GN_INCDEC ||
		     (st->kind == GN_ASSIGN && st->op != '=' && st->op != GN_TOK_DEFINE &&
		      st->op != GN_TOK_ASSIGN))) {
			/* m[k]++: gccgo converts k for the read and for the
			   write, gc once */
			s->kind = SITE_SILENT;
			return;
		}
		gnode *key = map_key_in(st, s->varname);
		if (key) {
			gnode *ix = key->parent;
			while (ix && ix->kind == GN_PAREN)
				ix = ix->parent;
			gpos pos = const_expr(key, 0) && ix ? ix->start
				   : key->kind == GN_CALL ? key->pos : key->start;
			box_from(s, key, pos);
			return;
		}
	}
	if (s->field1 && s->slot < 0) {
		/* a field of a struct literal built in place, {f: x} */
		gnode *lit = find_start(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		gnode *e = lit ? struct_element(lit, s->field1 - 1, s->fieldname) : NULL;
		if (e) {
			gpos pos = e->kind == GN_NAME ? e->start : e->pos;
			if (e->kind == GN_KEYVALUE)
				e = gosrc_unparen(e->y);
			box_from(s, e, pos);
			return;
		}
	}
	if (s->call >= 0 && s->call < fn->calls.n) {
		esc_call *c = &fn->calls.a[s->call];
		gnode *call = find(fn, c->pos, GN_MASK(GN_CALL));
		int extra = call ? c->nargs - c->chain - call->nlist : 0;
		/* a method's receiver is argument 0 (PKG.T.M, the
		   assembler name): more arguments than the source has say
		   so, unless variadic arguments were packed into one */
		const char *d1 = c->callee ? strchr(c->callee, '.') : NULL;
		const char *d2 = d1 ? strchr(d1 + 1, '.') : NULL;
		int recv = d2 && !strchr(d2 + 1, '.') && !strstr(c->callee, "..");
		int i = s->arg - (extra > 0 ? extra : recv);
		if (call && i >= 0 && i < call->nlist) {
			box_from(s, call->list[i], arg_conversion_pos(call, i));
			return;
		}
	}
	gnode *st = enclosing_stmt(in);
	if (st && st->kind == GN_ASSIGN && st->nlist2 >= 1 && st->nlist >= 1) {
		gnode *rhs = st->list2[0];
		for (int i = 0; s->varname && i < st->nlist2; i++)
			if (gosrc_unparen(st->list2[i])->kind == GN_NAME &&
			    strcmp(gosrc_unparen(st->list2[i])->text, s->varname) == 0)
				rhs = st->list2[i];
		gnode *r = gosrc_unparen(rhs);
		gnode *l = gosrc_unparen(st->list[st->nlist - 1]);
		if (r && r->kind == GN_CALL && is_interface_type(r->x) && r->nlist == 1)
			box_from(s, rhs, r->pos);	/* interface{}(x) */
		else if (l && l->kind == GN_INDEX && l->nlist == 1 && st->nlist == 1)
			box_from(s, rhs, l->list[0]->start);	/* x[k] = v: at k */
		else
			box_from(s, rhs, l ? l->start : st->pos);
		return;
	}
	if (st && st->kind == GN_VARSPEC && st->nlist2 >= 1) {
		/* var x, y I = a, b: gccgo places each box at its variable */
		int i = 0;
		for (int k = 0; k < st->nlist && k < st->nlist2; k++)
			if (st->list[k] && gpos_cmp(st->list[k]->start, s->gccgo_pos) == 0)
				i = k;
		gnode *v = gosrc_unparen(st->list2[i]);
		gpos pos = v->kind == GN_NAME ? v->start : v->pos;
		if (st->nlist2 > 1) {
			/* gc converts them all where it typechecked the last
			   value that is a variable's name */
			for (int k = 0; k < st->nlist2; k++) {
				gnode *a = gosrc_unparen(st->list2[k]);
				if (a && a->kind == GN_NAME && !const_name(a))
					pos = a->start;
			}
		}
		box_from(s, v, pos);
		return;
	}
	if (st && st->kind == GN_RETURN && st->nlist >= 1) {
		int i = s->result > 0 && s->result < st->nlist ? s->result : 0;
		for (int k = 0; s->result <= 0 && s->varname && k < st->nlist; k++) {
			/* a result kept on the heap is stored, not assigned:
			   the converted variable tells which */
			gnode *a = gosrc_unparen(st->list[k]);
			if (a && a->kind == GN_NAME && a->text &&
			    strcmp(a->text, s->varname) == 0)
				i = k;
		}
		gnode *v = gosrc_unparen(st->list[i]);
		/* converted where gc typechecked last: the last result so far
		   that is not a variable's name (return "x", v: at "x") */
		gpos pos = v->kind == GN_NAME ? v->start : v->pos;
		int before = 0;
		for (int k = 0; k <= i; k++) {
			gnode *a = gosrc_unparen(st->list[k]);
			if (a && (a->kind != GN_NAME || const_name(a))) {
				pos = a->pos;
				before = k < i;
			}
		}
		/* else where gc typechecked the last result after it that is
		   not a constant other than nil (return v, err: at err) */
		for (int k = i + 1; !before && v->kind == GN_NAME && k < st->nlist; k++) {
			gnode *a = gosrc_unparen(st->list[k]);
			int nil = a && a->kind == GN_NAME && a->text &&
				  strcmp(a->text, "nil") == 0;
			if (a && (nil || !const_expr(a, 0)))
				pos = a->kind == GN_NAME ? a->start : a->pos;
		}
		box_from(s, v, pos);
		return;
	}
	if (st && st->kind == GN_SEND && st->y) {
		gnode *v = gosrc_unparen(st->y);
		box_from(s, v, v->kind == GN_NAME ? v->start : v->pos);
		return;
	}
	gnode *call = find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
	if (call && call->nlist >= 1) {
		box_from(s, call->list[0], arg_conversion_pos(call, 0));
		return;
	}
	fallback(s, s->varname ? s->varname : "interface conversion");
}

/* string(x), []byte(x), []rune(x) */
static int is_conversion(gnode *n)
{
	if (!n || n->kind != GN_CALL || n->nlist != 1)
		return 0;
	gnode *t = gosrc_unparen(n->x);
	if (t && t->kind == GN_NAME && t->text && strcmp(t->text, "string") == 0)
		return 1;
	return t && t->kind == GN_SLICETYPE;
}

/* Is n the name of a type (declared, or predeclared)? */
static int type_name(gnode *n)
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
static int const_expr(gnode *n, int depth)
{
	n = gosrc_unparen(n);
	if (!n || depth > 100)
		return 0;
	if (n->kind == GN_BASICLIT)
		return 1;
	if (n->kind == GN_NAME)
		return const_name(n);
	if (n->kind == GN_BINARY)
		return const_expr(n->x, depth + 1) && const_expr(n->y, depth + 1);
	if (n->kind == GN_UNARY)
		return const_expr(n->x, depth + 1);
	if (n->kind == GN_CALL && n->nlist == 1 && type_name(n->x))
		return const_expr(n->list[0], depth + 1);	/* T(c) */
	return 0;
}

/* []rune (or []int32) */
static int is_rune_slice(gnode *t)
{
	gnode *e = t ? gosrc_unparen(t->y) : NULL;

	return e && e->kind == GN_NAME && e->text &&
	       (strcmp(e->text, "rune") == 0 || strcmp(e->text, "int32") == 0);
}

/* a + b (the outermost + of a chain) */
static int is_concat(gnode *n)
{
	return n && n->kind == GN_BINARY && n->op == '+' &&
	       !(n->parent && n->parent->kind == GN_BINARY && n->parent->op == '+');
}

/* The first node below n, in source order, that pred accepts. */
static gnode *first_below(gnode *n, int (*pred)(gnode *), int depth)
{
	if (!n || depth > 200)
		return NULL;
	for (int i = 0; i < n->nlist; i++) {
		gnode *k = n->list[i];
		if (pred(k))
			return k;
		gnode *r = first_below(k, pred, depth + 1);
		if (r)
			return r;
	}
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		if (pred(kids[i]))
			return kids[i];
		gnode *r = first_below(kids[i], pred, depth + 1);
		if (r)
			return r;
	}
	return NULL;
}

static void name_site(esc_fn *fn, esc_site *s)
{
	gnode *n;

	switch (s->kind) {
	case SITE_HEAPVAR:
		fallback(s, s->varname ? s->varname : "?");
		n = find(fn, s->gccgo_pos, 0);
		if (n && n->parent && n->parent->kind == GN_TYPESWITCH &&
		    n->parent->z == n) {
			typeswitch_clause(fn, s, n->parent);
			return;
		}
		/* for k, v := range x (gccgo at the first name) and case
		   v := <-c (gccgo at "case"): gc at the variable's name */
		for (gnode *up = n; up && s->varname; up = up->parent) {
			gnode *names = up->kind == GN_RANGE ? up
				       : up->kind == GN_CASE && up->x && up->x->kind == GN_ASSIGN
					       ? up->x : NULL;
			if (up->kind == GN_BLOCK || up->kind == GN_FUNCLIT)
				break;
			for (int i = 0; names && i < names->nlist; i++)
				if (names->list[i] && names->list[i]->kind == GN_NAME &&
				    names->list[i]->text &&
				    strcmp(names->list[i]->text, s->varname) == 0 &&
				    gpos_cmp(s->gccgo_pos, up->start) >= 0 &&
				    gpos_cmp(s->gccgo_pos, names->list[i]->start) <= 0) {
					s->pos = names->list[i]->start;
					return;
				}
			if (names)
				break;
		}
		/* a, b := 1, 2: gccgo places both at the statement; gc at
		   each name */
		n = enclosing_stmt(n);
		if (n && s->varname && gpos_cmp(n->start, s->gccgo_pos) == 0) {
			gnode **names = n->kind == GN_VARSPEC ? n->list
					: n->kind == GN_ASSIGN ? n->list : NULL;
			for (int i = 0; names && i < n->nlist; i++)
				if (names[i] && names[i]->kind == GN_NAME &&
				    names[i]->text &&
				    strcmp(names[i]->text, s->varname) == 0)
					s->pos = names[i]->start;
		}
		return;
	case SITE_CLOSURE:
		fallback(s, "func literal");
		return;
	case SITE_VARIADIC:
		n = find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		s->name = xstrdup("... argument");
		s->pos = n ? n->pos : s->gccgo_pos;
		return;
	case SITE_PTRLIT:
		n = find_start(fn, s->gccgo_pos, GN_MASK(GN_UNARY));
		if (n) {
			name_from_node(s, n, n->pos);
			return;
		}
		/* {...} in []*T{...}: gc prints &T{...} at its '{' */
		n = find_start(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		gnode *t = elided_pointer_literal(n);
		if (t) {
			char *tn = gosrc_print_alloc(t);
			s->name = xasprintf("&%s{...}", tn);
			s->pos = n->pos;
			free(tn);
		} else {
			fallback(s, "&{...}");
		}
		return;
	case SITE_SLICELIT:
	case SITE_MAPLIT:
		n = find(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, "{...}");
		return;
	case SITE_METHODVALUE:
		n = find(fn, s->gccgo_pos, GN_MASK(GN_SELECTOR));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, "method value");
		return;
	case SITE_CONCAT: {
		/* s += t: gc reads it as s = t, and only a concatenation
		   in t is a site */
		gnode *st = enclosing_stmt(find(fn, s->gccgo_pos, 0));
		if (st && st->kind == GN_ASSIGN && st->op == GN_TOK_ADD_ASSIGN &&
		    st->nlist == 1 && st->nlist2 == 1 &&
		    gpos_cmp(st->start, s->gccgo_pos) <= 0 &&
		    gpos_cmp(s->gccgo_pos, st->list[0]->end) <= 0) {	/* at s */
			gnode *r = gosrc_unparen(st->list2[0]);
			if (r && r->kind == GN_BINARY && r->op == '+') {
				name_from_node(s, r, r->pos);
				return;
			}
			s->hints |= SH_OPASSIGN;
			s->kind = SITE_SILENT;
			fallback(s, "string concatenation");
			return;
		}
	}
		/* a + b + c is one concatenation: the outermost '+' */
		n = find(fn, s->gccgo_pos, GN_MASK(GN_BINARY));
		if (!n)	/* gccgo may place it at the call it is passed to */
			n = first_below(find(fn, s->gccgo_pos, GN_MASK(GN_CALL)),
					is_concat, 0);
		while (n && n->parent && n->parent->kind == GN_BINARY &&
		       n->parent->op == '+' && n->parent->x == n)
			n = n->parent;
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, "string concatenation");
		return;
	case SITE_BOX:
		name_box(fn, s);
		return;
	case SITE_STR2BYTES:
	case SITE_BYTES2STR:
	case SITE_RUNESTR:
	case SITE_STR2RUNES:
		/* the conversion itself, which gccgo may place at the call
		   its result is passed to */
		n = find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		if (n && !is_conversion(n))
			n = first_below(n, is_conversion, 0);
		if (n && s->kind == SITE_STR2RUNES && n->nlist == 1 &&
		    const_expr(n->list[0], 0)) {
			/* gc folds []rune("...") of a constant into a literal */
			s->name = xstrdup("[]rune{...}");
			s->pos = n->pos;
		} else if (n) {
			name_from_node(s, n, n->pos);
		} else {
			fallback(s, esc_site_kind_name(s->kind));
		}
		return;
	case SITE_NEW:
	case SITE_MAKESLICE:
	case SITE_MAKEMAP:
	case SITE_SILENT:
	case SITE_KIND_COUNT:
		n = find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, esc_site_kind_name(s->kind));
		return;
	}
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
	gnode *t = literal_type(up, depth + 1);
	if (t && (t->kind == GN_SLICETYPE || t->kind == GN_ARRAYTYPE))
		return gosrc_unparen(t->y);
	if (t && t->kind == GN_MAPTYPE)
		return gosrc_unparen(key ? t->x : t->y);
	return NULL;
}

/* The type of composite literal lit, elided ones taken from the literal
 * around them ({...} for *T is &T{...}: T); NULL if not known. */
static gnode *literal_type(gnode *lit, int depth)
{
	if (!lit || lit->kind != GN_COMPOSITE || depth > 50)
		return NULL;
	if (lit->x)
		return gosrc_unparen(lit->x);
	gnode *t = elided_type(lit, depth);
	return t && t->kind == GN_STAR ? gosrc_unparen(t->x) : t;
}

/* Is lit an elided &T{...}: an element {...} of a literal of *T?  T if so. */
static gnode *elided_pointer_literal(gnode *lit)
{
	gnode *t = elided_type(lit, 0);

	return t && t->kind == GN_STAR ? gosrc_unparen(t->x) : NULL;
}

static enum esc_site_kind classify(esc_fn *fn, esc_site *s)
{
	gosrc *src = gosrc_get(fn->file);
	gnode *at = src ? gosrc_find_start(src, s->gccgo_pos, 0) : NULL;
	gnode *in = src ? gosrc_find(src, s->gccgo_pos, 0) : NULL;

	/* what the syntax at the site says first: &T{}, new(T), a func
	   literal or a method value keep their names even when the walk saw
	   them stored into an interface (pointer-shaped values go in as
	   they are) */
	for (gnode *n = at; n && gpos_cmp(n->start, s->gccgo_pos) == 0;
	     n = n->parent) {
		if (n->kind == GN_UNARY && n->op == '&')
			return SITE_PTRLIT;
		if (!(s->hints & SH_BOXED) && elided_pointer_literal(n))
			return SITE_PTRLIT;
		if (n->kind == GN_FUNCLIT)
			return SITE_CLOSURE;
		if (n->kind == GN_CALL && n->x && n->x->kind == GN_NAME &&
		    n->x->text && strcmp(n->x->text, "new") == 0)
			return SITE_NEW;
	}
	if (in && in->kind == GN_SELECTOR && gpos_cmp(in->pos, s->gccgo_pos) == 0) {
		/* x.M is a method value unless called: gccgo places the boxes
		   of an interface method call's arguments (and the "...
		   argument" of a method's variadic call) at its '.' */
		gnode *up = in->parent;
		while (up && up->kind == GN_PAREN)
			up = up->parent;
		if (!(up && up->kind == GN_CALL && gosrc_unparen(up->x) == in &&
		      (s->hints & (SH_BOXED | SH_BACKING))))
			return SITE_METHODVALUE;
	}
	if (s->hints & SH_BOXED)
		return SITE_BOX;
	if (s->hints & SH_BACKING) {
		gnode *lit = src ? gosrc_find_start(src, s->gccgo_pos,
						    GN_MASK(GN_COMPOSITE))
				 : NULL;
		if (lit)
			return SITE_SLICELIT;
		gnode *call = src ? gosrc_find(src, s->gccgo_pos, GN_MASK(GN_CALL)) : NULL;
		/* []byte("...") of a constant: gccgo copies it into an array
		   of its own, but it is gc's conversion */
		gnode *conv = call && gpos_cmp(call->pos, s->gccgo_pos) != 0
				      ? gosrc_find_start(src, s->gccgo_pos, GN_MASK(GN_CALL))
				      : call;
		if (conv && is_conversion(conv) && gosrc_unparen(conv->x)->kind == GN_SLICETYPE)
			return is_rune_slice(gosrc_unparen(conv->x)) ? SITE_STR2RUNES
								    : SITE_STR2BYTES;
		gnode *st = call ? call->parent : NULL;
		if (st && (st->kind == GN_GO || st->kind == GN_DEFER) && st->x == call)
			s->hints |= SH_WRAPPED;
		return SITE_VARIADIC;
	}
	if (s->hints & SH_RECORD)
		return SITE_SILENT;	/* the go/defer argument record */
	return SITE_NEW;
}

/* Is n an expression that allocates (what a newobject can be)? */
static int allocates(gnode *n)
{
	n = gosrc_unparen(n);
	if (!n)
		return 0;
	if (n->kind == GN_UNARY && n->op == '&')
		return 1;
	if (n->kind == GN_CALL && n->x && n->x->kind == GN_NAME && n->x->text &&
	    strcmp(n->x->text, "new") == 0)
		return 1;
	return 0;
}

/* go f(new(T)): gccgo passes a single pointer argument to the goroutine
 * as it is, allocated at the statement; place it at the argument that
 * allocates. */
static void place_go_defer_arguments(esc_fn *fn)
{
	gosrc *src = gosrc_get(fn->file);

	for (int i = 0; src && i < fn->sites.n; i++) {
		esc_site *s = &fn->sites.a[i];
		if (s->kind != SITE_NEW || !(s->hints & SH_GOARG))
			continue;
		gnode *st = enclosing_stmt(gosrc_find(src, s->gccgo_pos, 0));
		if (!st || (st->kind != GN_GO && st->kind != GN_DEFER) ||
		    gpos_cmp(st->start, s->gccgo_pos) != 0 || !st->x ||
		    st->x->kind != GN_CALL)
			continue;
		gpos at = s->gccgo_pos;
		int k = 0;
		for (int j = i; j < fn->sites.n; j++) {
			esc_site *t = &fn->sites.a[j];
			if (t->kind != SITE_NEW || !(t->hints & SH_GOARG) ||
			    gpos_cmp(t->gccgo_pos, at) != 0)
				continue;
			while (k < st->x->nlist && !allocates(st->x->list[k]))
				k++;
			if (k >= st->x->nlist)
				break;
			t->gccgo_pos = gosrc_unparen(st->x->list[k++])->start;
		}
	}
}

/* gc initialises package-level variables statically where it can:
 * composite literals and their boxes get no allocation and no verdict;
 * what must run (make, map literals, calls) goes to the package's init
 * function, which gc analyses like any other. */
static int package_initialiser(const esc_fn *fn)
{
	size_t n = strlen(fn->name);

	return strcmp(fn->name, "__go_init_main") == 0 ||
	       (n > 8 && strcmp(fn->name + n - 8, "..import") == 0);
}

/* Is func literal lit a package-level variable's value, or inside a
 * composite literal that is, which gc initialises statically? */
static int static_func_literal(const gnode *lit)
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
static int static_shell(const gnode *n)
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

static int static_leaf(gnode *n)
{
	n = gosrc_unparen(n);
	return n && (n->kind == GN_BASICLIT || n->kind == GN_NAME || n->kind == GN_SELECTOR ||
		     n->kind == GN_FUNCLIT || const_expr(n, 0));
}

/* Is node n (of a package-level variable's value) static data for gc:
 * static itself, under static composite literals only? */
static int static_in_value(const gnode *n)
{
	if (!n || !(static_shell(n) || static_leaf((gnode *)n)))
		return 0;
	for (const gnode *c = n; c->parent; c = c->parent) {
		const gnode *p = c->parent;
		if (p->kind == GN_VARSPEC)
			return 1;
		if (!static_shell(p))
			return 0;
	}
	return 0;
}

static int static_in_gc(esc_fn *fn, esc_site *s)
{
	if (!package_initialiser(fn))
		return 0;
	if (s->kind == SITE_CLOSURE)
		return static_func_literal(find_start(fn, s->gccgo_pos,
						      GN_MASK(GN_FUNCLIT)));
	if (s->kind != SITE_SLICELIT && s->kind != SITE_PTRLIT && s->kind != SITE_BOX &&
	    s->kind != SITE_NEW)
		return 0;
	gnode *n = find(fn, s->gccgo_pos, 0);
	/* (a site gccgo placed at the variable: all of its value) */
	while (n && n->parent && !static_shell(n) && !static_leaf(n) &&
	       n->parent->kind != GN_VARSPEC && gpos_cmp(n->parent->start, s->gccgo_pos) == 0)
		n = n->parent;
	return !n || n->kind == GN_VARSPEC || static_in_value(n);
}

/* In a package-level value gc initialises with code, the new(T), &T{...}
 * and []T{...} gccgo made static data of (no call to see): sites of their
 * own, stored into the heap as gc's init function stores them into the
 * variable (or a map). */
static void dynamic_init_sites(esc_fn *fn, gnode *n, int depth)
{
	if (!n || depth > 500 || n->kind == GN_FUNCLIT)
		return;
	enum esc_site_kind kind = SITE_KIND_COUNT;
	gpos at = n->pos;
	if (n->kind == GN_CALL && n->x && gosrc_unparen(n->x)->kind == GN_NAME &&
	    gosrc_unparen(n->x)->text && strcmp(gosrc_unparen(n->x)->text, "new") == 0 &&
	    !gosrc_resolve(gosrc_unparen(n->x)))
		kind = SITE_NEW;
	else if (n->kind == GN_UNARY && n->op == '&' && gosrc_unparen(n->x) &&
		 gosrc_unparen(n->x)->kind == GN_COMPOSITE) {
		kind = SITE_PTRLIT;
		at = n->start;
	} else if (n->kind == GN_COMPOSITE && gosrc_unparen(n->x) &&
		   gosrc_unparen(n->x)->kind == GN_SLICETYPE)
		kind = SITE_SLICELIT;
	if (kind != SITE_KIND_COUNT) {
		int seen = 0;
		for (int i = 0; i < fn->sites.n && !seen; i++)
			seen = gpos_cmp(fn->sites.a[i].gccgo_pos, n->start) >= 0 &&
			       gpos_cmp(fn->sites.a[i].gccgo_pos, n->end) <= 0;
		if (!seen) {
			int v = esc_site_new(fn, kind, at);
			esc_site_of(fn, v)->size = 0;
			esc_assign(fn, ESC_HEAP, v, -1, at);
		}
		if (kind == SITE_PTRLIT)
			n = gosrc_unparen(n->x);	/* its elements, not itself */
	}
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		dynamic_init_sites(fn, kids[i], depth + 1);
	for (int i = 0; i < n->nlist; i++)
		dynamic_init_sites(fn, n->list[i], depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		dynamic_init_sites(fn, n->list2[i], depth + 1);
}

void esc_classify_sites(esc_fn *fn)
{
	place_go_defer_arguments(fn);
	for (int i = 0; i < fn->sites.n; i++) {
		if (fn->sites.a[i].kind == SITE_NEW)
			fn->sites.a[i].kind = classify(fn, &fn->sites.a[i]);
		if (static_in_gc(fn, &fn->sites.a[i]))
			fn->sites.a[i].kind = SITE_SILENT;
	}
}

static const char *heap_reason(const esc_site *s)
{
	switch (s->kind) {
	case SITE_HEAPVAR:
		return s->size > ESC_MAX_STACK_VAR_SIZE ? "too large for stack"
						    : NULL;
	case SITE_MAKESLICE:
		if (s->count < 0)
			return "non-constant size";
		if (s->elemsize > 0 &&
		    s->count > ESC_MAX_IMPLICIT_STACK_VAR_SIZE / s->elemsize)
			return "too large for stack";
		return NULL;
	case SITE_NEW:
	case SITE_PTRLIT:
	case SITE_CLOSURE:
	case SITE_METHODVALUE:
		return s->size > ESC_MAX_IMPLICIT_STACK_VAR_SIZE
			       ? "too large for stack"
			       : NULL;
	default:
		return NULL;
	}
}

void esc_settle_sizes(esc_fn *fn, int package_imports_unsafe)
{
	for (int i = 0; i < fn->sites.n && !package_imports_unsafe; i++) {
		esc_site *s = &fn->sites.a[i];
		if (s->exact_size < 0 && s->named_size >= 0)
			s->exact_size = s->named_size;
	}
}

void esc_judge_sites(esc_fn *fn)
{
	for (int i = 0; i < fn->sites.n; i++)
		fn->sites.a[i].heap_reason = heap_reason(&fn->sites.a[i]);
}

/* string(b) as an operand of a concatenation: gccgo reads b in place, gc
 * converts it in a temporary, a site that does not escape.  One is made
 * for each such operand of each concatenation site that has none. */
static void concat_operand_sites(esc_fn *fn)
{
	int n = fn->sites.n;

	for (int i = 0; i < n; i++) {
		if (fn->sites.a[i].kind != SITE_CONCAT)
			continue;
		gnode *top = find(fn, fn->sites.a[i].pos, GN_MASK(GN_BINARY));
		for (gnode *b = top; b && b->kind == GN_BINARY && b->op == '+';
		     b = gosrc_unparen(b->x)) {
			gnode *ops[2] = {gosrc_unparen(b->y), gosrc_unparen(b->x)};
			for (int k = 0; k < 2; k++) {
				gnode *c = ops[k];
				if (!c || c->kind != GN_CALL || !is_conversion(c) ||
				    gosrc_unparen(c->x)->kind != GN_NAME ||
				    (c->nlist == 1 && gosrc_type_class(c->list[0]) == GOSRC_TY_STRING))
					continue;	/* (string(s) of a string: no copy) */
				int seen = 0;
				for (int j = 0; j < fn->sites.n && !seen; j++)
					seen = gpos_cmp(fn->sites.a[j].gccgo_pos, c->pos) == 0 ||
					       gpos_cmp(fn->sites.a[j].pos, c->pos) == 0;
				if (!seen) {
					int v = esc_site_new(fn, SITE_BYTES2STR, c->pos);
					esc_site_of(fn, v)->size = 0;
				}
			}
		}
	}
}

void esc_name_sites(esc_fn *fn)
{
	for (int i = 0; i < fn->sites.n; i++) {
		esc_site *s = &fn->sites.a[i];
		free(s->name);
		s->name = NULL;
		name_site(fn, s);
	}
	int n = fn->sites.n;
	concat_operand_sites(fn);
	for (int i = n; i < fn->sites.n; i++)
		name_site(fn, &fn->sites.a[i]);
	for (int i = 0; i < fn->convs.n; i++) {
		esc_site *c = &fn->convs.a[i];
		free(c->name);
		c->name = NULL;
		name_box(fn, c);
	}
}

void esc_place_params(esc_fn *fn)
{
	gnode *decl = find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL));

	if (!decl || decl->nlist != 1 || !decl->list[0])
		return;
	gnode *recv = decl->list[0];
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind == EV_PARAM && gpos_cmp(x->pos, fn->pos) == 0 &&
		    x->name && recv->text && strcmp(x->name, recv->text) == 0)
			x->pos = recv->pos;
		/* a receiver moved to the heap: its heap copy too */
		if (x->kind == EV_ALLOC && recv->text &&
		    esc_site_of(fn, v)->kind == SITE_HEAPVAR &&
		    gpos_cmp(esc_site_of(fn, v)->gccgo_pos, fn->pos) == 0 &&
		    esc_site_of(fn, v)->varname &&
		    strcmp(esc_site_of(fn, v)->varname, recv->text) == 0)
			esc_site_of(fn, v)->gccgo_pos = recv->pos;
	}
}

/* The loop depth at n; a func literal's is where it is evaluated (its
 * body starts again at 0). */
static int outer_loop_depth(const gnode *n)
{
	/* the literal itself, or its func keyword's node inside it */
	for (const gnode *f = n; f; f = f->parent) {
		if (gpos_cmp(f->start, n->start) != 0)
			break;
		if (f->kind == GN_FUNCLIT)
			return f->parent ? f->parent->loop_depth : 0;
	}
	return n->loop_depth;
}

void esc_set_loop_depths(esc_fn *fn)
{
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		gpos at = x->pos;
		if (x->kind == EV_ALLOC)
			at = esc_site_of(fn, v)->gccgo_pos;
		else if (x->kind != EV_VAR)
			continue;
		gnode *n = at.line ? find(fn, at, 0) : NULL;
		if (x->kind == EV_ALLOC)
			x->cfg_loop_depth = x->loop_depth;	/* the walk's */
		if (n)
			x->loop_depth = outer_loop_depth(n);
	}
}

static void literal_sites(esc_fn *fn, gnode *body, gnode *n, int depth)
{
	if (!n || depth > 500)
		return;
	if (n->kind == GN_FUNCLIT && n != body) {
		/* (in a branch gc drops: no site) */
		int seen = static_func_literal(n) || gosrc_in_dead_code(n);
		for (int i = 0; i < fn->sites.n; i++)
			if (fn->sites.a[i].kind == SITE_CLOSURE &&
			    gpos_cmp(fn->sites.a[i].gccgo_pos, n->start) == 0)
				seen = 1;
		if (!seen) {
			int v = esc_site_new(fn, SITE_CLOSURE, n->start);
			esc_site *s = esc_site_of(fn, v);
			gnode *st = enclosing_stmt(n);
			s->size = 0;
			esc_v(fn, v)->loop_depth = outer_loop_depth(n);
			if (st && (st->kind == GN_GO ||
				   (st->kind == GN_DEFER && st->loop_depth > 0)))
				s->heap_note = "spill";
		}
		return;		/* its own literals are its closure's */
	}
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		literal_sites(fn, body, kids[i], depth + 1);
	for (int i = 0; i < n->nlist; i++)
		literal_sites(fn, body, n->list[i], depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		literal_sites(fn, body, n->list2[i], depth + 1);
}

/* The sites of package-level value v that gc's init function makes (see
 * static_shell). */
static void init_value_sites(esc_fn *fn, gnode *v, int depth)
{
	v = gosrc_unparen(v);
	if (!v || depth > 500 || static_leaf(v))
		return;
	if (!static_shell(v)) {
		dynamic_init_sites(fn, v, 0);
		return;
	}
	if (v->kind == GN_COMPOSITE)
		for (int i = 0; i < v->nlist; i++)
			init_value_sites(fn, v->list[i], depth + 1);
	else	/* &T{...}, or key: value (the key a constant or a field) */
		init_value_sites(fn, v->kind == GN_KEYVALUE ? v->y : v->x, depth + 1);
}

void esc_add_literal_sites(esc_fn *fn)
{
	unsigned long long kinds = GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT);
	gosrc *src = gosrc_get(fn->file);
	gnode *body = find_start(fn, fn->pos, kinds);

	if (fn->reported && src && package_initialiser(fn)) {
		/* the literals of package-level variables' initialisers */
		gnode *file = gosrc_ast(src);
		for (int i = 0; file && i < gosrc_nchildren(file); i++) {
			gnode *d = gosrc_child(file, i);
			if (d && d->kind != GN_FUNCDECL)
				literal_sites(fn, NULL, d, 0);
			for (int k = 0; d && d->kind == GN_DECLSTMT && k < d->nlist; k++) {
				gnode *sp = d->list[k];
				for (int j = 0; sp->kind == GN_VARSPEC && j < sp->nlist2; j++)
					init_value_sites(fn, sp->list2[j], 0);
			}
		}
		return;
	}
	if (!fn->reported || !body)
		return;
	literal_sites(fn, body, body->kind == GN_FUNCDECL ? body->y : body->y, 0);
}

/* gc's "safe" expression equality: names, fields, dereferences and
 * literal or name indexes spelled the same. */
static int same_safe(gnode *a, gnode *b)
{
	a = gosrc_unparen(a);
	b = gosrc_unparen(b);
	if (!a || !b || a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		return a->text && b->text && strcmp(a->text, b->text) == 0;
	case GN_SELECTOR:
		return a->text && b->text && strcmp(a->text, b->text) == 0 &&
		       same_safe(a->x, b->x);
	case GN_STAR:
		return same_safe(a->x, b->x);
	case GN_INDEX:
		return a->nlist == 1 && b->nlist == 1 && same_safe(a->x, b->x) &&
		       same_safe(a->list[0], b->list[0]);
	default:
		return 0;
	}
}

/* Could evaluating n change memory, as gc's mayAffectMemory says?  Names,
 * literals, arithmetic (not comparisons), indexing, fields, dereferences,
 * len and cap cannot; calls, receives and the rest may. */
static int may_affect_memory(gnode *n)
{
	n = gosrc_unparen(n);
	if (!n)
		return 0;
	switch (n->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		return 0;
	case GN_BINARY:
		switch (n->op) {
		case '+': case '-': case '|': case '^': case '*': case '/': case '%':
		case '&': case GN_TOK_SHL: case GN_TOK_SHR: case GN_TOK_ANDNOT:
			return may_affect_memory(n->x) || may_affect_memory(n->y);
		}
		return 1;
	case GN_UNARY:
		return (n->op != '!' && n->op != '^' && n->op != '+' && n->op != '-') ||
		       may_affect_memory(n->x);
	case GN_INDEX:
		return n->nlist != 1 || may_affect_memory(n->x) ||
		       may_affect_memory(n->list[0]);
	case GN_SELECTOR:
	case GN_STAR:
		return may_affect_memory(n->x);
	case GN_CALL: {
		gnode *f = gosrc_unparen(n->x);
		return !(f && f->kind == GN_NAME && f->text && n->nlist == 1 &&
			 (strcmp(f->text, "len") == 0 || strcmp(f->text, "cap") == 0) &&
			 !gosrc_resolve(f)) ||
		       may_affect_memory(n->list[0]);
	}
	default:
		return 1;
	}
}

/* The name under *x or x.f, or NULL. */
static gnode *deref_base(gnode *n)
{
	n = gosrc_unparen(n);
	if (n && (n->kind == GN_STAR || n->kind == GN_SELECTOR)) {
		gnode *x = gosrc_unparen(n->x);
		return x && x->kind == GN_NAME ? x : NULL;
	}
	return NULL;
}

/* Is e of a type that is no pointer, interface, array or string (a
 * struct, a slice, a map, a number...)? */
static int plain_value(gnode *e)
{
	int c = gosrc_type_class(e);

	return c == GOSRC_TY_OTHER || c == GOSRC_TY_SLICE || c == GOSRC_TY_MAP;
}

static int is_self_assign(gnode *dst, gnode *src)
{
	dst = gosrc_unparen(dst);
	src = gosrc_unparen(src);
	if (!dst || !src)
		return 0;
	/* b.buf = b.buf[i:j] and *p = (*p)[i:j], b a pointer (not a struct:
	   b.f is then b's own) and b.buf no array (whose slice is &b.buf:
	   a new pointer into b) */
	if (src->kind == GN_SLICE) {
		gnode *d = deref_base(dst), *b = deref_base(src->x);
		if (d && b && strcmp(d->text, b->text) == 0 &&
		    (dst->kind == GN_STAR || !plain_value(dst->x)) &&
		    gosrc_type_class(src->x) != GOSRC_TY_ARRAY)
			return 1;
	}
	if (dst->kind != src->kind)
		return 0;
	/* a value stored into an interface is converted first: no longer
	   the same kind of expression for gc */
	if (gosrc_type_class(dst) == GOSRC_TY_IFACE &&
	    gosrc_type_class(src) != GOSRC_TY_IFACE &&
	    gosrc_type_class(src) != GOSRC_TY_UNKNOWN)
		return 0;
	/* x.f = x.g: fields of x itself (a promoted field is one of an
	   embedded field, x.e.f for gc; a method value is no field) */
	if (dst->kind == GN_SELECTOR) {
		int dk = gosrc_selector_kind(dst), sk = gosrc_selector_kind(src);
		if (dk == GOSRC_SEL_METHOD || sk == GOSRC_SEL_METHOD)
			return 0;
		if (dk == GOSRC_SEL_PROMOTED || sk == GOSRC_SEL_PROMOTED) {
			/* both through the same embedded fields: the printed
			   forms (implicit fields shown) but the last name */
			char *a = gosrc_print_alloc(dst), *b = gosrc_print_alloc(src);
			char *da = strrchr(a, '.'), *db = strrchr(b, '.');
			int same = dk == sk && da && db && da - a == db - b &&
				   strncmp(a, b, (size_t)(da - a)) == 0 && same_safe(dst->x, src->x);
			free(a);
			free(b);
			return same;
		}
		return same_safe(dst->x, src->x);
	}
	if (dst->kind == GN_INDEX && dst->nlist == 1 && src->nlist == 1)
		return !may_affect_memory(dst->list[0]) &&
		       !may_affect_memory(src->list[0]) && same_safe(dst->x, src->x);
	return 0;
}

/* Does the walk see a value converted to an interface in assignment n
 * (x.i = x.p, the type of x.i another package's, which the file cannot
 * tell)?  The assignment is then no self-assignment for gc. */
static int converts(esc_fn *fn, const gnode *n)
{
	for (int i = 0; i < fn->convs.n; i++)
		if (gpos_cmp(fn->convs.a[i].gccgo_pos, n->start) >= 0 &&
		    gpos_cmp(fn->convs.a[i].gccgo_pos, n->end) <= 0)
			return 1;
	return 0;
}

void esc_mark_self_assigns(esc_fn *fn)
{
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		if (st->op != EOP_STORE)
			continue;
		gnode *as = find(fn, st->pos, GN_MASK(GN_ASSIGN));
		if (!as || as->op != GN_TOK_ASSIGN || as->nlist != as->nlist2)
			continue;
		/* a, b = c, d: every pair that stores through a pointer must
		   be one (pairs into local names store nothing) */
		int self = 0, other = 0;
		for (int k = 0; k < as->nlist; k++) {
			gnode *d = gosrc_unparen(as->list[k]);
			if (d && d->kind == GN_NAME)
				continue;
			if (is_self_assign(as->list[k], as->list2[k]))
				self++;
			else
				other++;
		}
		if (self && !other && !converts(fn, as))
			st->selfassign = self;	/* gc says so once per pair */
	}
}

static void self_assigns_in(esc_fn *fn, const gnode *n, strbuf *name, esc_msgs *out,
			    int depth)
{
	if (!n || depth > 10000 || n->kind == GN_FUNCLIT)
		return;
	if (n->kind == GN_ASSIGN && n->op != GN_TOK_DEFINE && n->nlist == n->nlist2) {
		for (int k = 0, conv = -1; k < n->nlist; k++) {
			gnode *d = gosrc_unparen(n->list[k]);
			if (d && !(d->kind == GN_NAME && d->text && strcmp(d->text, "_") == 0) &&
			    is_self_assign(n->list[k], n->list2[k]) &&
			    !(conv < 0 ? (conv = converts(fn, n)) : conv)) {
				char *st = gosrc_print_alloc(n);
				esc_msgs_add(out, MSG_OTHER, fn->file, n->pos,
					     xasprintf("%s ignoring self-assignment in %s",
						       sb_str(name), st));
				free(st);
			}
		}
	}
	const gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		self_assigns_in(fn, kids[i], name, out, depth + 1);
	for (int i = 0; i < n->nlist; i++)
		self_assigns_in(fn, n->list[i], name, out, depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		self_assigns_in(fn, n->list2[i], name, out, depth + 1);
}

void esc_self_assign_lines(esc_fn *fn, esc_msgs *out)
{
	gnode *body = find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT));
	strbuf name = {0};

	if (!fn->reported || !body || fn->bodyless)
		return;
	esc_gc_func_name(fn, &name);
	self_assigns_in(fn, body->y, &name, out, 0);
	sb_free(&name);
}

void esc_gc_func_name(esc_fn *fn, strbuf *out)
{
	gnode *decl = find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL));
	const char *dot = strrchr(fn->name, '.');

	if (decl && decl->text && decl->nlist == 1 && decl->list[0] &&
	    decl->list[0]->x) {
		gnode *t = gosrc_unparen(decl->list[0]->x);
		int ptr = t && t->kind == GN_STAR;
		gnode *base = ptr ? gosrc_unparen(t->x) : t;
		/* T or T[P] (generic receivers print without parameters) */
		while (base && base->kind == GN_INDEX)
			base = gosrc_unparen(base->x);
		const char *tn = base && base->text ? base->text : "?";
		if (ptr)
			sb_addf(out, "(*%s).%s", tn, decl->text);
		else
			sb_addf(out, "%s.%s", tn, decl->text);
		return;
	}
	if (decl && decl->text) {
		sb_add(out, decl->text);
		return;
	}
	/* a closure: gccgo's outer..func1 is gc's outer.func1 */
	if (fn->outer) {
		esc_gc_func_name(fn->outer, out);
		size_t n = strlen(fn->outer->name);
		if (strncmp(fn->name, fn->outer->name, n) == 0 &&
		    strncmp(fn->name + n, "..", 2) == 0) {
			sb_addf(out, ".%s", fn->name + n + 2);
			return;
		}
	}
	/* a package-level variable's func literal: gccgo's p..go..funcN is
	   gc's glob..funcN */
	const char *glob = strstr(fn->name, "..go..func");
	if (glob && !strstr(glob + 10, "..")) {
		sb_addf(out, "glob..%s", glob + 6);
		return;
	}
	sb_add(out, dot ? dot + 1 : fn->name);
}

/* The select at `at`, narrowed to its case clause when `at` is the
 * clause's (gccgo puts a case's statements at its "case"). */
static gnode *select_case_at(esc_fn *fn, gpos at)
{
	gnode *n = find(fn, at, STMT_KINDS | GN_MASK(GN_SELECT));

	for (int i = 0; n && n->kind == GN_SELECT && i < n->nlist; i++)
		if (gpos_cmp(n->list[i]->pos, at) == 0)
			return n->list[i];
	return n;
}

static void stmt_text(esc_fn *fn, gpos at, strbuf *text, gpos *pos);

void esc_mark_closure(esc_fn *fn)
{
	gnode *lit = find_start(fn, fn->pos, GN_MASK(GN_FUNCLIT));
	gnode *up = lit ? lit->parent : NULL;

	if (lit && gosrc_in_dead_code(lit))
		fn->reported = 0;	/* gc drops it with its branch */

	while (up && up->kind == GN_PAREN)
		up = up->parent;
	fn->called_directly = up && up->kind == GN_CALL && up->x &&
			      gpos_cmp(up->x->start, lit->start) <= 0 &&
			      gpos_cmp(lit->end, up->x->end) <= 0;
}

/* The variable an assignment's left-hand side writes: x in x, x.f, x[i],
 * (x); only x in x and (x) when x is a pointer or a slice (`indirect`):
 * x.f and x[i] then write what it points to. */
static const gnode *assigned_name(const gnode *n, int indirect)
{
	while (n && (n->kind == GN_PAREN ||
		     (!indirect && (n->kind == GN_SELECTOR || n->kind == GN_INDEX))))
		n = n->x;
	return n && n->kind == GN_NAME ? n : NULL;
}

static int names(const gnode *n, const char *name)
{
	return n && n->text && strcmp(n->text, name) == 0;
}

/* Is the variable declared at `decl` assigned anywhere in n (its
 * function's body, closures included) but in its declaration? */
static int reassigned(const gnode *n, const char *name, gpos decl, int indirect,
		      int depth)
{
	if (!n || depth > 500)
		return 0;
	if (n->kind == GN_ASSIGN) {
		for (int i = 0; i < n->nlist; i++) {
			const gnode *x = assigned_name(n->list[i], indirect);
			if (!names(x, name))
				continue;
			if (n->op != GN_TOK_DEFINE)
				return 1;
			/* := declares it here (or a new x in an inner block,
			   which this does not tell apart) */
		}
	}
	if (n->kind == GN_INCDEC && names(assigned_name(n->x, indirect), name))
		return 1;
	if (n->kind == GN_RANGE) {
		for (int i = 0; i < n->nlist; i++)
			if (names(assigned_name(n->list[i], indirect), name) &&
			    (n->op != GN_TOK_DEFINE ||
			     gpos_cmp(n->list[i]->start, decl) == 0))
				return 1;	/* range variables change each turn */
	}
	const gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		if (reassigned(kids[i], name, decl, indirect, depth + 1))
			return 1;
	for (int i = 0; i < n->nlist; i++)
		if (reassigned(n->list[i], name, decl, indirect, depth + 1))
			return 1;
	for (int i = 0; i < n->nlist2; i++)
		if (reassigned(n->list2[i], name, decl, indirect, depth + 1))
			return 1;
	return 0;
}

/* Does a closure inside n take the address of variable `name` ("&x")?
 * In the closure's body that is only a load of the captured pointer, so
 * the IR cannot tell; gc counts it like any other "&x".  Only a plain
 * &x counts: &x.f may go through a pointer, which takes no address of
 * x, and nothing here knows types. */
static int addr_taken_in_closure(const gnode *n, const char *name, int inlit,
				 int depth)
{
	if (!n || depth > 10000)
		return 0;
	if (n->kind == GN_FUNCLIT)
		inlit = 1;
	if (inlit && n->kind == GN_UNARY && n->op == '&') {
		const gnode *x = n->x;
		while (x && x->kind == GN_PAREN)
			x = x->x;
		if (x && x->kind == GN_NAME && names(x, name))
			return 1;
	}
	const gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		if (addr_taken_in_closure(kids[i], name, inlit, depth + 1))
			return 1;
	for (int i = 0; i < n->nlist; i++)
		if (addr_taken_in_closure(n->list[i], name, inlit, depth + 1))
			return 1;
	for (int i = 0; i < n->nlist2; i++)
		if (addr_taken_in_closure(n->list2[i], name, inlit, depth + 1))
			return 1;
	return 0;
}

void esc_decide_captures(esc_fn *fn)
{
	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		esc_site *s = esc_site_of(fn, v);
		if (s->kind != SITE_HEAPVAR || !(s->hints & SH_CAPTURED) ||
		    (s->hints & SH_ADDRTAKEN) || !s->varname)
			continue;
		gnode *body = find(fn, s->gccgo_pos,
				   GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT));
		if (body && addr_taken_in_closure(body, s->varname, 0, 0))
			s->hints |= SH_ADDRTAKEN;
	}

	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		esc_site *s = esc_site_of(fn, v);
		if (s->kind != SITE_HEAPVAR || !(s->hints & SH_CAPTURED) ||
		    (s->hints & SH_ADDRTAKEN) || s->size > 128 || s->size < 0) {
			gnode *body = s->kind == SITE_HEAPVAR && (s->hints & SH_CAPTURED)
					      ? find(fn, s->gccgo_pos,
						     GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT))
					      : NULL;
			if (body && reassigned(body, s->varname, s->gccgo_pos,
					       !!(s->hints & SH_INDIRECT), 0))
				s->hints |= SH_REASSIGNED;
			continue;
		}
		gnode *body = find(fn, s->gccgo_pos,
				   GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT));
		if (!body || reassigned(body, s->varname, s->gccgo_pos,
					!!(s->hints & SH_INDIRECT), 0)) {
			s->hints |= SH_REASSIGNED;
			continue;
		}
		/* the graph of gc's model stores its value in the record */
		s->hints |= SH_BYVAL;
	}
}

void esc_call_text(esc_fn *fn, const esc_call *c, strbuf *text, gpos *pos)
{
	gnode *n = find(fn, c->pos, GN_MASK(GN_CALL));

	if (!n) {
		sb_addf(text, "%s(...)", c->callee ? c->callee : "?");
		*pos = c->pos;
		return;
	}
	*pos = n->pos;
	if (!c->variadic || (n->flags & GNF_DDD)) {
		char *s = gosrc_print_alloc(n);
		sb_add(text, s);
		free(s);
		return;
	}
	/* gc passes a variadic call's extra arguments as one slice */
	char *callee = gosrc_print_alloc(n->x);
	sb_addf(text, "%s(", callee);
	free(callee);
	for (int i = 0; i < c->nfixed && i < n->nlist; i++) {
		char *a = gosrc_print_alloc(n->list[i]);
		sb_addf(text, "%s, ", a);
		free(a);
	}
	sb_add(text, "... argument...)");
}

/* The "&x" expression inside n, for a heap variable x. */
static gnode *find_addr_of(gnode *n, const char *name, int depth)
{
	if (!n || depth > 200)
		return NULL;
	if (n->kind == GN_UNARY && n->op == '&' && n->x &&
	    n->x->kind == GN_NAME && n->x->text && strcmp(n->x->text, name) == 0)
		return n;
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		gnode *r = find_addr_of(kids[i], name, depth + 1);
		if (r)
			return r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = find_addr_of(n->list[i], name, depth + 1);
		if (r)
			return r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = find_addr_of(n->list2[i], name, depth + 1);
		if (r)
			return r;
	}
	return NULL;
}

int esc_stmt_takes_addr(esc_fn *fn, gpos at, const char *name)
{
	return find_addr_of(find(fn, at, STMT_KINDS), name, 0) != NULL;
}

const void *esc_stmt_literal(esc_fn *fn, gpos at)
{
	gnode *st = find(fn, at, STMT_KINDS);
	gnode *v = NULL;

	if (st && (st->kind == GN_ASSIGN || st->kind == GN_VARSPEC) && st->nlist2 == 1)
		v = st->list2[0];
	else if (st && st->kind == GN_RETURN && st->nlist == 1)
		v = st->list[0];
	v = gosrc_unparen(v);
	if (!v || v->kind != GN_COMPOSITE)
		return NULL;
	/* a slice or map literal is an allocation, not a value */
	gnode *t = literal_type(v, 0);
	return t && (t->kind == GN_SLICETYPE || t->kind == GN_MAPTYPE) ? NULL : v;
}

int esc_loop_depth_at(esc_fn *fn, gpos at)
{
	gnode *n = at.line ? find(fn, at, 0) : NULL;

	return n ? n->loop_depth : 0;
}

int esc_stmt_assigns_results(esc_fn *fn, gpos at)
{
	gnode *st = find(fn, at, STMT_KINDS);

	if (!st || (st->kind != GN_ASSIGN && st->kind != GN_VARSPEC) ||
	    st->nlist < 2 || st->nlist2 != 1)
		return 0;
	const gnode *r = st->list2[0];
	while (r && r->kind == GN_PAREN)
		r = r->x;
	return r && r->kind == GN_CALL;
}

/* The first node of kind `kind` in n, in source order. */
static gnode *first_of_kind(gnode *n, int kind, int depth)
{
	if (!n || depth > 500)
		return NULL;
	if ((int)n->kind == kind)
		return n;
	gnode *kids[3] = {n->x, n->y, n->z};
	gnode *best = NULL;
	for (int i = 0; i < 3; i++) {
		gnode *r = first_of_kind(kids[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = first_of_kind(n->list[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = first_of_kind(n->list2[i], kind, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	return best;
}

static void stmt_text(esc_fn *fn, gpos at, strbuf *text, gpos *pos)
{
	gnode *n = find(fn, at, STMT_KINDS);

	if (!n) {
		sb_add(text, "?");
		*pos = at;
		return;
	}
	char *s = gosrc_print_alloc(n);
	sb_add(text, s);
	free(s);
	*pos = n->pos;
}

static gnode *first_name(gnode *n, const char *name, int depth)
{
	if (!n || depth > 500)
		return NULL;
	if (n->kind == GN_NAME && n->text && strcmp(n->text, name) == 0)
		return n;
	gnode *best = NULL;
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		gnode *r = first_name(kids[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = first_name(n->list[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = first_name(n->list2[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	return best;
}

/* Where closure fn first uses the variable `name` (gc's position for the
 * captured variable). */
static gpos first_use(esc_fn *fn, const char *name)
{
	gnode *lit = find_start(fn, fn->pos, GN_MASK(GN_FUNCLIT));
	gnode *n = lit && name ? first_name(lit->y, name, 0) : NULL;

	return n ? n->start : fn->pos;
}

void esc_clause_text(const gnode *n, strbuf *text)
{
	sb_add(text, n->nlist ? "case " : "default");
	for (int i = 0; i < n->nlist; i++) {
		char *t = gosrc_print_alloc(n->list[i]);
		sb_addf(text, "%s%s", i ? ", " : "", t);
		free(t);
	}
	sb_add(text, ":");
	for (int i = 0; i < n->nlist2; i++) {
		char *t = gosrc_print_alloc(n->list2[i]);
		sb_addf(text, "%s%s", i ? "; " : " ", t);
		free(t);
	}
}

/* Does value v's statement or call at index i read v? */
static gpos use_of(esc_fn *fn, int v, int *i)
{
	gpos none = {0, 0};

	for (; *i < fn->stmts.n; (*i)++) {
		esc_stmt *st = &fn->stmts.a[*i];
		if (st->src == v || (st->op == EOP_STORE && st->dst == v))
			return st->pos;
		if (st->op == EOP_CALL && st->call >= 0) {
			esc_call *c = &fn->calls.a[st->call];
			for (int a = 0; a < c->nargs; a++)
				if (c->args[a].val == v)
					return st->pos;
		}
	}
	return none;
}

const gnode *esc_typeswitch_clause(esc_fn *fn, int v)
{
	esc_val *x = esc_v(fn, v);

	if (x->kind != EV_VAR || !x->name)
		return NULL;
	gnode *ts = find(fn, x->pos, GN_MASK(GN_TYPESWITCH));
	if (!ts || !ts->z || !ts->z->text || gpos_cmp(ts->z->pos, x->pos) != 0 ||
	    strcmp(ts->z->text, x->name) != 0)
		return NULL;
	/* gccgo declares the variable once per clause, all at the name:
	   its clause is the one it is used in */
	for (int i = 0; i < fn->stmts.n; i++) {
		gpos at = use_of(fn, v, &i);
		for (int k = 0; at.line && k < ts->nlist; k++) {
			gnode *c = ts->list[k];
			if (gpos_cmp(at, c->start) >= 0 && gpos_cmp(at, c->end) < 0)
				return c;
		}
	}
	return NULL;
}

/* The outermost node that spans exactly [start, end). */
static gnode *node_spanning(esc_fn *fn, gpos start, gpos end)
{
	gnode *n = find_start(fn, start, 0);

	while (n && n->parent && gpos_cmp(n->parent->start, start) == 0 &&
	       gpos_cmp(n->parent->end, end) <= 0)
		n = n->parent;
	return n && gpos_cmp(n->end, end) == 0 ? n : NULL;
}

/* A select's send (a node of kind st->node in the select's case at
 * st->pos), or NULL: a send is at its case (several cases) or at the
 * select (one case and a default). */
static gnode *select_node(esc_fn *fn, const esc_stmt *st)
{
	return st->node ? first_of_kind(select_case_at(fn, st->pos), st->node, 0)
			: NULL;
}

/* Element note->stmt (>= 0) of the literal statement note->ref builds:
 * its value, for a key: value. */
static gnode *literal_element(esc_fn *fn, const esc_note *note)
{
	gnode *lit = find_start(fn, fn->stmts.a[note->ref].pos, GN_MASK(GN_COMPOSITE));
	gnode *e = lit && note->stmt >= 0 && note->stmt < lit->nlist
			   ? gosrc_unparen(lit->list[note->stmt]) : NULL;

	return e && e->kind == GN_KEYVALUE ? gosrc_unparen(e->y) : e;
}

const gnode *esc_note_node(esc_graph *g, const esc_note *note)
{
	esc_fn *fn = g->fns[note->fn];

	switch (note->where) {
	case NOTE_STMT: {
		esc_stmt *st = &fn->stmts.a[note->ref];
		gnode *n = select_node(fn, st);
		if (n)
			return n;
		return typeswitch_case_at(fn, st->pos) ? NULL
						       : find(fn, st->pos, STMT_KINDS);
	}
	case NOTE_CALL:
		return find(fn, fn->calls.a[note->ref].pos, GN_MASK(GN_CALL));
	case NOTE_CONV: {
		esc_site *c = &fn->convs.a[note->ref];
		return c->start.line ? node_spanning(fn, c->start, c->end) : NULL;
	}
	case NOTE_SITE: {
		/* a value converted to an interface: the operand; an element
		   of &T{...}: the literal */
		esc_site *c = esc_v(fn, note->ref)->kind == EV_ALLOC
				      ? esc_site_of(fn, note->ref) : NULL;
		gnode *n = c && c->start.line ? node_spanning(fn, c->start, c->end)
					      : NULL;
		if (n && strcmp(note->why, "interface-converted") == 0)
			return n;
		if (n && n->kind == GN_UNARY && n->op == '&')
			n = gosrc_unparen(n->x);
		return n && n->kind == GN_COMPOSITE &&
				       strcmp(note->why, "struct literal element") == 0
			       ? n : NULL;
	}
	case NOTE_ELEM: {
		if (note->stmt < 0)	/* the literal itself */
			return esc_stmt_literal(fn, fn->stmts.a[note->ref].pos);
		return literal_element(fn, note);
	}
	default:
		return NULL;
	}
}

void esc_note_text(esc_graph *g, const esc_note *note, strbuf *text, gpos *pos)
{
	esc_fn *fn = g->fns[note->fn];

	switch (note->where) {
	case NOTE_SITE: {
		esc_val *v = esc_v(fn, note->ref);
		if (v->kind == EV_ALLOC) {
			esc_site *s = esc_site_of(fn, note->ref);
			gnode *lit;
			if (s->kind == SITE_PTRLIT && s->name && s->name[0] == '&' &&
			    strcmp(note->why, "struct literal element") == 0 &&
			    (lit = find_start(fn, s->pos, GN_MASK(GN_UNARY))) &&
			    lit->x && lit->x->kind == GN_COMPOSITE) {
				/* what &T{...} holds is an element of T{...} */
				sb_add(text, s->name + 1);
				*pos = lit->x->pos;
				return;
			}
			if (s->kind == SITE_PTRLIT && s->name && s->name[0] == '&' &&
			    strcmp(note->why, "struct literal element") == 0) {
				/* an elided &T{...}: at its own '{' */
				sb_add(text, s->name + 1);
				*pos = s->pos;
				return;
			}
			sb_add(text, s->name ? s->name : "?");
			*pos = s->pos;
		} else {
			sb_add(text, v->name ? v->name : "?");
			*pos = v->pos;
		}
		return;
	}
	case NOTE_STMT: {
		esc_stmt *st = &fn->stmts.a[note->ref];
		gnode *n = select_node(fn, st);
		if (n) {
			char *s = gosrc_print_alloc(n);
			sb_add(text, s);
			free(s);
			*pos = n->pos;
			return;
		}
		if ((n = typeswitch_case_at(fn, st->pos))) {
			esc_clause_text(n, text);
			*pos = n->pos;
			return;
		}
		stmt_text(fn, st->pos, text, pos);
		return;
	}
	case NOTE_ADDR: {
		esc_val *v = esc_v(fn, note->ref);
		const char *name = v->kind == EV_CAPTURE
					   ? esc_capture_ref_name(g, note->fn, note->ref)
					   : v->name;
		if (!name)
			name = "?";
		gpos at = fn->stmts.a[note->stmt].pos;
		gnode *st = select_case_at(fn, at);
		gnode *n = find_addr_of(st ? st : find(fn, at, STMT_KINDS), name, 0);
		if (n) {
			char *s = gosrc_print_alloc(n);
			sb_add(text, s);
			free(s);
			*pos = n->pos;
		} else {
			sb_addf(text, "&%s", name);
			*pos = at;
		}
		return;
	}
	case NOTE_CALL:
		esc_call_text(fn, &fn->calls.a[note->ref], text, pos);
		return;
	case NOTE_CAPTURE: {
		esc_capture *c = &fn->captures.a[note->ref];
		esc_val *v = esc_v(fn, c->val);
		const char *name = v->heapvar ? esc_site_of(fn, v->heapvar)->varname
					      : v->name;
		int ci = intmap_get(&g->by_user, (unsigned long long)(uintptr_t)c->closure,
				    0) - 1;
		sb_add(text, name ? name : "?");
		*pos = ci >= 0 ? first_use(g->fns[ci], name) : fn->pos;
		return;
	}
	case NOTE_ELEM: {
		/* the element, named by its type when elided */
		gpos at = fn->stmts.a[note->ref].pos;
		if (note->stmt < 0) {
			/* the literal a variable is initialised with */
			gnode *v = (gnode *)esc_stmt_literal(fn, at);
			char *t = v ? gosrc_print_alloc(v) : NULL;
			sb_add(text, t ? t : "?");
			*pos = v ? v->pos : at;
			free(t);
			return;
		}
		gnode *e = literal_element(fn, note);
		gnode *t = e && e->kind == GN_COMPOSITE ? literal_type(e, 0) : NULL;
		if (t) {
			char *tn = gosrc_print_alloc(t);
			sb_addf(text, "%s{...}", tn);
			free(tn);
			*pos = e->pos;
		} else {
			sb_add(text, "?");
			*pos = at;
		}
		return;
	}
	case NOTE_CONV: {
		esc_site *c = &fn->convs.a[note->ref];
		sb_add(text, c->name ? c->name : "?");
		*pos = c->pos;
		return;
	}
	}
}
