/* graph.c: from the IR of a batch of functions to the connection graph the
 * solver walks (see graph.h for the model). */
#include "graph.h"
#include "sites.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Temporaries never outlive anything: gc has no such locations, so they must
 * not make an allocation in a loop escape. */
#define TEMP_LOOP_DEPTH (INT_MAX / 2)

/* Is statement s part of the graph's model? */
static int in_model(const esc_graph *g, const esc_stmt *s)
{
	return s->only == ESC_ONLY_BOTH ||
	       s->only == (g->model == ESC_MODEL_GC ? ESC_ONLY_GC : ESC_ONLY_GCCGO);
}

static int new_loc(esc_graph *g, int fn, int val, int loop_depth, int temp)
{
	esc_loc l;

	memset(&l, 0, sizeof l);
	l.fn = fn;
	l.val = val;
	l.loop_depth = loop_depth;
	l.temp = temp;
	l.dst = -1;
	l.dst_edge = -1;
	VEC_PUSH(g->locs, l);
	return g->locs.n - 1;
}

static int add_note(esc_graph *g, enum esc_note_where where, enum esc_why why,
		    int fn, int ref)
{
	esc_note n = {where, fn, why, ref, -1};

	VEC_PUSH(g->notes, n);
	return g->notes.n - 1;
}

/* Add dst <- src unless the same edge exists; notes are the `nnotes` notes
 * starting at note0.  Returns the edge's index in dst's list. */
/* Where in the source note n comes from, as far as telling two flows
 * apart goes. */
static gpos note_origin(esc_graph *g, const esc_note *n)
{
	esc_fn *fn = g->fns[n->fn];
	gpos none = {0, 0};

	switch (n->where) {
	case NOTE_STMT:
	case NOTE_ADDR:
		return fn->stmts.a[n->where == NOTE_STMT ? n->ref : n->stmt].pos;
	case NOTE_CALL:
		return fn->calls.a[n->ref].pos;
	case NOTE_SITE:
		return esc_v(fn, n->ref)->pos;
	default:
		return none;
	}
}

/* Do two note lists tell of the same flow in the source?  The last note
 * says where the flow ends up being made (the statement, the call, the
 * capture); gccgo making the same flow twice (the two stores around a
 * write barrier) may differ in the notes before it. */
int esc_same_flow(esc_graph *g, int a0, int na, int b0, int nb)
{
	if (!na || !nb)
		return na == nb;
	const esc_note *x = &g->notes.a[a0 + na - 1], *y = &g->notes.a[b0 + nb - 1];
	if (x->where != y->where || x->fn != y->fn || x->why != y->why)
		return 0;
	if (x->where == NOTE_CAPTURE) {
		esc_capture *cx = &g->fns[x->fn]->captures.a[x->ref];
		esc_capture *cy = &g->fns[y->fn]->captures.a[y->ref];
		return cx->closure == cy->closure && strcmp(cx->field, cy->field) == 0;
	}
	if (x->where == NOTE_CONV)
		return x->ref == y->ref;
	return gpos_cmp(note_origin(g, x), note_origin(g, y)) == 0;
}

static unsigned long long mix(unsigned long long h, unsigned long long v)
{
	return (h ^ v) * 1099511628211ull;
}

/* A hash of what esc_same_flow compares, with the edge's ends. */
static unsigned long long flow_key(esc_graph *g, int dst, int src, int derefs,
				   int note0, int nnotes)
{
	unsigned long long h = 1469598103934665603ull;

	h = mix(h, (unsigned)dst);
	h = mix(h, (unsigned)src);
	h = mix(h, (unsigned)(derefs + 2));
	if (nnotes) {
		const esc_note *n = &g->notes.a[note0 + nnotes - 1];
		h = mix(h, (unsigned)n->where);
		h = mix(h, (unsigned)n->fn);
		h = mix(h, (unsigned)n->why);
		if (n->where == NOTE_CAPTURE) {
			const esc_capture *c = &g->fns[n->fn]->captures.a[n->ref];
			h = mix(h, (unsigned long long)(uintptr_t)c->closure);
			for (const char *f = c->field; *f; f++)
				h = mix(h, (unsigned char)*f);
		} else if (n->where == NOTE_CONV) {
			h = mix(h, (unsigned)n->ref);
		} else {
			gpos p = note_origin(g, n);
			h = mix(h, (unsigned)p.line);
			h = mix(h, (unsigned)p.col);
		}
	}
	return h ? h : 1;
}

static int same_edge(esc_graph *g, const esc_edge *x, int src, int derefs,
		     int note0, int nnotes)
{
	return x->src == src && x->derefs == derefs &&
	       esc_same_flow(g, x->note0, x->nnotes, note0, nnotes);
}

/* Locations with this many edges find repeats by hash (g->flows). */
#define FLOWS_BY_HASH 8

static void hash_flows(esc_graph *g, int dst)
{
	esc_loc *d = &g->locs.a[dst];

	for (int i = 0; i < d->edges.n; i++) {
		esc_edge *x = &d->edges.a[i];
		intmap_put(&g->flows, flow_key(g, dst, x->src, x->derefs,
					       x->note0, x->nnotes), i + 1);
	}
}

/* The hash is kept by add_edge only: after edges were changed or removed
 * in place, it is made again before more are added. */
static void rehash_flows(esc_graph *g)
{
	intmap_free(&g->flows);
	for (int l = 0; l < g->locs.n; l++)
		if (g->locs.a[l].edges.n >= FLOWS_BY_HASH)
			hash_flows(g, l);
}

