/* exprnotes.c: the "from" lines gc's -m=2 prints for the expression a
 * value goes through inside a statement.
 *
 * gc walks each expression from the outside in, and every node it passes
 * on the way down to a variable adds a note to the flow, with the
 * dereference the node stands for:
 *   x.f      "dot";  p.f with p a pointer: "dot of pointer" (+1)
 *   a[i]     "fixed-array-index-of" for an array, "dot of pointer" (+1)
 *            for a slice or a string
 *   *p       "indirection" (+1);   &x  "address-of" (-1)
 *   s[i:j]   "slice"; of an array, also "address-of" (-1) at the array,
 *            which the slice expression takes the address of
 *   v.(T)    "dot" (+1 when T is neither an interface nor pointer-shaped)
 *   x.M()    of a pointer method, x addressable: "address-of" (-1) at the
 *            method's '.', printed x
 *   parentheses and conversions that do not copy: nothing
 * A map index, a call, an operator or a literal ends the way: the value
 * the statement moves then comes from elsewhere.  The notes print
 * innermost first, before the note of what holds the expression: the
 * assignment, the return, the call, the conversion, the literal.
 *
 * The IR keeps no such expression, so the way is found again in the
 * source, from the node the outer note prints down to the variable the
 * edge comes from, and it is kept only when its dereferences add up to
 * the edge's (for a call's argument, the edge's less those the callee's
 * own leak adds: the caller's share, see esc_call_note_shift).  Where the file cannot tell a pointer from a struct or a
 * slice from an array (another package's type), that sum decides; when it
 * cannot, no note is printed rather than a guess.
 */
#include "exprnotes.h"
#include "notes.h"
#include "srcnodes.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* What a node on the way may be. */
enum step_kind {
	S_NONE,		/* parentheses, a conversion: no note */
	S_DOT,		/* 0, "dot" */
	S_DOT_PTR,	/* +1, "dot of pointer" */
	S_DOT_ANY,	/* one of the two */
	S_INDEX_ARRAY,	/* 0, "fixed-array-index-of" */
	S_INDEX_SLICE,	/* +1, "dot of pointer" */
	S_INDEX_ANY,
	S_DEREF_ARRAY,	/* +1: p[i], p a pointer to an array, an implicit
			   "indirection" and "fixed-array-index-of" */
	S_STAR,		/* +1, "indirection" */
	S_ADDR,		/* -1, "address-of" */
	S_SLICE,	/* 0, "slice" */
	S_SLICE_ARRAY,	/* -1, "slice" and an implicit "address-of" */
	S_SLICE_ANY,
	S_ASSERT,	/* 0, "dot" */
	S_ASSERT_DEREF,	/* +1, "dot" */
	S_ASSERT_ANY,
	S_RECV,		/* 0: a method call's receiver, as it is */
	S_RECV_ADDR,	/* -1: its address, taken implicitly: "address-of"
			   at the method's '.' */
	S_RECV_ANY,
};

enum { MAX_DEPTH = 64 };

enum { MAX_EMBED = 6 };

typedef struct step {
	const gnode *n;
	enum step_kind kind;
	/* a promoted field's hop n->x.path[0]...path[npath-1] (gc selects
	   through each embedded field): npath > 0 */
	const char *path[MAX_EMBED];
	int npath;
} step;

/* The two readings of an undecided step: the kind it is with and
 * without a dereference less. */
static void readings(enum step_kind k, enum step_kind *lo, enum step_kind *hi)
{
	switch (k) {
	case S_DOT_ANY: *lo = S_DOT; *hi = S_DOT_PTR; return;
	case S_INDEX_ANY: *lo = S_INDEX_ARRAY; *hi = S_INDEX_SLICE; return;
	case S_SLICE_ANY: *lo = S_SLICE_ARRAY; *hi = S_SLICE; return;
	case S_ASSERT_ANY: *lo = S_ASSERT; *hi = S_ASSERT_DEREF; return;
	case S_RECV_ANY: *lo = S_RECV_ADDR; *hi = S_RECV; return;
	default: *lo = *hi = k; return;
	}
}

static int step_derefs(enum step_kind k)
{
	switch (k) {
	case S_DOT_PTR: case S_INDEX_SLICE: case S_STAR: case S_ASSERT_DEREF:
	case S_DEREF_ARRAY:
		return 1;
	case S_ADDR: case S_SLICE_ARRAY: case S_RECV_ADDR:
		return -1;
	default:
		return 0;
	}
}

/* Is call n a conversion that passes its operand on unchanged: to a
 * pointer type written (*T), to unsafe.Pointer, or to a type the file
 * defines as a pointer, struct, map, chan, func or array type (not to
 * an interface, a string or a slice, which box or copy)? */
