/* report.c: gc's words for the solver's results (see report.h). */
#include "report.h"
#include "exprnotes.h"
#include "notes.h"
#include "sites.h"

#include <stdlib.h>
#include <string.h>

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

/* The variable a location is, when it is one a source expression can
 * name (not the heap, a temporary or an allocation). */
static const char *loc_var_name(esc_graph *g, int l)
{
	esc_val *v = loc_val(g, l);
	esc_site *s = loc_site(g, l);

	if (l == LOC_HEAP || !v)
		return NULL;
	if (s)
		return s->kind == SITE_HEAPVAR ? s->varname : NULL;
	if (g->locs.a[l].temp || !v->name || !*v->name || v->name[0] == '~' ||
	    v->name[0] == '.')
		return NULL;
	return v->name;
}

/* Where the lines of one explanation go. */
typedef struct lines {
	esc_msgs *out;
	const char *file;
	gpos pos;
	int header;
	int flow;	/* index of the last "flow:" line */
	int nfrom;	/* "from" lines under it */
} lines;

char *esc_flow_text(const char *dst, int derefs, const char *src)
{
	strbuf f = {0};

	sb_addf(&f, "  flow: %s = %s", dst, derefs < 0 ? "&" : "");
	for (int k = 0; k < derefs; k++)
		sb_add(&f, "*");
	sb_addf(&f, "%s:", src);
	return f.s;
}

/* gc's name of location l, or of its temporary when l is -1. */
static char *name_or_temp(esc_graph *g, int l)
{
	strbuf b = {0};

	if (l < 0)
		sb_add(&b, "{temp}");
	else
		loc_name(g, l, &b);
	return b.s;
}

/* "flow: dst = **src:" for locations dst and src (-1: gc's temporary). */
static void flow_line(lines *o, esc_graph *g, int dst, int derefs, int src)
{
	char *d = name_or_temp(g, dst), *s = name_or_temp(g, src);

	esc_msgs_add(o->out, MSG_FLOW, o->file, o->pos, esc_flow_text(d, derefs, s))->header =
		o->header;
	free(d);
	free(s);
	o->flow = o->out->v.n - 1;
	o->nfrom = 0;
}

/* A "from" line; the flow line above it is placed at its first one's. */
static void from_line(lines *o, const char *text, const char *why,
		      const char *file, gpos at)
{
	strbuf line = {0};

	sb_addf(&line, "    from %s (%s) at %s:%d", text, why, file, at.line);
	if (gpos_gc_col(at))
		sb_addf(&line, ":%d", gpos_gc_col(at));
	esc_msg *m = esc_msgs_add(o->out, MSG_FROM, o->file, o->pos, line.s);
	m->header = o->header;
	m->at = at;
	if (o->nfrom++ == 0)
		o->out->v.a[o->flow].at = at;
}

static void xnote_lines(lines *o, esc_xnote *xn, int nx, const char *file)
{
	for (int k = 0; k < nx; k++) {
		from_line(o, xn[k].text, xn[k].why, file, xn[k].pos);
		free(xn[k].text);
	}
}

/* Notes k0.. of edge e; the first one's reason replaced by why0 if set. */
static void note_lines(lines *o, esc_graph *g, esc_edge *e, int k0,
		       enum esc_why why0)
{
	for (int k = k0; k < e->nnotes; k++) {
		esc_note *n = &g->notes.a[e->note0 + k];
		strbuf t = {0};
		gpos at = {0, 0};
		esc_note_text(g, n, &t, &at);
		from_line(o, sb_str(&t), esc_why_text(k == k0 && why0 ? why0 : n->why),
			  g->fns[n->fn]->file, at);
		sb_free(&t);
	}
}

/* The value variable of a range statement: gc evaluates the range
 * expression into a temporary first ("{temp} = s", with the expression's
 * notes), then reads each element from it ("v = *{temp}", range-deref;
 * "v = {temp}" when it ranges over an array, "range"). */