static int add_edge(esc_graph *g, int dst, int src, int derefs, int note0,
		    int nnotes)
{
	esc_loc *d = &g->locs.a[dst];

	if (derefs < -1)
		derefs = -1;
	if (dst == src && derefs >= 0)
		return -1;	/* x = x, x = *x: nothing new */
	/* gc has one edge per flow in the source, and -m=2 explains each
	   that makes a location escape as it is added: keep an edge that
	   repeats another from elsewhere in the source (not one gccgo made
	   twice, as the two stores around a write barrier).  A location's
	   few edges are searched in place; those of a location many values
	   flow into are found by hash, so that it costs no more per edge */
	unsigned long long key = 0;
	if (d->edges.n < FLOWS_BY_HASH) {
		for (int i = 0; i < d->edges.n; i++)
			if (same_edge(g, &d->edges.a[i], src, derefs, note0, nnotes))
				return i;
	} else {
		if (d->edges.n == FLOWS_BY_HASH)
			hash_flows(g, dst);
		key = flow_key(g, dst, src, derefs, note0, nnotes);
		int i = intmap_get(&g->flows, key, 0) - 1;
		if (i >= 0 && i < d->edges.n &&
		    same_edge(g, &d->edges.a[i], src, derefs, note0, nnotes))
			return i;
	}
	esc_edge e = {src, derefs, note0, nnotes};
	/* most locations have one or two sources: start small */
	VEC_RESERVE(d->edges, 2);
	VEC_PUSH(d->edges, e);
	if (key)
		intmap_put(&g->flows, key, d->edges.n);
	return d->edges.n - 1;
}

/* The notes of a new edge: a fresh list holding a copy of the notes at
 * a0 (na of them) followed by those at b0 (nb). */
static int concat_notes(esc_graph *g, int a0, int na, int b0, int nb)
{
	int first = g->notes.n;

	for (int i = 0; i < na; i++) {
		esc_note n = g->notes.a[a0 + i];
		VEC_PUSH(g->notes, n);
	}
	for (int i = 0; i < nb; i++) {
		esc_note n = g->notes.a[b0 + i];
		VEC_PUSH(g->notes, n);
	}
	return first;
}

static int is_param_copy(esc_fn *fn, int v);

static int is_temp_val(esc_graph *g, esc_fn *fn, esc_val *v)
{
	/* the argument record go and defer make is gccgo's, not gc's; so is
	   the heap copy of a parameter gc captures by value (the parameter
	   is gc's location; a local so captured keeps its own, named).  In
	   gccgo's model every allocation is one of its own. */
	if (v->kind == EV_ALLOC)
		return g->model == ESC_MODEL_GC &&
		       ((fn->sites.a[v->site].hints & SH_RECORD) ||
		       ((fn->sites.a[v->site].hints & SH_BYVAL) &&
			 is_param_copy(fn, (int)(v - fn->vals.a))));
	if (v->flags & VF_TEE)
		return 0;	/* gc's own temporary: kept, and named */
	return v->kind == EV_TEMP || v->kind == EV_CAPTURE ||
	       (v->flags & VF_TRANSPARENT);
}

static void make_locations(esc_graph *g, int fi)
{
	esc_fn *fn = g->fns[fi];

	g->loc_of[fi] = xmalloc((size_t)fn->vals.n * sizeof(int));
	g->loc_of[fi][ESC_NOVAL] = -1;
	g->loc_of[fi][ESC_HEAP] = LOC_HEAP;
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		int temp = is_temp_val(g, fn, x);
		int depth = x->loop_depth;
		/* an allocation the code runs in a loop the source does not
		   show (as gc counts loops) is in it all the same */
		if (g->model == ESC_MODEL_GCCGO && x->kind == EV_ALLOC &&
		    x->cfg_loop_depth > depth)
			depth = x->cfg_loop_depth;
		g->loc_of[fi][v] = new_loc(g, fi, v, temp ? TEMP_LOOP_DEPTH : depth,
					   temp);
	}
}

/* gc's reason for the assignment statement si makes into d: its own when
 * it has one ("send", ...), "return" into a result, "switch case" for a
 * type switch's variable, else "assign"; none for a multi-value assignment
 * from a call (a, b := f()), which gc notes nothing for. */
static enum esc_why stmt_reason(esc_fn *fn, int si, const esc_val *d)
{
	esc_stmt *st = si >= 0 ? &fn->stmts.a[si] : NULL;

	if (st && (st->facts & SF_RESULTS))
		return WHY_NONE;
	return st && st->why ? st->why
	       : d->kind == EV_RESULT ? WHY_RETURN
	       : st && (st->facts & SF_CASE) ? WHY_SWITCH_CASE
					     : WHY_ASSIGN;
}

/* The note "L (why)" for element `slot` of the literal L statement si
 * builds (slot -1: the literal itself). */
static int add_elem_note(esc_graph *g, int fi, int si, enum esc_why why, int slot)
{
	int n = add_note(g, NOTE_ELEM, why, fi, si);

	g->notes.a[n].stmt = slot;
	return n;
}

/* The note an assignment into `dst` gets from its statement: gc names the
 * statement ("y := &T{...} (assign)", "return &a (return)") when the
 * destination is a Go variable; moves between temporaries say nothing. */