static int passing_conversion(const gnode *n)
{
	const gnode *f = gosrc_unparen(n->x);
	char path[64];

	if (n->nlist != 1 || (n->flags & GNF_DDD) || !f)
		return 0;
	if (f->kind == GN_STAR)
		return 1;
	if (f->kind == GN_SELECTOR && f->text && strcmp(f->text, "Pointer") == 0 &&
	    gosrc_selector_import(f, path, sizeof path) && strcmp(path, "unsafe") == 0)
		return 1;
	if (f->kind != GN_NAME)
		return 0;
	const gnode *d = gosrc_resolve(f);
	if (!d || d->kind != GN_TYPESPEC || !d->x || d->nlist)
		return 0;
	const gnode *t = d->x;
	if (t->kind == GN_STAR || t->kind == GN_STRUCTTYPE || t->kind == GN_MAPTYPE ||
	    t->kind == GN_CHANTYPE || t->kind == GN_FUNCTYPE || t->kind == GN_ARRAYTYPE)
		return 1;
	return 0;
}

/* What asserting to type t does: a copy out of the box (+1) unless t is
 * an interface or pointer-shaped. */
static enum step_kind assert_kind(const gnode *t)
{
	t = gosrc_unparen(t);
	if (!t)
		return S_ASSERT_ANY;
	switch (t->kind) {
	case GN_STAR: case GN_MAPTYPE: case GN_CHANTYPE: case GN_FUNCTYPE:
	case GN_IFACETYPE:
		return S_ASSERT;
	case GN_SLICETYPE: case GN_ARRAYTYPE: case GN_STRUCTTYPE:
		return S_ASSERT_DEREF;
	default:
		return S_ASSERT_ANY;
	}
}

static enum step_kind by_class(const gnode *x, enum step_kind ptr, enum step_kind val,
			       enum step_kind any)
{
	switch (gosrc_type_class(x)) {
	case GOSRC_TY_POINTER: return ptr;
	case GOSRC_TY_UNKNOWN: return any;
	default: return val;
	}
}

/* The way from n down to the variable `name`, into way[0..]; its length,
 * or -1 if n does not lead there. */
static int find_way(const gnode *n, const char *name, step *way, int depth)
{
	char path[64];

	if (!n || depth >= MAX_DEPTH)
		return -1;
	step *s = &way[depth];
	s->n = n;
	s->kind = S_NONE;
	s->npath = 0;
	switch (n->kind) {
	case GN_NAME:
		return n->text && strcmp(n->text, name) == 0 ? depth : -1;
	case GN_PAREN:
		break;
	case GN_SELECTOR: {
		if (gosrc_selector_import(n, path, sizeof path))
			return -1;
		int kind = gosrc_selector_kind(n);
		if (kind == GOSRC_SEL_METHOD)
			return -1;
		if (kind != GOSRC_SEL_PROMOTED) {
			s->kind = by_class(n->x, S_DOT_PTR, S_DOT, S_DOT_ANY);
			break;
		}
		/* x.f is x.E1.E2.f: a step for each embedded field */
		const char *names[MAX_EMBED];
		unsigned ptrs;
		int np = gosrc_selector_path(n, names, MAX_EMBED, &ptrs);
		if (np <= 0 || depth + np + 1 >= MAX_DEPTH)
			return -1;
		s->kind = ptrs >> (np - 1) & 1 ? S_DOT_PTR : S_DOT;
		for (int j = np - 1; j >= 0; j--) {
			s = &way[++depth];
			s->n = n;
			s->npath = j + 1;
			memcpy(s->path, names, sizeof names[0] * (size_t)(j + 1));
			s->kind = j ? (ptrs >> (j - 1) & 1 ? S_DOT_PTR : S_DOT)
				    : by_class(n->x, S_DOT_PTR, S_DOT, S_DOT_ANY);
		}
		break;
	}
	case GN_INDEX:
		if (n->nlist != 1)
			return -1;
		switch (gosrc_type_class(n->x)) {
		case GOSRC_TY_ARRAY: s->kind = S_INDEX_ARRAY; break;
		case GOSRC_TY_SLICE: case GOSRC_TY_STRING: s->kind = S_INDEX_SLICE; break;
		case GOSRC_TY_UNKNOWN: case GOSRC_TY_OTHER: s->kind = S_INDEX_ANY; break;
		case GOSRC_TY_POINTER: s->kind = S_DEREF_ARRAY; break;
		default: return -1;	/* a map's value comes from the map */
		}
		break;
	case GN_SLICE:
		switch (gosrc_type_class(n->x)) {
		case GOSRC_TY_ARRAY: s->kind = S_SLICE_ARRAY; break;
		case GOSRC_TY_UNKNOWN: case GOSRC_TY_OTHER: s->kind = S_SLICE_ANY; break;
		default: s->kind = S_SLICE; break;
		}
		break;
	case GN_STAR:
		s->kind = S_STAR;
		break;
	case GN_UNARY:
		if (n->op != '&')
			return -1;
		s->kind = S_ADDR;
		break;
	case GN_ASSERT:
		if (!n->y)
			return -1;
		s->kind = assert_kind(n->y);
		break;
	case GN_CALL:
		if (!passing_conversion(n))
			return -1;
		return find_way(n->list[0], name, way, depth + 1);
	default:
		return -1;
	}
	return find_way(n->x, name, way, depth + 1);
}

