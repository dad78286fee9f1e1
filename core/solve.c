/* solve.c: gc's escape solver over the connection graph (see solve.h). */
#include "solve.h"

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
} solver;

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
		/* a closure called where it is written may return what its
		   caller owns: func() *int { return &u }() */
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
	char *seen = xcalloc((size_t)s->g->locs.n, 1);

	memset(&ev, 0, sizeof ev);
	ev.kind = kind;
	ev.loc = l;
	ev.root = root;
	ev.derefs = derefs;
	for (int at = l;;) {
		if (seen[at]) {
			ev.truncated = 1;
			break;
		}
		seen[at] = 1;
		esc_loc *loc = L(s, at);
		if (loc->dst < 0)
			break;
		esc_step st = {loc->dst, loc->dst_edge};
		VEC_PUSH(steps, st);
		if (loc->dst == root)
			break;
		at = loc->dst;
	}
	free(seen);
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
		for (int i = 0; i < loc->edges.n; i++) {
			esc_edge *e = &loc->edges.a[i];
			esc_loc *src = L(s, e->src);
			if (src->escapes)
				continue;
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

void esc_solve(esc_graph *g, int explain, esc_solution *out)
{
	solver s;

	memset(&s, 0, sizeof s);
	s.g = g;
	s.explain = explain;
	s.out = out;
	prepare_roots(&s);
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
	VEC_FREE(s.queue);
	VEC_FREE(s.todo);
}

void esc_solution_free(esc_solution *s)
{
	for (int i = 0; i < s->events.n; i++)
		free(s->events.a[i].steps);
	VEC_FREE(s->events);
}
