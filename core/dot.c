/* dot.c: a solved connection graph as Graphviz files (see dot.h).
 *
 * Everything is read from the graph after esc_solve(): the locations (their
 * function, value and, for the solver's results, `escapes` and
 * `param_leaks`) and the edges kept on their destinations.  Labels use the
 * names the -m=2 explanations use where there is one.
 */
#include "dot.h"
#include "json.h"
#include "sites.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s as the inside of a Graphviz double-quoted string; '\n' becomes a
 * centred line break. */
static void dot_quote(strbuf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\') {
			char e[3] = {'\\', *s, 0};
			sb_add(out, e);
		} else if (*s == '\n') {
			sb_add(out, "\\n");
		} else {
			char e[2] = {*s, 0};
			sb_add(out, e);
		}
	}
}

static esc_val *loc_value(esc_graph *g, int l)
{
	esc_loc *loc = &g->locs.a[l];

	return loc->fn < 0 ? NULL : esc_v(g->fns[loc->fn], loc->val);
}

/* A parameter's leaks, as gc's tags would say them. */
static void leak_text(esc_fn *fn, leaks l, strbuf *out)
{
	leaks_optimize(&l);
	if (leaks_empty(&l)) {
		sb_add(out, "\ndoes not escape");
		return;
	}
	int h = leaks_heap(&l);
	if (h >= 0)
		sb_addf(out, "\nleaks to heap, derefs=%d", h);
	for (int r = 0; r < ESC_NRESULTS; r++) {
		int lv = leaks_result(&l, r);
		if (lv < 0)
			continue;
		const char *name = r < fn->nresults && fn->results[r] > 0
					   ? esc_v(fn, fn->results[r])->name
					   : NULL;
		sb_addf(out, "\nleaks to %s, derefs=%d", name ? name : "a result", lv);
	}
}

/* Node label and attributes of location l, drawn in the graph of fi. */
static void node(esc_graph *g, int fi, int l, strbuf *out)
{
	esc_loc *loc = &g->locs.a[l];
	esc_val *v = loc_value(g, l);
	strbuf label = {0};
	const char *shape = "ellipse", *style = "solid";

	if (l == LOC_HEAP) {
		sb_addf(out, "\tn%d [label=\"{heap}\", shape=doubleoctagon, "
			     "style=filled, fillcolor=\"#f4a6a6\"];\n", l);
		return;
	}
	esc_fn *fn = g->fns[loc->fn];
	switch (v->kind) {
	case EV_PARAM:
		shape = "invhouse";
		sb_addf(&label, "param %s", v->name && *v->name ? v->name : "_");
		if (v->flags & VF_POINTERS)
			leak_text(fn, loc->param_leaks, &label);
		else
			sb_add(&label, "\n(no pointers)");
		break;
	case EV_RESULT:
		shape = "house";
		sb_addf(&label, "result %s", v->name ? v->name : "?");
		break;
	case EV_ALLOC: {
		esc_site *s = esc_site_of(fn, loc->val);
		shape = "box";
		if (s->kind == SITE_HEAPVAR)
			sb_addf(&label, "var %s\n(%s)", s->varname ? s->varname : "?",
				loc->escapes ? "moved to heap" : "on the stack");
		else
			sb_addf(&label, "%s\n%s, %s", s->name ? s->name : "?",
				esc_site_kind_name(s->kind),
				loc->escapes ? "escapes to heap" : "does not escape");
		if (s->heap_reason)
			sb_addf(&label, "\n(%s)", esc_why_text(s->heap_reason));
		break;
	}
	case EV_TEMP:
		style = "dotted";
		if (v->name && *v->name)
			sb_addf(&label, "temp %s", v->name);
		else
			sb_addf(&label, "temp #%d", loc->val);
		break;
	case EV_CAPTURE:
		style = "dashed";
		sb_addf(&label, "captured %s", v->name ? v->name : "?");
		break;
	default:
		sb_add(&label, v->name && *v->name ? v->name : "?");
		break;
	}
	gpos pos = v->pos;
	if (v->kind == EV_ALLOC && esc_site_of(fn, loc->val)->pos.line > 0)
		pos = esc_site_of(fn, loc->val)->pos;	/* gc's */
	if (pos.line > 0)
		sb_addf(&label, "\n%d:%d", pos.line, pos.col);
	if (loc->fn != fi) {
		strbuf name = {0};
		esc_gc_func_name(fn, &name);
		sb_addf(&label, "\nin %s", sb_str(&name));
		sb_free(&name);
		style = "dashed";
	}
	sb_addf(out, "\tn%d [label=\"", l);
	dot_quote(out, sb_str(&label));
	sb_addf(out, "\", shape=%s, style=\"%s%s\"", shape, style,
		loc->escapes || loc->fn != fi ? ",filled" : "");
	if (loc->escapes)
		sb_add(out, ", fillcolor=\"#f4a6a6\"");
	else if (loc->fn != fi)
		sb_add(out, ", fillcolor=\"#e0e0e0\"");
	sb_add(out, "];\n");
	sb_free(&label);
}

