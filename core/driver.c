/* driver.c: a unit of functions, from their IR to gc's messages (see
 * driver.h). */
#include "driver.h"
#include "bce.h"
#include "exportdata.h"
#include "facts.h"
#include "mangle.h"
#include "notes.h"
#include "report.h"
#include "sites.h"
#include "stdtags.h"
#include "summaries.h"
#include "wrappers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

esc_fn *esc_unit_fn(const esc_unit *u, const void *user)
{
	int i = user ? intmap_get(&u->by_user, (unsigned long long)(uintptr_t)user, 0) - 1
		     : -1;

	return i >= 0 ? u->fns.a[i] : NULL;
}

void esc_unit_add(esc_unit *u, esc_fn *fn)
{
	intmap_put(&u->by_user, (unsigned long long)(uintptr_t)fn->user, u->fns.n + 1);
	VEC_PUSH(u->fns, fn);
}

/* Index of fn's handle in the unit, or -1. */
static int unit_index(const esc_unit *u, const void *user)
{
	return intmap_get(&u->by_user, (unsigned long long)(uintptr_t)user, 0) - 1;
}

/* A function this package declares without a body (assembly, a
 * //go:linkname to another), called by c: the export data and summaries
 * found under the package's own path are another build of it (libgo's,
 * say), and say nothing of this one.  (A call's callee is its
 * declaration's assembler name, PKG.NAME.) */
static int own_bodyless(const esc_unit *u, const esc_call *c)
{
	const char *dot = c->decl && c->callee && !esc_unit_fn(u, c->decl)
				  ? strchr(c->callee, '.') : NULL;
	size_t n = dot ? (size_t)(dot - c->callee) : 0;

	return dot && u->own_pkg && strlen(u->own_pkg) == n &&
	       strncmp(c->callee, u->own_pkg, n) == 0;
}

/* The closure whose func literal is site value v of fn: the function of
 * this unit named fn..funcN placed at the literal. */
static esc_fn *literal_fn(const esc_unit *u, esc_fn *fn, int v)
{
	esc_site *s = esc_site_of(fn, v);

	if (s->kind != SITE_CLOSURE)
		return NULL;
	for (int i = 0; i < u->fns.n; i++)
		if (gpos_same(u->fns.a[i]->pos, s->gccgo_pos) &&
		    mangle_is_closure(u->fns.a[i]->name) &&
		    strcmp(u->fns.a[i]->file, fn->file) == 0)
			return u->fns.a[i];
	return NULL;
}

/* gc prints a call of another package's method as T.M(x) / (*T).M(x):
 * tell the source printer which method the call at c's position calls. */
static void note_method_call(esc_fn *fn, const esc_call *c, const xfunc *x)
{
	const char *dot = strchr(x->name, '.');
	const char *slash = x->pkgpath ? strrchr(x->pkgpath, '/') : NULL;
	const char *pkg = slash ? slash + 1 : x->pkgpath;
	gosrc *src = dot && pkg ? gosrc_get(fn->file) : NULL;

	if (!src)
		return;
	char *m = x->value_recv
			  ? xasprintf("%s.%s", pkg, x->name)
			  : xasprintf("(*%s.%.*s)%s", pkg, (int)(dot - x->name),
				      x->name, dot);
	gosrc_add_method_call(src, c->pos, m);
	free(m);
}

/* An imported function's tags, for a call of its inline body (gccgo
 * puts the bodies of small imported functions into the unit): gc knows
 * such a function by its tags only, and gccgo's model takes what both its
 * notes and the body say (each is true of its code: see use_summaries).
 * A value receiver's note is about the value, not the address the body
 * takes: that argument keeps the body's summary alone.  False when the
 * function has no tags. */
static int imported_tags(const esc_unit *u, esc_call *c)
{
	const xfunc *x = c->callee ? xdata_lookup_symbol(c->callee) : NULL;
	int nsum = 0, nstd = 0, ngsum = 0;
	const leaks *sum = u->no_summaries ? NULL : esc_summaries_lookup(c->callee, &nsum);
	const leaks *gsum = u->no_summaries ? NULL
			    : esc_summaries_lookup_gccgo(c->callee, &ngsum);
	const leaks *std = !sum && x ? esc_stdtags_lookup(c->callee, &nstd) : NULL;

	if (std && nstd != x->nparams)
		std = NULL;
	if (!x && !sum)
		return 0;
	for (int a = 0; a < c->nargs; a++) {
		leaks all = leaks_all_heap();
		const xparam *p = x && a < x->nparams ? &x->params[a] : NULL;
		c->tags[a] = sum ? (a < nsum ? sum[a] : all)
			     : std ? (a < nstd ? std[a] : all)
			     : p ? leaks_from_gccgo_note(p->has_esc, p->esc) : all;
		c->gccgo_tags[a] = gsum ? (a < ngsum ? gsum[a] : all)
				   : p ? leaks_from_gccgo_note_strict(p->has_esc, p->esc)
				       : all;
	}
	if (x && x->value_recv && !sum && c->nargs > 0)
		c->gccgo_tags[0] = leaks_all_heap();
	return !(x && x->value_recv && !sum);	/* gc's: the value's */
}