static int range_lines(lines *o, esc_graph *g, int dst, esc_edge *e, int src)
{
	const esc_note *first = e->nnotes ? &g->notes.a[e->note0] : NULL;
	const gnode *h = first && first->where == NOTE_STMT &&
				 first->why == WHY_ASSIGN
				 ? esc_note_node(g, first) : NULL;

	if (!h || h->kind != GN_RANGE || !h->x)
		return 0;
	int array = gosrc_type_class(h->x) == GOSRC_TY_ARRAY;
	int d = e->derefs - !array;
	const char *from = loc_var_name(g, src);
	if (d < -1)
		return 0;
	if (from) {
		esc_xnote xn[ESC_MAX_XNOTES];
		flow_line(o, g, -1, d, src);
		int nx = esc_expr_notes_in(h->x, from, d, xn);
		xnote_lines(o, xn, nx, g->fns[first->fn]->file);
		flow_line(o, g, dst, !array, -1);
	} else {
		flow_line(o, g, dst, e->derefs, src);
	}
	note_lines(o, g, e, 0, array ? WHY_RANGE : WHY_RANGE_DEREF);
	return 1;
}

/* The dereferences of edge e into dst that its note k's expression makes:
 * all of them but, for a call's argument, the callee's own (a large
 * number when not known, which no expression matches). */
static int expr_derefs(esc_graph *g, int dst, esc_edge *e, int k)
{
	const esc_note *n = &g->notes.a[e->note0 + k];

	if (n->where != NOTE_CALL)
		return e->derefs;
	int shift = esc_call_note_shift(g, dst, n);
	return shift >= 0 ? e->derefs - shift : 1 << 20;
}

/* Does the variable of type switch clause c hold pointers: a clause of
 * one type that has some (an interface type or one the file cannot
 * tell), or any other clause (its variable has the operand's type)? */
static int clause_var_has_pointers(const gnode *c)
{
	if (c->nlist != 1)
		return 1;
	const gnode *t = c->list[0];
	if (t->kind == GN_NAME && t->text && strcmp(t->text, "nil") == 0)
		return 1;
	return gosrc_type_has_pointers(t) != 0;
}

/* A type switch's variable: gc evaluates the operand into a temporary
 * when several clauses' variables hold pointers ("{temp} = x"), and each
 * clause's variable takes it, through the box for a type that is not
 * pointer-shaped ("v = *{temp}"), with the note "switch case" at the
 * clause. */
static int typeswitch_lines(lines *o, esc_graph *g, int dst, esc_edge *e, int src)
{
	esc_loc *d = &g->locs.a[dst];
	if (d->fn < 0 || d->temp || !e->nnotes || e->derefs < 0)
		return 0;
	esc_fn *fn = g->fns[d->fn];
	const gnode *c = esc_typeswitch_clause(fn, d->val);
	const char *from = loc_var_name(g, src);
	const gnode *ts = c ? c->parent : NULL;
	const gnode *x = ts ? gosrc_unparen(ts->y) : NULL;
	if (!from || !x || x->kind != GN_NAME || strcmp(x->text, from) != 0)
		return 0;
	int ks = 0;
	for (int i = 0; i < ts->nlist; i++)
		ks += clause_var_has_pointers(ts->list[i]);
	if (ks > 1) {
		flow_line(o, g, -1, 0, src);
		flow_line(o, g, dst, e->derefs, -1);
	} else {
		flow_line(o, g, dst, e->derefs, src);
	}
	strbuf t = {0};
	esc_clause_text(c, &t);
	from_line(o, sb_str(&t), "switch case", fn->file, c->pos);
	sb_free(&t);
	return 1;
}

/* The flow lines of a path, under the header at index `header`. */
static void explain_path(esc_graph *g, esc_event *ev, esc_fn *fn, gpos pos,
			 int header, esc_msgs *out)
{
	lines o = {out, fn->file, pos, header, -1, 0};
	int src = ev->loc;

	for (int i = 0; i < ev->nsteps; i++) {
		esc_step *st = &ev->steps[i];
		esc_edge *e = &g->locs.a[st->dst].edges.a[st->edge];
		if (range_lines(&o, g, st->dst, e, src) ||
		    typeswitch_lines(&o, g, st->dst, e, src)) {
			src = st->dst;
			continue;
		}
		flow_line(&o, g, st->dst, e->derefs, src);
		/* the expression's own notes come first; they take the place
		   of an "&x" note, the address-of being one of them */
		esc_xnote xn[ESC_MAX_XNOTES];
		int nx = 0, k0 = 0;
		const char *from = loc_var_name(g, src);
		const char *to = loc_var_name(g, st->dst);
		if (from && e->nnotes >= 2 &&
		    g->notes.a[e->note0].where == NOTE_ADDR &&
		    (nx = esc_expr_notes(g, &g->notes.a[e->note0 + 1], to, from,
					 expr_derefs(g, st->dst, e, 1), xn)) > 0)
			k0 = 1;
		else if (from && e->nnotes >= 1)
			nx = esc_expr_notes(g, &g->notes.a[e->note0], to, from,
					    expr_derefs(g, st->dst, e, 0), xn);
		if (nx)
			xnote_lines(&o, xn, nx, g->fns[g->notes.a[e->note0 + k0].fn]->file);
		note_lines(&o, g, e, k0, WHY_NONE);
		src = st->dst;
	}
	if (ev->truncated) {
		esc_msg *w = esc_msgs_add(out, MSG_FLOW, fn->file, pos,
				     xstrdup("  warning: truncated explanation due to "
					     "assignment cycle; see golang.org/issue/35518"));
		w->header = header;
	}
}