static void edge(esc_graph *g, int dst, const esc_edge *e, strbuf *out)
{
	strbuf label = {0};

	sb_addf(&label, "%d", e->derefs);
	if (e->derefs < 0)
		sb_add(&label, " (&)");
	for (int k = 0; k < e->nnotes; k++)
		sb_addf(&label, "%s%s", k ? ", " : "\n",
			esc_why_text(g->notes.a[e->note0 + k].why));
	sb_addf(out, "\tn%d -> n%d [label=\"", e->src, dst);
	dot_quote(out, sb_str(&label));
	sb_add(out, e->derefs < 0 ? "\", style=bold];\n" : "\"];\n");
	sb_free(&label);
}

void esc_dot_fn(esc_graph *g, int fi, strbuf *out)
{
	int n = g->locs.n;
	char *shown = xcalloc((size_t)n, 1);
	strbuf name = {0};
	esc_fn *fn = g->fns[fi];

	/* the function's own locations, temporaries only where a path goes
	   through them (most were bypassed and keep dead-end edges), and the
	   other functions' locations that share an edge with them */
	int *in = xcalloc((size_t)n, sizeof(int));
	int *out_deg = xcalloc((size_t)n, sizeof(int));
	for (int d = 0; d < n; d++)
		for (int i = 0; i < g->locs.a[d].edges.n; i++) {
			in[d]++;
			out_deg[g->locs.a[d].edges.a[i].src]++;
		}
	for (int l = 0; l < n; l++)
		shown[l] = g->locs.a[l].fn == fi &&
			   (!g->locs.a[l].temp || (in[l] && out_deg[l]));
	for (int d = 0; d < n; d++) {
		esc_loc *loc = &g->locs.a[d];
		for (int i = 0; i < loc->edges.n; i++) {
			int s = loc->edges.a[i].src;
			esc_loc *src = &g->locs.a[s];
			if (loc->fn == fi && shown[d] && src->fn != fi &&
			    (!src->temp || in[s]))
				shown[s] = 2;
			if (src->fn == fi && shown[s] && loc->fn != fi &&
			    (!loc->temp || out_deg[d]))
				shown[d] = 2;
		}
	}
	free(in);
	free(out_deg);
	shown[LOC_HEAP] = 1;

	esc_gc_func_name(fn, &name);
	sb_add(out, "digraph \"");
	dot_quote(out, sb_str(&name));
	sb_add(out, "\" {\n\tlabel=\"");
	dot_quote(out, sb_str(&name));
	sb_addf(out, " (%s:%d)\";\n", fn->file, fn->pos.line);
	sb_add(out, "\tlabelloc=t;\n\trankdir=LR;\n\tfontname=\"Helvetica\";\n"
		    "\tnode [fontname=\"Helvetica\", fontsize=10];\n"
		    "\tedge [fontname=\"Helvetica\", fontsize=9];\n");
	for (int l = 0; l < n; l++)
		if (shown[l])
			node(g, fi, l, out);
	for (int d = 0; d < n; d++) {
		esc_loc *loc = &g->locs.a[d];
		for (int i = 0; i < loc->edges.n; i++) {
			int s = loc->edges.a[i].src;
			if (shown[d] && shown[s] &&
			    (loc->fn == fi || g->locs.a[s].fn == fi))
				edge(g, d, &loc->edges.a[i], out);
		}
	}
	sb_add(out, "}\n");
	sb_free(&name);
	free(shown);
}

/* The longest name kept whole in a file name (NAME_MAX is 255). */
#define DOT_NAME_MAX 160

void esc_dot_file_name(esc_graph *g, int fi, strbuf *out)
{
	const char *name = g->fns[fi]->name;
	unsigned int hash = 2166136261u;	/* FNV-1a, 32 bits */
	int changed = 0;
	size_t n = 0;

	for (const char *s = name; *s; s++, n++) {
		char c = *s;
		int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			   (c >= '0' && c <= '9') || c == '.' || c == '_';
		char e[2] = {keep ? c : '_', 0};

		hash = (hash ^ (unsigned char)c) * 16777619u;
		changed |= !keep;
		if (n < DOT_NAME_MAX)
			sb_add(out, e);
	}
	/* two names made the same (non-ASCII letters, a package path, a
	   name too long), told apart by a hash of the whole name: a name
	   kept as it is never has a '-' */
	if (changed || n > DOT_NAME_MAX)
		sb_addf(out, "-%08x", hash);
	sb_add(out, ".dot");
}

int esc_dot_write(esc_graph *g, const char *dir, char **failed)
{
	*failed = NULL;
	if (esc_make_dirs(dir) != 0) {
		*failed = xstrdup(dir);
		return -1;
	}
	for (int fi = 0; fi < g->nfns; fi++) {
		int own = 0;
		for (int l = 1; l < g->locs.n && !own; l++)
			own = g->locs.a[l].fn == fi;
		if (!g->fns[fi]->reported || !own)
			continue;	/* not gc's, or nothing to draw */
		strbuf path = {0}, text = {0};
		sb_addf(&path, "%s/", dir);
		esc_dot_file_name(g, fi, &path);
		esc_dot_fn(g, fi, &text);
		FILE *f = fopen(path.s, "w");
		int ok = f && fwrite(sb_str(&text), 1, text.len, f) == text.len;
		int e = errno;
		if (f && fclose(f) != 0 && ok) {
			ok = 0;
			e = errno;
		}
		sb_free(&text);
		if (!ok) {
			*failed = path.s;
			errno = e;
			return -1;
		}
		sb_free(&path);
	}
	return 0;
}