static int stmt_notes(esc_graph *g, int fi, int si, int dst, int src,
		      int derefs, int *nnotes)
{
	esc_fn *fn = g->fns[fi];
	esc_val *d = esc_v(fn, dst);
	esc_val *s = esc_v(fn, src);
	int first = -1, n;

	*nnotes = 0;
	if (si >= 0 && fn->stmts.a[si].cap >= 0) {
		/* stored into a closure's record: gc's "captured by a
		   closure", and "reference" when by reference */
		esc_stmt *st = &fn->stmts.a[si];
		first = add_note(g, NOTE_CAPTURE, WHY_CAPTURED, fi, st->cap);
		*nnotes = 1;
		if (st->capture && !(esc_site_of(fn, st->capture)->hints & SH_BYVAL)) {
			add_note(g, NOTE_CAPTURE, WHY_REFERENCE, fi, st->cap);
			*nnotes = 2;
		}
		return first;
	}
	if (s->kind == EV_ALLOC && derefs < 0 &&
	    esc_site_of(fn, src)->kind != SITE_HEAPVAR) {
		/* an allocation's address is taken where it happens */
		first = add_note(g, NOTE_SITE, WHY_SPILL, fi, src);
		(*nnotes)++;
	}
	if (((s->flags & VF_TRANSPARENT) ||
	     (s->kind == EV_CAPTURE && si >= 0 && src == fn->stmts.a[si].src &&
	      (fn->stmts.a[si].facts & SF_ADDR))) &&
	    derefs == 0) {
		/* using a heap variable's pointer is "&x" in Go */
		n = add_note(g, NOTE_ADDR, WHY_ADDRESS_OF, fi, src);
		g->notes.a[n].stmt = si;
		if (first < 0)
			first = n;
		(*nnotes)++;
	}
	int conv = si >= 0 ? fn->stmts.a[si].conv : -1;
	if (conv >= 0) {
		/* a pointer-shaped value goes into an interface as it is, but
		   gc still notes the conversion (a box is its own) */
		int cv = fn->convs.a[conv].value;
		if (!cv || esc_site_of(fn, cv)->kind != SITE_BOX) {
			n = add_note(g, NOTE_CONV, WHY_CONVERTED, fi, conv);
			if (first < 0)
				first = n;
			(*nnotes)++;
		}
	}
	int elem = si >= 0 && fn->stmts.a[si].op == EOP_ASSIGN ? fn->stmts.a[si].elem : 0;
	if (elem > 0 || (elem < 0 && (fn->stmts.a[si].facts & SF_LITERAL))) {
		/* into a struct element of a literal's array, built in a
		   temporary before it is copied to the literal's storage; or
		   into a variable a value literal initialises */
		n = add_elem_note(g, fi, si,
				  elem == ESC_ELEM_INDEX ? WHY_ARRAY_ELEM
							 : WHY_STRUCT_ELEM,
				  elem > 0 ? elem - 1 : -1);
		if (first < 0)
			first = n;
		(*nnotes)++;
	}
	enum esc_why why;
	if (!(d->flags & VF_TRANSPARENT) &&
	    (dst == ESC_HEAP || d->kind == EV_VAR || d->kind == EV_PARAM ||
	     d->kind == EV_RESULT ||
	     (d->kind == EV_ALLOC && esc_site_of(fn, dst)->kind == SITE_HEAPVAR)) &&
	    (why = stmt_reason(fn, si, d))) {
		n = add_note(g, NOTE_STMT, why, fi, si);
		if (first < 0)
			first = n;
		(*nnotes)++;
	}
	return first;
}

/* The note a value stored into an allocation's storage gets. */
static enum esc_why store_reason(esc_fn *fn, int target)
{
	if (esc_v(fn, target)->kind != EV_ALLOC)
		return WHY_NONE;
	switch (esc_site_of(fn, target)->kind) {
	case SITE_SLICELIT:
	case SITE_VARIADIC:
		return WHY_SLICE_ELEM;
	case SITE_BOX:
		return WHY_CONVERTED;
	case SITE_PTRLIT:
		return WHY_STRUCT_ELEM;
	default:
		return WHY_NONE;
	}
}

static void add_assign(esc_graph *g, int fi, int si)
{
	esc_fn *fn = g->fns[fi];
	esc_stmt *s = &fn->stmts.a[si];
	int src = s->src, derefs = s->derefs;

	/* a variable gc captures by value: the record holds its value (in
	   gccgo's code, as in gccgo's model, its address) */
	if (g->model == ESC_MODEL_GC && s->capture &&
	    (esc_site_of(fn, s->capture)->hints & SH_BYVAL))
		derefs = 1;
	if (g->model == ESC_MODEL_GC && esc_v(fn, src)->kind == EV_ALLOC &&
	    derefs == -1 &&
	    (esc_site_of(fn, src)->hints & SH_OPASSIGN) &&
	    esc_site_of(fn, src)->operands) {
		/* s += t as gc reads it: s = t (and s = s) */
		src = esc_site_of(fn, src)->operands;
		derefs = 0;
	}
	int nn, n0 = stmt_notes(g, fi, si, s->dst, src, derefs, &nn);

	add_edge(g, esc_loc_of(g, fi, s->dst), esc_loc_of(g, fi, src), derefs, n0,
		 nn);
}

/* The batch index of the function whose plugin handle is user, or -1. */
static int batch_index(esc_graph *g, void *user)
{
	return user ? intmap_get(&g->by_user, (unsigned long long)(uintptr_t)user, 0) - 1
		    : -1;
}

/* The value of parameter number i of fn, or 0. */
static int param_value(esc_fn *fn, int i)
{
	for (int v = 2; v < fn->vals.n; v++)
		if (esc_v(fn, v)->kind == EV_PARAM && esc_v(fn, v)->index == i)
			return v;
	return 0;
}

/* The notes of argument arg of call ci (statement si): "call parameter",
 * after "&x (address-of)" when the argument is written &x. */
static int call_notes(esc_graph *g, int fi, int si, int ci, esc_arg *arg,
		      int *nnotes)
{
	esc_fn *fn = g->fns[fi];
	esc_val *v = esc_v(fn, arg->val);
	int first = -1;

	*nnotes = 0;
	if ((v->flags & VF_TRANSPARENT) && arg->derefs == 0 && arg->addr) {
		first = add_note(g, NOTE_ADDR, WHY_ADDRESS_OF, fi, arg->val);
		g->notes.a[first].stmt = si;
		(*nnotes)++;
	}
	int n = add_note(g, NOTE_CALL, WHY_CALL_PARAM, fi, ci);
	g->notes.a[n].stmt = (int)(arg - fn->calls.a[ci].args);
	(*nnotes)++;
	return first >= 0 ? first : n;
}