/* The parameter gccgo copied into heap variable site v, or NULL. */
static esc_val *param_of_heapvar(esc_fn *fn, int v)
{
	for (int p = 2; p < fn->vals.n; p++)
		if (esc_v(fn, p)->kind == EV_PARAM && esc_v(fn, p)->heapvar == v)
			return esc_v(fn, p);
	return NULL;
}

static void explain(esc_graph *g, esc_event *ev, esc_msgs *out)
{
	esc_loc *loc = &g->locs.a[ev->loc];
	esc_fn *fn = g->fns[loc->fn];
	esc_val *v = esc_v(fn, loc->val);
	esc_site *site = loc_site(g, ev->loc);
	strbuf b = {0};

	if (!fn->reported || fn->bodyless)
		return;		/* gc explains no body-less function */
	out->group = fn->report_group;
	if (ev->kind == EVENT_ESCAPES) {
		if (!site || site->kind == SITE_SILENT)
			return;
		esc_val *param = site->kind == SITE_HEAPVAR
					 ? param_of_heapvar(fn, loc->val)
					 : NULL;
		esc_val *root = loc_val(g, ev->root);
		if (param && root && root->kind == EV_RESULT) {
			/* gc's parameter is the variable: its address
			   leaking to a result is a parameter leak first (to
			   the heap gc says only that it escapes) */
			strbuf p = {0};
			sb_addf(&p, "parameter %s leaks to ", param->name);
			loc_name(g, ev->root, &p);
			sb_add(&p, " with derefs=0:");
			esc_msgs_add(out, MSG_EXPLAIN, fn->file, site->pos, p.s);
			explain_path(g, ev, fn, site->pos, out->v.n - 1, out);
		}
		sb_addf(&b, "%s escapes to heap:",
			site->kind == SITE_HEAPVAR ? site->varname : site->name);
		esc_msgs_add(out, MSG_EXPLAIN, fn->file, site->pos, b.s);
		explain_path(g, ev, fn, site->pos, out->v.n - 1, out);
		return;
	}
	if (v->kind != EV_PARAM || (v->flags & VF_NOREPORT))
		return;
	sb_addf(&b, "parameter %s leaks to ", v->name);
	loc_name(g, ev->root, &b);
	sb_addf(&b, " with derefs=%d:", ev->derefs);
	esc_msgs_add(out, MSG_EXPLAIN, fn->file, v->pos, b.s);
	explain_path(g, ev, fn, v->pos, out->v.n - 1, out);
}

/* The verdicts on fn's variables (named: only "moved to heap: x") or on
 * its allocations (the others). */
