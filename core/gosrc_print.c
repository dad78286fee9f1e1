/* gosrc_print.c: gc 1.19's %v of a node, applied to syntax (ir/fmt.go,
 * types/fmt.go, and syntax/printer.go for constant expressions).
 *
 * Printing (gc's ir/fmt.go and types/fmt.go, applied to syntax)
 * --------------------------------------------------------------
 * Expressions print as gc's %v of the IR node they become: parentheses
 * dropped and put back by ir.OpPrec; unary "- (-x)" for the same operator
 * twice; OPTRLIT, closures and the calls of recover, real, imag, complex
 * and make(map|chan) have precedence 0 and get parenthesized as operands
 * ("(func literal)()", "(recover()) == nil"); string concatenation
 * prints all operands at one precedence; composite literals as
 * "T{...}" / "T{}" with T printed as a type ("[3]int" for [...]int, the
 * elided type of an inner literal taken from the outer one, "&T{...}"
 * for an elided *T); "func literal"; conversions "T(x)" for a named type,
 * "([]byte)(s)" otherwise; new(T), make(T, args); method calls on a type
 * declared in the file as "T.M(x, args)" / "(*T).M(x, args)" with
 * promoted fields and methods spelled out ("o.Inner.v"); calls of known
 * variadic functions with their arguments packed ("f(a, ... argument...)",
 * "f(a, nil...)"); an imported package by its name.  Constant
 * expressions print as gc keeps them, their source text (syntax.String):
 * "10 * 10", "0x1F", "'a'", "N + 1", "(N + 1) * 2".  Types: "interface {}",
 * "interface { M(); main.m() }" (methods sorted, exported first,
 * unexported qualified by the package), "struct { a int \"tag\"; T }",
 * "func(int, ...string) (int, error)", "chan (<-chan int)", "map[K]V",
 * "G[int,string]", aliases declared in the file resolved, array lengths
 * folded.  Statements: "x := v", "a, b = c, d", "x += y", "x += 1" for
 * x++ (gc 1.19 builds it so), "c <- v", "return a, b" ("return " when
 * bare), "go f(x)", "defer f(x)", "if c { s1; s2 } else { ... }" (the
 * init printed unless it declares or has a temporary; a constant
 * condition drops the dead branch), "for loop", "switch statement",
 * "select statement", "<node SELRECV2>" for a select receive, "L: ",
 * "var x T; x = v" for a var declaration in a block, "x = v" for a var
 * spec, "<node DCLCONST>", "<node DCLTYPE>".
 *
 * Facts about gc 1.19's messages (checked with
 * "go tool compile -p=main -m -l", "-m=2" and "-m=3" on the fixtures in
 * testsuite/unit/data/gosrc_*.go and on the files of Go's test directory)
 * -----------------------------------------------------------------
 *  - Sites are named and placed as above: "new(int)" and "make(...)" at
 *    '(', "[]byte{...}" / "map[int]int{...}" at '{', "&T{...}" at '&'
 *    (an elided "&T{...}" at its '{', where gc also reports the inner
 *    "T{...}"), "func literal" at "func", "t.M" at '.', "s + \"x\"" at
 *    '+', "([]byte)(s)" / "string(b)" at '(', "... argument" at the
 *    call's '(', "moved to heap: x" at the declaring name, parameters at
 *    their names; -m=2 "from" lines: "y := &T{} (assign)" at ":=",
 *    "sink = y" at '=', "return &a" at "return", "c <- new(int) (send)"
 *    at "<-", a var spec's "z = &T{...}" at its first name (every name
 *    of "var q, r = a, b" at the first name).
 *  - Implicit conversions (interface boxing) are not at the converted
 *    expression: in "lhs = v" at the last left-hand side (so
 *    "sink = n" reports "n escapes to heap" at "sink"); in
 *    "var x I = v" at v; a call argument at the position of the nearest
 *    preceding argument that is not a plain name, or at the call's '('
 *    when there is none (g(n, n+1, m): n at '(', n + 1 and m at '+');
 *    the argument of panic at the call's '('; a value in a keyed
 *    composite literal at its ':'; "return a, b": observed at the
 *    position of a later result.  The text printed is the converted
 *    expression ("n", "n + 1").
 *  - Variadic calls: verdicts print "f(... argument...)", "f(a, nil...)"
 *    for no extra argument; -m=3 statement lines and some -m=2 "from"
 *    lines print the call as written (GOSRC_PRINT_UNPACKED).
 *  - gc names closures outer.func1, outer.func1.1 (nested),
 *    glob..func1 (package level), methods T.M / (*T).M.
 */

#include "gosrc_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pr_stmts(out *o, gnode **l, int n, bool *first);

static void pr_syntax_list(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			gs_puts(o, ", ");
		gs_pr_syntax(o, l[i]);
	}
}