static void add_result_edge(esc_graph *g, int fi, int si, const esc_call *c,
			    int r, int src, int derefs, int n0, int nn);

/* A call into a function of the same batch: arguments flow into its
 * parameters and its results into the call's, as gc connects them. */
static void add_batch_call(esc_graph *g, int fi, int si, esc_call *c, int ci,
			   int bi)
{
	esc_fn *callee = g->fns[bi];

	for (int a = 0; a < c->nargs; a++) {
		int p = param_value(callee, a);
		if (!p || c->args[a].val == ESC_NOVAL)
			continue;	/* the static chain: the closure itself */
		int nn, note = call_notes(g, fi, si, ci, &c->args[a], &nn);
		add_edge(g, esc_loc_of(g, bi, p), esc_loc_of(g, fi, c->args[a].val),
			 c->args[a].derefs, note, nn);
	}
	for (int r = 0; r < c->nresults; r++) {
		if (c->results[r] == ESC_NOVAL)
			continue;
		for (int k = 0; k < callee->nresults; k++)
			if (callee->results[k] > 0 && esc_call_result_map(c, r, k))
				add_result_edge(g, fi, si, c, r,
						esc_loc_of(g, bi, callee->results[k]),
						0, 0, 0);
	}
}

/* What a closure reads from its record is what its enclosing function
 * stored there. */
static void add_captures(esc_graph *g, int fi)
{
	esc_fn *fn = g->fns[fi];

	for (int i = 0; i < fn->captures.n; i++) {
		esc_capture *c = &fn->captures.a[i];
		int linked = 0;
		/* the closure, and its F..r body if it calls recover */
		for (int ci = 0; ci < g->nfns; ci++) {
			esc_fn *cl = g->fns[ci];
			if (esc_fn_chain_user(cl) != c->closure)
				continue;
			linked = 1;
			for (int v = 2; v < cl->vals.n; v++) {
				esc_val *x = esc_v(cl, v);
				if (x->kind == EV_CAPTURE && strcmp(x->name, c->field) == 0)
					add_edge(g, esc_loc_of(g, ci, v),
						 esc_loc_of(g, fi, c->val), c->derefs, 0, 0);
			}
		}
		/* a function solved apart reads it: in gccgo's model, whatever
		   it may do with it */
		if (!linked && g->model == ESC_MODEL_GCCGO)
			add_edge(g, LOC_HEAP, esc_loc_of(g, fi, c->val), c->derefs,
				 0, 0);
	}
}

/* The value temporary v is a copy of, through plain copies. */
static int copied_from(esc_fn *fn, int v)
{
	for (int steps = 0; steps < 16 && esc_v(fn, v)->kind == EV_TEMP; steps++) {
		int src = 0, n = 0;
		for (int i = 0; i < fn->stmts.n; i++) {
			esc_stmt *s = &fn->stmts.a[i];
			if (s->op == EOP_ASSIGN && s->dst == v) {
				src = s->derefs == 0 ? s->src : 0;
				n++;
			}
		}
		if (n != 1 || !src)
			break;
		v = src;
	}
	return v;
}