/* Decide the undecided steps of way[0..len) so that the dereferences add
 * up to derefs; 0 when no reading or several do. */
static int settle(step *way, int len, int derefs)
{
	int known = 0, nany = 0, any[8];

	for (int i = 0; i < len; i++) {
		enum step_kind lo, hi;
		readings(way[i].kind, &lo, &hi);
		if (lo == hi)
			known += step_derefs(lo);
		else if (nany < 8)
			any[nany++] = i;
		else
			return 0;
	}
	int found = -1;
	for (int mask = 0; mask < (1 << nany); mask++) {
		int sum = known;
		for (int j = 0; j < nany; j++) {
			enum step_kind lo, hi;
			readings(way[any[j]].kind, &lo, &hi);
			sum += step_derefs(mask >> j & 1 ? hi : lo);
		}
		if (sum == derefs) {
			if (found >= 0)
				return 0;
			found = mask;
		}
	}
	if (found < 0)
		return 0;
	for (int j = 0; j < nany; j++) {
		enum step_kind lo, hi;
		readings(way[any[j]].kind, &lo, &hi);
		way[any[j]].kind = found >> j & 1 ? hi : lo;
	}
	return 1;
}

static int add_step(esc_xnote *out, int k, const step *s, const char *why)
{
	if (k >= ESC_MAX_XNOTES)
		return k;
	if (s->npath) {
		strbuf b = {0};
		char *x = gosrc_print_alloc(s->n->x);
		sb_add(&b, x);
		free(x);
		for (int j = 0; j < s->npath; j++)
			sb_addf(&b, ".%s", s->path[j]);
		out[k].text = b.s;
	} else {
		out[k].text = gosrc_print_alloc(s->n);
	}
	out[k].why = why;
	out[k].pos = s->n->pos;
	return k + 1;
}

static int add(esc_xnote *out, int k, const gnode *n, gpos pos, const char *why)
{
	if (k >= ESC_MAX_XNOTES)
		return k;
	out[k].text = gosrc_print_alloc(n);
	out[k].why = why;
	out[k].pos = pos;
	return k + 1;
}

/* The last name in n, in source order, that is no constant. */
static const gnode *last_variable(const gnode *n, int depth)
{
	if (!n || depth > MAX_DEPTH)
		return NULL;
	if (n->kind == GN_NAME) {
		const gnode *d = gosrc_resolve(n);
		if (d ? d->kind == GN_CONSTSPEC
		      : (strcmp(n->text, "true") == 0 || strcmp(n->text, "false") == 0 ||
			 strcmp(n->text, "nil") == 0 || strcmp(n->text, "iota") == 0))
			return NULL;
		return n;
	}
	if (n->kind == GN_SELECTOR && n->x && n->x->kind == GN_NAME) {
		char path[64];
		if (gosrc_selector_import(n, path, sizeof path))
			return NULL;	/* pkg.Name: a constant, say */
	}
	const gnode *best = NULL;
	for (int i = 0, k = gosrc_nchildren(n); i < k; i++) {
		const gnode *c = last_variable(gosrc_child(n, i), depth + 1);
		if (c && (!best || gpos_cmp(c->start, best->start) > 0))
			best = c;
	}
	return best;
}

/* Where gc places the address a slice expression of an array takes. */
static gpos slice_addr_pos(const gnode *slice)
{
	const gnode *v = NULL;

	for (int i = slice->nlist - 1; i >= 0 && !v; i--)
		v = last_variable(slice->list[i], 0);
	return v ? v->start : slice->x->start;
}

/* gc's reason for a step of the way; NULL when it notes nothing itself. */
static const char *step_why(enum step_kind k)
{
	switch (k) {
	case S_DOT: case S_ASSERT: case S_ASSERT_DEREF: return "dot";
	case S_DOT_PTR: case S_INDEX_SLICE: return "dot of pointer";
	case S_INDEX_ARRAY: case S_DEREF_ARRAY: return "fixed-array-index-of";
	case S_STAR: return "indirection";
	case S_ADDR: return "address-of";
	case S_SLICE: case S_SLICE_ARRAY: return "slice";
	default: return NULL;
	}
}