static void pr_syntax_fields(out *o, gnode **l, int n, const char *sep)
{
	for (int i = 0; i < n; i++) {
		if (i)
			gs_puts(o, sep);
		if (l[i]->text) {
			gs_puts(o, l[i]->text);
			if (l[i]->x)
				gs_puts(o, " ");
		}
		if (l[i]->x)
			gs_pr_syntax(o, l[i]->x);
	}
}

/* syntax.String: the source form of an expression (gc prints constant
 * expressions this way). */
void gs_pr_syntax(out *o, const gnode *n)
{
	if (!n)
		return;
	if (!gs_enter_pr(o))
		return;
	switch (n->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		gs_puts(o, n->text ? n->text : "_");
		break;
	case GN_PAREN:
		gs_puts(o, "(");
		gs_pr_syntax(o, n->x);
		gs_puts(o, ")");
		break;
	case GN_SELECTOR:
		gs_pr_syntax(o, n->x);
		gs_puts(o, ".");
		gs_puts(o, n->text);
		break;
	case GN_INDEX:
		gs_pr_syntax(o, n->x);
		gs_puts(o, "[");
		pr_syntax_list(o, n->list, n->nlist);
		gs_puts(o, "]");
		break;
	case GN_SLICE:
		gs_pr_syntax(o, n->x);
		gs_puts(o, "[");
		gs_pr_syntax(o, n->list[0]);
		gs_puts(o, ":");
		gs_pr_syntax(o, n->list[1]);
		if (n->list[2]) {
			gs_puts(o, ":");
			gs_pr_syntax(o, n->list[2]);
		}
		gs_puts(o, "]");
		break;
	case GN_ASSERT:
		gs_pr_syntax(o, n->x);
		gs_puts(o, ".(");
		if (n->y)
			gs_pr_syntax(o, n->y);
		else
			gs_puts(o, "type");
		gs_puts(o, ")");
		break;
	case GN_CALL:
		gs_pr_syntax(o, n->x);
		gs_puts(o, "(");
		pr_syntax_list(o, n->list, n->nlist);
		if (n->flags & GNF_DDD)
			gs_puts(o, "...");
		gs_puts(o, ")");
		break;
	case GN_UNARY:
		gs_puts(o, gs_opstr(n->op));
		gs_pr_syntax(o, n->x);
		break;
	case GN_STAR:
		gs_puts(o, "*");
		gs_pr_syntax(o, n->x);
		break;
	case GN_BINARY:
		gs_pr_syntax(o, n->x);
		gs_puts(o, " ");
		gs_puts(o, gs_opstr(n->op));
		gs_puts(o, " ");
		gs_pr_syntax(o, n->y);
		break;
	case GN_KEYVALUE:
		gs_pr_syntax(o, n->x);
		gs_puts(o, ": ");
		gs_pr_syntax(o, n->y);
		break;
	case GN_COMPOSITE:
		gs_pr_syntax(o, n->x);
		gs_puts(o, n->nlist ? "{\xE2\x80\xA6}" : "{}");
		break;
	case GN_FUNCLIT:
		gs_pr_syntax(o, n->x);
		gs_puts(o, n->y && n->y->nlist ? " {\xE2\x80\xA6}" : " {}");
		break;
	case GN_ARRAYTYPE:
		gs_puts(o, "[");
		if (n->x)
			gs_pr_syntax(o, n->x);
		else
			gs_puts(o, "...");
		gs_puts(o, "]");
		gs_pr_syntax(o, n->y);
		break;
	case GN_SLICETYPE:
		gs_puts(o, "[]");
		gs_pr_syntax(o, n->y);
		break;
	case GN_ELLIPSIS:
		gs_puts(o, "...");
		gs_pr_syntax(o, n->y);
		break;
	case GN_MAPTYPE:
		gs_puts(o, "map[");
		gs_pr_syntax(o, n->x);
		gs_puts(o, "]");
		gs_pr_syntax(o, n->y);
		break;
	case GN_CHANTYPE:
		gs_puts(o, n->op == GN_CHAN_RECV ? "<-chan " :
			 n->op == GN_CHAN_SEND ? "chan<- " : "chan ");
		gs_pr_syntax(o, n->y);
		break;
	case GN_FUNCTYPE:
		gs_puts(o, "func(");
		pr_syntax_fields(o, n->list, n->nlist, ", ");
		gs_puts(o, ")");
		if (n->nlist2 == 1 && !n->list2[0]->text) {
			gs_puts(o, " ");
			gs_pr_syntax(o, n->list2[0]->x);
		} else if (n->nlist2) {
			gs_puts(o, " (");
			pr_syntax_fields(o, n->list2, n->nlist2, ", ");
			gs_puts(o, ")");
		}
		break;
	case GN_STRUCTTYPE:
		gs_puts(o, "struct{");
		pr_syntax_fields(o, n->list, n->nlist, "; ");
		gs_puts(o, "}");
		break;
	case GN_IFACETYPE:
		gs_puts(o, "interface{");
		pr_syntax_fields(o, n->list, n->nlist, "; ");
		gs_puts(o, "}");
		break;
	case GN_BAD:
		gs_puts(o, "<bad expr>");
		o->damaged = true;
		break;
	default:
		gs_pr_stmt(o, n);
		break;
	}
	o->depth--;
}

