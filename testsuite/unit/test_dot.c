/* Unit tests of core/dot.c: a solved graph as Graphviz text and files.
 * The IR is built by hand, as test_solve.c does, for
 *
 *   func f(p *int, q *int) *int {   // 3:8, 3:16
 *       sink = p                    // 4:2
 *       a := 666                    // 5:2, moved to heap
 *       return &a                   // 6:2
 *   }
 */
#include "check.h"
#include "dot.h"
#include "sites.h"
#include "solve.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static gpos at(int line, int col)
{
	gpos p = {line, col};
	return p;
}

static esc_fn *build(void)
{
	esc_fn *fn = esc_fn_new("main.f", "/nonexistent/x.go", at(3, 6));
	fn->reported = 1;
	int r = esc_val_new(fn, EV_RESULT, "~r0", at(3, 20));
	esc_v(fn, r)->index = 0;
	fn->results = malloc(sizeof(int));
	fn->results[0] = r;
	fn->nresults = 1;
	int p = esc_val_new(fn, EV_PARAM, "p", at(3, 8));
	esc_v(fn, p)->index = fn->nparams++;
	esc_v(fn, p)->flags |= VF_POINTERS;
	int q = esc_val_new(fn, EV_PARAM, "q", at(3, 16));
	esc_v(fn, q)->index = fn->nparams++;
	esc_v(fn, q)->flags |= VF_POINTERS;
	esc_assign(fn, ESC_HEAP, p, 0, at(4, 7));
	int a = esc_site_new(fn, SITE_HEAPVAR, at(5, 2));
	esc_site_of(fn, a)->varname = "a";
	int t = esc_val_new(fn, EV_TEMP, "_4", at(5, 2));
	int ap = esc_val_new(fn, EV_VAR, "a", at(5, 2));
	esc_v(fn, ap)->flags |= VF_TRANSPARENT;
	esc_assign(fn, t, a, -1, at(5, 2));
	esc_assign(fn, ap, t, 0, at(5, 2));
	esc_assign(fn, r, ap, 0, at(6, 2));
	return fn;
}

static void graph_text(void)
{
	esc_fn *fn = build();
	esc_solution sol;
	strbuf out = {0}, name = {0};

	memset(&sol, 0, sizeof sol);

	esc_classify_sites(fn);
	esc_judge_sites(fn);
	esc_name_sites(fn);
	esc_graph *g = esc_graph_build(&fn, 1, ESC_MODEL_GC);
	esc_solve(g, 0, &sol);
	esc_dot_fn(g, 0, &out);
	const char *s = sb_str(&out);

	CHECK(strncmp(s, "digraph \"f\" {\n", 14) == 0);
	CHECK(strstr(s, "label=\"f (/nonexistent/x.go:3)\"") != NULL);
	CHECK(strstr(s, "label=\"{heap}\", shape=doubleoctagon") != NULL);
	CHECK(strstr(s, "[label=\"param p\\nleaks to heap, derefs=0\\n3:8\", shape=invhouse") != NULL);
	CHECK(strstr(s, "[label=\"param q\\ndoes not escape\\n3:16\", shape=invhouse") != NULL);
	CHECK(strstr(s, "[label=\"result ~r0\\n3:20\", shape=house") != NULL);
	CHECK(strstr(s, "[label=\"var a\\n(moved to heap)\\n5:2\", shape=box, "
			"style=\"solid,filled\", fillcolor=\"#f4a6a6\"]") != NULL);
	/* the address of a reaches the result: one edge of weight -1, bold */
	CHECK(strstr(s, " [label=\"-1 (&)") != NULL);
	CHECK(strstr(s, "\", style=bold];\n") != NULL);
	/* p's value goes to the heap, weight 0 */
	char *heap_edge = xasprintf("\tn%d -> n0 [label=\"0", esc_loc_of(g, 0, 3));
	CHECK(strstr(s, heap_edge) != NULL);
	free(heap_edge);
	CHECK(strcmp(s + strlen(s) - 2, "}\n") == 0);

	esc_dot_file_name(g, 0, &name);
	CHECK_STR(sb_str(&name), "main.f.dot");
	sb_free(&name);
	sb_free(&out);

	/* quoting and odd names */
	free(fn->name);
	fn->name = xstrdup("example.com/p.T.\"m\"");
	esc_dot_file_name(g, 0, &name);
	CHECK(strncmp(sb_str(&name), "example.com_p.T._m_-", 20) == 0 &&
	      strlen(sb_str(&name)) == 20 + 8 + 4);
	sb_free(&name);

	/* names that differ only where they are changed (non-ASCII letters)
	   give distinct files, the same each time */
	strbuf a = {0}, b = {0}, a2 = {0};
	free(fn->name);
	fn->name = xstrdup("main.h\xc3\xa9llo");
	esc_dot_file_name(g, 0, &a);
	esc_dot_file_name(g, 0, &a2);
	free(fn->name);
	fn->name = xstrdup("main.h\xc3\xa8llo");
	esc_dot_file_name(g, 0, &b);
	CHECK(strncmp(sb_str(&a), "main.h__llo-", 12) == 0);
	CHECK(strncmp(sb_str(&b), "main.h__llo-", 12) == 0);
	CHECK(strcmp(sb_str(&a), sb_str(&b)) != 0);
	CHECK_STR(sb_str(&a), sb_str(&a2));
	sb_free(&a);
	sb_free(&a2);
	sb_free(&b);

	/* a name too long for a file name: cut, and told apart */
	char longname[600];
	memset(longname, 'x', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	free(fn->name);
	fn->name = xstrdup(longname);
	esc_dot_file_name(g, 0, &name);
	CHECK(strlen(sb_str(&name)) < 200);
	sb_free(&name);
	free(fn->name);
	fn->name = xstrdup("main.f");

	/* files: written, and an error for a directory that cannot be */
	char dir[] = "/tmp/goesc-test-dot.XXXXXX";
	char *failed = NULL;
	CHECK(mkdtemp(dir) != NULL);
	char *sub = xasprintf("%s/graphs", dir);
	CHECK_INT(esc_dot_write(g, sub, &failed), 0);
	char *file = xasprintf("%s/main.f.dot", sub);
	CHECK(access(file, R_OK) == 0);
	char *bad = xasprintf("%s/sub", file);
	CHECK_INT(esc_dot_write(g, bad, &failed), -1);
	CHECK_INT(errno, ENOTDIR);
	CHECK(failed && strcmp(failed, bad) == 0);
	free(failed);
	unlink(file);
	rmdir(sub);
	rmdir(dir);
	free(bad);
	free(file);
	free(sub);

	esc_solution_free(&sol);
	esc_graph_free(g);
	esc_fn_free(fn);
}

int main(void)
{
	RUN(graph_text);
	return check_done();
}
