/* bce.c: gc's "index bounds check elided".
 *
 * With -m, gc says so of an index expression whose bounds check it drops
 * because the index's type and form keep it below a length known at
 * compile time: x[i&3] or x[i%4] of a [4]T, x[b] of a [256]T with b a
 * byte, x[u>>60] of a [16]T, "abc"[i&1] (gosrc_bounded_indexes finds them
 * from the syntax).  It is not escape analysis, but gc prints it among
 * the escape lines, so a tool reading -m output sees it.
 *
 * gc prints these lines while it compiles each function, after escape
 * analysis of the whole package: functions in declaration order, files in
 * command-line order; each function before its func literals, which
 * gc's compile queue, a stack, takes last first; in a function, source
 * order.  (Generic functions are compiled as instances; they are left
 * out.)
 */
#include "bce.h"

#include "util.h"

#include <stdlib.h>

#define MAX_PER_FUNC 4096

typedef VEC(const gnode *) node_vec;

/* The func literals of n, not those inside them, in source order. */
static void func_lits(const gnode *n, int inlit, node_vec *out, int depth)
{
	if (!n || depth > 10000)
		return;
	if (n->kind == GN_FUNCLIT && inlit) {
		VEC_PUSH(*out, n);
		return;		/* its own literals are its */
	}
	const gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		func_lits(kids[i], 1, out, depth + 1);
	for (int i = 0; i < n->nlist; i++)
		func_lits(n->list[i], 1, out, depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		func_lits(n->list2[i], 1, out, depth + 1);
}

static void report_func(const char *file, const gnode *fn, gpos *buf, esc_msgs *out)
{
	node_vec todo = {0, 0, 0};

	VEC_PUSH(todo, fn);
	while (todo.n) {
		const gnode *next = todo.a[--todo.n];
		int n = gosrc_bounded_indexes(next, buf, MAX_PER_FUNC);
		for (int i = 0; i < n && i < MAX_PER_FUNC; i++)
			esc_msgs_add(out, MSG_OTHER, file, buf[i],
				     xstrdup("index bounds check elided"));
		func_lits(next, 0, &todo, 0);
	}
	VEC_FREE(todo);
}

void esc_bce_report(gosrc **files, int n, esc_msgs *out)
{
	gpos *buf = xmalloc(MAX_PER_FUNC * sizeof *buf);

	for (int f = 0; f < n; f++) {
		gnode *file = files[f] ? gosrc_ast(files[f]) : NULL;
		for (int i = 0; file && i < file->nlist; i++) {
			const gnode *d = file->list[i];
			if (d && d->kind == GN_FUNCDECL && d->y && !d->nlist2)
				report_func(gosrc_path(files[f]), d, buf, out);
		}
	}
	free(buf);
}