static void pr_sig(out *o, const gnode *ft)
{
	gs_puts(o, "(");
	for (int i = 0; i < ft->nlist; i++) {
		if (i)
			gs_puts(o, ", ");
		gs_pr_type(o, ft->list[i]->x);
	}
	gs_puts(o, ")");
	if (ft->nlist2 == 1) {
		gs_puts(o, " ");
		gs_pr_type(o, ft->list2[0]->x);
	} else if (ft->nlist2 > 1) {
		gs_puts(o, " (");
		for (int i = 0; i < ft->nlist2; i++) {
			if (i)
				gs_puts(o, ", ");
			gs_pr_type(o, ft->list2[i]->x);
		}
		gs_puts(o, ")");
	}
}

static void pr_struct(out *o, const gnode *t)
{
	gs_puts(o, "struct {");
	for (int i = 0; i < t->nlist; i++) {
		const gnode *f = t->list[i];

		if (i)
			gs_puts(o, ";");
		gs_puts(o, " ");
		if (f->text) {
			gs_puts(o, f->text);
			gs_puts(o, " ");
		}
		gs_pr_type(o, f->x);
		if (f->y && f->y->text) {
			size_t len;
			char *v = gs_string_value(f->y->text, &len);

			if (v) {
				gs_puts(o, " ");
				gs_pr_quoted(o, v, len);
				free(v);
			}
		}
	}
	if (t->nlist)
		gs_puts(o, " ");
	gs_puts(o, "}");
}

static void pr_iface(out *o, const gnode *t)
{
	struct mset s = { 0 };
	const gnode *f = gs_file_of(t);

	gs_collect_methods(&s, t, 0);
	if (!s.n) {
		gs_puts(o, "interface {}");
		return;
	}
	qsort(s.m, s.n, sizeof(struct method), gs_method_cmp);
	gs_puts(o, "interface {");
	for (int i = 0; i < s.n; i++) {
		if (i)
			gs_puts(o, ";");
		gs_puts(o, " ");
		if (!gs_exported(s.m[i].name) && f && f->text) {
			gs_puts(o, f->text);
			gs_puts(o, ".");
		}
		gs_puts(o, s.m[i].name);
		if (s.m[i].ft)
			pr_sig(o, s.m[i].ft);
		else
			gs_puts(o, "() string");
	}
	gs_puts(o, " }");
	free(s.m);
}

/* The printed length of an array type [N]T; [...]T counts the elements
 * of its composite literal lit. */
static void pr_array_len(out *o, const gnode *t, const gnode *lit)
{
	long long v;
	char b[32];

	if (t->x) {
		if (gs_eval_int(t->x, -1, &v, 0)) {
			snprintf(b, sizeof(b), "%lld", v);
			gs_puts(o, b);
		} else {
			gs_pr_syntax(o, t->x);
		}
		return;
	}
	if (!lit) {
		gs_puts(o, "...");
		return;
	}
	long long idx = 0, max = 0;

	for (int i = 0; i < lit->nlist; i++) {
		const gnode *e = lit->list[i];

		if (e->kind == GN_KEYVALUE) {
			if (!gs_eval_int(e->x, -1, &idx, 0)) {
				gs_puts(o, "...");
				return;
			}
		}
		idx++;
		if (idx > max)
			max = idx;
	}
	snprintf(b, sizeof(b), "%lld", max);
	gs_puts(o, b);
}