/* What is known of each call's callee before solving. */
static void bind_calls(esc_unit *u, esc_fn *fn)
{
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		esc_fn *callee = esc_unit_fn(u, c->decl);
		if (!callee && c->chain_site)
			callee = literal_fn(u, fn, c->chain_site);
		if (callee) {
			/* a call through a func value known to hold a literal
			   is a call of that literal, as in gc */
			if (!c->decl)
				c->decl = callee->user;
			c->kind = CALLEE_LOCAL;
			c->fn = callee;
			c->callee_nresults = callee->nresults;
			if (callee->external && !callee->bodyless)
				c->imported = imported_tags(u, c) ? 2 : 1;
			continue;
		}
		if (own_bodyless(u, c))
			continue;	/* unknown: its arguments escape */
		const xfunc *x = c->callee ? xdata_lookup_symbol(c->callee) : NULL;
		int nsum = 0, nstd = 0, ngsum = 0;
		const leaks *sum = u->no_summaries ? NULL
				   : esc_summaries_lookup(c->callee, &nsum);
		/* what the code that runs does: goesc's gccgo summary of the
		   package, else gccgo's own note, never gc's std tags */
		const leaks *gsum = u->no_summaries ? NULL
				    : esc_summaries_lookup_gccgo(c->callee, &ngsum);
		/* gc's own tags for the standard library, when the function
		   has the parameters gccgo's has */
		const leaks *std = !sum && x && c->callee
					   ? esc_stdtags_lookup(c->callee, &nstd)
					   : NULL;
		if (std && nstd != x->nparams)
			std = NULL;
		if (!x && !sum)
			continue;
		c->kind = CALLEE_TAGGED;
		/* goesc's own summary of the package first: compiled with the
		   plugin, its export data has no escape notes */
		for (int a = 0; a < c->nargs; a++) {
			if (sum)
				c->tags[a] = a < nsum ? sum[a] : leaks_all_heap();
			else if (std)
				c->tags[a] = a < nstd ? std[a] : leaks_all_heap();
			else
				c->tags[a] = a < x->nparams
						     ? leaks_from_gccgo_note(x->params[a].has_esc,
									     x->params[a].esc)
						     : leaks_all_heap();
			if (gsum)
				c->gccgo_tags[a] = a < ngsum ? gsum[a] : leaks_all_heap();
			else
				c->gccgo_tags[a] =
					x && a < x->nparams
						? leaks_from_gccgo_note_strict(x->params[a].has_esc,
									       x->params[a].esc)
						: leaks_all_heap();
		}
		if (!x)
			continue;
		c->callee_nresults = x->nresults;
		note_method_call(fn, c, x);
		if (!sum && x->value_recv && c->nargs > 0 &&
		    c->args[0].val != ESC_NOVAL) {
			c->args[0].derefs++;	/* the note is about *&recv */
			/* a gccgo summary is about &recv itself: it cannot
			   be read through the extra dereference */
			if (gsum)
				c->gccgo_tags[0] = leaks_all_heap();
		}
		if (x->nparams > 0 && x->params[x->nparams - 1].variadic) {
			c->variadic = 1;
			c->nfixed = x->nparams - 1;
			if (strchr(x->name, '.'))
				c->nfixed--;	/* a method: the receiver */
		}
	}
}

/* A closure f..funcN is analysed with the function f it is in, as gc
 * does: its captured variables are f's. */
