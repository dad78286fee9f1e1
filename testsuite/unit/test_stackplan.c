/* Unit tests of gccgo's model (ESC_MODEL_GCCGO) against gc's, and of the
 * stack transform's plan: IR built by hand as the GIMPLE walk would make
 * it for the Go shown above each test. */
#include "check.h"
#include "exportdata.h"
#include "graph.h"
#include "solve.h"
#include "stackplan.h"

#include <stdlib.h>

static gpos at(int line, int col)
{
	gpos p = {line, col};
	return p;
}

static esc_fn *new_fn(void)
{
	esc_fn *fn = esc_fn_new("main.f", "/nonexistent/x.go", at(3, 6));
	fn->reported = 1;
	return fn;
}

/* Does value v of fn escape in the model? */
static int escapes(esc_fn *fn, int v, enum esc_model model)
{
	esc_solution sol;

	memset(&sol, 0, sizeof sol);
	esc_graph *g = esc_graph_build(&fn, 1, model);
	esc_solve(g, 0, &sol);
	int e = g->locs.a[esc_loc_of(g, 0, v)].escapes;
	esc_solution_free(&sol);
	esc_graph_free(g);
	return e;
}

/* A site whose address goes through a temporary into `dst`. */
static int site_into(esc_fn *fn, enum esc_site_kind kind, int dst, gpos pos)
{
	int s = esc_site_new(fn, kind, pos);
	int t = esc_val_new(fn, EV_TEMP, "", pos);
	esc_assign(fn, t, s, -1, pos);
	esc_assign(fn, dst, t, 0, pos);
	return s;
}

/* k := i; sink = func() int { return k }: gc captures k by value (k
 * never changes and is small), gccgo stores k's address in the record. */
static void capture_by_reference(void)
{
	esc_fn *fn = new_fn();
	int k = esc_site_new(fn, SITE_HEAPVAR, at(5, 3));
	esc_site_of(fn, k)->varname = "k";
	esc_site_of(fn, k)->hints = SH_CAPTURED | SH_BYVAL;
	int kp = esc_val_new(fn, EV_VAR, "k", at(5, 3));
	esc_v(fn, kp)->flags |= VF_TRANSPARENT;
	esc_v(fn, kp)->heapvar = k;
	esc_assign(fn, kp, k, -1, at(5, 3));
	int rec = esc_val_new(fn, EV_TEMP, "GOTMP.2", at(6, 8));
	esc_assign(fn, rec, kp, 0, at(6, 8));
	fn->stmts.a[fn->stmts.n - 1].capture = k;
	int r = esc_site_new(fn, SITE_CLOSURE, at(6, 8));
	int rp = esc_val_new(fn, EV_TEMP, "", at(6, 8));
	esc_assign(fn, rp, r, -1, at(6, 8));
	esc_store(fn, rp, rec, 0, at(6, 8));
	esc_assign(fn, ESC_HEAP, rp, 0, at(6, 2));
	CHECK(escapes(fn, r, ESC_MODEL_GC));
	CHECK(!escapes(fn, k, ESC_MODEL_GC));
	CHECK(escapes(fn, r, ESC_MODEL_GCCGO));
	CHECK(escapes(fn, k, ESC_MODEL_GCCGO));
	esc_fn_free(fn);
}

/* s += t; return s: gc reads it as s = t (no site), gccgo's code returns
 * what concatstrings made. */
static void opassign_concat(void)
{
	esc_fn *fn = new_fn();
	int res = esc_val_new(fn, EV_RESULT, "~r0", at(3, 12));
	int s = esc_val_new(fn, EV_VAR, "s", at(4, 2));
	int t = esc_val_new(fn, EV_PARAM, "t", at(3, 8));
	int parts = esc_val_new(fn, EV_TEMP, "GOTMP.1", at(5, 2));
	esc_assign(fn, parts, s, 0, at(5, 2));
	esc_assign(fn, parts, t, 0, at(5, 2));
	int c = site_into(fn, SITE_CONCAT, s, at(5, 2));
	esc_site_of(fn, c)->hints = SH_OPASSIGN;
	esc_site_of(fn, c)->operands = parts;
	esc_assign(fn, res, s, 0, at(6, 2));
	CHECK(!escapes(fn, c, ESC_MODEL_GC));
	CHECK(escapes(fn, c, ESC_MODEL_GCCGO));
	esc_fn_free(fn);
}

