/* Unit tests of the analysis core without GCC: IR built by hand, then the
 * graph, the solver and gc's wording.  Each IR below is what the GIMPLE
 * walk produces for the Go shown above it. */
#include "check.h"
#include "graph.h"
#include "report.h"
#include "facts.h"
#include "notes.h"
#include "sites.h"
#include "solve.h"

#include <stdlib.h>

static const gpos P0 = {0, 0};

static gpos at(int line, int col)
{
	gpos p = {line, col};
	return p;
}

/* Solve fn alone at -m=m; return its messages joined by '\n'. */
static char *run(esc_fn *fn, int m)
{
	esc_solution sol;
	esc_msgs msgs = {{0}, 0};
	strbuf out = {0};

	memset(&sol, 0, sizeof sol);
	esc_classify_sites(fn);
	esc_judge_sites(fn);
	esc_name_sites(fn);
	esc_stmt_facts(&fn, 1);
	esc_graph *g = esc_graph_build(&fn, 1, ESC_MODEL_GC);
	if (m >= 2)
		esc_place_notes(g);
	esc_solve(g, m >= 2, &sol);
	esc_report(g, &sol, m, &msgs);
	for (int i = 0; i < msgs.v.n; i++)
		sb_addf(&out, "%d:%d: %s\n", msgs.v.a[i].pos.line,
			msgs.v.a[i].pos.col, msgs.v.a[i].text);
	esc_msgs_free(&msgs);
	esc_solution_free(&sol);
	esc_graph_free(g);
	return out.s ? out.s : xstrdup("");
}

static esc_fn *new_fn(void)
{
	esc_fn *fn = esc_fn_new("main.f", "/nonexistent/x.go", at(3, 6));
	fn->reported = 1;
	return fn;
}

static int result(esc_fn *fn, const char *name)
{
	int r = esc_val_new(fn, EV_RESULT, name, at(3, 12));
	esc_v(fn, r)->index = fn->nresults;
	fn->results = realloc(fn->results, sizeof(int) * (size_t)(fn->nresults + 1));
	fn->results[fn->nresults++] = r;
	return r;
}

static int param(esc_fn *fn, const char *name, gpos pos)
{
	int p = esc_val_new(fn, EV_PARAM, name, pos);
	esc_v(fn, p)->index = fn->nparams++;
	esc_v(fn, p)->flags |= VF_POINTERS;
	return p;
}

/* func foo() *int { a := 666; return &a }: gccgo allocates a on the heap;
 * its address reaches the result, so it must stay there. */
static void heap_variable_returned(void)
{
	esc_fn *fn = new_fn();
	int r = result(fn, "~r0");
	int a = esc_site_new(fn, SITE_HEAPVAR, at(4, 2));
	esc_site_of(fn, a)->varname = "a";
	int t = esc_val_new(fn, EV_TEMP, "_4", at(4, 2));
	int ap = esc_val_new(fn, EV_VAR, "a", at(4, 2));
	esc_v(fn, ap)->flags |= VF_TRANSPARENT;
	esc_assign(fn, t, a, -1, at(4, 2));
	esc_assign(fn, ap, t, 0, at(4, 2));
	esc_assign(fn, r, ap, 0, at(5, 2));
	char *out = run(fn, 1);
	CHECK_STR(out, "4:2: moved to heap: a\n");
	free(out);
	out = run(fn, 2);
	CHECK_STR(out, "4:2: a escapes to heap:\n"
		       "4:2:   flow: ~r0 = &a:\n"
		       "4:2:     from &a (address-of) at /nonexistent/x.go:5:2\n"
		       "4:2:     from ? (return) at /nonexistent/x.go:5:2\n"
		       "4:2: moved to heap: a\n");
	free(out);
	esc_fn_free(fn);
}

/* p := &T{1, 2}; return p.a: the literal stays local. */
static void local_literal(void)
{
	esc_fn *fn = new_fn();
	int s = esc_site_new(fn, SITE_PTRLIT, at(8, 7));
	int t = esc_val_new(fn, EV_TEMP, "_3", at(8, 7));
	int p = esc_val_new(fn, EV_VAR, "p", at(8, 2));
	int x = esc_val_new(fn, EV_VAR, "x", at(9, 2));
	esc_assign(fn, t, s, -1, at(8, 7));
	esc_assign(fn, p, t, 0, at(8, 2));
	esc_assign(fn, x, p, 1, at(9, 2));
	char *out = run(fn, 1);
	CHECK_STR(out, "8:7: &{...} does not escape\n");
	free(out);
	esc_fn_free(fn);
}

