/* Unit tests of core/bodyless.c: the IR of a function declared without a
 * body, its directives, and what solving it says of its parameters in
 * each model. */
#include "bodyless.h"
#include "check.h"
#include "graph.h"
#include "solve.h"

#include <stdlib.h>

static const char src_text[] =
	"package p\n"				/* 1 */
	"\n"					/* 2 */
	"type Word uint\n"			/* 3 */
	"\n"					/* 4 */
	"//go:noescape\n"			/* 5 */
	"func quiet(p *int, n int) int\n"	/* 6 */
	"\n"					/* 7 */
	"func loud(z []Word, w Word, s string, _ *int, e struct{ a [2]int }) (c Word)\n"
	"\n"					/* 9 */
	"//go:noescape\n"			/* 10 */
	"\n"					/* 11 */
	"// words between\n"			/* 12 */
	"//go:linkname far runtime.far   \n"	/* 13 */
	"func far(q *byte)\n"			/* 14 */
	"\n"					/* 15 */
	"//go:noescape\n"			/* 16 */
	"var v int\n"				/* 17 */
	"func after(r *int)\n"			/* 18 */
	"\n"					/* 19 */
	"func body(p *int) {}\n"		/* 20 */
	"\n"					/* 21 */
	"//go:linkname other runtime.x\n"	/* 22 */
	"func named(p *int)\n";			/* 23 */

static gnode *decl_named(gnode *file, const char *name)
{
	for (int i = 0; i < file->nlist; i++)
		if (file->list[i]->kind == GN_FUNCDECL && file->list[i]->text &&
		    strcmp(file->list[i]->text, name) == 0)
			return file->list[i];
	return NULL;
}

/* leaks_heap of parameter `index` of fn solved alone in the model. */
static int heap_derefs(esc_fn *fn, int index, enum esc_model model)
{
	esc_solution sol;
	int d = -2;

	memset(&sol, 0, sizeof sol);
	esc_graph *g = esc_graph_build(&fn, 1, model);
	esc_solve(g, 0, &sol);
	for (int v = 2; v < fn->vals.n; v++)
		if (esc_v(fn, v)->kind == EV_PARAM && esc_v(fn, v)->index == index)
			d = leaks_heap(&g->locs.a[esc_loc_of(g, 0, v)].param_leaks);
	esc_solution_free(&sol);
	esc_graph_free(g);
	return d;
}

static void directives(void)
{
	gosrc *src = gosrc_from_string("p.go", src_text, strlen(src_text));
	gnode *file = gosrc_ast(src);

	CHECK(esc_bodyless_noescape(src, decl_named(file, "quiet")));
	CHECK(!esc_bodyless_noescape(src, decl_named(file, "loud")));
	/* across blank lines and other comments, as gc reads them */
	CHECK(esc_bodyless_noescape(src, decl_named(file, "far")));
	/* not across another declaration */
	CHECK(!esc_bodyless_noescape(src, decl_named(file, "after")));

	char *t = esc_bodyless_linkname(src, decl_named(file, "far"));
	CHECK_STR(t ? t : "(none)", "runtime.far");
	free(t);
	CHECK(esc_bodyless_linkname(src, decl_named(file, "loud")) == NULL);
	/* a directive about another name */
	CHECK(esc_bodyless_linkname(src, decl_named(file, "named")) == NULL);
}

static void params(void)
{
	gosrc *src = gosrc_from_string("p.go", src_text, strlen(src_text));
	gnode *file = gosrc_ast(src);

	CHECK(esc_bodyless_new(src, decl_named(file, "body"), "p.body") == NULL);

	esc_fn *loud = esc_bodyless_new(src, decl_named(file, "loud"), "p.loud");
	CHECK(loud && loud->bodyless && loud->reported);
	CHECK_INT(loud->nparams, 5);
	CHECK_INT(loud->nresults, 1);
	/* z, s and the blank one hold pointers (gc reports "_" too); Word
	   and the struct do not */
	unsigned want[5] = {VF_POINTERS, 0, VF_POINTERS, VF_POINTERS, 0};
	const char *names[5] = {"z", "w", "s", "_", "e"};
	for (int v = 2; v < loud->vals.n; v++) {
		esc_val *x = esc_v(loud, v);
		if (x->kind != EV_PARAM)
			continue;
		CHECK_STR(x->name, names[x->index]);
		CHECK_INT(x->flags & (VF_POINTERS | VF_NOREPORT), want[x->index]);
	}
	/* gc: what has pointers leaks to the heap, in both models */
	CHECK_INT(heap_derefs(loud, 0, ESC_MODEL_GC), 0);
	CHECK_INT(heap_derefs(loud, 0, ESC_MODEL_GCCGO), 0);
	CHECK_INT(heap_derefs(loud, 1, ESC_MODEL_GC), -1);

	/* //go:noescape: nothing leaks in gc's model, all in gccgo's */
	esc_fn *quiet = esc_bodyless_new(src, decl_named(file, "quiet"), "p.quiet");
	CHECK_INT(heap_derefs(quiet, 0, ESC_MODEL_GC), -1);
	CHECK_INT(heap_derefs(quiet, 0, ESC_MODEL_GCCGO), 0);
	CHECK_INT(heap_derefs(quiet, 1, ESC_MODEL_GCCGO), -1);

	esc_fn_free(loud);
	esc_fn_free(quiet);
}

int main(void)
{
	RUN(directives);
	RUN(params);
	int r = check_done();
	gosrc_free_all();
	return r;
}