/* A statement for one model only: go f(p)'s record, which gccgo hands to
 * the new goroutine (gc has no record). */
static void statement_models(void)
{
	esc_fn *fn = new_fn();
	int p = esc_val_new(fn, EV_TEMP, "", at(4, 2));
	int rec = site_into(fn, SITE_NEW, p, at(4, 2));
	esc_assign(fn, ESC_HEAP, p, 0, at(4, 2));
	fn->stmts.a[fn->stmts.n - 1].only = ESC_ONLY_GCCGO;
	int q = esc_val_new(fn, EV_TEMP, "", at(5, 2));
	int other = site_into(fn, SITE_NEW, q, at(5, 2));
	esc_assign(fn, ESC_HEAP, q, 0, at(5, 2));
	fn->stmts.a[fn->stmts.n - 1].only = ESC_ONLY_GC;
	CHECK(!escapes(fn, rec, ESC_MODEL_GC));
	CHECK(escapes(fn, rec, ESC_MODEL_GCCGO));
	CHECK(escapes(fn, other, ESC_MODEL_GC));
	CHECK(!escapes(fn, other, ESC_MODEL_GCCGO));
	esc_fn_free(fn);
}

/* strings.F(p): gc's std tag says p goes nowhere, libgo's note that it
 * leaks; each model reads its own. */
static void call_tags(void)
{
	esc_fn *fn = new_fn();
	int p = esc_val_new(fn, EV_TEMP, "", at(4, 2));
	int s = site_into(fn, SITE_NEW, p, at(4, 2));
	int c = esc_call_new(fn, CALLEE_TAGGED, "strings.F", 1, 1, at(5, 2));
	fn->calls.a[c].args[0].val = p;
	memset(&fn->calls.a[c].tags[0], 0, sizeof(leaks));
	fn->calls.a[c].gccgo_tags[0] = leaks_all_heap();
	CHECK(!escapes(fn, s, ESC_MODEL_GC));
	CHECK(escapes(fn, s, ESC_MODEL_GCCGO));
	esc_fn_free(fn);
}

/* gccgo's note "returned" with no result named is read as escaping in
 * gccgo's model. */
static void strict_notes(void)
{
	leaks l = leaks_from_gccgo_note(1, XESC_RETURN);
	CHECK_INT(leaks_heap(&l), -1);
	l = leaks_from_gccgo_note_strict(1, XESC_RETURN);
	CHECK_INT(leaks_heap(&l), 0);
	l = leaks_from_gccgo_note_strict(1, XESC_RETURN | (1u << XESC_RESULT_SHIFT));
	CHECK_INT(leaks_heap(&l), -1);
	CHECK_INT(leaks_result(&l, 0), 0);
	l = leaks_from_gccgo_note_strict(1, XESC_NONE);
	CHECK(leaks_empty(&l));
	l = leaks_from_gccgo_note_strict(0, 0);
	CHECK_INT(leaks_heap(&l), 0);
}

/* A newobject site the walk saw as a runtime call (stmt set). */
static int call_site(esc_fn *fn, enum esc_site_kind kind, long long exact,
		     int line)
{
	static int handle;
	int s = esc_site_new(fn, kind, at(line, 2));
	esc_site_of(fn, s)->stmt = &handle;
	esc_site_of(fn, s)->exact_size = exact;
	return s;
}

static enum esc_place place_of(const esc_plan *plan, int v)
{
	for (int i = 0; i < plan->sites.n; i++)
		if (plan->sites.a[i].val == v)
			return plan->sites.a[i].place;
	return (enum esc_place)-1;
}

static long long bytes_of(const esc_plan *plan, int v)
{
	for (int i = 0; i < plan->sites.n; i++)
		if (plan->sites.a[i].val == v)
			return plan->sites.a[i].bytes;
	return -1;
}