static void pr_type_lit(out *o, const gnode *t, const gnode *lit)
{
	char buf[256];

	t = gs_unparen(t);
	if (!t) {
		gs_puts(o, "<T>");
		return;
	}
	if (!gs_enter_pr(o))
		return;
	switch (t->kind) {
	case GN_NAME: {
		const gnode *d = gs_typespec_of(t);

		if (d && (d->flags & GNF_ALIAS) && d->x && o->depth < 64)
			pr_type_lit(o, d->x, lit);
		else
			gs_puts(o, t->text);
		break;
	}
	case GN_SELECTOR:
		if (gs_import_of(t->x, buf, sizeof(buf))) {
			const gnode *imp = gosrc_resolve(gs_unparen(t->x));
			/* two imported packages of that name: gc writes
			   the path, quoted */
			if (gs_ambiguous_import(buf) && imp->y &&
			    imp->y->text && imp->y->text[0] == '"')
				gs_puts(o, imp->y->text);
			else
				gs_puts(o, buf);
			gs_puts(o, ".");
			gs_puts(o, t->text);
		} else {
			gs_pr_syntax(o, t);
		}
		break;
	case GN_INDEX:
		gs_pr_type(o, t->x);
		gs_puts(o, "[");
		for (int i = 0; i < t->nlist; i++) {
			if (i)
				gs_puts(o, ",");
			gs_pr_type(o, t->list[i]);
		}
		gs_puts(o, "]");
		break;
	case GN_STAR:
		gs_puts(o, "*");
		gs_pr_type(o, t->x);
		break;
	case GN_ARRAYTYPE:
		gs_puts(o, "[");
		pr_array_len(o, t, lit);
		gs_puts(o, "]");
		gs_pr_type(o, t->y);
		break;
	case GN_SLICETYPE:
		gs_puts(o, "[]");
		gs_pr_type(o, t->y);
		break;
	case GN_ELLIPSIS:
		gs_puts(o, "...");
		gs_pr_type(o, t->y);
		break;
	case GN_MAPTYPE:
		gs_puts(o, "map[");
		gs_pr_type(o, t->x);
		gs_puts(o, "]");
		gs_pr_type(o, t->y);
		break;
	case GN_CHANTYPE: {
		const gnode *e = gs_dealias(t->y);

		if (t->op == GN_CHAN_RECV) {
			gs_puts(o, "<-chan ");
		} else if (t->op == GN_CHAN_SEND) {
			gs_puts(o, "chan<- ");
		} else {
			gs_puts(o, "chan ");
			if (e && e->kind == GN_CHANTYPE &&
			    e->op == GN_CHAN_RECV) {
				gs_puts(o, "(");
				gs_pr_type(o, t->y);
				gs_puts(o, ")");
				break;
			}
		}
		gs_pr_type(o, t->y);
		break;
	}
	case GN_FUNCTYPE:
		gs_puts(o, "func");
		pr_sig(o, t);
		break;
	case GN_STRUCTTYPE:
		pr_struct(o, t);
		break;
	case GN_IFACETYPE:
		pr_iface(o, t);
		break;
	case GN_UNARY:
		gs_puts(o, gs_opstr(t->op));
		gs_pr_type(o, t->x);
		break;
	case GN_BINARY:
		gs_pr_type(o, t->x);
		gs_puts(o, gs_opstr(t->op));
		gs_pr_type(o, t->y);
		break;
	default:
		gs_pr_syntax(o, t);
		break;
	}
	o->depth--;
}

void gs_pr_type(out *o, const gnode *t)
{
	pr_type_lit(o, t, NULL);
}

static void pr_complit(out *o, const gnode *n, bool amp)
{
	bool ptr;
	const gnode *t = gs_complit_type(n, &ptr, 0);

	if (!t) {
		gs_puts(o, amp ? "&composite literal" : "composite literal");
		return;
	}
	if (amp || (ptr && !(o->flags & GOSRC_PRINT_NO_IMPLICIT_ADDR)))
		gs_puts(o, "&");
	pr_type_lit(o, t, n);
	gs_puts(o, n->nlist ? "{...}" : "{}");
}

static void pr_args(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			gs_puts(o, ", ");
		gs_pr_expr(o, l[i], 0);
	}
}

/* Arguments; a variadic call's extra arguments packed as gc packs them
 * before escape analysis ("... argument", or nil when there are none).
 * first: print a ", " before the first argument. */
static void pr_call_args(out *o, const gnode *n, bool first)
{
	int fixed = (o->flags & GOSRC_PRINT_UNPACKED) ? -1 :
		    gs_variadic_fixed(n);

	for (int i = 0; i < n->nlist && (fixed < 0 || i < fixed); i++) {
		if (i || first)
			gs_puts(o, ", ");
		gs_pr_expr(o, n->list[i], 0);
	}
	if (fixed >= 0) {
		if (fixed || first)
			gs_puts(o, ", ");
		gs_puts(o, n->nlist > fixed ? "... argument" : "nil");
	}
	if ((n->flags & GNF_DDD) || fixed >= 0)
		gs_puts(o, "...");
}

/* x.f through embedded fields: gc prints the implicit selectors. */
static bool pr_promoted(out *o, const gnode *n)
{
	struct ty t;
	struct member m;

	if (!gs_type_of(n->x, &t, 0) || !gs_lookup_member(&t, n->text, &m) ||
	    !m.npath)
		return false;
	gs_pr_expr(o, n->x, 8);
	gs_pr_path(o, &m);
	gs_puts(o, ".");
	gs_puts(o, n->text);
	return true;
}