int esc_capture_origin(esc_graph *g, int fi, int v, int *ofi)
{
	for (int depth = 0; depth < 64; depth++) {
		esc_fn *cl = g->fns[fi];
		v = copied_from(cl, v);
		esc_val *x = esc_v(cl, v);
		int found = 0;
		if (x->kind != EV_CAPTURE)
			return 0;
		for (int pi = 0; pi < g->nfns && !found; pi++) {
			esc_fn *fn = g->fns[pi];
			for (int i = 0; i < fn->captures.n; i++) {
				esc_capture *c = &fn->captures.a[i];
				if (c->closure != esc_fn_chain_user(cl) ||
				    strcmp(x->name, c->field) != 0)
					continue;
				esc_val *pv = esc_v(fn, c->val);
				if (pv->flags & VF_TRANSPARENT) {
					*ofi = pi;
					return pv->heapvar;
				}
				fi = pi;
				v = c->val;
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
	}
	return 0;
}

/* The fewest dereferences with which what argument tags l say goes to the
 * callee's results reaches call result r, or -1. */
/* The tags of call c's arguments in the graph's model. */
static const leaks *call_tags(const esc_graph *g, const esc_call *c)
{
	return g->model == ESC_MODEL_GCCGO ? c->gccgo_tags : c->tags;
}

static int result_leak(const esc_call *c, const leaks *l, int r)
{
	int lv = -1;

	for (int k = 0; k < ESC_NRESULTS; k++) {
		int d = leaks_result(l, k);
		if (d >= 0 && esc_call_result_map(c, r, k) && (lv < 0 || d < lv))
			lv = d;
	}
	return lv;
}

/* The note of a call result going straight into a variable, a result or
 * the heap: gc's hole for "t := f(x)" says "assign" ("return" for
 * "return f(x)"); for "a, b := f(x)" it says nothing.  -1 for none. */
static int result_note(esc_graph *g, int fi, int si, int val)
{
	esc_fn *fn = g->fns[fi];
	esc_val *d = esc_v(fn, val);
	enum esc_why why;

	if ((d->flags & VF_TRANSPARENT) ||
	    !(val == ESC_HEAP || d->kind == EV_VAR || d->kind == EV_RESULT) ||
	    !(why = stmt_reason(fn, si, d)))
		return -1;
	return add_note(g, NOTE_STMT, why, fi, si);
}

/* An edge into call result r: its notes are the argument's (n0, nn), then
 * the assignment's. */
static void add_result_edge(esc_graph *g, int fi, int si, const esc_call *c,
			    int r, int src, int derefs, int n0, int nn)
{
	int rn = result_note(g, fi, si, c->results[r]);

	if (rn >= 0) {
		n0 = concat_notes(g, n0, nn, rn, 1);
		nn++;
	}
	add_edge(g, esc_loc_of(g, fi, c->results[r]), src, derefs, n0, nn);
}

/* gc sends an argument whose tags name several places (the heap, results)
 * through one temporary of its own, {temp}, which -m=2 shows: made here,
 * once per such argument, before the graph's locations. */
static void add_tees(esc_graph *g, esc_fn *fn)
{
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		if (c->kind != CALLEE_TAGGED)
			continue;
		const leaks *tags = call_tags(g, c);
		for (int a = 0; a < c->nargs; a++) {
			esc_arg *arg = &c->args[a];
			if (arg->val == ESC_NOVAL || arg->tee)
				continue;
			int holes = leaks_heap(&tags[a]) >= 0;
			for (int r = 0; r < c->nresults; r++)
				if (c->results[r] != ESC_NOVAL &&
				    result_leak(c, &tags[a], r) >= 0)
					holes++;
			if (holes < 2)
				continue;
			arg->tee = esc_val_new(fn, EV_TEMP, "", c->pos);
			esc_val *t = esc_v(fn, arg->tee);
			t->flags |= VF_TEE;
			t->loop_depth = c->loop_depth;
		}
	}
}

static void add_call(esc_graph *g, int fi, int si, esc_call *c, int ci)
{
	int bi = c->kind == CALLEE_LOCAL && c->fn ? batch_index(g, c->fn->user) : -1;

	if (bi >= 0) {
		add_batch_call(g, fi, si, c, ci, bi);
		return;
	}
	for (int a = 0; a < c->nargs; a++) {
		esc_arg *arg = &c->args[a];
		if (arg->val == ESC_NOVAL)
			continue;
		int src = esc_loc_of(g, fi, arg->val), derefs = arg->derefs;
		int nn, note = call_notes(g, fi, si, ci, arg, &nn);
		leaks l = c->kind == CALLEE_TAGGED ? call_tags(g, c)[a]
						   : leaks_all_heap();
		if (arg->tee) {
			int t = esc_loc_of(g, fi, arg->tee);
			add_edge(g, t, src, derefs, note, nn);
			src = t;
			derefs = 0;
			nn = 0;
		}
		int h = leaks_heap(&l);
		if (h >= 0)
			add_edge(g, LOC_HEAP, src, derefs + h, note, nn);
		for (int r = 0; r < c->nresults; r++) {
			int lv = c->results[r] != ESC_NOVAL ? result_leak(c, &l, r) : -1;
			if (lv >= 0)
				add_result_edge(g, fi, si, c, r, src, derefs + lv,
						note, nn);
		}
	}
}

int esc_call_note_shift(esc_graph *g, int dst, const esc_note *n)
{
	esc_fn *fn = g->fns[n->fn];
	esc_call *c = &fn->calls.a[n->ref];
	int a = n->stmt;

	if (n->where != NOTE_CALL || a < 0 || a >= c->nargs)
		return -1;
	if ((c->kind == CALLEE_LOCAL && c->fn && batch_index(g, c->fn->user) >= 0) ||
	    c->args[a].tee)
		return dst == LOC_HEAP ? -1 : 0;	/* into a parameter, a tee */
	leaks l = c->kind == CALLEE_TAGGED ? call_tags(g, c)[a] : leaks_all_heap();
	if (dst == LOC_HEAP)
		return leaks_heap(&l);
	/* into a result (which may have been bypassed into its user): the
	   result's leak, when the results say one thing */
	int shift = -1;
	for (int r = 0; r < c->nresults; r++) {
		int lv = c->results[r] != ESC_NOVAL ? result_leak(c, &l, r) : -1;
		if (lv >= 0 && shift >= 0 && lv != shift)
			return -1;
		if (lv >= 0)
			shift = lv;
	}
	return shift;
}

/* Sites that must be on the heap whatever happens to them. */
static void add_site_reasons(esc_graph *g, int fi)
{
	esc_fn *fn = g->fns[fi];

	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		esc_site *s = esc_site_of(fn, v);
		enum esc_why why = s->heap_reason ? s->heap_reason : s->heap_note;
		if (!why)
			continue;
		int note = add_note(g, NOTE_SITE, why, fi, v);
		add_edge(g, LOC_HEAP, esc_loc_of(g, fi, v), -1, note, 1);
	}
}

/* Is location l the argument record of a go or defer statement? */
static int is_record(esc_graph *g, int l)
{
	esc_loc *loc = &g->locs.a[l];

	if (loc->fn < 0)
		return 0;
	esc_fn *fn = g->fns[loc->fn];
	return esc_v(fn, loc->val)->kind == EV_ALLOC &&
	       (esc_site_of(fn, loc->val)->hints & SH_RECORD);
}

/* What a bypassable temporary stands for: its single source, followed
 * through other such temporaries. */
typedef struct rep {
	int src, derefs, note0, nnotes;
	int via_record;		/* through a go or defer argument record,
				   which gc does not have: no notes */
} rep;

typedef struct reps {
	rep *r;			/* per location; src == -2: not computed */
	char *busy;		/* on the chain being resolved (a cycle) */
	VEC(int) chain;
} reps;

/* What temporary l's one incoming edge e adds to inner, what its source
 * stands for. */
