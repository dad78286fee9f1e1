/* report.c: gc's words for the solver's results (see report.h). */
#include "report.h"
#include "sites.h"

#include <stdlib.h>
#include <string.h>

static void add_msg(esc_msgs *out, const char *file, gpos pos, char *text,
		    int explanation)
{
	esc_msg m = {file, pos, text, explanation, out->v.n};

	VEC_PUSH(out->v, m);
}

static esc_val *loc_val(esc_graph *g, int l)
{
	esc_loc *loc = &g->locs.a[l];

	return loc->fn < 0 ? NULL : esc_v(g->fns[loc->fn], loc->val);
}

static esc_site *loc_site(esc_graph *g, int l)
{
	esc_val *v = loc_val(g, l);

	return v && v->kind == EV_ALLOC ? esc_site_of(g->fns[g->locs.a[l].fn],
						      g->locs.a[l].val)
					: NULL;
}

/* How gc names a location in a "flow:" line. */
static void loc_name(esc_graph *g, int l, strbuf *b)
{
	esc_val *v = loc_val(g, l);
	esc_site *s = loc_site(g, l);

	if (l == LOC_HEAP)
		sb_add(b, "{heap}");
	else if (s && s->kind == SITE_HEAPVAR)
		sb_add(b, s->varname ? s->varname : "?");
	else if (s)
		sb_addf(b, "{storage for %s}", s->name ? s->name : "?");
	else if (!v || g->locs.a[l].temp || !v->name || !*v->name)
		sb_add(b, "{temp}");
	else
		sb_add(b, v->name);
}

static void explain(esc_graph *g, esc_event *ev, esc_msgs *out)
{
	esc_loc *loc = &g->locs.a[ev->loc];
	esc_fn *fn = g->fns[loc->fn];
	esc_val *v = esc_v(fn, loc->val);
	esc_site *site = loc_site(g, ev->loc);
	gpos pos;
	strbuf b = {0};

	if (ev->kind == EVENT_ESCAPES) {
		if (!site || site->kind == SITE_SILENT)
			return;
		pos = site->pos;
		sb_addf(&b, "%s escapes to heap:",
			site->kind == SITE_HEAPVAR ? site->varname : site->name);
	} else {
		if (v->kind != EV_PARAM || (v->flags & VF_NOREPORT) ||
		    !(v->flags & VF_POINTERS))
			return;
		pos = v->pos;
		sb_addf(&b, "parameter %s leaks to ", v->name);
		loc_name(g, ev->root, &b);
		sb_addf(&b, " with derefs=%d:", ev->derefs);
	}
	if (!fn->reported)
		return;
	add_msg(out, fn->file, pos, b.s, 1);
	int src = ev->loc;
	for (int i = 0; i < ev->nsteps; i++) {
		esc_step *st = &ev->steps[i];
		esc_edge *e = &g->locs.a[st->dst].edges.a[st->edge];
		strbuf f = {0};
		sb_add(&f, "  flow: ");
		loc_name(g, st->dst, &f);
		sb_add(&f, " = ");
		if (e->derefs < 0)
			sb_add(&f, "&");
		for (int k = 0; k < e->derefs; k++)
			sb_add(&f, "*");
		loc_name(g, src, &f);
		sb_add(&f, ":");
		add_msg(out, fn->file, pos, f.s, 1);
		for (int k = 0; k < e->nnotes; k++) {
			esc_note *n = &g->notes.a[e->note0 + k];
			strbuf t = {0}, line = {0};
			gpos at = {0, 0};
			esc_note_text(g, n, &t, &at);
			sb_addf(&line, "    from %s (%s) at %s:%d:%d", sb_str(&t),
				n->why, g->fns[n->fn]->file, at.line, at.col);
			sb_free(&t);
			add_msg(out, fn->file, pos, line.s, 1);
		}
		src = st->dst;
	}
	if (ev->truncated)
		add_msg(out, fn->file, pos,
			xstrdup("  warning: truncated explanation due to "
				"assignment cycle; see golang.org/issue/35518"),
			1);
}