/* gc 1.19 turns x.M(args) on a concrete type into T.M(x, args) (or
 * (*T).M(x, args)) before escape analysis. */
static bool pr_method_call(out *o, const gnode *n)
{
	const gnode *sel = gs_unparen(n->x), *r;
	struct ty t;
	struct member m;
	char buf[256];

	if (!sel || sel->kind != GN_SELECTOR || gs_import_of(sel->x, buf,
							     sizeof(buf)))
		return false;
	if (!gs_type_of(sel->x, &t, 0) ||
	    !gs_lookup_member(&t, sel->text, &m)) {
		/* a method of another package's type, as the compiler saw
		   it called */
		const char *method = gs_method_called(sel);
		if (!method)
			return false;
		gs_puts(o, method);
		gs_puts(o, "(");
		gs_pr_expr(o, sel->x, 0);
		pr_call_args(o, n, true);
		gs_puts(o, ")");
		return true;
	}
	if (m.iface || !m.method) {
		if (!m.npath)
			return false;
		gs_pr_expr(o, sel->x, 8);
		gs_pr_path(o, &m);
		gs_puts(o, ".");
		gs_puts(o, sel->text);
		gs_puts(o, "(");
		pr_call_args(o, n, false);
		gs_puts(o, ")");
		return true;
	}
	r = gs_unparen(m.method->list[0]->x);
	if (r->kind == GN_STAR) {
		gs_puts(o, "(*");
		gs_puts(o, gs_unparen(r->x)->text);
		gs_puts(o, ")");
	} else {
		gs_puts(o, r->text);
	}
	gs_puts(o, ".");
	gs_puts(o, sel->text);
	gs_puts(o, "(");
	if (m.npath) {
		gs_pr_expr(o, sel->x, 8);
		gs_pr_path(o, &m);
	} else {
		gs_pr_expr(o, sel->x, 0);
	}
	pr_call_args(o, n, true);
	gs_puts(o, ")");
	return true;
}

static void pr_call(out *o, const gnode *n)
{
	const gnode *f = gs_unparen(n->x);

	if (f && gs_predeclared(f, gs_is_builtin_func)) {
		if (strcmp(f->text, "new") == 0 && n->nlist == 1) {
			gs_puts(o, "new(");
			gs_pr_type(o, n->list[0]);
			gs_puts(o, ")");
			return;
		}
		if (strcmp(f->text, "make") == 0 && n->nlist >= 1) {
			gs_puts(o, "make(");
			gs_pr_type(o, n->list[0]);
			for (int i = 1; i < n->nlist; i++) {
				gs_puts(o, ", ");
				gs_pr_expr(o, n->list[i], 0);
			}
			gs_puts(o, ")");
			return;
		}
		gs_puts(o, f->text);
		gs_puts(o, "(");
		pr_args(o, n->list, n->nlist);
		if (n->flags & GNF_DDD)
			gs_puts(o, "...");
		gs_puts(o, ")");
		return;
	}
	if (f && gs_is_type_expr(f) && n->nlist == 1 && !(n->flags & GNF_DDD)) {
		if (gs_is_named_type(f)) {
			gs_pr_type(o, f);
		} else {
			gs_puts(o, "(");
			gs_pr_type(o, f);
			gs_puts(o, ")");
		}
		gs_puts(o, "(");
		gs_pr_expr(o, n->list[0], 0);
		gs_puts(o, ")");
		return;
	}
	if (pr_method_call(o, n))
		return;
	gs_pr_expr(o, n->x, 8);
	gs_puts(o, "(");
	pr_call_args(o, n, false);
	gs_puts(o, ")");
}

/* x op y.  The parser makes a chain a + b + c ... left-deep, as long as
 * the source has it, and gc prints every term: the left operands that are
 * binary expressions printed without parentheses are walked in a loop, not
 * down the printer's recursion (and its depth limit). */
static void pr_binary(out *o, const gnode *n)
{
	VEC(const gnode *) chain = {0};

	for (const gnode *c = n;;) {
		VEC_PUSH(chain, c);
		const gnode *l = gs_unparen(c->x);
		if (!l || l->kind != GN_BINARY || gs_is_const(l, 0) ||
		    gs_expr_prec(l) < gs_expr_prec(c))
			break;
		c = l;
	}
	const gnode *first = chain.a[chain.n - 1];
	gs_pr_expr(o, first->x, gs_expr_prec(first));
	for (int i = chain.n - 1; i >= 0; i--) {
		const gnode *c = chain.a[i];
		int np = gs_expr_prec(c);

		if (c->op == '+' && gs_is_string_expr(c, 0)) {
			/* OADDSTR: every operand at the same precedence */
			gs_puts(o, " + ");
			gs_pr_expr(o, c->y, np);
			continue;
		}
		gs_puts(o, " ");
		gs_puts(o, gs_opstr(c->op));
		gs_puts(o, " ");
		gs_pr_expr(o, c->y, np + 1);
	}
	VEC_FREE(chain);
}

