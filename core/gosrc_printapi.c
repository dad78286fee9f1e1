/* gosrc_printapi.c: the printer's entry points (gosrc_print and its
 * variants) and gc's names of functions and closures ("f", "T.M",
 * "(*T).M", "f.func1", "glob..func1").
 */

#include "gosrc_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* gc's name of a declared function: f, T.M or (*T).M. */
static void pr_funcdecl_name(out *o, const gnode *f)
{
	if (f->nlist == 1 && f->list[0]->x) {
		const gnode *r = gs_unparen(f->list[0]->x);
		bool ptr = r->kind == GN_STAR;

		if (ptr)
			r = gs_unparen(r->x);
		if (r && r->kind == GN_INDEX)
			r = gs_unparen(r->x);	/* generic receiver T[P] */
		if (ptr)
			gs_puts(o, "(*");
		gs_pr_syntax(o, r);
		if (ptr)
			gs_puts(o, ")");
		gs_puts(o, ".");
	}
	gs_puts(o, f->text ? f->text : "_");
}

static void pr_node(out *o, const gnode *n)
{
	switch (n->kind) {
	case GN_EXPRSTMT: case GN_ASSIGN: case GN_INCDEC: case GN_SEND:
	case GN_RETURN: case GN_GO: case GN_DEFER: case GN_IF: case GN_FOR:
	case GN_RANGE: case GN_SWITCH: case GN_TYPESWITCH: case GN_SELECT:
	case GN_CASE: case GN_LABELED: case GN_BRANCH: case GN_DECLSTMT:
	case GN_EMPTY: case GN_BLOCK: case GN_VARSPEC: case GN_CONSTSPEC:
	case GN_TYPESPEC:
		gs_pr_stmt(o, n);
		break;
	case GN_FUNCDECL:
		pr_funcdecl_name(o, n);
		break;
	case GN_FILE:
		gs_puts(o, n->text ? n->text : "");
		break;
	case GN_IMPORT:
		if (n->y)
			gs_puts(o, n->y->text);
		break;
	case GN_FIELD:
		/* a parameter or field is named as gc names the variable */
		if (n->text)
			gs_puts(o, n->text);
		else
			gs_pr_type(o, n->x);
		break;
	case GN_ARRAYTYPE: case GN_SLICETYPE: case GN_MAPTYPE:
	case GN_CHANTYPE: case GN_FUNCTYPE: case GN_STRUCTTYPE:
	case GN_IFACETYPE: case GN_ELLIPSIS:
		gs_pr_type(o, n);
		break;
	default:
		gs_pr_expr(o, n, 0);
		break;
	}
}

size_t gosrc_print_flags(const gnode *n, unsigned flags, char *buf,
			 size_t size)
{
	out o = { buf, size, 0, 0, flags, false };

	if (!n)
		gs_puts(&o, "<nil>");
	else
		pr_node(&o, n);
	return gs_finish(&o);
}

size_t gosrc_print(const gnode *n, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	if (!n)
		gs_puts(&o, "<nil>");
	else
		pr_node(&o, n);
	return gs_finish(&o);
}

int gosrc_print_sound(const gnode *n)
{
	out o = { NULL, 0, 0, 0, 0, false };

	if (n)
		pr_node(&o, n);
	return !o.damaged;
}

char *gosrc_print_alloc(const gnode *n)
{
	char small[256];
	size_t len = gosrc_print(n, small, sizeof small);

	char *b = xmalloc(len + 1);

	if (len < sizeof small)
		memcpy(b, small, len + 1);
	else
		gosrc_print(n, b, len + 1);
	return b;
}

size_t gosrc_print_type(const gnode *t, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	gs_pr_type(&o, t);
	return gs_finish(&o);
}

size_t gosrc_print_source(const gnode *n, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	gs_pr_syntax(&o, n);
	return gs_finish(&o);
}