static void site_verdicts(esc_graph *g, int fi, esc_msgs *out)
{
	esc_fn *fn = g->fns[fi];

	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		esc_site *s = esc_site_of(fn, v);
		int escapes = g->locs.a[esc_loc_of(g, fi, v)].escapes;
		if (s->kind == SITE_SILENT)
			continue;
		if (s->kind == SITE_HEAPVAR) {
			if (escapes)
				add_msg(out, fn->file, s->pos,
					xasprintf("moved to heap: %s", s->varname),
					0);
			continue;
		}
		add_msg(out, fn->file, s->pos,
			xasprintf(escapes ? "%s escapes to heap"
					  : "%s does not escape",
				  s->name),
			0);
	}
}

static const char *result_name(esc_fn *fn, int i)
{
	if (i < fn->nresults && fn->results[i] > 0)
		return esc_v(fn, fn->results[i])->name;
	return "?";
}

static void param_verdicts(esc_graph *g, int fi, esc_msgs *out)
{
	esc_fn *fn = g->fns[fi];

	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind != EV_PARAM || (x->flags & VF_NOREPORT) ||
		    !(x->flags & VF_POINTERS))
			continue;
		esc_loc *loc = &g->locs.a[esc_loc_of(g, fi, v)];
		if (loc->escapes)
			continue;
		if (x->heapvar && g->locs.a[esc_loc_of(g, fi, x->heapvar)].escapes)
			continue;	/* "moved to heap: p" says it all */
		leaks l = loc->param_leaks;
		leaks_optimize(&l);
		if (leaks_empty(&l))
			add_msg(out, fn->file, x->pos,
				xasprintf("%s does not escape", x->name), 0);
		int h = leaks_heap(&l);
		if (h == 0)
			add_msg(out, fn->file, x->pos,
				xasprintf("leaking param: %s", x->name), 0);
		else if (h > 0)
			add_msg(out, fn->file, x->pos,
				xasprintf("leaking param content: %s", x->name),
				0);
		for (int r = 0; r < ESC_NRESULTS; r++) {
			int lv = leaks_result(&l, r);
			if (lv >= 0)
				add_msg(out, fn->file, x->pos,
					xasprintf("leaking param: %s to result %s level=%d",
						  x->name, result_name(fn, r), lv),
					0);
		}
	}
}

static int cmp_msg(const void *a, const void *b)
{
	const esc_msg *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	c = gpos_cmp(x->pos, y->pos);
	if (c)
		return c;
	return x->seq - y->seq;
}

void esc_report(esc_graph *g, esc_solution *sol, int m, esc_msgs *out)
{
	if (m >= 2)
		for (int i = 0; i < sol->events.n; i++)
			explain(g, &sol->events.a[i], out);
	int first = out->v.n;
	for (int i = 0; i < g->ignored.n; i++) {
		esc_fn *fn = g->fns[g->ignored.a[i].dst];
		strbuf name = {0}, st = {0};
		gpos pos;
		if (!fn->reported)
			continue;
		esc_gc_func_name(fn, &name);
		esc_stmt_text(fn, g->ignored.a[i].edge, &st, &pos);
		add_msg(out, fn->file, pos,
			xasprintf("%s ignoring self-assignment in %s", sb_str(&name),
				  sb_str(&st)),
			0);
		sb_free(&name);
		sb_free(&st);
	}
	for (int fi = 0; fi < g->nfns; fi++) {
		if (!g->fns[fi]->reported)
			continue;
		param_verdicts(g, fi, out);
		site_verdicts(g, fi, out);
	}
	qsort(out->v.a + first, (size_t)(out->v.n - first), sizeof *out->v.a,
	      cmp_msg);
	/* gc prints each -m message as it is made, so two sites with the same
	   text at the same place give two lines; so do we */
}

void esc_msgs_free(esc_msgs *m)
{
	for (int i = 0; i < m->v.n; i++)
		free(m->v.a[i].text);
	VEC_FREE(m->v);
}
