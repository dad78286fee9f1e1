/* solve.c: gc's escape solver over the connection graph (see solve.h). */
#include "solve.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

long long esc_work_budget = 200000000LL;

typedef struct solver {
	esc_graph *g;
	int explain;
	esc_solution *out;
	VEC(int) queue;		/* roots still to walk (LIFO) */
	VEC(int) todo;		/* the current walk (LIFO) */
	unsigned walkgen;
	long long work;		/* edge relaxations so far */
	int *deepest;		/* per function: deepest loop depth of its
				   variables and sites */
	char *open_roots;	/* per function: any root may matter (it has
				   closures, or temporaries whose address is
				   taken) */
	/* Edges whose source escapes are never followed again (escaping
	   is for good): live[base[l] + i] is the first edge of l from i on
	   that may not be such, so that walks skip the dead ones in order
	   and a location thousands of escaping values flow into costs
	   once, not once per walk. */
	int *base, *live;
	unsigned *mark, markgen;	/* record(): locations on the path so
					   far, those with mark == markgen */
} solver;

static int next_live(solver *s, int l, int i)
{
	int *lv = s->live + s->base[l], r = i;

	while (lv[r] != r)
		r = lv[r];
	while (lv[i] != r) {	/* path compression */
		int next = lv[i];
		lv[i] = r;
		i = next;
	}
	return r;
}

static esc_loc *L(solver *s, int l)
{
	return &s->g->locs.a[l];
}

static esc_val *val_of(solver *s, int l)
{
	esc_loc *loc = L(s, l);
	return loc->fn < 0 ? NULL : esc_v(s->g->fns[loc->fn], loc->val);
}

static int is_kind(solver *s, int l, enum esc_vkind k)
{
	esc_val *v = val_of(s, l);
	return v && v->kind == k;
}

static void enqueue(solver *s, int l)
{
	if (L(s, l)->queued)
		return;
	L(s, l)->queued = 1;
	VEC_PUSH(s->queue, l);
}

/* Is closure c (batch index) inside function f, at any depth? */
static int contains_closure(solver *s, int f, int c)
{
	if (f < 0 || c < 0 || f == c)
		return 0;
	for (esc_fn *up = s->g->fns[c]->outer; up; up = up->outer)
		if (up == s->g->fns[f])
			return 1;
	return 0;
}

/* Whether values stored in l may outlive `other` if other were on the
 * stack. */
static int outlives(solver *s, int l, int other)
{
	esc_loc *a = L(s, l), *b = L(s, other);

	if (a->escapes)
		return 1;
	if (is_kind(s, l, EV_RESULT)) {
		/* a closure called where it is written hands its result to
		   the function around it, which may own what it points to
		   (p := func() *T { return &local }(), local of the caller) */
		if (contains_closure(s, b->fn, a->fn) &&
		    s->g->fns[a->fn]->called_directly)
			return 0;
		return 1;
	}
	if (a->fn == b->fn && a->loop_depth < b->loop_depth)
		return 1;
	/* a variable outlives what a closure inside its function makes */
	if (contains_closure(s, a->fn, b->fn))
		return 1;
	return 0;
}

/* The path the walk took from l to the root. */
static void record(solver *s, enum esc_event_kind kind, int root, int l,
		   int derefs)
{
	esc_event ev;
	VEC(esc_step) steps = {0};

	if (!s->mark)
		s->mark = xcalloc((size_t)s->g->locs.n + 1, sizeof *s->mark);
	s->markgen++;
	memset(&ev, 0, sizeof ev);
	ev.kind = kind;
	ev.loc = l;
	ev.root = root;
	ev.derefs = derefs;
	for (int at = l;;) {
		if (s->mark[at] == s->markgen) {
			ev.truncated = 1;
			break;
		}
		s->mark[at] = s->markgen;
		esc_loc *loc = L(s, at);
		if (loc->dst < 0)
			break;
		esc_step st = {loc->dst, loc->dst_edge};
		VEC_PUSH(steps, st);
		if (loc->dst == root)
			break;
		at = loc->dst;
	}
	ev.steps = steps.a;
	ev.nsteps = steps.n;
	VEC_PUSH(s->out->events, ev);
}

/* A parameter's value reaches root with `derefs` dereferences. */
static void leak_to(solver *s, int param, int root, int derefs)
{
	esc_loc *p = L(s, param), *r = L(s, root);
	esc_val *rv = val_of(s, root);

	if (!r->escapes && rv && rv->kind == EV_RESULT && r->fn == p->fn &&
	    rv->index < ESC_NRESULTS)
		leaks_add_result(&p->param_leaks, rv->index, derefs);
	else
		leaks_add_heap(&p->param_leaks, derefs);
}

