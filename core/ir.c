/* ir.c: building and printing the IR (see ir.h). */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

esc_fn *esc_fn_new(const char *name, const char *file, gpos pos)
{
	esc_fn *fn = xcalloc(1, sizeof *fn);

	fn->name = xstrdup(name);
	fn->file = xstrdup(file ? file : "");
	fn->pos = pos;
	esc_val_new(fn, EV_NONE, "", (gpos){0, 0});
	esc_val_new(fn, EV_HEAP, "{heap}", (gpos){0, 0});
	return fn;
}

void esc_fn_release_body(esc_fn *fn)
{
	for (int i = 0; i < fn->sites.n; i++)
		free(fn->sites.a[i].name);
	for (int i = 0; i < fn->convs.n; i++)
		free(fn->convs.a[i].name);
	for (int i = 0; i < fn->calls.n; i++) {
		free(fn->calls.a[i].args);
		free(fn->calls.a[i].tags);
		free(fn->calls.a[i].gccgo_tags);
		free(fn->calls.a[i].results);
	}
	for (int i = 0; i < fn->strings.n; i++)
		free(fn->strings.a[i]);
	VEC_FREE(fn->strings);
	VEC_FREE(fn->convs);
	VEC_FREE(fn->vals);
	VEC_FREE(fn->stmts);
	VEC_FREE(fn->sites);
	VEC_FREE(fn->calls);
	VEC_FREE(fn->captures);
	sb_free(&fn->unknown);
	free(fn->results);
	fn->results = NULL;
	fn->nresults = 0;
}

void esc_fn_free(esc_fn *fn)
{
	if (!fn)
		return;
	esc_fn_release_body(fn);
	free(fn->summary);
	free(fn->gccgo_summary);
	free(fn->name);
	free(fn->file);
	free(fn);
}


void esc_fn_unknown(esc_fn *fn, const char *what)
{
	const char *seen = sb_str(&fn->unknown);
	size_t n = strlen(what);

	fn->nunknown++;
	/* keep each kind once, and at most a handful */
	for (const char *p = strstr(seen, what); p; p = strstr(p + 1, what))
		if ((p == seen || p[-2] == ',') && (p[n] == 0 || p[n] == ','))
			return;
	if (fn->unknown.len > 200)
		return;
	if (fn->unknown.len)
		sb_add(&fn->unknown, ", ");
	sb_add(&fn->unknown, what);
}

const char *esc_fn_str(esc_fn *fn, const char *s)
{
	char *copy = xstrdup(s);

	VEC_PUSH(fn->strings, copy);
	return copy;
}

int esc_val_new(esc_fn *fn, enum esc_vkind kind, const char *name, gpos pos)
{
	esc_val v = {0};

	v.kind = kind;
	v.name = name;
	v.pos = pos;
	v.site = -1;
	VEC_PUSH(fn->vals, v);
	return fn->vals.n - 1;
}

int esc_site_new(esc_fn *fn, enum esc_site_kind kind, gpos pos)
{
	esc_site s = {0};

	s.kind = kind;
	s.alloc = kind;
	s.gccgo_pos = pos;
	s.size = -1;
	s.exact_size = -1;
	s.named_size = -1;
	s.elemsize = -1;
	s.count = -1;
	s.slot = s.nelems = s.call = s.arg = s.result = -1;
	VEC_PUSH(fn->sites, s);
	int v = esc_val_new(fn, EV_ALLOC, "", pos);
	fn->vals.a[v].site = fn->sites.n - 1;
	return v;
}

int esc_val_of_site(esc_fn *fn, int i)
{
	for (int v = 2; v < fn->vals.n; v++)
		if (fn->vals.a[v].kind == EV_ALLOC && fn->vals.a[v].site == i)
			return v;
	return 0;
}

static void add_stmt(esc_fn *fn, enum esc_op op, int dst, int src, int derefs,
		     gpos pos)
{
	esc_stmt s = {0};

	s.op = op;
	s.dst = dst;
	s.src = src;
	s.derefs = derefs < -1 ? -1 : derefs;
	s.pos = pos;
	s.call = -1;
	s.capture = 0;
	s.selfassign = 0;
	s.conv = -1;
	s.cap = -1;
	s.weak = 0;
	VEC_PUSH(fn->stmts, s);
}