static void link_closures(esc_unit *u)
{
	intmap by_name = {0};

	for (int i = 0; i < u->fns.n; i++)
		intmap_put(&by_name, str_key(u->fns.a[i]->name, strlen(u->fns.a[i]->name)),
			   i + 1);
	for (int i = 0; i < u->fns.n; i++) {
		const char *name = u->fns.a[i]->name;
		const char *last = mangle_last_closure(name);
		if (!last)
			continue;
		int o = intmap_get(&by_name, str_key(name, (size_t)(last - name)), 0);
		if (o) {
			u->fns.a[i]->outer = u->fns.a[o - 1];
			VEC_PUSH(u->closures_of[o - 1], i);
		}
		esc_mark_closure(u->fns.a[i]);
	}
	/* F..r, the body of a closure F that calls recover, gets F's
	   record */
	for (int i = 0; i < u->fns.n; i++) {
		const char *name = u->fns.a[i]->name;
		size_t n = strlen(name);
		if (!mangle_has_suffix(name, "r"))
			continue;
		int f = intmap_get(&by_name, str_key(name, n - 3), 0);
		if (f && u->fns.a[f - 1]->outer)
			u->fns.a[i]->chain_user = u->fns.a[f - 1]->user;
	}
	/* a method value's thunk reads the record f makes: it is solved
	   with f, like a closure; gccgo makes one thunk per method, so
	   every other function making its record is solved in the same
	   batch (see goesc_analyse_unit) */
	for (int i = 0; i < u->fns.n; i++)
		for (int k = 0; k < u->fns.a[i]->captures.n; k++) {
			esc_fn *t = esc_unit_fn(u, u->fns.a[i]->captures.a[k].closure);
			if (!t || t == u->fns.a[i] || mangle_is_closure(t->name))
				continue;
			int ti = unit_index(u, t->user);
			if (ti < 0 || t->outer == u->fns.a[i])
				continue;
			if (!t->outer) {
				t->outer = u->fns.a[i];
				VEC_PUSH(u->closures_of[i], ti);
			} else {
				VEC_PUSH(u->shared_with[ti], i);
				VEC_PUSH(u->shared_with[i], ti);
			}
		}
	for (int i = 0; i < u->fns.n; i++)
		esc_decide_captures(u->fns.a[i]);
	intmap_free(&by_name);
}

/* Every field a closure (or thunk) reads from its record must be one a
 * function making the record was seen to store: else what the closure
 * does with it would be lost, and the stack transform is off for the
 * unit (gc's model reads such a field as nothing, as before).  (Where the
 * maker is solved apart from the closure, gccgo's model lets what it
 * stores escape: see add_captures in graph.c.)  The reason, or NULL. */
static unsigned long long capture_key(const void *closure, const char *field)
{
	unsigned long long k = str_key(field, strlen(field)) ^
			       ((unsigned long long)(uintptr_t)closure * 1099511628211ull);
	return k ? k : 1;
}

char *esc_unit_unlinked_captures(const esc_unit *u)
{
	intmap stored = {0};	/* key -> index + 1 in caps */
	VEC(const esc_capture *) caps = {0};

	for (int i = 0; i < u->fns.n; i++)
		for (int k = 0; k < u->fns.a[i]->captures.n; k++) {
			const esc_capture *c = &u->fns.a[i]->captures.a[k];
			VEC_PUSH(caps, c);
			intmap_put(&stored, capture_key(c->closure, c->field), caps.n);
		}
	char *reason = NULL;
	for (int i = 0; i < u->fns.n && !reason; i++) {
		esc_fn *cl = u->fns.a[i];
		for (int v = 2; v < cl->vals.n && !reason; v++) {
			esc_val *x = esc_v(cl, v);
			if (x->kind != EV_CAPTURE)
				continue;
			void *rec = esc_fn_chain_user(cl);
			int k = intmap_get(&stored, capture_key(rec, x->name), 0) - 1;
			/* (a key two captures share says "not seen": safe) */
			if (k < 0 || caps.a[k]->closure != rec ||
			    strcmp(caps.a[k]->field, x->name) != 0)
				reason = xasprintf("%s reads field %s of its record, which "
						   "no function of the unit was seen to store",
						   cl->name, x->name);
		}
	}
	intmap_free(&stored);
	VEC_FREE(caps);
	return reason;
}

/* Calls into functions already solved use their summaries; the rest of
 * the local calls (into the batch being solved) know nothing yet. */
static void use_summaries(esc_fn *fn)
{
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		if (c->kind != CALLEE_LOCAL)
			continue;
		if (!c->fn->summary)
			continue;
		for (int a = 0; a < c->nargs; a++) {
			leaks body = a < c->fn->nparams ? c->fn->summary[a]
							: leaks_all_heap();
			leaks gbody = c->fn->gccgo_summary && a < c->fn->nparams
					      ? c->fn->gccgo_summary[a]
					      : leaks_all_heap();
			/* an imported function: gc uses its tags; what the
			   body and the notes both allow is true of the code */
			if (c->imported != 2)
				c->tags[a] = body;
			c->gccgo_tags[a] = c->imported ? leaks_meet(&c->gccgo_tags[a], &gbody)
						       : gbody;
		}
		c->kind = CALLEE_TAGGED;
	}
}