static rep extend(esc_graph *g, int l, esc_edge e, rep inner)
{
	rep r;

	if (inner.derefs + e.derefs >= -1 && !(inner.derefs < 0 && e.derefs < 0)) {
		r.src = inner.src;
		r.derefs = inner.derefs + e.derefs;
		r.via_record = inner.via_record;
		if (r.via_record) {
			r.note0 = inner.note0;
			r.nnotes = inner.nnotes;
		} else {
			r.note0 = concat_notes(g, inner.note0, inner.nnotes,
					       e.note0, e.nnotes);
			r.nnotes = inner.nnotes + e.nnotes;
		}
	} else {
		r.src = e.src;
		r.derefs = e.derefs;
		r.note0 = e.note0;
		r.nnotes = e.nnotes;
		r.via_record = 0;
	}
	/* what goes into the record keeps its notes; the record's own
	   flows are gccgo's, and gc has nothing to say about them */
	if (is_record(g, l))
		r.via_record = 1;
	return r;
}

/* Chains of temporaries can be as long as a function: followed down with
 * an explicit stack, then resolved from the innermost out. */
static rep resolve(esc_graph *g, reps *rs, int l)
{
	rs->chain.n = 0;
	while (rs->r[l].src == -2) {
		esc_loc *loc = &g->locs.a[l];
		if (!loc->temp || loc->edges.n != 1 || rs->busy[l]) {
			rep self = {l, 0, 0, 0, 0};
			rs->r[l] = self;
			break;
		}
		rs->busy[l] = 1;
		VEC_PUSH(rs->chain, l);
		l = loc->edges.a[0].src;
	}
	rep inner = rs->r[l];
	while (rs->chain.n) {
		int c = rs->chain.a[--rs->chain.n];
		inner = extend(g, c, g->locs.a[c].edges.a[0], inner);
		rs->busy[c] = 0;
		rs->r[c] = inner;
	}
	return inner;
}

static void reps_init(esc_graph *g, reps *rs)
{
	memset(rs, 0, sizeof *rs);
	rs->r = xmalloc(((size_t)g->locs.n + 1) * sizeof *rs->r);
	for (int i = 0; i < g->locs.n; i++)
		rs->r[i].src = -2;
	rs->busy = xcalloc((size_t)g->locs.n + 1, 1);
}

static void reps_free(reps *rs)
{
	free(rs->r);
	free(rs->busy);
	VEC_FREE(rs->chain);
}

/* Is heap variable v a parameter gccgo copied to the heap? */
static int is_param_copy(esc_fn *fn, int v)
{
	for (int p = 2; p < fn->vals.n; p++)
		if (esc_v(fn, p)->kind == EV_PARAM && esc_v(fn, p)->heapvar == v)
			return 1;
	return 0;
}

/* "*p = v": into X when p is exactly &X, else into the heap. */
static void add_stores(esc_graph *g, int fi, reps *rs)
{
	esc_fn *fn = g->fns[fi];
	/* the arrays of operands of s += t concatenations */
	char *opassign_ops = NULL;
	for (int i = 0; i < fn->sites.n; i++)
		if ((fn->sites.a[i].hints & SH_OPASSIGN) && fn->sites.a[i].operands > 0) {
			if (!opassign_ops)
				opassign_ops = xcalloc((size_t)fn->vals.n + 1, 1);
			opassign_ops[fn->sites.a[i].operands] = 1;
		}

	for (int si = 0; si < fn->stmts.n; si++) {
		esc_stmt *s = &fn->stmts.a[si];
		if (s->op != EOP_STORE || !in_model(g, s))
			continue;
		int target = LOC_HEAP, tval = ESC_HEAP;
		int p = esc_loc_of(g, fi, s->dst);
		if (p >= 0) {
			rep r = resolve(g, rs, p);
			if (r.derefs == -1 && g->locs.a[r.src].fn == fi) {
				target = r.src;
				tval = g->locs.a[r.src].val;
			}
		}
		if (s->weak && (g->model != ESC_MODEL_GC ||
				!(esc_v(fn, tval)->kind == EV_ALLOC &&
				  (esc_site_of(fn, tval)->hints & SH_BYVAL))))
			continue;
		if (s->selfassign && target == LOC_HEAP && p >= 0) {
			/* x.f = x.g[i:j]: gc ignores a store of what was loaded
			   through the same pointer */
			rep rv = resolve(g, rs, esc_loc_of(g, fi, s->src));
			rep rp = resolve(g, rs, p);
			if (rv.src == rp.src && rv.derefs + s->derefs >= rp.derefs + 1) {
				/* one message per pair, however many stores
				   (fields) each pair makes */
				int said = 0;
				for (int k = 0; k < g->ignored.n; k++)
					if (g->ignored.a[k].dst == fi &&
					    gpos_cmp(fn->stmts.a[g->ignored.a[k].edge].pos,
						     s->pos) == 0)
						said++;
				if (said < s->selfassign) {
					esc_step ig = {fi, si};
					VEC_PUSH(g->ignored, ig);
				}
				continue;
			}
		}
		enum esc_why why = store_reason(fn, tval);
		int nn, n0;
		if (why) {
			/* the spill of a stored allocation, (the struct element
			   of the literal it is a field of,) then the reason */
			n0 = stmt_notes(g, fi, si, ESC_NOVAL, s->src, s->derefs,
					&nn);
			if (s->elem > 0 && esc_site_of(fn, tval)->kind == SITE_SLICELIT) {
				int e = add_elem_note(g, fi, si, WHY_STRUCT_ELEM,
						      s->elem - 1);
				if (!nn)
					n0 = e;
				nn++;
			}
			int n = add_note(g, NOTE_SITE, why, fi, tval);
			if (!nn)
				n0 = n;
			nn++;
		} else {
			int dst = tval;
			if (esc_v(fn, tval)->kind == EV_ALLOC &&
			    esc_site_of(fn, tval)->kind == SITE_HEAPVAR)
				dst = ESC_HEAP;	/* an assignment to x */
			if (esc_v(fn, tval)->kind == EV_ALLOC &&
			    esc_site_of(fn, tval)->kind == SITE_HEAPVAR &&
			    gpos_same(s->pos, esc_site_of(fn, tval)->gccgo_pos) &&
			    is_param_copy(fn, tval))
				dst = ESC_NOVAL; /* gccgo's copy of parameter x */
			n0 = stmt_notes(g, fi, si, dst, s->src, s->derefs, &nn);
		}
		int src = esc_loc_of(g, fi, s->src);
		if (g->model == ESC_MODEL_GC && src >= 0 && p >= 0 && opassign_ops) {
			/* x.f += t as gc reads it: x.f = t (each operand of
			   the concatenation but x.f itself, read through the
			   same pointer; add_assign has made the concatenation
			   its operands) */
			int ops = 0, l = src, d = s->derefs;
			for (int step = 0; step < 64 && !ops; step++) {
				esc_loc *loc = &g->locs.a[l];
				if (loc->fn == fi && d == 0 && opassign_ops[loc->val])
					ops = loc->val;
				else if (loc->temp && loc->edges.n == 1) {
					d += loc->edges.a[0].derefs;
					l = loc->edges.a[0].src;
				} else
					break;
			}
			if (ops) {
				rep rp = resolve(g, rs, p);
				for (int k = 0; k < fn->stmts.n; k++) {
					esc_stmt *o = &fn->stmts.a[k];
					if (o->op != EOP_ASSIGN || o->dst != ops || !in_model(g, o))
						continue;
					rep ro = resolve(g, rs, esc_loc_of(g, fi, o->src));
					if (ro.src == rp.src && ro.derefs + o->derefs >= rp.derefs + 1)
						continue;
					add_edge(g, target, esc_loc_of(g, fi, o->src), o->derefs,
						 n0, nn);
				}
				continue;
			}
		}
		add_edge(g, target, src, s->derefs, n0, nn);
	}
	free(opassign_ops);
}