void esc_assign(esc_fn *fn, int dst, int src, int derefs, gpos pos)
{
	if (dst == ESC_NOVAL || src == ESC_NOVAL)
		return;
	add_stmt(fn, EOP_ASSIGN, dst, src, derefs, pos);
}

void esc_store(esc_fn *fn, int ptr, int src, int derefs, gpos pos)
{
	if (src == ESC_NOVAL)
		return;
	add_stmt(fn, EOP_STORE, ptr, src, derefs, pos);
}

int esc_call_new(esc_fn *fn, enum esc_callee_kind kind, const char *callee,
		 int nargs, int nresults, gpos pos)
{
	esc_call c = {0};

	c.kind = kind;
	c.callee = callee;
	c.nargs = nargs;
	c.args = xcalloc((size_t)nargs + 1, sizeof *c.args);
	c.tags = xcalloc((size_t)nargs + 1, sizeof *c.tags);
	c.gccgo_tags = xcalloc((size_t)nargs + 1, sizeof *c.gccgo_tags);
	c.nresults = nresults;
	c.results = xcalloc((size_t)nresults + 1, sizeof *c.results);
	c.callee_nresults = -1;
	c.pos = pos;
	VEC_PUSH(fn->calls, c);
	add_stmt(fn, EOP_CALL, 0, 0, 0, pos);
	fn->stmts.a[fn->stmts.n - 1].call = fn->calls.n - 1;
	return fn->calls.n - 1;
}

int esc_call_result_map(const esc_call *c, int r, int k)
{
	return c->callee_nresults == c->nresults ? r == k : 1;
}

static const char *const site_kind_names[SITE_KIND_COUNT] = {
	[SITE_NEW] = "new",
	[SITE_PTRLIT] = "ptrlit",
	[SITE_HEAPVAR] = "heapvar",
	[SITE_MAKESLICE] = "makeslice",
	[SITE_SLICELIT] = "slicelit",
	[SITE_VARIADIC] = "variadic",
	[SITE_BOX] = "box",
	[SITE_CLOSURE] = "closure",
	[SITE_METHODVALUE] = "methodvalue",
	[SITE_MAKEMAP] = "makemap",
	[SITE_MAPLIT] = "maplit",
	[SITE_CONCAT] = "concat",
	[SITE_STR2BYTES] = "str2bytes",
	[SITE_BYTES2STR] = "bytes2str",
	[SITE_RUNESTR] = "runestr",
	[SITE_STR2RUNES] = "str2runes",
	[SITE_SILENT] = "silent",
};

const char *esc_site_kind_name(enum esc_site_kind k)
{
	return k < SITE_KIND_COUNT ? site_kind_names[k] : "?";
}

