/* Unit tests of the core's driver (core/driver.h): the pipeline the plugin
 * runs, on IR built by hand.  Calls bind to the unit's functions by their
 * handles, callees are solved first and their summaries read by their
 * callers, and messages come out in gc's order. */
#include "check.h"
#include "driver.h"

#include <stdlib.h>

static gpos at(int line, int col)
{
	gpos p = {line, col};
	return p;
}

/* stand-ins for the plugin's handles of the functions (its decls) */
static int handle_g, handle_f, handle_h;

static esc_fn *new_fn(const char *name, void *user, gpos pos)
{
	esc_fn *fn = esc_fn_new(name, "/nonexistent/x.go", pos);
	fn->reported = 1;
	fn->user = user;
	return fn;
}

static int result(esc_fn *fn, gpos pos)
{
	int r = esc_val_new(fn, EV_RESULT, "~r0", pos);
	esc_v(fn, r)->index = fn->nresults;
	fn->results = realloc(fn->results, sizeof(int) * (size_t)(fn->nresults + 1));
	fn->results[fn->nresults++] = r;
	return r;
}

/* x := new(int); return OP g(x), the call bound through g's handle */
static esc_fn *caller(const char *name, void *user, int line, int deref)
{
	esc_fn *fn = new_fn(name, user, at(line, 6));
	int r = result(fn, at(line, 10));
	int s = esc_site_new(fn, SITE_NEW, at(line + 1, 7));
	int t = esc_val_new(fn, EV_TEMP, "", at(line + 1, 7));
	int x = esc_val_new(fn, EV_VAR, "x", at(line + 1, 2));
	int cr = esc_val_new(fn, EV_TEMP, "", at(line + 2, 10));
	esc_assign(fn, t, s, -1, at(line + 1, 7));
	esc_assign(fn, x, t, 0, at(line + 1, 2));
	int c = esc_call_new(fn, CALLEE_UNKNOWN, "main.g", 1, 1, at(line + 2, 10));
	fn->calls.a[c].decl = &handle_g;
	fn->calls.a[c].args[0].val = x;
	fn->calls.a[c].results[0] = cr;
	esc_assign(fn, r, cr, deref, at(line + 2, 2));
	return fn;
}

static int batches;

static void count_batch(void *ctx, esc_graph *g)
{
	(void)ctx;
	batches += g->nfns;
}

static char *messages(const esc_unit *u)
{
	strbuf out = {0};

	for (int i = 0; i < u->msgs.v.n; i++)
		sb_addf(&out, "%d:%d: %s\n", u->msgs.v.a[i].pos.line,
			u->msgs.v.a[i].pos.col, u->msgs.v.a[i].text);
	return out.s ? out.s : xstrdup("");
}

/* func g(p *int) *int { return p }
 * func f() *int { x := new(int); return g(x) }
 * func h() int { x := new(int); return *g(x) }
 * Added callers first: g must still be solved before them, and its
 * summary (p leaks to its result) decides both allocations. */
static void callee_summary(void)
{
	esc_unit u;
	memset(&u, 0, sizeof u);
	u.m = 1;
	u.hooks.solved = count_batch;

	esc_unit_add(&u, caller("main.f", &handle_f, 5, 0));
	esc_unit_add(&u, caller("main.h", &handle_h, 9, 1));
	esc_fn *g = new_fn("main.g", &handle_g, at(3, 6));
	int p = esc_val_new(g, EV_PARAM, "p", at(3, 8));
	esc_v(g, p)->index = g->nparams++;
	esc_v(g, p)->flags |= VF_POINTERS;
	esc_assign(g, result(g, at(3, 16)), p, 0, at(3, 25));
	esc_unit_add(&u, g);
	CHECK(esc_unit_fn(&u, &handle_g) == g);

	esc_unit_prepare(&u, 0);
	CHECK_INT(u.fns.a[0]->calls.a[0].kind, CALLEE_LOCAL);
	esc_unit_solve(&u);
	esc_unit_finish(&u, NULL, 0);
	CHECK_INT(batches, 3);
	char *out = messages(&u);
	CHECK_STR(out, "3:8: leaking param: p to result ~r0 level=0\n"
		       "6:7: new escapes to heap\n"
		       "10:7: new does not escape\n");
	free(out);
	esc_unit_free(&u);
}

/* Without the callee in the unit the call is unknown: its argument
 * escapes. */
static void unknown_callee(void)
{
	esc_unit u;
	memset(&u, 0, sizeof u);
	u.m = 1;

	esc_unit_add(&u, caller("main.h", &handle_h, 9, 1));
	esc_unit_prepare(&u, 0);
	CHECK_INT(u.fns.a[0]->calls.a[0].kind, CALLEE_UNKNOWN);
	esc_unit_solve(&u);
	esc_unit_finish(&u, NULL, 0);
	char *out = messages(&u);
	CHECK_STR(out, "10:7: new escapes to heap\n");
	free(out);
	esc_unit_free(&u);
}

int main(void)
{
	RUN(callee_summary);
	RUN(unknown_callee);
	return check_done();
}