size_t gosrc_print_ddd_call(const gnode *call, int nfixed, char *buf,
			    size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	if (!call || call->kind != GN_CALL) {
		gs_pr_expr(&o, call, 0);
		return gs_finish(&o);
	}
	gs_pr_expr(&o, call->x, 8);
	gs_puts(&o, "(");
	for (int i = 0; i < nfixed && i < call->nlist; i++) {
		gs_pr_expr(&o, call->list[i], 0);
		gs_puts(&o, ", ");
	}
	gs_puts(&o, "... argument...)");
	return gs_finish(&o);
}

size_t gosrc_print_spec_value(const gnode *spec, int i, char *buf,
			      size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	if (!spec || (spec->kind != GN_VARSPEC && spec->kind != GN_CONSTSPEC) ||
	    i < 0 || i >= spec->nlist) {
		return gs_finish(&o);
	}
	if (spec->nlist2 == spec->nlist) {
		gs_pr_expr(&o, spec->list[i], 0);
		gs_puts(&o, " = ");
		gs_pr_expr(&o, spec->list2[i], 0);
	} else if (spec->nlist2 == 0) {
		gs_pr_expr(&o, spec->list[i], 0);
		gs_puts(&o, " = <nil>");
	} else {
		gs_pr_list(&o, spec->list, spec->nlist);
		gs_puts(&o, " = ");
		gs_pr_list(&o, spec->list2, spec->nlist2);
	}
	return gs_finish(&o);
}

/* gc's closure names: outer.funcN, nested ones outer.funcN.M, and
 * glob..funcN for package-level initializers, N counted in source
 * order within the enclosing function. */
static int closure_index(const gnode *scope, const gnode *lit)
{
	nstack s = { 0 };
	int k = 0, found = 0;

	/* depth-first in source order, not entering other literals */
	gs_ns_push(&s, (gnode *)scope);
	while (s.n && !found) {
		gnode *n = s.v[--s.n];
		gnode *kids[3];
		int nk = 0;

		if (n != scope && n->kind == GN_FUNCLIT) {
			k++;
			if (n == lit)
				found = 1;
			continue;
		}
		if (n != scope && n->kind == GN_FUNCDECL)
			continue;
		kids[nk++] = n->x;
		kids[nk++] = n->y;
		kids[nk++] = n->z;
		/* push in reverse source order */
		for (int i = n->nlist2 - 1; i >= 0; i--)
			if (n->list2[i] && n->list2[i]->parent == n)
				gs_ns_push(&s, n->list2[i]);
		for (int i = n->nlist - 1; i >= 0; i--)
			if (n->list[i] && n->list[i]->parent == n)
				gs_ns_push(&s, n->list[i]);
		for (int i = nk - 1; i >= 0; i--)
			if (kids[i] && kids[i]->parent == n)
				gs_ns_push(&s, kids[i]);
	}
	free(s.v);
	return found ? k : 0;
}

static void pr_func_name(out *o, const gnode *f, int depth)
{
	char b[32];

	if (depth > MAX_EVAL_DEPTH)
		return;
	if (f->kind == GN_FUNCDECL) {
		pr_funcdecl_name(o, f);
		return;
	}
	if (f->kind != GN_FUNCLIT) {
		gs_puts(o, "?");
		return;
	}
	const gnode *outer = gosrc_enclosing_func(f);

	if (!outer) {
		snprintf(b, sizeof(b), "glob..func%d",
			 closure_index(gs_file_of(f), f));
		gs_puts(o, b);
		return;
	}
	pr_func_name(o, outer, depth + 1);
	snprintf(b, sizeof(b), outer->kind == GN_FUNCLIT ? ".%d" : ".func%d",
		 closure_index(outer, f));
	gs_puts(o, b);
}

size_t gosrc_func_name(const gnode *fn, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0, false };

	if (fn)
		pr_func_name(&o, fn, 0);
	return gs_finish(&o);
}