/* Route every edge that starts at a bypassable temporary from what the
 * temporary stands for. */
static void bypass_temps(esc_graph *g)
{
	reps rs;

	reps_init(g, &rs);
	for (int d = 0; d < g->locs.n; d++) {
		for (int i = 0; i < g->locs.a[d].edges.n; i++) {
			esc_edge e = g->locs.a[d].edges.a[i];
			if (!g->locs.a[e.src].temp)
				continue;
			rep r = resolve(g, &rs, e.src);
			if (r.src == e.src || r.derefs + e.derefs < -1 ||
			    (r.derefs < 0 && e.derefs < 0))
				continue;
			if (is_record(g, e.src) || r.via_record)
				e.nnotes = 0;	/* gc has no record to mention */
			e.src = r.src;
			e.note0 = concat_notes(g, r.note0, r.nnotes, e.note0,
					       e.nnotes);
			e.nnotes += r.nnotes;
			e.derefs += r.derefs;
			if (e.src == d && e.derefs >= 0) {
				/* became x = x: drop it */
				g->locs.a[d].edges.a[i] =
					g->locs.a[d].edges.a[--g->locs.a[d].edges.n];
				i--;
				continue;
			}
			g->locs.a[d].edges.a[i] = e;
		}
	}
	reps_free(&rs);
}

/* A temporary that several values reach but that goes to one place only
 * (an array being filled element by element, a phi of temporaries) is
 * bypassed too: each of its sources goes straight to that place.  Repeat
 * until nothing changes, as bypassing one may make another eligible. */
static void bypass_fanin_temps(esc_graph *g)
{
	int n = g->locs.n;
	int *outdeg = xmalloc((size_t)n * sizeof(int));
	int *out_dst = xmalloc((size_t)n * sizeof(int));
	int *out_idx = xmalloc((size_t)n * sizeof(int));

	for (int round = 0; round < 8; round++) {
		int changed = 0;
		memset(outdeg, 0, (size_t)n * sizeof(int));
		for (int d = 0; d < n; d++)
			for (int i = 0; i < g->locs.a[d].edges.n; i++)
				outdeg[g->locs.a[d].edges.a[i].src]++;
		/* a temporary nothing reads from is dead: what flows into it
		   goes nowhere (and its address nowhere either) */
		for (int d = 1; d < n; d++) {
			esc_loc *dl = &g->locs.a[d];
			if (!dl->temp || outdeg[d] || !dl->edges.n)
				continue;
			for (int i = 0; i < dl->edges.n; i++)
				outdeg[dl->edges.a[i].src]--;
			dl->edges.n = 0;
			changed = 1;
		}
		for (int d = 0; d < n; d++)
			for (int i = 0; i < g->locs.a[d].edges.n; i++) {
				int src = g->locs.a[d].edges.a[i].src;
				out_dst[src] = d;
				out_idx[src] = i;
			}
		rehash_flows(g);
		for (int t = 1; t < n; t++) {
			esc_loc *tl = &g->locs.a[t];
			if (!tl->temp || outdeg[t] != 1 || tl->edges.n < 2 ||
			    out_dst[t] == t)
				continue;
			esc_edge out = g->locs.a[out_dst[t]].edges.a[out_idx[t]];
			if (out.src != t)
				continue;	/* moved by an earlier bypass */
			int ok = 1;
			for (int i = 0; i < tl->edges.n; i++) {
				int d = tl->edges.a[i].derefs + out.derefs;
				if (d < -1 || (tl->edges.a[i].derefs < 0 && out.derefs < 0))
					ok = 0;
			}
			if (!ok)
				continue;
			g->locs.a[out_dst[t]].edges.a[out_idx[t]].src = -1;
			for (int i = 0; i < tl->edges.n; i++) {
				esc_edge in = tl->edges.a[i];
				int notes = concat_notes(g, in.note0, in.nnotes,
							 out.note0, out.nnotes);
				add_edge(g, out_dst[t], in.src, in.derefs + out.derefs,
					 notes, in.nnotes + out.nnotes);
			}
			outdeg[t] = 0;
			changed = 1;
		}
		/* drop the bypassed edges */
		for (int d = 0; d < n; d++) {
			esc_loc *dl = &g->locs.a[d];
			int w = 0;
			for (int i = 0; i < dl->edges.n; i++)
				if (dl->edges.a[i].src >= 0)
					dl->edges.a[w++] = dl->edges.a[i];
			dl->edges.n = w;
		}
		if (!changed)
			break;
	}
	free(outdeg);
	free(out_dst);
	free(out_idx);
}