static void site_verdicts(esc_graph *g, int fi, int named, esc_msgs *out)
{
	esc_fn *fn = g->fns[fi];

	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		esc_site *s = esc_site_of(fn, v);
		int escapes = g->locs.a[esc_loc_of(g, fi, v)].escapes;
		if (s->kind == SITE_SILENT || (s->kind == SITE_HEAPVAR) != named)
			continue;
		if (s->kind == SITE_HEAPVAR) {
			if (escapes)
				esc_msgs_add(out, MSG_SITE, fn->file, s->pos,
					xasprintf("moved to heap: %s", s->varname))
					->escapes = 1;
			continue;
		}
		esc_msg *m = esc_msgs_add(out, MSG_SITE, fn->file, s->pos,
				     xasprintf(escapes ? "%s escapes to heap"
						       : "%s does not escape",
					       s->name));
		m->escapes = escapes;
		m->start = s->start.line ? s->start : s->pos;
		m->end = s->end.line ? s->end : s->pos;
		m->wraps = s->kind == SITE_BOX || s->kind == SITE_VARIADIC;
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
	/* in the order of the signature, receiver first, as gc prints them */
	int *slot = xcalloc((size_t)fn->nparams + 1, sizeof *slot);
	int *order = xcalloc((size_t)fn->vals.n + 1, sizeof *order), n = 0;

	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind == EV_PARAM && x->index >= 0 && x->index < fn->nparams &&
		    !slot[x->index])
			slot[x->index] = v;
	}
	/* a value receiver is a copy of gccgo's hidden pointer parameter:
	   it has no index of its own, and comes first */
	for (int v = 2; v < fn->vals.n; v++)
		if (esc_v(fn, v)->kind == EV_PARAM && esc_v(fn, v)->index < 0)
			order[n++] = v;
	for (int i = 0; i < fn->nparams; i++)
		if (slot[i])
			order[n++] = slot[i];
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind == EV_PARAM && x->index >= 0 &&
		    (x->index >= fn->nparams || slot[x->index] != v))
			order[n++] = v;
	}
	free(slot);
	for (int k = 0; k < n; k++) {
		int v = order[k];
		esc_val *x = esc_v(fn, v);
		if (x->kind == EV_PARAM && fn->bodyless && (x->flags & VF_UINTPTR)) {
			esc_msgs_add(out, MSG_OTHER, fn->file, x->pos,
				x->name && *x->name
					? xasprintf("assuming %s is unsafe uintptr", x->name)
					: xasprintf("assuming arg#%d is unsafe uintptr",
						    x->index + 1));
			continue;
		}
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
			esc_msgs_add(out, MSG_PARAM, fn->file, x->pos,
				xasprintf("%s does not escape", x->name));
		int h = leaks_heap(&l);
		if (h == 0)
			esc_msgs_add(out, MSG_PARAM, fn->file, x->pos,
				xasprintf("leaking param: %s", x->name));
		else if (h > 0)
			esc_msgs_add(out, MSG_PARAM, fn->file, x->pos,
				xasprintf("leaking param content: %s", x->name));
		for (int r = 0; r < ESC_NRESULTS; r++) {
			int lv = leaks_result(&l, r);
			if (lv >= 0)
				esc_msgs_add(out, MSG_PARAM, fn->file, x->pos,
					xasprintf("leaking param: %s to result %s level=%d",
						  x->name, result_name(fn, r), lv));
		}
	}
	free(order);
}

/* An escape gc decides while building its graph because closure capture
 * `i` of function fi stores the variable into an escaping closure. */
static int capture_event(esc_graph *g, const esc_event *ev, int fi, int i)
{
	if (ev->nsteps < 1)
		return 0;
	esc_edge *e = &g->locs.a[ev->steps[0].dst].edges.a[ev->steps[0].edge];
	if (!e->nnotes)
		return 0;
	const esc_note *n = &g->notes.a[e->note0];
	return n->where == NOTE_CAPTURE && (fi < 0 || (n->fn == fi && n->ref == i));
}

/* gc's line on how a closure of fi captures variable `i` of fi's captures,
 * if gc prints one. */
static void capture_line(esc_graph *g, int fi, int i, esc_msgs *out)
{
	esc_fn *fn = g->fns[fi];
	esc_val *v = esc_v(fn, fn->captures.a[i].val);

	/* a closure capturing what its own closure captured: gc says
	   so again, naming the variable's function */
	esc_fn *owner = fn;
	int site = v->heapvar, ofi;
	if (fn->outer && !(v->flags & VF_TRANSPARENT) &&
	    (site = esc_capture_origin(g, fi, fn->captures.a[i].val, &ofi)))
		owner = g->fns[ofi];
	else if (!(v->flags & VF_TRANSPARENT))
		return;
	if (!site || !owner->reported)
		return;
	esc_site *s = esc_site_of(owner, site);
	strbuf name = {0};
	esc_gc_func_name(owner, &name);
	esc_msgs_add(out, MSG_OTHER, owner->file, s->pos,
		xasprintf("%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
			  sb_str(&name), (s->hints & SH_BYVAL) ? "value" : "ref",
			  s->varname, (s->hints & SH_ADDRTAKEN) ? "true" : "false",
			  (s->hints & SH_REASSIGNED) ? "true" : "false",
			  s->size));
	sb_free(&name);
}

/* gc's lines on how fi's closures capture each variable; after each, the
 * escapes that capture makes at once (sol's early events). */