/* Could a walk from l find anything? */
static int useful_root(solver *s, int l)
{
	esc_loc *r = L(s, l);

	if (l == LOC_HEAP || r->escapes || is_kind(s, l, EV_RESULT))
		return 1;
	if (r->fn < 0 || r->temp)
		return 0;
	return s->open_roots[r->fn] || r->loop_depth < s->deepest[r->fn];
}

static void prepare_roots(solver *s)
{
	esc_graph *g = s->g;

	s->deepest = xcalloc((size_t)g->nfns + 1, sizeof(int));
	s->open_roots = xcalloc((size_t)g->nfns + 1, 1);
	for (int fi = 0; fi < g->nfns; fi++)
		if (g->fns[fi]->outer)
			for (int o = 0; o < g->nfns; o++)
				if (g->fns[o] == g->fns[fi]->outer)
					s->open_roots[o] = 1;
	for (int l = 1; l < g->locs.n; l++) {
		esc_loc *loc = &g->locs.a[l];
		if (loc->fn < 0)
			continue;
		if (!loc->temp && loc->loop_depth > s->deepest[loc->fn])
			s->deepest[loc->fn] = loc->loop_depth;
		for (int i = 0; i < loc->edges.n; i++) {
			esc_loc *src = &g->locs.a[loc->edges.a[i].src];
			if (src->temp && src->fn >= 0 && loc->edges.a[i].derefs < 0)
				s->open_roots[src->fn] = 1;
		}
	}
}

/* Out of budget: give everything up as escaping. */
static void give_up(solver *s)
{
	s->out->over_budget = 1;
	for (int l = 1; l < s->g->locs.n; l++) {
		esc_loc *loc = L(s, l);
		loc->escapes = 1;
		if (is_kind(s, l, EV_PARAM))
			leaks_add_heap(&loc->param_leaks, 0);
	}
	s->queue.n = 0;
}

static void walk_one(solver *s, int root)
{
	esc_loc *r = L(s, root);

	s->walkgen++;
	r->walkgen = s->walkgen;
	r->derefs = 0;
	r->dst = -1;
	s->todo.n = 0;
	VEC_PUSH(s->todo, root);
	while (s->todo.n) {
		int l = s->todo.a[--s->todo.n];
		esc_loc *loc = L(s, l);
		int derefs = loc->derefs;
		int address_of = derefs < 0;

		if (address_of)
			derefs = 0;
		if (outlives(s, root, l)) {
			if (is_kind(s, l, EV_PARAM)) {
				if (s->explain && !loc->escapes)
					record(s, EVENT_LEAKS, root, l, derefs);
				leak_to(s, l, root, derefs);
			}
			if (address_of && !loc->escapes) {
				if (s->explain)
					record(s, EVENT_ESCAPES, root, l, 0);
				loc->escapes = 1;
				enqueue(s, l);
				continue;
			}
		}
		for (int i = next_live(s, l, 0); i < loc->edges.n;
		     i = next_live(s, l, i + 1)) {
			esc_edge *e = &loc->edges.a[i];
			esc_loc *src = L(s, e->src);
			if (src->escapes) {
				s->live[s->base[l] + i] = i + 1;
				continue;
			}
			int d = derefs + e->derefs;
			if (++s->work > esc_work_budget) {
				give_up(s);
				return;
			}
			if (src->walkgen != s->walkgen || src->derefs > d) {
				src->walkgen = s->walkgen;
				src->derefs = d;
				src->dst = l;
				src->dst_edge = i;
				VEC_PUSH(s->todo, e->src);
			}
		}
	}
}

/* gc decides some escapes while it builds the graph: when "&x" flows into
 * a location that already escapes (the heap, or one that escaped this way
 * earlier), x escapes there and then, its explanation printed at once,
 * every time it happens, with no edge added.  The walks find the same
 * escapes later, but -m=2 shows both the order and the repeats, so with
 * `explain` replay that first, in gc's order: function bodies in source
 * order (a closure's body where the closure is), then what closures
 * capture, then the allocations that must be on the heap. */
typedef struct early_flow {
	int phase;
	gpos pos;
	int dst, edge;
} early_flow;

static int cmp_early(const void *a, const void *b)
{
	const early_flow *x = a, *y = b;
	int c = x->phase - y->phase;

	if (!c)
		c = gpos_cmp(x->pos, y->pos);
	if (!c)
		c = x->dst - y->dst;
	return c ? c : x->edge - y->edge;
}