static void plan(void)
{
	esc_fn *fn = new_fn();
	int obj = call_site(fn, SITE_NEW, 24, 4);
	int unknown = call_site(fn, SITE_NEW, -1, 5);
	int large = call_site(fn, SITE_NEW, 70000, 6);
	int var = call_site(fn, SITE_NEW, 70000, 7);
	esc_site_of(fn, var)->kind = SITE_HEAPVAR;	/* as classification */
	int mk = call_site(fn, SITE_MAKESLICE, 8, 8);
	esc_site_of(fn, mk)->count = 10;
	int nonconst = call_site(fn, SITE_MAKESLICE, 8, 9);
	int bigmk = call_site(fn, SITE_MAKESLICE, 8, 10);
	esc_site_of(fn, bigmk)->count = 8193;
	int ch = call_site(fn, SITE_SILENT, -1, 11);
	int lit = esc_site_new(fn, SITE_CLOSURE, at(12, 2));
	int conv = call_site(fn, SITE_STR2RUNES, -1, 13);
	int runestr = call_site(fn, SITE_RUNESTR, -1, 14);
	int m = call_site(fn, SITE_MAKEMAP, -1, 15);
	int p = esc_val_new(fn, EV_TEMP, "", at(16, 2));
	int esc = esc_site_new(fn, SITE_NEW, at(16, 2));
	esc_site_of(fn, esc)->stmt = &p;
	esc_site_of(fn, esc)->exact_size = 8;
	esc_assign(fn, p, esc, -1, at(16, 2));
	esc_assign(fn, ESC_HEAP, p, 0, at(16, 2));

	esc_solution sol;
	memset(&sol, 0, sizeof sol);
	esc_graph *g = esc_graph_build(&fn, 1, ESC_MODEL_GCCGO);
	esc_solve(g, 0, &sol);
	esc_plan pl;
	memset(&pl, 0, sizeof pl);

	esc_stack_plan(g, 0, ESC_STACK_FRAME_BUDGET, &pl);
	CHECK_INT(place_of(&pl, obj), PLACE_FRAME);
	CHECK_INT(bytes_of(&pl, obj), 24);
	CHECK_INT(place_of(&pl, unknown), PLACE_SIZE_UNKNOWN);
	CHECK_INT(place_of(&pl, large), PLACE_TOO_LARGE);
	CHECK_INT(place_of(&pl, var), PLACE_FRAME);	/* a variable: 10 MiB */
	CHECK_INT(place_of(&pl, mk), PLACE_FRAME);
	CHECK_INT(bytes_of(&pl, mk), 80);
	CHECK_INT(place_of(&pl, nonconst), PLACE_NONCONST);
	CHECK_INT(place_of(&pl, bigmk), PLACE_TOO_LARGE);
	CHECK_INT(place_of(&pl, ch), PLACE_KIND);
	CHECK_INT(place_of(&pl, lit), PLACE_NO_CALL);
	CHECK_INT(place_of(&pl, conv), PLACE_FRAME);
	CHECK_INT(bytes_of(&pl, conv), ESC_RUNEBUF_BYTES);
	CHECK_INT(bytes_of(&pl, runestr), ESC_RUNESTR_BYTES);
	CHECK_INT(bytes_of(&pl, m), ESC_HMAP_BYTES);
	CHECK_INT(place_of(&pl, esc), PLACE_ESCAPES);
	CHECK_INT(pl.frame_bytes, 24 + 70000 + 80 + 128 + 4 + 48);

	/* a budget: sites in order until it is spent */
	esc_stack_plan(g, 0, 100, &pl);
	CHECK_INT(place_of(&pl, obj), PLACE_FRAME);
	CHECK_INT(place_of(&pl, var), PLACE_BUDGET);
	CHECK_INT(place_of(&pl, mk), PLACE_BUDGET);
	CHECK_INT(place_of(&pl, runestr), PLACE_FRAME);
	CHECK_INT(place_of(&pl, m), PLACE_FRAME);
	CHECK_INT(pl.frame_bytes, 24 + 4 + 48);

	/* a function walked file by file keeps everything */
	fn->partial = 1;
	esc_stack_plan(g, 0, ESC_STACK_FRAME_BUDGET, &pl);
	CHECK_INT(place_of(&pl, obj), PLACE_PARTIAL);
	CHECK_INT(pl.frame_bytes, 0);
	CHECK(strcmp(esc_place_name(PLACE_BUDGET), "frame budget spent") == 0);

	esc_plan_free(&pl);
	esc_solution_free(&sol);
	esc_graph_free(g);
	esc_fn_free(fn);
}

int main(void)
{
	RUN(capture_by_reference);
	RUN(opassign_concat);
	RUN(statement_models);
	RUN(call_tags);
	RUN(strict_notes);
	RUN(plan);
	return check_done();
}