/* fmt.Println(a): a boxed into the "... argument" array, which Println
 * only reads (its note: content leaks). */
static void variadic_box(void)
{
	esc_fn *fn = new_fn();
	int arr = esc_site_new(fn, SITE_NEW, at(7, 6));
	esc_site_of(fn, arr)->hints = SH_BACKING;
	int arrp = esc_val_new(fn, EV_TEMP, "", at(7, 6));
	int box = esc_site_new(fn, SITE_NEW, at(7, 6));
	esc_site_of(fn, box)->hints = SH_BOXED;
	esc_site_of(fn, box)->varname = "a";
	int boxp = esc_val_new(fn, EV_TEMP, "", at(7, 6));
	int elems = esc_val_new(fn, EV_TEMP, "GOTMP.3", at(7, 6));
	int slice = esc_val_new(fn, EV_TEMP, "D.2061", at(7, 6));
	int a = esc_val_new(fn, EV_VAR, "a", at(6, 2));
	esc_assign(fn, arrp, arr, -1, at(7, 6));
	esc_assign(fn, boxp, box, -1, at(7, 6));
	esc_store(fn, boxp, a, 0, at(7, 6));
	esc_assign(fn, elems, boxp, 0, at(7, 6));
	esc_store(fn, arrp, elems, 0, at(7, 6));
	esc_assign(fn, slice, arrp, 0, at(7, 6));
	int c = esc_call_new(fn, CALLEE_TAGGED, "fmt.Println", 1, 1, at(7, 6));
	fn->calls.a[c].args[0].val = slice;
	fn->calls.a[c].tags[0] = leaks_from_gccgo_note(1, 0x9);
	char *out = run(fn, 1);
	CHECK_STR(out, "7:6: ... argument does not escape\n"
		       "7:6: a escapes to heap\n");
	free(out);
	out = run(fn, 2);
	CHECK_STR(out, "7:6: a escapes to heap:\n"
		       "7:6:   flow: {storage for ... argument} = &{storage for a}:\n"
		       "7:6:     from a (spill) at /nonexistent/x.go:7:6\n"
		       "7:6:     from ... argument (slice-literal-element) at /nonexistent/x.go:7:6\n"
		       "7:6:   flow: {heap} = {storage for ... argument}:\n"
		       "7:6:     from ... argument (spill) at /nonexistent/x.go:7:6\n"
		       "7:6:     from fmt.Println(...) (call parameter) at /nonexistent/x.go:7:6\n"
		       "7:6: ... argument does not escape\n"
		       "7:6: a escapes to heap\n");
	free(out);
	esc_fn_free(fn);
}

/* make([]int, 10000, 10000) and make([]int, n): gc's size rules. */
static void size_rules(void)
{
	esc_fn *fn = new_fn();
	int big = esc_site_new(fn, SITE_MAKESLICE, at(4, 7));
	esc_site_of(fn, big)->count = 10000;
	esc_site_of(fn, big)->elemsize = 8;
	int small = esc_site_new(fn, SITE_MAKESLICE, at(5, 7));
	esc_site_of(fn, small)->count = 8192;
	esc_site_of(fn, small)->elemsize = 8;
	int var = esc_site_new(fn, SITE_MAKESLICE, at(6, 7));
	esc_site_of(fn, var)->count = -1;
	esc_site_of(fn, var)->elemsize = 8;
	char *out = run(fn, 1);
	CHECK_STR(out, "4:7: makeslice escapes to heap\n"
		       "5:7: makeslice does not escape\n"
		       "6:7: makeslice escapes to heap\n");
	free(out);
	CHECK_STR(esc_why_text(esc_site_of(fn, big)->heap_reason), "too large for stack");
	CHECK(esc_site_of(fn, small)->heap_reason == WHY_NONE);
	CHECK_STR(esc_why_text(esc_site_of(fn, var)->heap_reason), "non-constant size");
	out = run(fn, 2);
	CHECK(strstr(out, "4:7:   flow: {heap} = &{storage for makeslice}:\n"
			  "4:7:     from makeslice (too large for stack) at /nonexistent/x.go:4:7\n") != NULL);
	free(out);
	esc_fn_free(fn);
}