/* go f(a...) and defer f(a...): gc evaluates the arguments before and
 * builds the "... argument" inside the wrapper it hands over, so what the
 * record keeps are the elements, not the array.  Make the array's address
 * flows carry its content instead. */
static void unwrap_go_defer_arrays(esc_graph *g)
{
	for (int d = 0; d < g->locs.n; d++) {
		for (int i = 0; i < g->locs.a[d].edges.n; i++) {
			esc_edge *e = &g->locs.a[d].edges.a[i];
			esc_loc *src = &g->locs.a[e->src];
			if (e->derefs != -1 || src->fn < 0)
				continue;
			esc_fn *fn = g->fns[src->fn];
			esc_val *v = esc_v(fn, src->val);
			if (v->kind == EV_ALLOC && (esc_site_of(fn, src->val)->hints & SH_WRAPPED))
				e->derefs = 0;
		}
	}
}

esc_graph *esc_graph_build(esc_fn **fns, int nfns, enum esc_model model)
{
	esc_graph *g = xcalloc(1, sizeof *g);

	g->model = model;
	g->fns = fns;
	g->nfns = nfns;
	g->loc_of = xcalloc((size_t)nfns, sizeof *g->loc_of);
	for (int fi = 0; fi < nfns; fi++)
		intmap_put(&g->by_user, (unsigned long long)(uintptr_t)fns[fi]->user,
			   fi + 1);
	int nvals = 1;
	for (int fi = 0; fi < nfns; fi++) {
		add_tees(g, fns[fi]);
		nvals += fns[fi]->vals.n;
	}
	VEC_RESERVE(g->locs, nvals);
	new_loc(g, -1, ESC_HEAP, 0, 0);
	g->locs.a[LOC_HEAP].escapes = 1;
	for (int fi = 0; fi < nfns; fi++)
		make_locations(g, fi);
	for (int fi = 0; fi < nfns; fi++) {
		esc_fn *fn = fns[fi];
		for (int si = 0; si < fn->stmts.n; si++) {
			esc_stmt *s = &fn->stmts.a[si];
			if (!in_model(g, s))
				continue;
			if (s->op == EOP_ASSIGN)
				add_assign(g, fi, si);
			else if (s->op == EOP_CALL)
				add_call(g, fi, si, &fn->calls.a[s->call], s->call);
		}
		add_site_reasons(g, fi);
		add_captures(g, fi);
	}
	reps rs;
	reps_init(g, &rs);
	for (int fi = 0; fi < nfns; fi++)
		add_stores(g, fi, &rs);
	reps_free(&rs);
	bypass_temps(g);
	bypass_fanin_temps(g);
	/* pruning dead temporaries may leave others with one source */
	bypass_temps(g);
	if (model == ESC_MODEL_GC)
		unwrap_go_defer_arrays(g);
	intmap_free(&g->flows);		/* only building adds edges */
	return g;
}

void esc_graph_free(esc_graph *g)
{
	if (!g)
		return;
	for (int i = 0; i < g->locs.n; i++)
		VEC_FREE(g->locs.a[i].edges);
	for (int fi = 0; fi < g->nfns; fi++)
		free(g->loc_of[fi]);
	free(g->loc_of);
	intmap_free(&g->by_user);
	VEC_FREE(g->ignored);
	VEC_FREE(g->locs);
	VEC_FREE(g->notes);
	free(g->note_pos);
	free(g);
}

static void dump_loc(esc_graph *g, int l, strbuf *out)
{
	esc_loc *loc = &g->locs.a[l];

	if (l == LOC_HEAP) {
		sb_add(out, "{heap}");
		return;
	}
	esc_fn *fn = g->fns[loc->fn];
	esc_val *v = esc_v(fn, loc->val);
	sb_addf(out, "%s#%d", esc_vkind_name(v->kind), loc->val);
	if (v->kind == EV_ALLOC)
		sb_addf(out, "(%s)", esc_site_kind_name(esc_site_of(fn, loc->val)->kind));
	else if (v->name && *v->name)
		sb_addf(out, "(%s)", v->name);
	if (loc->fn != 0 || g->nfns > 1)
		sb_addf(out, "@%s", fn->name);
}

void esc_graph_dump(esc_graph *g, int fi, strbuf *out)
{
	sb_addf(out, "  graph (edges into each location; derefs -1 = address):\n");
	for (int l = 0; l < g->locs.n; l++) {
		esc_loc *loc = &g->locs.a[l];
		if (l != LOC_HEAP && loc->fn != fi)
			continue;
		for (int i = 0; i < loc->edges.n; i++) {
			esc_edge *e = &loc->edges.a[i];
			if (l == LOC_HEAP && g->locs.a[e->src].fn != fi)
				continue;
			sb_add(out, "    ");
			dump_loc(g, l, out);
			sb_addf(out, " <-(%d)- ", e->derefs);
			dump_loc(g, e->src, out);
			for (int k = 0; k < e->nnotes; k++)
				sb_addf(out, "%s%s", k ? ", " : " [",
					esc_why_text(g->notes.a[e->note0 + k].why));
			sb_add(out, e->nnotes ? "]\n" : "\n");
		}
	}
}
