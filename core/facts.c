/* facts.c: what the Go source says about a function, into its IR (see
 * facts.h). */
#include "facts.h"
#include "srcnodes.h"

#include <stdlib.h>
#include <string.h>

/* In a package-level value gc initialises with code, the new(T), &T{...}
 * and []T{...} gccgo made static data of (no call to see): sites of their
 * own, stored into the heap as gc's init function stores them into the
 * variable (or a map). */
void esc_dynamic_init_sites(esc_fn *fn, gnode *n, int depth)
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
		esc_dynamic_init_sites(fn, kids[i], depth + 1);
	for (int i = 0; i < n->nlist; i++)
		esc_dynamic_init_sites(fn, n->list[i], depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		esc_dynamic_init_sites(fn, n->list2[i], depth + 1);
}

void esc_place_params(esc_fn *fn)
{
	gnode *decl = src_find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL));

	if (!decl || decl->nlist != 1 || !decl->list[0])
		return;
	gnode *recv = decl->list[0];
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind == EV_PARAM && gpos_same(x->pos, fn->pos) &&
		    x->name && recv->text && strcmp(x->name, recv->text) == 0)
			x->pos = recv->pos;
		/* a receiver moved to the heap: its heap copy too */
		if (x->kind == EV_ALLOC && recv->text &&
		    esc_site_of(fn, v)->kind == SITE_HEAPVAR &&
		    gpos_same(esc_site_of(fn, v)->gccgo_pos, fn->pos) &&
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
		gnode *n = at.line ? src_find(fn, at, 0) : NULL;
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
		int seen = src_static_func_literal(n) || gosrc_in_dead_code(n);
		for (int i = 0; i < fn->sites.n; i++)
			if (fn->sites.a[i].kind == SITE_CLOSURE &&
			    gpos_cmp(fn->sites.a[i].gccgo_pos, n->start) == 0)
				seen = 1;
		/* an allocation of its line without a column (pos.h) may
		   be its closure: that one speaks for it */
		for (int i = 0; i < fn->sites.n; i++)
			if (fn->sites.a[i].gccgo_pos.line == n->start.line &&
			    fn->sites.a[i].gccgo_pos.col <= 0)
				seen = 1;
		if (!seen) {
			int v = esc_site_new(fn, SITE_CLOSURE, n->start);
			esc_site *s = esc_site_of(fn, v);
			gnode *st = src_enclosing_stmt(n);
			s->size = 0;
			esc_v(fn, v)->loop_depth = outer_loop_depth(n);
			if (st && (st->kind == GN_GO ||
				   (st->kind == GN_DEFER && st->loop_depth > 0)))
				s->heap_note = WHY_SPILL;
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
 * src_static_shell). */
static void init_value_sites(esc_fn *fn, gnode *v, int depth)
{
	v = gosrc_unparen(v);
	if (!v || depth > 500 || src_static_leaf(v))
		return;
	if (!src_static_shell(v)) {
		esc_dynamic_init_sites(fn, v, 0);
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
	gnode *body = src_find_start(fn, fn->pos, kinds);

	if (fn->reported && src && src_package_initialiser(fn)) {
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

int esc_is_self_assign(gnode *dst, gnode *src)
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
int esc_assign_converts(esc_fn *fn, const gnode *n)
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
		gnode *as = src_find(fn, st->pos, GN_MASK(GN_ASSIGN));
		if (!as || as->op != GN_TOK_ASSIGN || as->nlist != as->nlist2)
			continue;
		/* a, b = c, d: every pair that stores through a pointer must
		   be one (pairs into local names store nothing) */
		int self = 0, other = 0;
		for (int k = 0; k < as->nlist; k++) {
			gnode *d = gosrc_unparen(as->list[k]);
			if (d && d->kind == GN_NAME)
				continue;
			if (esc_is_self_assign(as->list[k], as->list2[k]))
				self++;
			else
				other++;
		}
		if (self && !other && !esc_assign_converts(fn, as))
			st->selfassign = self;	/* gc says so once per pair */
	}
}

void esc_mark_closure(esc_fn *fn)
{
	gnode *lit = src_find_start(fn, fn->pos, GN_MASK(GN_FUNCLIT));
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
		gnode *body = src_find(fn, s->gccgo_pos,
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
					      ? src_find(fn, s->gccgo_pos,
						     GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT))
					      : NULL;
			if (body && reassigned(body, s->varname, s->gccgo_pos,
					       !!(s->hints & SH_INDIRECT), 0))
				s->hints |= SH_REASSIGNED;
			continue;
		}
		gnode *body = src_find(fn, s->gccgo_pos,
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

void esc_stmt_facts(esc_fn **fns, int nfns)
{
	for (int fi = 0; fi < nfns; fi++) {
		esc_fn *fn = fns[fi];
		for (int si = 0; si < fn->stmts.n; si++) {
			esc_stmt *st = &fn->stmts.a[si];
			st->facts = 0;
			if (esc_stmt_assigns_results(fn, st->pos))
				st->facts |= SF_RESULTS;
			if (esc_stmt_typeswitch_case(fn, st->pos))
				st->facts |= SF_CASE;
			if (st->op == EOP_ASSIGN && st->elem < 0 &&
			    esc_stmt_literal(fn, st->pos))
				st->facts |= SF_LITERAL;
			const char *ref;
			if (st->op != EOP_CALL && esc_v(fn, st->src)->kind == EV_CAPTURE &&
			    (ref = esc_capture_ref_name(fns, nfns, fi, st->src)) &&
			    esc_stmt_takes_addr(fn, st->pos, ref))
				st->facts |= SF_ADDR;
			if (st->op != EOP_CALL || st->call < 0)
				continue;
			esc_call *c = &fn->calls.a[st->call];
			for (int a = 0; a < c->nargs; a++) {
				esc_val *v = esc_v(fn, c->args[a].val);
				c->args[a].addr = (v->flags & VF_TRANSPARENT) && v->name &&
						  esc_stmt_takes_addr(fn, st->pos, v->name);
			}
		}
		for (int i = 0; i < fn->calls.n; i++)
			fn->calls.a[i].loop_depth = esc_loop_depth_at(fn, fn->calls.a[i].pos);
	}
}
