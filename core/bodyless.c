/* bodyless.c: functions declared without a body.
 *
 * A Go function may be declared with no body: its code is assembly, or
 * another function's by //go:linkname.  Nothing says what it does with
 * its arguments, so gc reads every parameter that holds pointers as
 * leaking to the heap ("leaking param: p"), unless //go:noescape comes
 * before the declaration: then none escapes ("p does not escape").  gc
 * gives no -m=2 explanation of either, and no line for an unnamed
 * parameter.  A uintptr parameter it keeps alive across the call (it may
 * hold a pointer, as syscall.Syscall's do): "assuming a1 is unsafe
 * uintptr".
 *
 * The function is given an IR of its own, so that it is solved, reported
 * and summarised as any other (callers then see its leaks as a callee's):
 * its parameters, one statement "heap = p" per parameter that may hold
 * pointers, and its results.  gccgo trusts //go:noescape as gc does; the
 * stack transform does not (what the function does is not in this
 * compile), so under the directive the statements are gccgo's model's
 * only.
 */
#include "bodyless.h"
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

/* Directive //VERB before decl, among the line comments and blank lines
 * right above "func" (gc keeps a directive for the next declaration):
 * its arguments (trimmed) in *args, *nargs bytes; 0 if there is none. */
static int directive(gosrc *src, const gnode *decl, const char *verb,
		     const char **args, int *nargs)
{
	size_t nv = strlen(verb);

	for (int line = decl->start.line - 1; line > 0; line--) {
		int len = 0;
		const char *s = gosrc_line(src, line, &len);
		while (s && len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
					s[len - 1] == '\r'))
			len--;
		while (s && len > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		if (s && len == 0)
			continue;
		if (!s || len < 2 || s[0] != '/' || s[1] != '/')
			return 0;
		/* the directive's word, then the end or a space */
		if ((size_t)len < 2 + nv || memcmp(s + 2, verb, nv) != 0 ||
		    ((size_t)len > 2 + nv && s[2 + nv] != ' ' && s[2 + nv] != '\t'))
			continue;
		s += 2 + nv;
		len -= 2 + (int)nv;
		while (len > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		if (args) {
			*args = s;
			*nargs = len;
		}
		return 1;
	}
	return 0;
}

int esc_bodyless_noescape(gosrc *src, const gnode *decl)
{
	return directive(src, decl, "go:noescape", NULL, NULL);
}

char *esc_bodyless_linkname(gosrc *src, const gnode *decl)
{
	const char *a;
	int n, k = 0;

	if (!decl->text || !directive(src, decl, "go:linkname", &a, &n))
		return NULL;
	size_t nt = strlen(decl->text);
	/* "//go:linkname local target" */
	if ((size_t)n <= nt || memcmp(a, decl->text, nt) != 0 ||
	    (a[nt] != ' ' && a[nt] != '\t'))
		return NULL;
	a += nt;
	n -= (int)nt;
	while (n > 0 && (*a == ' ' || *a == '\t')) {
		a++;
		n--;
	}
	while (k < n && a[k] != ' ' && a[k] != '\t')
		k++;
	return k ? xstrndup(a, (size_t)k) : NULL;
}

esc_fn *esc_bodyless_new(gosrc *src, const gnode *decl, const char *name)
{
	if (!decl || decl->kind != GN_FUNCDECL || decl->y || decl->nlist ||
	    !decl->x || decl->x->kind != GN_FUNCTYPE)
		return NULL;
	const gnode *type = decl->x;
	int noescape = esc_bodyless_noescape(src, decl);
	esc_fn *fn = esc_fn_new(name, gosrc_path(src), decl->pos);

	fn->reported = 1;
	fn->bodyless = 1;
	for (int i = 0; i < type->nlist; i++) {
		const gnode *f = type->list[i];
		const char *pname = f && f->text ? f->text : "";
		int v = esc_val_new(fn, EV_PARAM, esc_fn_str(fn, pname),
				    f ? f->pos : decl->pos);
		esc_val *x = esc_v(fn, v);
		x->index = i;
		if (!f || gosrc_type_has_pointers(f->x) != 0)
			x->flags |= VF_POINTERS;
		if (f && gosrc_type_is_uintptr(f->x))
			x->flags |= VF_UINTPTR;
		if (!*pname)
			x->flags |= VF_NOREPORT;
		fn->nparams++;
		if (!(x->flags & VF_POINTERS))
			continue;
		esc_assign(fn, ESC_HEAP, v, 0, x->pos);
		if (noescape)
			fn->stmts.a[fn->stmts.n - 1].only = ESC_ONLY_GCCGO;
	}
	fn->nresults = type->nlist2;
	fn->results = xcalloc((size_t)fn->nresults + 1, sizeof(int));
	for (int i = 0; i < type->nlist2; i++) {
		const gnode *f = type->list2[i];
		int v = esc_val_new(fn, EV_RESULT,
				    esc_fn_str(fn, f && f->text ? f->text : ""),
				    f ? f->pos : decl->pos);
		esc_v(fn, v)->index = i;
		fn->results[i] = v;
	}
	return fn;
}

/* The package-level function of the package that the call at `at` in
 * fn's file calls by a plain name, and its file in *in; NULL if none. */
static const gnode *own_callee(esc_fn *fn, gpos at, gosrc **in)
{
	gosrc *src = gosrc_get(fn->file);
	const gnode *call = src ? gosrc_find(src, at, GN_MASK(GN_CALL)) : NULL;
	const gnode *f = call ? gosrc_unparen(call->x) : NULL;

	if (!f || f->kind != GN_NAME || !f->text)
		return NULL;
	const gnode *d = gosrc_resolve(f);
	if (d && d->kind != GN_FUNCDECL)
		return NULL;	/* a variable, say */
	return gosrc_package_func(f, f->text, in);
}

int esc_bodyless_atomic_callee(esc_fn *fn, gpos at, int *result_pointers)
{
	gosrc *in = NULL;
	const gnode *d = own_callee(fn, at, &in);
	const gnode *t = d ? d->x : NULL;

	if (!d || !(d->y || esc_bodyless_noescape(in, d)))
		return 0;
	/* pointers unless its result types say there are none */
	*result_pointers = !t || t->kind != GN_FUNCTYPE;
	for (int i = 0; !*result_pointers && i < t->nlist2; i++)
		*result_pointers = gosrc_type_has_pointers(t->list2[i]->x) != 0;
	return 1;
}
