/* sites.c: gc's kind, name and position for each allocation site (see
 * sites.h).
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
#include "mangle.h"
#include "srcnodes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void name_from_node(esc_site *s, gnode *n, gpos pos)
{
	/* syntax too deep or bad to print: the name without the source */
	s->name = gosrc_print_sound(n) ? gosrc_print_alloc(n)
				       : xstrdup(esc_site_kind_name(s->kind));
	s->pos = pos;
	s->start = n->start;
	s->end = n->end;
}

static void fallback(esc_site *s, const char *name)
{
	s->name = xstrdup(name);
	s->pos = s->gccgo_pos;
}

/* gc places the implicit conversion of argument i at the call's '(',
 * moved to each argument up to i that is not a plain variable's name (gc's current
 * position when it esc_assign_converts); panic's argument stays at the '('. */
/* The last operand of sum n that is not a literal, or NULL. */
static gnode *last_operand(gnode *n, int depth)
{
	n = gosrc_unparen(n);
	if (!n || depth > 200 || n->kind == GN_BASICLIT ||
	    (n->kind == GN_NAME && src_const_name(n)))
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
	if (!a || depth > 200 || a->kind == GN_BASICLIT || (a->kind == GN_NAME && src_const_name(a)))
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
		/* panic esc_assign_converts its argument where it typechecked it last:
		   a literal leaves the position at the '(', a name is at
		   itself; in a sum, at its last operand that is not a
		   literal (a call's '(' or a name) */
		return panic_pos(call->nlist ? call->list[0] : NULL, p, 0);
	}

	for (int k = 0; k <= i && k < call->nlist; k++) {
		gnode *a = gosrc_unparen(call->list[k]);
		if (a && (a->kind != GN_NAME || src_const_name(a)) && !imported_name(a))
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
	if (e && !gosrc_print_sound(e))
		s->name = xstrdup(esc_site_kind_name(s->kind));	/* as above */
	else
		s->name = e ? gosrc_print_alloc(e) : xstrdup(s->varname ? s->varname : "?");
	s->pos = pos;
	s->start = e ? e->start : pos;
	s->end = e ? e->end : pos;
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
	gnode *in = src_find(fn, s->gccgo_pos, 0);

	if (s->slot >= 0) {
		/* an element of []interface{}{...}, or of a variadic call's
		   "... argument" */
		gnode *lit = src_find(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
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
		gnode *call = src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		int i = call ? call->nlist - s->nelems + s->slot : -1;
		if (call && i >= 0 && i < call->nlist) {
			box_from(s, call->list[i], arg_conversion_pos(call, i));
			return;
		}
	}
	if (s->mapkey == ESC_MAPKEY_INDEX || s->mapkey == ESC_MAPKEY_READ) {
		/* the key of m[k] (or delete(m, k)): a constant at the index
		   expression, a call at its '(', anything else at its start */
		gnode *st = src_enclosing_stmt(in);
		if (s->mapkey == ESC_MAPKEY_READ && st &&
		    (st->kind == GN_INCDEC ||
		     (st->kind == GN_ASSIGN && st->op != '=' && st->op != GN_TOK_DEFINE &&
		      st->op != GN_TOK_ASSIGN))) {
			/* m[k]++: gccgo esc_assign_converts k for the read and for the
			   write, gc once */
			s->kind = SITE_SILENT;
			return;
		}
		gnode *key = map_key_in(st, s->varname);
		if (key) {
			gnode *ix = key->parent;
			while (ix && ix->kind == GN_PAREN)
				ix = ix->parent;
			gpos pos = src_const_expr(key, 0) && ix ? ix->start
				   : key->kind == GN_CALL ? key->pos : key->start;
			box_from(s, key, pos);
			return;
		}
	}
	if (s->field1 && s->slot < 0) {
		/* a field of a struct literal built in place, {f: x} */
		gnode *lit = src_find_start(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
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
		gnode *call = src_find(fn, c->pos, GN_MASK(GN_CALL));
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
	gnode *st = src_enclosing_stmt(in);
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
			/* gc esc_assign_converts them all where it typechecked the last
			   value that is a variable's name */
			for (int k = 0; k < st->nlist2; k++) {
				gnode *a = gosrc_unparen(st->list2[k]);
				if (a && a->kind == GN_NAME && !src_const_name(a))
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
			if (a && (a->kind != GN_NAME || src_const_name(a))) {
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
			if (a && (nil || !src_const_expr(a, 0)))
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
	gnode *call = src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
	if (call && call->nlist >= 1) {
		box_from(s, call->list[0], arg_conversion_pos(call, 0));
		return;
	}
	fallback(s, s->varname ? s->varname : "interface conversion");
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

static void name_site(esc_fn *fn, esc_site *s)
{
	gnode *n;

	switch (s->kind) {
	case SITE_HEAPVAR:
		fallback(s, s->varname ? s->varname : "?");
		n = src_find(fn, s->gccgo_pos, 0);
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
		n = src_enclosing_stmt(n);
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
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		s->name = xstrdup("... argument");
		s->pos = n ? n->pos : s->gccgo_pos;
		return;
	case SITE_PTRLIT:
		n = src_find_start(fn, s->gccgo_pos, GN_MASK(GN_UNARY));
		if (n) {
			name_from_node(s, n, n->pos);
			return;
		}
		/* {...} in []*T{...}: gc prints &T{...} at its '{' */
		n = src_find_start(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		gnode *t = src_elided_pointer_literal(n);
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
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_COMPOSITE));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, "{...}");
		return;
	case SITE_METHODVALUE:
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_SELECTOR));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, "method value");
		return;
	case SITE_CONCAT: {
		/* s += t: gc reads it as s = t, and only a concatenation
		   in t is a site */
		gnode *st = src_enclosing_stmt(src_find(fn, s->gccgo_pos, 0));
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
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_BINARY));
		if (!n)	/* gccgo may place it at the call it is passed to */
			n = src_first_below(src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL)),
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
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		if (n && !src_is_conversion(n))
			n = src_first_below(n, src_is_conversion, 0);
		if (n && s->kind == SITE_STR2RUNES && n->nlist == 1 &&
		    src_const_expr(n->list[0], 0)) {
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
		n = src_find(fn, s->gccgo_pos, GN_MASK(GN_CALL));
		if (n)
			name_from_node(s, n, n->pos);
		else
			fallback(s, esc_site_kind_name(s->kind));
		return;
	}
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
		if (!(s->hints & SH_BOXED) && src_elided_pointer_literal(n))
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
		if (conv && src_is_conversion(conv) && gosrc_unparen(conv->x)->kind == GN_SLICETYPE)
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
		gnode *st = src_enclosing_stmt(gosrc_find(src, s->gccgo_pos, 0));
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

/* Is node n (of a package-level variable's value) static data for gc:
 * static itself, under static composite literals only? */
int static_in_value(const gnode *n)
{
	if (!n || !(src_static_shell(n) || src_static_leaf((gnode *)n)))
		return 0;
	for (const gnode *c = n; c->parent; c = c->parent) {
		const gnode *p = c->parent;
		if (p->kind == GN_VARSPEC)
			return 1;
		if (!src_static_shell(p))
			return 0;
	}
	return 0;
}

static int static_in_gc(esc_fn *fn, esc_site *s)
{
	if (!src_package_initialiser(fn))
		return 0;
	if (s->kind == SITE_CLOSURE)
		return src_static_func_literal(src_find_start(fn, s->gccgo_pos,
						      GN_MASK(GN_FUNCLIT)));
	if (s->kind != SITE_SLICELIT && s->kind != SITE_PTRLIT && s->kind != SITE_BOX &&
	    s->kind != SITE_NEW)
		return 0;
	gnode *n = src_find(fn, s->gccgo_pos, 0);
	/* (a site gccgo placed at the variable: all of its value) */
	while (n && n->parent && !src_static_shell(n) && !src_static_leaf(n) &&
	       n->parent->kind != GN_VARSPEC && gpos_cmp(n->parent->start, s->gccgo_pos) == 0)
		n = n->parent;
	return !n || n->kind == GN_VARSPEC || static_in_value(n);
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

static enum esc_why heap_reason(const esc_site *s)
{
	switch (s->kind) {
	case SITE_HEAPVAR:
		return s->size > ESC_MAX_STACK_VAR_SIZE ? WHY_TOO_LARGE : WHY_NONE;
	case SITE_MAKESLICE:
		if (s->count < 0)
			return WHY_NONCONST;
		if (s->elemsize > 0 &&
		    s->count > ESC_MAX_IMPLICIT_STACK_VAR_SIZE / s->elemsize)
			return WHY_TOO_LARGE;
		return WHY_NONE;
	case SITE_NEW:
	case SITE_PTRLIT:
	case SITE_CLOSURE:
	case SITE_METHODVALUE:
		return s->size > ESC_MAX_IMPLICIT_STACK_VAR_SIZE ? WHY_TOO_LARGE
								 : WHY_NONE;
	default:
		return WHY_NONE;
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
 * esc_assign_converts it in a temporary, a site that does not escape.  One is made
 * for each such operand of each concatenation site that has none. */
static void concat_operand_sites(esc_fn *fn)
{
	int n = fn->sites.n;

	for (int i = 0; i < n; i++) {
		if (fn->sites.a[i].kind != SITE_CONCAT)
			continue;
		gnode *top = src_find(fn, fn->sites.a[i].pos, GN_MASK(GN_BINARY));
		for (gnode *b = top; b && b->kind == GN_BINARY && b->op == '+';
		     b = gosrc_unparen(b->x)) {
			gnode *ops[2] = {gosrc_unparen(b->y), gosrc_unparen(b->x)};
			for (int k = 0; k < 2; k++) {
				gnode *c = ops[k];
				if (!c || c->kind != GN_CALL || !src_is_conversion(c) ||
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

void esc_gc_func_name(esc_fn *fn, strbuf *out)
{
	gnode *decl = src_find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL));
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
	const char *glob = mangle_global_literal(fn->name);
	if (glob) {
		sb_addf(out, "glob..%s", glob);
		return;
	}
	sb_add(out, dot ? dot + 1 : fn->name);
}