void gs_pr_expr(out *o, const gnode *n, int prec)
{
	char buf[256];
	int np;

	n = gs_unparen(n);
	if (!n) {
		gs_puts(o, "<nil>");
		return;
	}
	if (!gs_enter_pr(o))
		return;
	if (n->kind != GN_KEYVALUE && gs_is_const(n, 0)) {
		if (prec > gs_const_prec(n)) {
			gs_puts(o, "(");
			gs_pr_syntax(o, n);
			gs_puts(o, ")");
		} else {
			gs_pr_syntax(o, n);
		}
		goto done;
	}
	np = gs_expr_prec(n);
	if (prec > np) {
		gs_puts(o, "(");
		gs_pr_expr(o, n, 0);
		gs_puts(o, ")");
		goto done;
	}
	switch (n->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		gs_puts(o, n->text);
		break;
	case GN_COMPOSITE:
		pr_complit(o, n, false);
		break;
	case GN_FUNCLIT:
		gs_puts(o, "func literal");
		break;
	case GN_SELECTOR:
		if (gs_import_of(n->x, buf, sizeof(buf)))
			gs_puts(o, buf);
		else if (pr_promoted(o, n))
			break;
		else
			gs_pr_expr(o, n->x, 8);
		gs_puts(o, ".");
		gs_puts(o, n->text);
		break;
	case GN_INDEX:
		gs_pr_expr(o, n->x, 8);
		gs_puts(o, "[");
		for (int i = 0; i < n->nlist; i++) {
			if (i)
				gs_puts(o, ", ");
			gs_pr_expr(o, n->list[i], 0);
		}
		gs_puts(o, "]");
		break;
	case GN_SLICE:
		gs_pr_expr(o, n->x, 8);
		gs_puts(o, "[");
		if (n->list[0])
			gs_pr_expr(o, n->list[0], 0);
		gs_puts(o, ":");
		if (n->list[1])
			gs_pr_expr(o, n->list[1], 0);
		if (n->flags & GNF_SLICE3) {
			gs_puts(o, ":");
			if (n->list[2])
				gs_pr_expr(o, n->list[2], 0);
		}
		gs_puts(o, "]");
		break;
	case GN_ASSERT:
		gs_pr_expr(o, n->x, 8);
		gs_puts(o, ".(");
		if (n->y)
			gs_pr_type(o, n->y);
		else
			gs_puts(o, "type");
		gs_puts(o, ")");
		break;
	case GN_CALL:
		pr_call(o, n);
		break;
	case GN_UNARY: {
		const gnode *x = gs_unparen(n->x);

		if (n->op == '&' && x && x->kind == GN_COMPOSITE) {
			pr_complit(o, x, true);
			break;
		}
		gs_puts(o, gs_opstr(n->op));
		if (x && x->kind == GN_UNARY && x->op == n->op &&
		    !gs_is_const(x, 0))
			gs_puts(o, " ");
		gs_pr_expr(o, n->x, 8);
		break;
	}
	case GN_STAR:
		gs_puts(o, "*");
		gs_pr_expr(o, n->x, 8);
		break;
	case GN_BINARY:
		pr_binary(o, n);
		break;
	case GN_KEYVALUE:
		gs_pr_expr(o, n->x, 0);
		gs_puts(o, ":");
		gs_pr_expr(o, n->y, 0);
		break;
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
	case GN_MAPTYPE:
	case GN_CHANTYPE:
	case GN_FUNCTYPE:
	case GN_STRUCTTYPE:
	case GN_IFACETYPE:
	case GN_ELLIPSIS:
		gs_pr_type(o, n);
		break;
	case GN_BAD:
		gs_puts(o, "<bad expr>");
		o->damaged = true;
		break;
	default:
		gs_pr_stmt(o, n);
		break;
	}
done:
	o->depth--;
}

/* ---- statements ---- */

void gs_pr_list(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			gs_puts(o, ", ");
		gs_pr_expr(o, l[i], 0);
	}
}