/* func f(p, q, r *T) (*T) { sink = p; x := *q; sink = x; return r } */
static void parameter_leaks(void)
{
	esc_fn *fn = new_fn();
	int res = result(fn, "~r0");
	int p = param(fn, "p", at(3, 8));
	int q = param(fn, "q", at(3, 11));
	int r = param(fn, "r", at(3, 14));
	int u = param(fn, "u", at(3, 17));
	int x = esc_val_new(fn, EV_VAR, "x", at(5, 2));
	esc_assign(fn, ESC_HEAP, p, 0, at(4, 7));
	esc_assign(fn, x, q, 1, at(5, 4));
	esc_assign(fn, ESC_HEAP, x, 0, at(6, 7));
	esc_assign(fn, res, r, 0, at(7, 2));
	(void)u;
	char *out = run(fn, 1);
	CHECK_STR(out, "3:8: leaking param: p\n"
		       "3:11: leaking param content: q\n"
		       "3:14: leaking param: r to result ~r0 level=0\n"
		       "3:17: u does not escape\n");
	free(out);
	esc_fn_free(fn);
}

/* An unknown callee gets everything; a store through a parameter goes to
 * the heap (gc's "*p = v"); a store through &x goes into x. */
static void calls_and_stores(void)
{
	esc_fn *fn = new_fn();
	int p = param(fn, "p", at(3, 8));
	int s1 = esc_site_new(fn, SITE_NEW, at(4, 7));
	int s2 = esc_site_new(fn, SITE_NEW, at(5, 7));
	int s3 = esc_site_new(fn, SITE_NEW, at(6, 7));
	int t1 = esc_val_new(fn, EV_TEMP, "", P0);
	int t2 = esc_val_new(fn, EV_TEMP, "", P0);
	int t3 = esc_val_new(fn, EV_TEMP, "", P0);
	int loc = esc_val_new(fn, EV_TEMP, "GOTMP.1", P0);
	int lp = esc_val_new(fn, EV_TEMP, "", P0);
	esc_assign(fn, t1, s1, -1, at(4, 7));
	esc_assign(fn, t2, s2, -1, at(5, 7));
	esc_assign(fn, t3, s3, -1, at(6, 7));
	int c = esc_call_new(fn, CALLEE_UNKNOWN, "main.g", 1, 0, at(4, 3));
	fn->calls.a[c].args[0].val = t1;
	esc_store(fn, p, t2, 0, at(5, 3));	/* *p = new(T): heap */
	esc_assign(fn, lp, loc, -1, at(6, 3));
	esc_store(fn, lp, t3, 0, at(6, 3));	/* *&tmp = new(T): tmp */
	char *out = run(fn, 1);
	CHECK_STR(out, "3:8: p does not escape\n"
		       "4:7: new escapes to heap\n"
		       "5:7: new escapes to heap\n"
		       "6:7: new does not escape\n");
	free(out);
	esc_fn_free(fn);
}

/* var l *int; for { l = new(int) }: the allocation must outlive its
 * iteration. */
static void loop_depth(void)
{
	esc_fn *fn = new_fn();
	int l = esc_val_new(fn, EV_VAR, "l", at(4, 6));
	int in = esc_val_new(fn, EV_VAR, "m", at(6, 3));
	esc_v(fn, in)->loop_depth = 1;
	int s1 = esc_site_new(fn, SITE_NEW, at(6, 10));
	int s2 = esc_site_new(fn, SITE_NEW, at(7, 10));
	esc_v(fn, s1)->loop_depth = 1;
	esc_v(fn, s2)->loop_depth = 1;
	esc_assign(fn, l, s1, -1, at(6, 5));
	esc_assign(fn, in, s2, -1, at(7, 5));
	char *out = run(fn, 1);
	CHECK_STR(out, "6:10: new escapes to heap\n"
		       "7:10: new does not escape\n");
	free(out);
	esc_fn_free(fn);
}