static void summarise(esc_graph *g, int fi)
{
	esc_fn *fn = g->fns[fi];
	leaks **summary = g->model == ESC_MODEL_GCCGO ? &fn->gccgo_summary
						      : &fn->summary;

	*summary = xcalloc((size_t)fn->nparams + 1, sizeof(leaks));
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind != EV_PARAM || x->index < 0 || x->index >= fn->nparams)
			continue;
		leaks l = g->locs.a[esc_loc_of(g, fi, v)].param_leaks;
		leaks_optimize(&l);
		(*summary)[x->index] = l;
	}
}

static void solve_batch(esc_unit *u, esc_fn **fns, int n)
{
	const esc_unit_hooks *h = &u->hooks;
	esc_solution sol;
	esc_msgs msgs;

	memset(&sol, 0, sizeof sol);
	memset(&msgs, 0, sizeof msgs);
	for (int i = 0; i < n; i++)
		use_summaries(fns[i]);
	esc_stmt_facts(fns, n);
	esc_graph *g = esc_graph_build(fns, n, ESC_MODEL_GC);
	if (u->explain)
		esc_place_notes(g);
	esc_solve(g, u->explain, &sol);
	if (h->solved)
		h->solved(h->ctx, g);
	for (int i = 0; i < n; i++)
		summarise(g, i);
	esc_report(g, &sol, u->m, &msgs);
	if (u->verbose)
		esc_report_unknown(g, &msgs);
	if (h->reported)
		h->reported(h->ctx, g, &sol, &msgs);
	esc_solution_free(&sol);
	strbuf stack = {0};
	if (u->stack) {
		/* what the code that runs does, for the stack transform */
		esc_graph *gg = esc_graph_build(fns, n, ESC_MODEL_GCCGO);
		esc_solution gsol;
		memset(&gsol, 0, sizeof gsol);
		esc_solve(gg, 0, &gsol);
		for (int i = 0; i < n; i++)
			summarise(gg, i);
		if (h->stack)
			h->stack(h->ctx, gg, &stack);
		esc_solution_free(&gsol);
		esc_graph_free(gg);
	}
	if (h->done)
		h->done(h->ctx, g, &msgs, u->stack ? &stack : NULL);
	if (u->m > 0)
		esc_msgs_take(&u->msgs, &msgs);
	sb_free(&stack);
	esc_msgs_free(&msgs);
	esc_graph_free(g);
	for (int i = 0; i < n; i++)
		esc_fn_release_body(fns[i]);
}

/* Tarjan's strongly connected components over the local call graph; each
 * component is complete after all the components it calls into, which is
 * the order to solve them in.  Run twice: first numbering gc's batches
 * (report groups), then solving, with the functions that share a method
 * value's thunk in one component (gccgo's sharing, not gc's). */
struct tarjan {
	int *index, *low, *onstack;
	VEC(int) stack;
	int counter;
	int numbering;		/* first run: number the components */
	int groups;
};

static void strongconnect(esc_unit *u, struct tarjan *t, int v)
{
	t->index[v] = t->low[v] = ++t->counter;
	VEC_PUSH(t->stack, v);
	t->onstack[v] = 1;
	esc_fn *fn = u->fns.a[v];
	int nclosures = u->closures_of[v].n;
	int nshared = t->numbering ? 0 : u->shared_with[v].n;
	for (int i = -1; i < fn->calls.n + nclosures + nshared; i++) {
		/* successors: local callees; a closure's outer function and
		   the closures of this one, so that they share a component */
		esc_fn *to = NULL;
		if (i < 0)
			to = fn->outer;
		else if (i < fn->calls.n)
			to = fn->calls.a[i].kind == CALLEE_LOCAL ? fn->calls.a[i].fn : NULL;
		else if (i < fn->calls.n + nclosures)
			to = u->fns.a[u->closures_of[v].a[i - fn->calls.n]];
		else
			to = u->fns.a[u->shared_with[v].a[i - fn->calls.n - nclosures]];
		if (!to)
			continue;
		int w = unit_index(u, to->user);
		if (w < 0)
			continue;
		if (!t->index[w]) {
			strongconnect(u, t, w);
			if (t->low[w] < t->low[v])
				t->low[v] = t->low[w];
		} else if (t->onstack[w] && t->index[w] < t->low[v]) {
			t->low[v] = t->index[w];
		}
	}
	if (t->low[v] != t->index[v])
		return;
	/* the component in the order it was reached, as gc's batches are (a
	   function before its closures) */
	VEC(esc_fn *) batch = {0};
	int i = t->stack.n;
	while (t->stack.a[--i] != v)
		;
	for (int k = i; k < t->stack.n; k++) {
		t->onstack[t->stack.a[k]] = 0;
		VEC_PUSH(batch, u->fns.a[t->stack.a[k]]);
	}
	t->stack.n = i;
	t->groups++;
	for (int k = 0; k < batch.n; k++)
		if (t->numbering)
			batch.a[k]->report_group = t->groups;
	if (!t->numbering)
		solve_batch(u, batch.a, batch.n);
	VEC_FREE(batch);
}