/* The type gc gives an untyped initializer, when syntax tells it. */
static void pr_inferred_type(out *o, const gnode *v)
{
	const gnode *f;
	bool ptr;

	v = gs_unparen(v);
	if (!v) {
		gs_puts(o, "?");
		return;
	}
	switch (v->kind) {
	case GN_BASICLIT:
		if (v->text[0] == '"' || v->text[0] == '`')
			gs_puts(o, "string");
		else if (v->text[0] == '\'')
			gs_puts(o, "rune");
		else if (v->text[strlen(v->text) - 1] == 'i')
			gs_puts(o, "complex128");
		else if (strpbrk(v->text, ".eEpP") &&
			 !(v->text[0] == '0' && (v->text[1] == 'x' ||
						 v->text[1] == 'X') &&
			   !strpbrk(v->text, ".pP")))
			gs_puts(o, "float64");
		else
			gs_puts(o, "int");
		return;
	case GN_NAME:
		if ((strcmp(v->text, "true") == 0 ||
		     strcmp(v->text, "false") == 0) && !gosrc_resolve(v)) {
			gs_puts(o, "bool");
			return;
		}
		break;
	case GN_COMPOSITE: {
		const gnode *t = gs_complit_type(v, &ptr, 0);

		if (t) {
			if (ptr)
				gs_puts(o, "*");
			pr_type_lit(o, t, v);
			return;
		}
		break;
	}
	case GN_UNARY:
		if (v->op == '&' && gs_unparen(v->x)->kind == GN_COMPOSITE) {
			gs_puts(o, "*");
			pr_inferred_type(o, v->x);
			return;
		}
		break;
	case GN_FUNCLIT:
		gs_pr_type(o, v->x);
		return;
	case GN_CALL:
		f = gs_unparen(v->x);
		if (f && gs_predeclared(f, gs_is_builtin_func) &&
		    v->nlist >= 1) {
			if (strcmp(f->text, "new") == 0) {
				gs_puts(o, "*");
				gs_pr_type(o, v->list[0]);
				return;
			}
			if (strcmp(f->text, "make") == 0) {
				gs_pr_type(o, v->list[0]);
				return;
			}
		}
		if (f && gs_is_type_expr(f) && v->nlist == 1) {
			gs_pr_type(o, f);
			return;
		}
		break;
	default:
		break;
	}
	gs_puts(o, "?");
}

/* var a, b T = x, y as gc's statements: "var a T; a = x; ..." */
static void pr_varspec_items(out *o, const gnode *s, bool *first)
{
	for (int i = 0; i < s->nlist; i++) {
		gs_sep(o, first);
		gs_puts(o, "var ");
		gs_puts(o, s->list[i]->text);
		gs_puts(o, " ");
		if (s->x)
			gs_pr_type(o, s->x);
		else if (s->nlist2 == s->nlist)
			pr_inferred_type(o, s->list2[i]);
		else
			gs_puts(o, "?");
		if (s->nlist2 == s->nlist || s->nlist2 == 0) {
			gs_sep(o, first);
			gs_puts(o, s->list[i]->text);
			gs_puts(o, " = ");
			if (s->nlist2)
				gs_pr_expr(o, s->list2[i], 0);
			else
				gs_puts(o, "<nil>");
		}
	}
	if (s->nlist2 && s->nlist2 != s->nlist) {
		gs_sep(o, first);
		gs_pr_list(o, s->list, s->nlist);
		gs_puts(o, " = ");
		gs_pr_list(o, s->list2, s->nlist2);
	}
}

static void pr_stmt_item(out *o, const gnode *s, bool *first)
{
	switch (s->kind) {
	case GN_EMPTY:
		return;
	case GN_BLOCK:
		pr_stmts(o, s->list, s->nlist, first);
		return;
	case GN_LABELED:
		gs_sep(o, first);
		gs_puts(o, s->text);
		gs_puts(o, ": ");
		if (s->x)
			pr_stmt_item(o, s->x, first);
		return;
	case GN_DECLSTMT:
		for (int i = 0; i < s->nlist; i++) {
			const gnode *sp = s->list[i];

			if (sp->kind == GN_VARSPEC) {
				pr_varspec_items(o, sp, first);
			} else if (sp->kind == GN_CONSTSPEC) {
				for (int k = 0; k < sp->nlist; k++) {
					gs_sep(o, first);
					gs_puts(o, "<node DCLCONST>");
				}
			} else if (sp->kind == GN_TYPESPEC) {
				gs_sep(o, first);
				gs_puts(o, "<node DCLTYPE>");
			}
		}
		return;
	default:
		gs_sep(o, first);
		gs_pr_stmt(o, s);
	}
}

static void pr_stmts(out *o, gnode **l, int n, bool *first)
{
	if (!gs_enter_pr(o))
		return;
	for (int i = 0; i < n; i++)
		pr_stmt_item(o, l[i], first);
	o->depth--;
}

static void pr_body(out *o, const gnode *b)
{
	bool first = true;

	if (b && b->kind == GN_BLOCK)
		pr_stmts(o, b->list, b->nlist, &first);
}