/* The notes of way[0..len), innermost first: an implicit operation of a
 * step before the step's own. */
static int way_notes(const step *way, int len, esc_xnote *out)
{
	int k = 0;

	for (int i = len - 1; i >= 0; i--) {
		const step *s = &way[i];
		const gnode *n = s->n;
		if (s->kind == S_SLICE_ARRAY)
			/* the slice takes the array's address, which gc
			   places at the last variable its indexes read, else
			   where the array's expression starts */
			k = add(out, k, n->x, slice_addr_pos(n), "address-of");
		else if (s->kind == S_DEREF_ARRAY)
			/* p[i] of a pointer to an array is (*p)[i] */
			k = add(out, k, n->x, n->x->start, "indirection");
		else if (s->kind == S_RECV_ADDR)
			/* x.M() taking &x, at the method's '.' */
			k = add(out, k, n->x, n->pos, "address-of");
		const char *why = step_why(s->kind);
		if (why)
			k = add_step(out, k, s, why);
	}
	return k;
}

static int names(const gnode *n, const char *name)
{
	n = gosrc_unparen(n);
	return n && n->kind == GN_NAME && n->text && name && strcmp(n->text, name) == 0;
}

/* The expressions of `holder` the value may come from: the right-hand
 * side of the assignment to dst when the statement says which, the
 * elements of a literal when `elems`. */
static int roots(const gnode *h, const char *dst, int elems, const gnode **r,
		 int max)
{
	int n = 0;

	if (elems) {
		for (int i = 0; h->kind == GN_COMPOSITE && i < h->nlist && n < max; i++)
			r[n++] = h->list[i] && h->list[i]->kind == GN_KEYVALUE
					 ? h->list[i]->y : h->list[i];
		return n;
	}
	switch (h->kind) {
	case GN_ASSIGN:
		if (h->op != GN_TOK_ASSIGN && h->op != GN_TOK_DEFINE)
			return 0;
		/* fall through */
	case GN_VARSPEC:
		if (h->nlist == h->nlist2)
			for (int i = 0; i < h->nlist; i++)
				if (names(h->list[i], dst))
					return r[0] = h->list2[i], 1;
		for (int i = 0; i < h->nlist2 && n < max; i++)
			r[n++] = h->list2[i];
		return n;
	case GN_RETURN:
		for (int i = 0; i < h->nlist && n < max; i++)
			r[n++] = h->list[i];
		return n;
	case GN_CALL:
		for (int i = 0; i < h->nlist && n < max; i++)
			r[n++] = h->list[i];
		if (h->x && h->x->kind == GN_SELECTOR && h->x->x && n < max)
			r[n++] = h->x->x;	/* a method's receiver */
		return n;
	case GN_SEND:
		r[0] = h->y;
		return 1;
	case GN_EXPRSTMT: case GN_INCDEC: case GN_GO: case GN_DEFER:
	case GN_RANGE:
		return 0;
	default:
		r[0] = h;	/* an operand, an element */
		return 1;
	}
}

int esc_expr_notes_in(const gnode *root, const char *src, int derefs,
		      esc_xnote *out)
{
	step way[MAX_DEPTH];
	int len = root && src ? find_way(root, src, way, 0) : -1;

	return len > 0 && settle(way, len, derefs) ? way_notes(way, len, out) : 0;
}

int esc_expr_notes(esc_graph *g, const esc_note *outer, const char *dst,
		   const char *src, int derefs, esc_xnote *out)
{
	const gnode *h = esc_note_node(g, outer);
	const gnode *r[64];
	step way[MAX_DEPTH];

	if (!h || !src)
		return 0;
	int elems = (outer->where == NOTE_ELEM && outer->stmt < 0) ||
		    (outer->where == NOTE_SITE && h->kind == GN_COMPOSITE);
	int nr = roots(h, dst, elems, r, 64);
	int found = -1;
	for (int i = 0; i < nr; i++) {
		step w[MAX_DEPTH];
		int len;
		if (h->kind == GN_CALL && h->x && h->x->kind == GN_SELECTOR &&
		    r[i] == h->x->x) {
			/* a method's receiver, whose address the call may take */
			w[0].n = h->x;
			w[0].kind = S_RECV_ANY;
			w[0].npath = 0;
			len = find_way(r[i], src, w, 1);
		} else {
			len = find_way(r[i], src, w, 0);
		}
		/* the variable itself, as it is, is a way too (with no
		   notes) */
		if (len < 0 || (len == 0 && derefs != 0) ||
		    (len > 0 && !settle(w, len, derefs)))
			continue;
		if (found >= 0)
			return 0;	/* two ways: which one is not known */
		found = len;
		memcpy(way, w, sizeof w[0] * (size_t)len);
	}
	return found > 0 ? way_notes(way, found, out) : 0;
}