const char *esc_vkind_name(enum esc_vkind k)
{
	static const char *const names[] = {
		"none", "heap", "temp", "var", "param", "result", "alloc",
		"capture",
	};
	return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

/* How a value is written in dumps: its kind and number, its name. */
static void dump_val(esc_fn *fn, int v, strbuf *out)
{
	esc_val *x = esc_v(fn, v);

	if (v == ESC_HEAP) {
		sb_add(out, "{heap}");
		return;
	}
	sb_addf(out, "%s#%d", esc_vkind_name(x->kind), v);
	if (x->kind == EV_ALLOC)
		sb_addf(out, "(%s)", esc_site_kind_name(esc_site_of(fn, v)->kind));
	else if (x->name && *x->name)
		sb_addf(out, "(%s)", x->name);
}

static void dump_operand(esc_fn *fn, int v, int derefs, strbuf *out)
{
	if (derefs < 0)
		sb_add(out, "&");
	for (int i = 0; i < derefs; i++)
		sb_add(out, "*");
	dump_val(fn, v, out);
}

void esc_fn_dump(esc_fn *fn, strbuf *out)
{
	sb_addf(out, "goesc IR for %s (%s:%d:%d)\n", fn->name, fn->file,
		fn->pos.line, fn->pos.col);
	sb_add(out, "  values:\n");
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		sb_add(out, "    ");
		dump_val(fn, v, out);
		sb_addf(out, " at %d:%d", x->pos.line, x->pos.col);
		if (x->kind == EV_PARAM || x->kind == EV_RESULT)
			sb_addf(out, " index %d", x->index);
		if (x->loop_depth)
			sb_addf(out, " loop %d", x->loop_depth);
		if (x->flags & VF_POINTERS)
			sb_add(out, " pointers");
		if (x->flags & VF_TRANSPARENT)
			sb_add(out, " transparent");
		if (x->kind == EV_ALLOC) {
			esc_site *s = esc_site_of(fn, v);
			if (s->size >= 0)
				sb_addf(out, " size %lld", s->size);
			if (s->heap_reason)
				sb_addf(out, " heap (%s)", esc_why_text(s->heap_reason));
			if (s->varname)
				sb_addf(out, " var %s", s->varname);
			if (s->hints)
				sb_addf(out, " hints %#x", s->hints);
		}
		sb_add(out, "\n");
	}
	if (fn->nunknown)
		sb_addf(out, "  not understood, read as escaping (%d): %s\n",
			fn->nunknown, sb_str(&fn->unknown));
	sb_add(out, "  statements:\n");
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *s = &fn->stmts.a[i];
		sb_addf(out, "    %d:%d: ", s->pos.line, s->pos.col);
		switch (s->op) {
		case EOP_ASSIGN:
			dump_val(fn, s->dst, out);
			sb_add(out, " = ");
			dump_operand(fn, s->src, s->derefs, out);
			break;
		case EOP_STORE:
			sb_add(out, "*");
			dump_val(fn, s->dst, out);
			sb_add(out, " = ");
			dump_operand(fn, s->src, s->derefs, out);
			break;
		case EOP_CALL: {
			esc_call *c = &fn->calls.a[s->call];
			for (int r = 0; r < c->nresults; r++) {
				if (r)
					sb_add(out, ", ");
				if (c->results[r])
					dump_val(fn, c->results[r], out);
				else
					sb_add(out, "_");
			}
			if (c->nresults)
				sb_add(out, " = ");
			sb_addf(out, "call %s(", c->callee ? c->callee : "?");
			for (int a = 0; a < c->nargs; a++) {
				if (a)
					sb_add(out, ", ");
				if (c->args[a].val)
					dump_operand(fn, c->args[a].val,
						     c->args[a].derefs, out);
				else
					sb_add(out, "-");
			}
			sb_add(out, ")");
			if (c->kind == CALLEE_UNKNOWN)
				sb_add(out, " [unknown callee]");
			break;
		}
		}
		sb_add(out, "\n");
	}
}

const char *esc_capture_ref_name(esc_fn **fns, int nfns, int fi, int v)
{
	esc_fn *cl = fns[fi];
	esc_val *x = esc_v(cl, v);

	if (x->kind != EV_CAPTURE)
		return NULL;
	for (int pi = 0; pi < nfns; pi++) {
		esc_fn *fn = fns[pi];
		for (int i = 0; i < fn->captures.n; i++) {
			esc_capture *c = &fn->captures.a[i];
			if (c->closure != esc_fn_chain_user(cl) ||
			    strcmp(x->name, c->field) != 0)
				continue;
			esc_val *pv = esc_v(fn, c->val);
			if (!(pv->flags & VF_TRANSPARENT) || c->derefs != 0 ||
			    (esc_site_of(fn, pv->heapvar)->hints & SH_BYVAL))
				return NULL;
			return esc_site_of(fn, pv->heapvar)->varname;
		}
	}
	return NULL;
}

static const char *const why_text[WHY_COUNT] = {
	[WHY_ASSIGN] = "assign",
	[WHY_RETURN] = "return",
	[WHY_SWITCH_CASE] = "switch case",
	[WHY_SPILL] = "spill",
	[WHY_ADDRESS_OF] = "address-of",
	[WHY_CAPTURED] = "captured by a closure",
	[WHY_REFERENCE] = "reference",
	[WHY_CONVERTED] = "interface-converted",
	[WHY_STRUCT_ELEM] = "struct literal element",
	[WHY_ARRAY_ELEM] = "array literal element",
	[WHY_SLICE_ELEM] = "slice-literal-element",
	[WHY_CALL_PARAM] = "call parameter",
	[WHY_SEND] = "send",
	[WHY_MAP_KEY] = "key of map put",
	[WHY_RANGE] = "range",
	[WHY_RANGE_DEREF] = "range-deref",
	[WHY_TOO_LARGE] = "too large for stack",
	[WHY_NONCONST] = "non-constant size",
};

const char *esc_why_text(enum esc_why w)
{
	return w > WHY_NONE && w < WHY_COUNT ? why_text[w] : NULL;
}