static void capture_lines(esc_graph *g, int fi, esc_solution *sol,
			  esc_msgs *out)
{
	esc_fn *fn = g->fns[fi];

	for (int i = 0; i < fn->captures.n; i++) {
		capture_line(g, fi, i, out);
		for (int k = 0; k < sol->nearly; k++)
			if (capture_event(g, &sol->events.a[k], fi, i))
				explain(g, &sol->events.a[k], out);
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

/* gc's walk order of allocations: by where each expression starts, an
 * expression before those inside it (the longer first). */
static int cmp_walk(const void *a, const void *b)
{
	const esc_msg *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	if ((c = gpos_cmp(x->start, y->start)))
		return c;
	if ((c = gpos_cmp(y->end, x->end)))
		return c;
	if (x->wraps != y->wraps)
		return y->wraps - x->wraps;
	if ((c = gpos_cmp(x->pos, y->pos)))
		return c;
	return x->seq - y->seq;
}

/* Sort out->v[from ..] with cmp (stable: both end on production order). */
static void sort_from(esc_msgs *out, int from,
		      int (*cmp)(const void *, const void *))
{
	if (out->v.n - from > 1)
		qsort(out->v.a + from, (size_t)(out->v.n - from), sizeof *out->v.a,
		      cmp);
}

/* In gc's order: gc prints each -m message as soon as it is made (two sites
 * with the same text at the same place give two lines, as here), so a
 * batch's lines come out in the order of its phases.  While it builds the
 * graph: the self-assignments it ignores and, at -m=2, the escapes it
 * decides then; then how closures capture their variables; then the
 * solver's explanations; then, finishing, every parameter's verdict
 * (functions in batch order), the variables moved to the heap (each
 * function's in declaration order) and the allocations (in walk order,
 * which is source order across the batch, closures inline). */
void esc_report(esc_graph *g, esc_solution *sol, int m, esc_msgs *out)
{
	int from = out->v.n;

	for (int fi = 0; sol->over_budget && fi < g->nfns; fi++)
		if ((out->group = g->fns[fi]->report_group, g->fns[fi]->reported))
			esc_msgs_add(out, MSG_OTHER, g->fns[fi]->file, g->fns[fi]->pos,
				xasprintf("goesc: %s is too big to analyse within the work budget; everything in it is reported as escaping",
					  g->fns[fi]->name));
	for (int fi = 0; fi < g->nfns; fi++) {
		out->group = g->fns[fi]->report_group;
		esc_self_assign_lines(g->fns[fi], out);
	}
	sort_from(out, from, cmp_msg);
	if (m >= 2) {
		for (int i = 0; i < sol->nearly; i++)
			if (!capture_event(g, &sol->events.a[i], -1, 0))
				explain(g, &sol->events.a[i], out);
		for (int fi = 0; fi < g->nfns; fi++) {
			out->group = g->fns[fi]->report_group;
			capture_lines(g, fi, sol, out);
		}
		for (int i = sol->nearly; i < sol->events.n; i++)
			explain(g, &sol->events.a[i], out);
	}
	for (int fi = 0; fi < g->nfns; fi++) {
		out->group = g->fns[fi]->report_group;
		if (g->fns[fi]->reported)
			param_verdicts(g, fi, out);
	}
	for (int fi = 0; fi < g->nfns; fi++) {
		from = out->v.n;
		out->group = g->fns[fi]->report_group;
		if (g->fns[fi]->reported)
			site_verdicts(g, fi, 1, out);
		sort_from(out, from, cmp_msg);
	}
	from = out->v.n;
	for (int fi = 0; fi < g->nfns; fi++) {
		out->group = g->fns[fi]->report_group;
		if (g->fns[fi]->reported)
			site_verdicts(g, fi, 0, out);
	}
	sort_from(out, from, cmp_walk);
}

void esc_report_unknown(esc_graph *g, esc_msgs *out)
{
	for (int fi = 0; fi < g->nfns; fi++) {
		esc_fn *fn = g->fns[fi];
		out->group = fn->report_group;
		if (fn->reported && fn->file[0] && fn->file[0] != '<' &&
		    !gosrc_get(fn->file))
			esc_msgs_add(out, MSG_OTHER, fn->file, fn->pos,
				xasprintf("goesc: in %s, the Go source %s could not be read: names and columns are gccgo's",
					  fn->name, fn->file));
		if (!fn->reported || !fn->nunknown)
			continue;
		esc_msgs_add(out, MSG_OTHER, fn->file, fn->pos,
			xasprintf("goesc: in %s, %d thing%s not understood and read as escaping: %s",
				  fn->name, fn->nunknown, fn->nunknown == 1 ? "" : "s",
				  sb_str(&fn->unknown)));
	}
}

