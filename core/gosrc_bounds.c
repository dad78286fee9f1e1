/* gosrc_bounds.c: gc's "index bounds check elided" (walk's bounded()):
 * the indexes gc proves in range from their types alone.
 */

#include "gosrc_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* --- gc's "index bounds check elided" (its walk's bounded()) --- */

/* Whether type t is an integer type: signed or not, its size in bits on
 * a 64-bit target. */
static bool ty_int_kind(const struct ty *t, int *sign, int *bits)
{
	static const struct { const char *name; int sign, bits; } ints[] = {
		{"int", 1, 64}, {"int8", 1, 8}, {"int16", 1, 16}, {"int32", 1, 32},
		{"int64", 1, 64}, {"rune", 1, 32}, {"uint", 0, 64}, {"uint8", 0, 8},
		{"byte", 0, 8}, {"uint16", 0, 16}, {"uint32", 0, 32},
		{"uint64", 0, 64}, {"uintptr", 0, 64},
	};
	const gnode *u = gs_underlying(t->t);

	if (t->ptr || !u || u->kind != GN_NAME || !u->text || gosrc_resolve(u))
		return false;
	for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
		if (strcmp(u->text, ints[i].name) == 0) {
			*sign = ints[i].sign;
			*bits = ints[i].bits;
			return true;
		}
	return false;
}

/* The integer type of e (see ty_int_kind); false when the file cannot
 * tell or e is no integer. */
static bool int_kind(const gnode *e, int *sign, int *bits, int depth)
{
	struct ty t;

	e = gs_unparen(e);
	if (!e || depth > MAX_EVAL_DEPTH)
		return false;
	if (gs_type_of(e, &t, 0))
		return ty_int_kind(&t, sign, bits);
	switch (e->kind) {
	case GN_BASICLIT:
		/* an untyped constant's default type */
		if (!e->text || !((e->text[0] >= '0' && e->text[0] <= '9') ||
				  e->text[0] == '\''))
			return false;
		if (e->text[0] != '\'' &&
		    (strpbrk(e->text, ".i") ||
		     strpbrk(e->text, (e->text[0] == '0' && (e->text[1] == 'x' ||
							     e->text[1] == 'X'))
					      ? "pP" : "eE")))
			return false;	/* a float or a complex */
		*sign = 1;
		*bits = e->text[0] == '\'' ? 32 : 64;
		return true;
	case GN_NAME: {
		/* a constant, or a variable declared without a type: the
		   type of what gives it its value */
		const gnode *d = gosrc_resolve(e), *v = NULL;
		long long iota;
		int i;
		if (!d)
			return false;
		if (d->kind == GN_CONSTSPEC) {
			const gnode *spec = d;
			v = gs_const_value_expr(d, e->text, &iota);
			/* the type of the spec the value comes from */
			while (spec && spec->nlist2 == 0 && spec->parent &&
			       spec->parent->kind == GN_DECLSTMT) {
				int k = gs_index_in(spec->parent->list, spec->parent->nlist, spec);
				spec = k > 0 ? spec->parent->list[k - 1] : NULL;
			}
			if (spec && spec->x) {
				struct ty ct = {spec->x, 0};
				return gs_norm_ty(&ct) && ty_int_kind(&ct, sign, bits);
			}
		} else if ((d->kind == GN_ASSIGN && d->op == GN_TOK_DEFINE) ||
			   (d->kind == GN_VARSPEC && !d->x)) {
			i = gs_name_index(d, e->text);
			v = i >= 0 && d->nlist2 == d->nlist ? d->list2[i] : NULL;
		} else if (d->kind == GN_RANGE && d->op == GN_TOK_DEFINE && d->nlist &&
			   gs_name_is(d->list[0], e->text)) {
			/* for i := range x: an int for arrays, slices and
			   strings */
			struct ty rt;
			const gnode *u = gs_type_of(d->x, &rt, 0) && rt.ptr <= 1
						 ? gs_underlying(rt.t) : NULL;
			if ((u && (u->kind == GN_ARRAYTYPE || (u->kind == GN_SLICETYPE &&
							       !rt.ptr))) ||
			    gs_is_string_expr(d->x, 0)) {
				*sign = 1;
				*bits = 64;
				return true;
			}
		}
		return v && v != e && int_kind(v, sign, bits, depth + 1);
	}
	case GN_INDEX:
		/* s[i] of a string: a byte */
		if (e->nlist == 1 && gs_is_string_expr(e->x, 0)) {
			*sign = 0;
			*bits = 8;
			return true;
		}
		return false;
	case GN_BINARY:
		switch (e->op) {
		case '+': case '-': case '*': case '/': case '%': case '&': case '|':
		case '^': case GN_TOK_ANDNOT:
			/* the type of the operand that is not an untyped
			   constant (a typed one is typed: either will do) */
			if (!gs_is_const(e->x, 0) && int_kind(e->x, sign, bits, depth + 1))
				return true;
			return int_kind(e->y, sign, bits, depth + 1);
		case GN_TOK_SHL: case GN_TOK_SHR:
			return int_kind(e->x, sign, bits, depth + 1);
		}
		return false;
	case GN_UNARY:
		return (e->op == '+' || e->op == '-' || e->op == '^') &&
		       int_kind(e->x, sign, bits, depth + 1);
	case GN_CALL: {
		const gnode *f = gs_unparen(e->x);
		if (f && f->kind == GN_NAME && f->text && !gosrc_resolve(f) &&
		    (strcmp(f->text, "len") == 0 || strcmp(f->text, "cap") == 0)) {
			*sign = 1;
			*bits = 64;
			return true;
		}
		return false;
	}
	default:
		return false;
	}
}

