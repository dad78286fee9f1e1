/* notes.c: gc's text and position for -m=2's notes (see notes.h). */
#include "notes.h"
#include "facts.h"
#include "sites.h"
#include "srcnodes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void self_assigns_in(esc_fn *fn, const gnode *n, strbuf *name, esc_msgs *out,
			    int depth)
{
	if (!n || depth > 10000 || n->kind == GN_FUNCLIT)
		return;
	if (n->kind == GN_ASSIGN && n->op != GN_TOK_DEFINE && n->nlist == n->nlist2) {
		for (int k = 0, conv = -1; k < n->nlist; k++) {
			gnode *d = gosrc_unparen(n->list[k]);
			if (d && !(d->kind == GN_NAME && d->text && strcmp(d->text, "_") == 0) &&
			    esc_is_self_assign(n->list[k], n->list2[k]) &&
			    !(conv < 0 ? (conv = esc_assign_converts(fn, n)) : conv)) {
				char *st = gosrc_print_alloc(n);
				esc_msgs_add(out, MSG_OTHER, fn->file, n->pos,
					     xasprintf("%s ignoring self-assignment in %s",
						       sb_str(name), st));
				free(st);
			}
		}
	}
	const gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++)
		self_assigns_in(fn, kids[i], name, out, depth + 1);
	for (int i = 0; i < n->nlist; i++)
		self_assigns_in(fn, n->list[i], name, out, depth + 1);
	for (int i = 0; i < n->nlist2; i++)
		self_assigns_in(fn, n->list2[i], name, out, depth + 1);
}

void esc_self_assign_lines(esc_fn *fn, esc_msgs *out)
{
	gnode *body = src_find_start(fn, fn->pos, GN_MASK(GN_FUNCDECL) | GN_MASK(GN_FUNCLIT));
	strbuf name = {0};

	if (!fn->reported || !body || fn->bodyless)
		return;
	esc_gc_func_name(fn, &name);
	self_assigns_in(fn, body->y, &name, out, 0);
	sb_free(&name);
}

void esc_call_text(esc_fn *fn, const esc_call *c, strbuf *text, gpos *pos)
{
	gnode *n = src_find(fn, c->pos, GN_MASK(GN_CALL));

	if (!n) {
		sb_addf(text, "%s(...)", c->callee ? c->callee : "?");
		*pos = c->pos;
		return;
	}
	*pos = n->pos;
	if (!c->variadic || (n->flags & GNF_DDD)) {
		char *s = gosrc_print_alloc(n);
		sb_add(text, s);
		free(s);
		return;
	}
	/* gc passes a variadic call's extra arguments as one slice */
	char *callee = gosrc_print_alloc(n->x);
	sb_addf(text, "%s(", callee);
	free(callee);
	for (int i = 0; i < c->nfixed && i < n->nlist; i++) {
		char *a = gosrc_print_alloc(n->list[i]);
		sb_addf(text, "%s, ", a);
		free(a);
	}
	sb_add(text, "... argument...)");
}

static void stmt_text(esc_fn *fn, gpos at, strbuf *text, gpos *pos)
{
	gnode *n = src_find(fn, at, SRC_STMT_KINDS);

	if (!n) {
		sb_add(text, "?");
		*pos = at;
		return;
	}
	char *s = gosrc_print_alloc(n);
	sb_add(text, s);
	free(s);
	*pos = n->pos;
}