void gs_pr_stmt(out *o, const gnode *n)
{
	bool first = true;

	if (!gs_enter_pr(o))
		return;
	switch (n->kind) {
	case GN_EXPRSTMT:
		if (gs_is_select_comm(n) &&
		    gs_unparen(n->x)->kind == GN_UNARY &&
		    gs_unparen(n->x)->op == GN_TOK_ARROW) {
			gs_puts(o, "<node SELRECV2>");
			break;
		}
		gs_pr_expr(o, n->x, 0);
		break;
	case GN_ASSIGN:
		if (gs_is_select_comm(n)) {
			gs_puts(o, "<node SELRECV2>");
			break;
		}
		if (n->op == GN_TOK_ASSIGN || n->op == GN_TOK_DEFINE) {
			gs_pr_list(o, n->list, n->nlist);
			gs_puts(o, n->op == GN_TOK_DEFINE ? " := " : " = ");
			gs_pr_list(o, n->list2, n->nlist2);
		} else {
			gs_pr_list(o, n->list, n->nlist);
			gs_puts(o, " ");
			gs_puts(o, gs_opstr(gs_asop_binary(n->op)));
			gs_puts(o, "= ");
			gs_pr_list(o, n->list2, n->nlist2);
		}
		break;
	case GN_INCDEC:
		/* gc 1.19 builds x++ as x += 1 */
		gs_pr_expr(o, n->x, 0);
		gs_puts(o, n->op == GN_TOK_INC ? " += 1" : " -= 1");
		break;
	case GN_SEND:
		gs_pr_expr(o, n->x, 3);
		gs_puts(o, " <- ");
		gs_pr_expr(o, n->y, 4);
		break;
	case GN_RETURN:
		gs_puts(o, "return ");
		gs_pr_list(o, n->list, n->nlist);
		break;
	case GN_GO:
	case GN_DEFER:
		gs_puts(o, n->kind == GN_GO ? "go " : "defer ");
		gs_pr_expr(o, n->x, 0);
		break;
	case GN_IF: {
		int dead = gs_dead_branch(n);

		gs_puts(o, "if ");
		if (n->x && !gs_has_init(n->x)) {
			gs_pr_stmt(o, n->x);
			gs_puts(o, "; ");
		}
		gs_pr_expr(o, n->y, 0);
		gs_puts(o, " { ");
		if (dead != 0)
			pr_body(o, n->z);
		gs_puts(o, " }");
		if (n->nlist && dead != 1) {
			gs_puts(o, " else { ");
			if (n->list[0]->kind == GN_IF)
				gs_pr_stmt(o, n->list[0]);
			else
				pr_body(o, n->list[0]);
			gs_puts(o, " }");
		}
		break;
	}
	case GN_FOR:
	case GN_RANGE:
		gs_puts(o, "for loop");
		break;
	case GN_SWITCH:
	case GN_TYPESWITCH:
		gs_puts(o, "switch statement");
		break;
	case GN_SELECT:
		gs_puts(o, "select statement");
		break;
	case GN_CASE:
		if (n->flags & GNF_DEFAULT) {
			gs_puts(o, "default");
		} else {
			gs_puts(o, "case ");
			if (n->x)
				gs_pr_stmt(o, n->x);
			else
				gs_pr_list(o, n->list, n->nlist);
		}
		gs_puts(o, ": ");
		pr_stmts(o, n->list2, n->nlist2, &first);
		break;
	case GN_LABELED:
		gs_puts(o, n->text);
		gs_puts(o, ": ");
		break;
	case GN_BRANCH:
		gs_puts(o, gs_branch_word(n->op));
		if (n->text) {
			gs_puts(o, " ");
			gs_puts(o, n->text);
		}
		break;
	case GN_BLOCK:
		pr_stmts(o, n->list, n->nlist, &first);
		break;
	case GN_DECLSTMT:
		pr_stmt_item(o, n, &first);
		break;
	case GN_EMPTY:
		break;
	case GN_VARSPEC:
		if (n->nlist2 == 0) {
			for (int i = 0; i < n->nlist; i++) {
				gs_sep(o, &first);
				gs_puts(o, "var ");
				gs_puts(o, n->list[i]->text);
				gs_puts(o, " ");
				gs_pr_type(o, n->x);
			}
		} else if (n->nlist2 == n->nlist) {
			for (int i = 0; i < n->nlist; i++) {
				gs_sep(o, &first);
				gs_pr_expr(o, n->list[i], 0);
				gs_puts(o, " = ");
				gs_pr_expr(o, n->list2[i], 0);
			}
		} else {
			gs_pr_list(o, n->list, n->nlist);
			gs_puts(o, " = ");
			gs_pr_list(o, n->list2, n->nlist2);
		}
		break;
	case GN_CONSTSPEC:
		gs_puts(o, "<node DCLCONST>");
		break;
	case GN_TYPESPEC:
		gs_puts(o, "<node DCLTYPE>");
		break;
	default:
		gs_pr_expr(o, n, 0);
		break;
	}
	o->depth--;
}