/* A constant that fits in 32 bits (gc's IsSmallIntConst). */
static bool small_const(const gnode *e, long long *v)
{
	return gs_is_const(e, 0) && gs_eval_int(e, -1, v, 0) &&
	       *v >= INT32_MIN && *v <= INT32_MAX;
}

/* Is integer expression n in [0, max) whatever its operands' values? */
static bool bounded(const gnode *n, long long max)
{
	int sign, bits;
	long long v;

	n = gs_unparen(n);
	if (!int_kind(n, &sign, &bits, 0))
		return false;
	if (small_const(n, &v))
		return 0 <= v && v < max;
	if (n->kind == GN_BINARY) {
		switch (n->op) {
		case '&':
		case GN_TOK_ANDNOT:
			v = -1;
			if (small_const(n->x, &v)) {
				;
			} else if (small_const(n->y, &v)) {
				if (n->op == GN_TOK_ANDNOT) {
					v = ~v;
					if (!sign && bits < 64)
						v &= (1LL << bits) - 1;
				}
			} else {
				v = -1;
			}
			if (0 <= v && v < max)
				return true;
			break;
		case '%':
			if (!sign && small_const(n->y, &v) && 0 <= v && v <= max)
				return true;
			break;
		case '/':
			if (!sign && small_const(n->y, &v))
				for (; bits > 0 && v >= 2; v >>= 1)
					bits--;
			break;
		case GN_TOK_SHR:
			if (!sign && small_const(n->y, &v)) {
				if (v > bits)
					return true;
				bits -= (int)v;
			}
			break;
		}
	}
	return !sign && bits <= 62 && (1LL << bits) <= max;
}

/* The length of what x indexes when gc checks its index against a
 * length known at compile time: an array (or a pointer to one), a
 * constant string. */
static bool indexed_len(const gnode *x, long long *len)
{
	struct ty t;

	x = gs_unparen(x);
	if (gs_is_const(x, 0)) {
		const gnode *lit = x;
		long long iota;
		if (x->kind == GN_NAME) {
			const gnode *d = gosrc_resolve(x);
			lit = d && d->kind == GN_CONSTSPEC
				      ? gs_unparen(gs_const_value_expr(d, x->text, &iota)) : NULL;
		}
		size_t n;
		char *v = lit && lit->kind == GN_BASICLIT && lit->text &&
				  (lit->text[0] == '"' || lit->text[0] == '`')
			  ? gs_string_value(lit->text, &n) : NULL;
		if (!v)
			return false;
		free(v);
		*len = (long long)n;
		return true;
	}
	if (!gs_type_of(x, &t, 0) || t.ptr > 1)
		return false;
	const gnode *u = gs_underlying(t.t);
	return u && u->kind == GN_ARRAYTYPE && u->x && gs_eval_int(u->x, -1, len, 0) &&
	       *len >= 0;
}

/* (skip: n is an element append adds, which gc's walk reaches with no
 * word about it) */
static void bounded_in(const gnode *n, gpos *out, int max, int *count, int depth,
		       bool skip)
{
	long long len;

	if (!n || depth > 10000 || n->kind == GN_FUNCLIT)
		return;
	if (!skip && n->kind == GN_INDEX && n->nlist == 1 && !gs_is_const(n->list[0], 0) &&
	    indexed_len(n->x, &len) && bounded(n->list[0], len)) {
		if (*count < max)
			out[*count] = n->pos;
		(*count)++;
	}
	int dead = gs_dead_branch(n);
	const gnode *f = n->kind == GN_CALL ? gs_unparen(n->x) : NULL;
	bool append = f && f->kind == GN_NAME && f->text && strcmp(f->text, "append") == 0 &&
		      !gosrc_resolve(f);
	const gnode *kids[3] = {n->x, n->y, dead == 0 ? NULL : n->z};
	for (int i = 0; i < 3; i++)
		bounded_in(kids[i], out, max, count, depth + 1, false);
	for (int i = 0; i < n->nlist; i++)
		if (!(dead == 1 && n->kind == GN_IF))
			bounded_in(n->list[i], out, max, count, depth + 1, append && i > 0);
	for (int i = 0; i < n->nlist2; i++)
		bounded_in(n->list2[i], out, max, count, depth + 1, false);
}

int gosrc_bounded_indexes(const gnode *fn, gpos *out, int max)
{
	int count = 0;

	if (fn && (fn->kind == GN_FUNCDECL || fn->kind == GN_FUNCLIT))
		bounded_in(fn->y, out, max, &count, 0, false);
	return count;
}