static early_flow early_key(solver *s, int dst, int i)
{
	esc_graph *g = s->g;
	esc_edge *e = &g->locs.a[dst].edges.a[i];
	esc_loc *src = L(s, e->src);
	early_flow f = {0, {INT_MAX, INT_MAX}, dst, i};

	if (src->fn >= 0)
		f.pos = esc_v(g->fns[src->fn], src->val)->pos;
	for (int k = 0; k < e->nnotes; k++) {
		const esc_note *n = &g->notes.a[e->note0 + k];
		gpos none = {0, 0};
		gpos at = g->note_pos ? g->note_pos[e->note0 + k] : none;
		if (k == 0 && n->where == NOTE_CAPTURE)
			f.phase = 1;
		if (k == 0 && n->where == NOTE_SITE && src->fn >= 0 &&
		    esc_v(g->fns[n->fn], n->ref)->kind == EV_ALLOC &&
		    n->why == esc_site_of(g->fns[n->fn], n->ref)->heap_reason)
			f.phase = 2;
		if (at.line > 0 && (k == 0 || gpos_cmp(at, f.pos) < 0))
			f.pos = at;
	}
	return f;
}

static void early_escapes(solver *s)
{
	esc_graph *g = s->g;
	char *reach = xcalloc((size_t)g->locs.n, 1);
	VEC(int) stack = {0};
	VEC(early_flow) flows = {0};

	/* only an address flowing into what may escape at build time can */
	reach[LOC_HEAP] = 1;
	VEC_PUSH(stack, LOC_HEAP);
	while (stack.n) {
		int d = stack.a[--stack.n];
		for (int i = 0; i < L(s, d)->edges.n; i++) {
			esc_edge *e = &L(s, d)->edges.a[i];
			if (e->derefs >= 0 || e->src == d)
				continue;
			VEC_PUSH(flows, early_key(s, d, i));
			if (!reach[e->src]) {
				reach[e->src] = 1;
				VEC_PUSH(stack, e->src);
			}
		}
	}
	if (flows.n)
		qsort(flows.a, (size_t)flows.n, sizeof *flows.a, cmp_early);
	/* the flows explained so far, chained per source location */
	intmap last = {0};
	int *prev = xmalloc(((size_t)flows.n + 1) * sizeof(int));
	for (int i = 0; i < flows.n; i++) {
		early_flow *f = &flows.a[i];
		esc_edge *e = &L(s, f->dst)->edges.a[f->edge];
		int src = e->src, dup = 0;
		if (!L(s, f->dst)->escapes)
			continue;
		prev[i] = intmap_get(&last, (unsigned long long)src, -1);
		for (int j = prev[i]; j >= 0 && !dup; j = prev[j]) {
			esc_edge *o = &L(s, flows.a[j].dst)->edges.a[flows.a[j].edge];
			dup = flows.a[j].dst == f->dst && o->derefs == e->derefs &&
			      esc_same_flow(g, o->note0, o->nnotes, e->note0,
					    e->nnotes);
		}
		if (dup)
			continue;
		intmap_put(&last, (unsigned long long)src, i);
		esc_event ev;
		memset(&ev, 0, sizeof ev);
		ev.kind = EVENT_ESCAPES;
		ev.loc = src;
		ev.root = f->dst;
		ev.steps = xmalloc(sizeof *ev.steps);
		ev.steps[0].dst = f->dst;
		ev.steps[0].edge = f->edge;
		ev.nsteps = 1;
		VEC_PUSH(s->out->events, ev);
		L(s, src)->escapes = 1;
	}
	intmap_free(&last);
	free(prev);
	VEC_FREE(flows);
	VEC_FREE(stack);
	free(reach);
}

void esc_solve(esc_graph *g, int explain, esc_solution *out)
{
	solver s;

	memset(&s, 0, sizeof s);
	s.g = g;
	s.explain = explain;
	s.out = out;
	prepare_roots(&s);
	s.base = xmalloc(((size_t)g->locs.n + 1) * sizeof(int));
	int nedges = 0;
	for (int l = 0; l < g->locs.n; l++) {
		s.base[l] = nedges;
		nedges += g->locs.a[l].edges.n + 1;
	}
	s.live = xmalloc(((size_t)nedges + 1) * sizeof(int));
	for (int l = 0; l < g->locs.n; l++)
		for (int i = 0; i <= g->locs.a[l].edges.n; i++)
			s.live[s.base[l] + i] = i;
	if (explain)
		early_escapes(&s);
	out->nearly = out->events.n;
	for (int l = 1; l < g->locs.n; l++)
		if (useful_root(&s, l))
			enqueue(&s, l);
	enqueue(&s, LOC_HEAP);
	while (s.queue.n) {
		int root = s.queue.a[--s.queue.n];
		L(&s, root)->queued = 0;
		walk_one(&s, root);
	}
	free(s.deepest);
	free(s.open_roots);
	free(s.base);
	free(s.live);
	free(s.mark);
	VEC_FREE(s.queue);
	VEC_FREE(s.todo);
}

void esc_solution_free(esc_solution *s)
{
	for (int i = 0; i < s->events.n; i++)
		free(s->events.a[i].steps);
	VEC_FREE(s->events);
}