static gnode *first_name(gnode *n, const char *name, int depth)
{
	if (!n || depth > 500)
		return NULL;
	if (n->kind == GN_NAME && n->text && strcmp(n->text, name) == 0)
		return n;
	gnode *best = NULL;
	gnode *kids[3] = {n->x, n->y, n->z};
	for (int i = 0; i < 3; i++) {
		gnode *r = first_name(kids[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist; i++) {
		gnode *r = first_name(n->list[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	for (int i = 0; i < n->nlist2; i++) {
		gnode *r = first_name(n->list2[i], name, depth + 1);
		if (r && (!best || gpos_cmp(r->start, best->start) < 0))
			best = r;
	}
	return best;
}

/* Where closure fn first uses the variable `name` (gc's position for the
 * captured variable). */
static gpos first_use(esc_fn *fn, const char *name)
{
	gnode *lit = src_find_start(fn, fn->pos, GN_MASK(GN_FUNCLIT));
	gnode *n = lit && name ? first_name(lit->y, name, 0) : NULL;

	return n ? n->start : fn->pos;
}

void esc_clause_text(const gnode *n, strbuf *text)
{
	sb_add(text, n->nlist ? "case " : "default");
	for (int i = 0; i < n->nlist; i++) {
		char *t = gosrc_print_alloc(n->list[i]);
		sb_addf(text, "%s%s", i ? ", " : "", t);
		free(t);
	}
	sb_add(text, ":");
	for (int i = 0; i < n->nlist2; i++) {
		char *t = gosrc_print_alloc(n->list2[i]);
		sb_addf(text, "%s%s", i ? "; " : " ", t);
		free(t);
	}
}

/* Does value v's statement or call at index i read v? */
static gpos use_of(esc_fn *fn, int v, int *i)
{
	gpos none = {0, 0};

	for (; *i < fn->stmts.n; (*i)++) {
		esc_stmt *st = &fn->stmts.a[*i];
		if (st->src == v || (st->op == EOP_STORE && st->dst == v))
			return st->pos;
		if (st->op == EOP_CALL && st->call >= 0) {
			esc_call *c = &fn->calls.a[st->call];
			for (int a = 0; a < c->nargs; a++)
				if (c->args[a].val == v)
					return st->pos;
		}
	}
	return none;
}

const gnode *esc_typeswitch_clause(esc_fn *fn, int v)
{
	esc_val *x = esc_v(fn, v);

	if (x->kind != EV_VAR || !x->name)
		return NULL;
	gnode *ts = src_find(fn, x->pos, GN_MASK(GN_TYPESWITCH));
	if (!ts || !ts->z || !ts->z->text || gpos_cmp(ts->z->pos, x->pos) != 0 ||
	    strcmp(ts->z->text, x->name) != 0)
		return NULL;
	/* gccgo declares the variable once per clause, all at the name:
	   its clause is the one it is used in */
	for (int i = 0; i < fn->stmts.n; i++) {
		gpos at = use_of(fn, v, &i);
		for (int k = 0; at.line && k < ts->nlist; k++) {
			gnode *c = ts->list[k];
			if (gpos_cmp(at, c->start) >= 0 && gpos_cmp(at, c->end) < 0)
				return c;
		}
	}
	return NULL;
}

/* The outermost node that spans exactly [start, end). */
static gnode *node_spanning(esc_fn *fn, gpos start, gpos end)
{
	gnode *n = src_find_start(fn, start, 0);

	while (n && n->parent && gpos_cmp(n->parent->start, start) == 0 &&
	       gpos_cmp(n->parent->end, end) <= 0)
		n = n->parent;
	return n && gpos_cmp(n->end, end) == 0 ? n : NULL;
}

/* A select's send (a node of kind st->node in the select's case at
 * st->pos), or NULL: a send is at its case (several cases) or at the
 * select (one case and a default). */
static gnode *select_node(esc_fn *fn, const esc_stmt *st)
{
	return st->node ? src_first_of_kind(src_select_case_at(fn, st->pos), st->node, 0)
			: NULL;
}

/* Element note->stmt (>= 0) of the literal statement note->ref builds:
 * its value, for a key: value. */
static gnode *literal_element(esc_fn *fn, const esc_note *note)
{
	gnode *lit = src_find_start(fn, fn->stmts.a[note->ref].pos, GN_MASK(GN_COMPOSITE));
	gnode *e = lit && note->stmt >= 0 && note->stmt < lit->nlist
			   ? gosrc_unparen(lit->list[note->stmt]) : NULL;

	return e && e->kind == GN_KEYVALUE ? gosrc_unparen(e->y) : e;
}

const gnode *esc_note_node(esc_graph *g, const esc_note *note)
{
	esc_fn *fn = g->fns[note->fn];

	switch (note->where) {
	case NOTE_STMT: {
		esc_stmt *st = &fn->stmts.a[note->ref];
		gnode *n = select_node(fn, st);
		if (n)
			return n;
		return src_typeswitch_case_at(fn, st->pos) ? NULL
						       : src_find(fn, st->pos, SRC_STMT_KINDS);
	}
	case NOTE_CALL:
		return src_find(fn, fn->calls.a[note->ref].pos, GN_MASK(GN_CALL));
	case NOTE_CONV: {
		esc_site *c = &fn->convs.a[note->ref];
		return c->start.line ? node_spanning(fn, c->start, c->end) : NULL;
	}
	case NOTE_SITE: {
		/* a value converted to an interface: the operand; an element
		   of &T{...}: the literal */
		esc_site *c = esc_v(fn, note->ref)->kind == EV_ALLOC
				      ? esc_site_of(fn, note->ref) : NULL;
		gnode *n = c && c->start.line ? node_spanning(fn, c->start, c->end)
					      : NULL;
		if (n && note->why == WHY_CONVERTED)
			return n;
		if (n && n->kind == GN_UNARY && n->op == '&')
			n = gosrc_unparen(n->x);
		return n && n->kind == GN_COMPOSITE &&
				       note->why == WHY_STRUCT_ELEM
			       ? n : NULL;
	}
	case NOTE_ELEM: {
		if (note->stmt < 0)	/* the literal itself */
			return esc_stmt_literal(fn, fn->stmts.a[note->ref].pos);
		return literal_element(fn, note);
	}
	default:
		return NULL;
	}
}

void esc_note_text(esc_graph *g, const esc_note *note, strbuf *text, gpos *pos)
{
	esc_fn *fn = g->fns[note->fn];

	switch (note->where) {
	case NOTE_SITE: {
		esc_val *v = esc_v(fn, note->ref);
		if (v->kind == EV_ALLOC) {
			esc_site *s = esc_site_of(fn, note->ref);
			gnode *lit;
			if (s->kind == SITE_PTRLIT && s->name && s->name[0] == '&' &&
			    note->why == WHY_STRUCT_ELEM &&
			    (lit = src_find_start(fn, s->pos, GN_MASK(GN_UNARY))) &&
			    lit->x && lit->x->kind == GN_COMPOSITE) {
				/* what &T{...} holds is an element of T{...} */
				sb_add(text, s->name + 1);
				*pos = lit->x->pos;
				return;
			}
			if (s->kind == SITE_PTRLIT && s->name && s->name[0] == '&' &&
			    note->why == WHY_STRUCT_ELEM) {
				/* an elided &T{...}: at its own '{' */
				sb_add(text, s->name + 1);
				*pos = s->pos;
				return;
			}
			sb_add(text, s->name ? s->name : "?");
			*pos = s->pos;
		} else {
			sb_add(text, v->name ? v->name : "?");
			*pos = v->pos;
		}
		return;
	}
	case NOTE_STMT: {
		esc_stmt *st = &fn->stmts.a[note->ref];
		gnode *n = select_node(fn, st);
		if (n) {
			char *s = gosrc_print_alloc(n);
			sb_add(text, s);
			free(s);
			*pos = n->pos;
			return;
		}
		if ((n = src_typeswitch_case_at(fn, st->pos))) {
			esc_clause_text(n, text);
			*pos = n->pos;
			return;
		}
		stmt_text(fn, st->pos, text, pos);
		return;
	}
	case NOTE_ADDR: {
		esc_val *v = esc_v(fn, note->ref);
		const char *name = v->kind == EV_CAPTURE
					   ? esc_capture_ref_name(g->fns, g->nfns, note->fn, note->ref)
					   : v->name;
		if (!name)
			name = "?";
		gpos at = fn->stmts.a[note->stmt].pos;
		gnode *st = src_select_case_at(fn, at);
		gnode *n = src_find_addr_of(st ? st : src_find(fn, at, SRC_STMT_KINDS), name, 0);
		if (n) {
			char *s = gosrc_print_alloc(n);
			sb_add(text, s);
			free(s);
			*pos = n->pos;
		} else {
			sb_addf(text, "&%s", name);
			*pos = at;
		}
		return;
	}
	case NOTE_CALL:
		esc_call_text(fn, &fn->calls.a[note->ref], text, pos);
		return;
	case NOTE_CAPTURE: {
		esc_capture *c = &fn->captures.a[note->ref];
		esc_val *v = esc_v(fn, c->val);
		const char *name = v->heapvar ? esc_site_of(fn, v->heapvar)->varname
					      : v->name;
		int ci = intmap_get(&g->by_user, (unsigned long long)(uintptr_t)c->closure,
				    0) - 1;
		sb_add(text, name ? name : "?");
		*pos = ci >= 0 ? first_use(g->fns[ci], name) : fn->pos;
		return;
	}
	case NOTE_ELEM: {
		/* the element, named by its type when elided */
		gpos at = fn->stmts.a[note->ref].pos;
		if (note->stmt < 0) {
			/* the literal a variable is initialised with */
			const gnode *v = esc_stmt_literal(fn, at);
			char *t = v ? gosrc_print_alloc(v) : NULL;
			sb_add(text, t ? t : "?");
			*pos = v ? v->pos : at;
			free(t);
			return;
		}
		gnode *e = literal_element(fn, note);
		gnode *t = e && e->kind == GN_COMPOSITE ? src_literal_type(e, 0) : NULL;
		if (t) {
			char *tn = gosrc_print_alloc(t);
			sb_addf(text, "%s{...}", tn);
			free(tn);
			*pos = e->pos;
		} else {
			sb_add(text, "?");
			*pos = at;
		}
		return;
	}
	case NOTE_CONV: {
		esc_site *c = &fn->convs.a[note->ref];
		sb_add(text, c->name ? c->name : "?");
		*pos = c->pos;
		return;
	}
	}
}

void esc_place_notes(esc_graph *g)
{
	free(g->note_pos);
	g->note_pos = xcalloc((size_t)g->notes.n + 1, sizeof *g->note_pos);
	for (int i = 0; i < g->notes.n; i++) {
		strbuf t = {0};
		esc_note_text(g, &g->notes.a[i], &t, &g->note_pos[i]);
		sb_free(&t);
	}
}