/* A function of the unit and its index, sorted by by_source_position. */
typedef struct sort_fn {
	const esc_fn *fn;
	int i;
} sort_fn;

static int by_source_position(const void *a, const void *b)
{
	const esc_fn *x = ((const sort_fn *)a)->fn, *y = ((const sort_fn *)b)->fn;
	const esc_fn *rx = x, *ry = y;

	/* a closure or a thunk goes with the function it is in, after it */
	while (rx->outer)
		rx = rx->outer;
	while (ry->outer)
		ry = ry->outer;
	if (rx == ry && (x == rx || y == ry))
		return x == rx ? (y == ry ? 0 : -1) : 1;
	if (rx != ry) {
		x = rx;
		y = ry;
	}
	int c = x->pkginit - y->pkginit;

	if (c)
		return c;	/* gc's package init comes last */
	c = strcmp(x->file, y->file);

	if (c)
		return c;
	c = gpos_cmp(x->pos, y->pos);
	return c ? c : ((const sort_fn *)a)->i - ((const sort_fn *)b)->i;
}

void esc_unit_prepare(esc_unit *u, int imports_unsafe)
{
	int n = u->fns.n;

	for (int i = 0; i < n; i++) {
		esc_fn *fn = u->fns.a[i];
		esc_place_params(fn);
		esc_set_loop_depths(fn);
		esc_classify_sites(fn);
		esc_add_literal_sites(fn);
		esc_mark_self_assigns(fn);
		esc_settle_sizes(fn, imports_unsafe);
		esc_judge_sites(fn);
		bind_calls(u, fn);	/* tells the printer imported methods */
		esc_name_sites(fn);
	}
	u->closures_of = xcalloc((size_t)n + 1, sizeof *u->closures_of);
	u->shared_with = xcalloc((size_t)n + 1, sizeof *u->shared_with);
	link_closures(u);
}

void esc_unit_solve(esc_unit *u)
{
	struct tarjan t;
	int n = u->fns.n;

	memset(&t, 0, sizeof t);
	t.index = xcalloc((size_t)n + 1, sizeof(int));
	t.low = xcalloc((size_t)n + 1, sizeof(int));
	t.onstack = xcalloc((size_t)n + 1, sizeof(int));
	/* start from the functions in source order, as gc visits them, the
	   package's initialisers last, so that the batches (and their
	   messages) come out in gc's order */
	sort_fn *order = xmalloc((size_t)n * sizeof *order + 1);
	for (int v = 0; v < n; v++) {
		order[v].fn = u->fns.a[v];
		order[v].i = v;
	}
	qsort(order, (size_t)n, sizeof *order, by_source_position);
	for (t.numbering = 1; t.numbering >= 0; t.numbering--) {
		memset(t.index, 0, ((size_t)n + 1) * sizeof(int));
		t.counter = 0;
		for (int k = 0; k < n; k++)
			if (!t.index[order[k].i])
				strongconnect(u, &t, order[k].i);
	}
	free(order);
	free(t.index);
	free(t.low);
	free(t.onstack);
	VEC_FREE(t.stack);
}

void esc_unit_finish(esc_unit *u, gosrc **files, int nfiles)
{
	/* the notes of batches solved together come out where gc has them;
	   then what gc prints as it compiles each function */
	esc_msgs_sort_groups(&u->msgs);
	if (u->m <= 0)
		return;
	/* gc analyses its method wrappers after the functions */
	if (u->m >= 2)
		esc_wrapper_report(files, nfiles, u->fns.a, u->fns.n, &u->msgs);
	esc_bce_report(files, nfiles, &u->msgs);
}

void esc_unit_free(esc_unit *u)
{
	for (int i = 0; i < u->fns.n; i++) {
		esc_fn_free(u->fns.a[i]);
		if (u->closures_of)
			VEC_FREE(u->closures_of[i]);
		if (u->shared_with)
			VEC_FREE(u->shared_with[i]);
	}
	free(u->closures_of);
	free(u->shared_with);
	u->closures_of = NULL;
	u->shared_with = NULL;
	VEC_FREE(u->fns);
	intmap_free(&u->by_user);
	esc_msgs_free(&u->msgs);
}