/* Temporaries with one source are bypassed: heap <- alloc directly. */
static void temporaries_bypassed(void)
{
	esc_fn *fn = new_fn();
	int s = esc_site_new(fn, SITE_NEW, at(4, 7));
	int t1 = esc_val_new(fn, EV_TEMP, "", P0);
	int t2 = esc_val_new(fn, EV_TEMP, "", P0);
	esc_assign(fn, t1, s, -1, at(4, 7));
	esc_assign(fn, t2, t1, 0, at(4, 7));
	esc_assign(fn, ESC_HEAP, t2, 0, at(4, 3));
	esc_graph *g = esc_graph_build(&fn, 1, ESC_MODEL_GC);
	esc_loc *heap = &g->locs.a[LOC_HEAP];
	CHECK_INT(heap->edges.n, 1);
	CHECK_INT(heap->edges.a[0].src, esc_loc_of(g, 0, s));
	CHECK_INT(heap->edges.a[0].derefs, -1);
	CHECK_INT(heap->edges.a[0].nnotes, 2);	/* spill, assign */
	esc_graph_free(g);
	esc_fn_free(fn);
}

/* A function whose walks exceed the work budget gives up: everything
 * escapes, and a note says so.  A chain of N variables declared outside a
 * loop, each assigned the previous, with an allocation inside the loop,
 * makes every variable a root whose walk goes down the whole chain:
 * N*N/2 relaxations, over a budget of a million for N = 3000. */
static void work_budget(void)
{
	esc_fn *fn = new_fn();
	int n = 3000;
	long long saved = esc_work_budget;

	esc_work_budget = 1000000;
	int prev = esc_val_new(fn, EV_VAR, "v", at(4, 2));
	int s = esc_site_new(fn, SITE_NEW, at(5, 7));
	esc_v(fn, s)->loop_depth = 1;
	esc_assign(fn, prev, s, -1, at(5, 3));
	for (int i = 1; i < n; i++) {
		int v = esc_val_new(fn, EV_VAR, "v", at(6, 2));
		esc_assign(fn, v, prev, 0, at(6, 2));
		prev = v;
	}
	char *out = run(fn, 1);
	CHECK(strstr(out, "3:6: goesc: main.f is too big to analyse within the work budget; everything in it is reported as escaping\n") != NULL);
	CHECK(strstr(out, "5:7: new escapes to heap\n") != NULL);
	free(out);
	esc_fn_free(fn);

	/* the same without the loop: nothing to walk from, no budget used */
	fn = new_fn();
	prev = esc_val_new(fn, EV_VAR, "v", at(4, 2));
	s = esc_site_new(fn, SITE_NEW, at(5, 7));
	esc_assign(fn, prev, s, -1, at(5, 3));
	for (int i = 1; i < n; i++) {
		int v = esc_val_new(fn, EV_VAR, "v", at(6, 2));
		esc_assign(fn, v, prev, 0, at(6, 2));
		prev = v;
	}
	out = run(fn, 1);
	CHECK_STR(out, "5:7: new does not escape\n");
	free(out);
	esc_fn_free(fn);
	esc_work_budget = saved;
}

/* gccgo's export-data escape notes. */
static void gccgo_notes(void)
{
	leaks l = leaks_from_gccgo_note(1, 0x9);
	CHECK_INT(leaks_heap(&l), 1);
	CHECK_INT(leaks_result(&l, 0), -1);
	l = leaks_from_gccgo_note(1, 0x12);
	CHECK_INT(leaks_heap(&l), -1);
	CHECK_INT(leaks_result(&l, 0), 0);
	l = leaks_from_gccgo_note(1, 0x1);
	CHECK(leaks_empty(&l));
	l = leaks_from_gccgo_note(0, 0);
	CHECK_INT(leaks_heap(&l), 0);
	l = leaks_from_gccgo_note(1, 0x4);
	CHECK_INT(leaks_heap(&l), 0);
	l = leaks_from_gccgo_note(1, 0x2 | (2u << 4) | (1u << 7));
	CHECK_INT(leaks_result(&l, 0), 1);
	CHECK_INT(leaks_result(&l, 1), 0);
}

int main(void)
{
	RUN(heap_variable_returned);
	RUN(local_literal);
	RUN(variadic_box);
	RUN(size_rules);
	RUN(parameter_leaks);
	RUN(calls_and_stores);
	RUN(loop_depth);
	RUN(temporaries_bypassed);
	RUN(gccgo_notes);
	RUN(work_budget);
	return check_done();
}
