/* gosrc_parse.c: the parser (syntax/parser.go): expressions and types.
 *
 * The parser is recursive descent after cmd/compile/internal/syntax: the
 * same grammar, the same composite-literal-or-block rule (expression
 * nesting level, -1 in if/for/switch headers), the same guesses for type
 * parameters, and the same node positions.  Errors become GN_BAD nodes.
 * Statements and declarations are gosrc_stmt.c's; the body of a function
 * literal is parsed through parser.func_body (gs_func_body), so that this
 * file does not call that one.
 *
 * Each node has start/end (its text, end one past the last byte) and pos,
 * the syntax package's position, which is what gc prints: a call at its
 * '(', an index or slice at '[', a selector or type assertion at '.', a
 * composite literal at '{', a key:value at ':', a unary or binary
 * expression or an assignment (= := op= ++ --) or send at its operator,
 * return/go/defer/if/for/switch/select at the keyword, a range statement
 * at "range", a label at its ':', a function declaration at its name, a
 * parameter at its name.
 */

#include "gosrc_impl.h"

static gnode *unary_expr(parser *p);
static gnode *qualified_name(parser *p, gnode *name);
static gnode *embedded_elem(parser *p, gnode *type);
static gnode *complit(parser *p, gnode *type);

/* ------------------------------------------------------------------ */
/* Parser: expressions                                                 */
/* ------------------------------------------------------------------ */

gnode *gs_name_node(parser *p)
{
	gnode *n = gs_mk(p, GN_NAME, p->tok.pos);

	if (p->tok.t == T_NAME) {
		n->text = gs_tok_text(p);
		gs_next(p);
	} else {
		gs_syntax_error(p);
		n->kind = GN_BAD;
		n->text = "_";
	}
	return gs_fin(p, n);
}

gnode *gs_lit_node(parser *p)
{
	gnode *n = gs_mk(p, GN_BASICLIT, p->tok.pos);

	n->text = gs_tok_text(p);
	gs_next(p);
	return gs_fin(p, n);
}

/* Pushes a comma-separated expression list; returns its length. */
static int expr_list(parser *p)
{
	int n = 0;

	do {
		gs_push(p, gs_expr(p));
		n++;
	} while (gs_got(p, T_COMMA));
	return n;
}

gnode **gs_expr_list_take(parser *p, int *count)
{
	int base = p->sp;

	expr_list(p);
	return gs_take(p, base, count);
}

/* "x[" already consumed: an index list of expressions or types. */
static int type_list(parser *p, bool *comma)
{
	int n = 1;

	*comma = false;
	p->xnest++;
	gs_push(p, gs_expr(p));
	if (gs_got(p, T_COMMA)) {
		*comma = true;
		while (p->tok.t != T_RBRACK && p->tok.t != T_EOF) {
			gnode *t = gs_type_or_nil(p);

			if (!t)
				break;
			gs_push(p, t);
			n++;
			if (!gs_got(p, T_COMMA))
				break;
		}
	}
	p->xnest--;
	return n;
}

static gnode *func_lit_or_type(parser *p)
{
	gpos pos = p->tok.pos;
	int saved = p->ldepth;
	gnode *ft = gs_mk(p, GN_FUNCTYPE, pos);

	gs_next(p);
	gs_signature(p, ft, NULL, NULL);
	gs_fin(p, ft);
	if (p->tok.t != T_LBRACE)
		return ft;

	gnode *f = gs_mk(p, GN_FUNCLIT, pos);

	if (saved)
		gs_add_fixup(p, ft, -saved);
	f->x = ft;
	p->xnest++;
	p->ldepth = 0;
	f->y = p->func_body(p);
	p->ldepth = saved;
	p->xnest--;
	return gs_fin(p, f);
}

static gnode *operand(parser *p)
{
	switch (p->tok.t) {
	case T_NAME:
		return gs_name_node(p);
	case T_LIT:
		return gs_lit_node(p);
	case T_LPAREN: {
		gnode *n = gs_mk(p, GN_PAREN, p->tok.pos);

		gs_next(p);
		p->xnest++;
		n->x = gs_expr(p);
		p->xnest--;
		gs_want(p, T_RPAREN);
		return gs_fin(p, n);
	}
	case T_FUNC:
		return func_lit_or_type(p);
	case T_LBRACK:
	case T_CHAN:
	case T_MAP:
	case T_STRUCT:
	case T_INTERFACE:
		return gs_type(p);
	}
	gs_syntax_error(p);
	return gs_bad(p);
}

static bool is_value(const gnode *x)
{
	switch (x->kind) {
	case GN_BASICLIT:
	case GN_COMPOSITE:
	case GN_FUNCLIT:
	case GN_SLICE:
	case GN_ASSERT:
	case GN_CALL:
	case GN_UNARY:
	case GN_BINARY:
		return true;
	case GN_PAREN:
		return is_value(x->x);
	case GN_INDEX:
		return is_value(x->x) || (x->nlist == 1 && is_value(x->list[0]));
	default:
		return false;
	}
}

static gnode *bare_complitexpr(parser *p)
{
	if (p->tok.t == T_LBRACE)
		return complit(p, NULL);
	return gs_expr(p);
}

static gnode *complit(parser *p, gnode *type)
{
	gnode *n = gs_mk(p, GN_COMPOSITE, p->tok.pos);
	int base = p->sp;

	if (!gs_enter(p)) {
		gs_leave(p);
		return gs_bad(p);
	}
	if (type)
		n->start = type->start;
	n->x = type;
	p->xnest++;
	gs_want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		gnode *e = bare_complitexpr(p);

		if (p->tok.t == T_COLON) {
			gnode *kv = gs_mk(p, GN_KEYVALUE, p->tok.pos);

			kv->start = e->start;
			gs_next(p);
			kv->x = e;
			kv->y = bare_complitexpr(p);
			e = gs_fin(p, kv);
		}
		gs_push(p, e);
		if (!gs_got(p, T_COMMA)) {
			if (p->tok.t != T_RBRACE) {
				gs_syntax_error(p);
				gs_skip_to(p, TM(T_RBRACE));
			}
			break;
		}
	}
	p->xnest--;
	n->list = gs_take(p, base, &n->nlist);
	gs_want(p, T_RBRACE);
	gs_leave(p);
	return gs_fin(p, n);
}

gnode *gs_pexpr(parser *p, gnode *x)
{
	if (!x)
		x = operand(p);
	for (;;) {
		gpos pos = p->tok.pos;
		gnode *t;

		switch (p->tok.t) {
		case T_DOT:
			gs_next(p);
			if (p->tok.t == T_NAME) {
				t = gs_mk(p, GN_SELECTOR, pos);
				t->start = x->start;
				t->x = x;
				t->text = gs_tok_text(p);
				gs_next(p);
				x = gs_fin(p, t);
			} else if (gs_got(p, T_LPAREN)) {
				t = gs_mk(p, GN_ASSERT, pos);
				t->start = x->start;
				t->x = x;
				if (!gs_got(p, T_TYPE))
					t->y = gs_type(p);
				gs_want(p, T_RPAREN);
				x = gs_fin(p, t);
			} else {
				gs_syntax_error(p);
				t = gs_mk(p, GN_BAD, pos);
				t->start = x->start;
				t->x = x;
				return gs_fin(p, t);
			}
			break;

		case T_LBRACK: {
			int base = p->sp;
			bool comma = false;
			gnode *i = NULL;

			gs_next(p);
			if (p->tok.t == T_RBRACK) {
				gs_syntax_error(p);
				gs_next(p);
				t = gs_mk(p, GN_INDEX, pos);
				t->start = x->start;
				t->x = x;
				x = gs_fin(p, t);
				break;
			}
			if (p->tok.t != T_COLON) {
				type_list(p, &comma);
				if (comma || p->tok.t == T_RBRACK) {
					gs_want(p, T_RBRACK);
					t = gs_mk(p, GN_INDEX, pos);
					t->start = x->start;
					t->x = x;
					t->list = gs_take(p, base, &t->nlist);
					x = gs_fin(p, t);
					break;
				}
				i = p->stk[--p->sp];
			}
			t = gs_mk(p, GN_SLICE, pos);
			t->start = x->start;
			t->x = x;
			t->nlist = 3;
			t->list = gs_arena_alloc(p->mem, 3 * sizeof(gnode *));
			t->list[0] = i;
			if (!gs_got(p, T_COLON)) {
				gs_syntax_error(p);
				gs_skip_to(p, TM(T_COMMA) | TM(T_COLON) |
					   TM(T_RBRACK));
				gs_got(p, T_COLON);
			}
			p->xnest++;
			if (p->tok.t != T_COLON && p->tok.t != T_RBRACK)
				t->list[1] = gs_expr(p);
			if (p->tok.t == T_COLON) {
				t->flags |= GNF_SLICE3;
				gs_next(p);
				if (p->tok.t != T_RBRACK)
					t->list[2] = gs_expr(p);
				else
					gs_syntax_error(p);
			}
			p->xnest--;
			gs_want(p, T_RBRACK);
			x = gs_fin(p, t);
			break;
		}

		case T_LPAREN: {
			int base = p->sp;

			t = gs_mk(p, GN_CALL, pos);
			t->start = x->start;
			t->x = x;
			gs_next(p);
			p->xnest++;
			while (p->tok.t != T_RPAREN && p->tok.t != T_EOF) {
				gs_push(p, gs_expr(p));
				if (gs_got(p, T_DDD))
					t->flags |= GNF_DDD;
				if (!gs_got(p, T_COMMA)) {
					if (p->tok.t != T_RPAREN) {
						gs_syntax_error(p);
						gs_skip_to(p, TM(T_RPAREN) |
							   TM(T_SEMI) |
							   TM(T_RBRACE));
					}
					break;
				}
			}
			p->xnest--;
			t->list = gs_take(p, base, &t->nlist);
			gs_want(p, T_RPAREN);
			x = gs_fin(p, t);
			break;
		}

		case T_LBRACE: {
			gnode *u = gs_unparen(x);
			bool ok = false;

			switch (u->kind) {
			case GN_NAME:
			case GN_SELECTOR:
				ok = p->xnest >= 0;
				break;
			case GN_INDEX:
				ok = p->xnest >= 0 && !is_value(u);
				break;
			case GN_ARRAYTYPE:
			case GN_SLICETYPE:
			case GN_STRUCTTYPE:
			case GN_MAPTYPE:
				ok = true;
				break;
			default:
				break;
			}
			if (!ok)
				return x;
			if (u != x)
				gs_syntax_error(p);
			x = complit(p, x);
			break;
		}

		default:
			return x;
		}
	}
}

/* <-chan T parsed as <-(chan T): move the arrow into the channel type. */
static gnode *recv_chan(parser *p, gpos pos, gnode *x)
{
	int dir = GN_CHAN_SEND;
	gnode *t = x;

	while (dir == GN_CHAN_SEND) {
		if (!t || t->kind != GN_CHANTYPE)
			break;
		dir = t->op;
		if (dir == GN_CHAN_RECV)
			gs_syntax_error(p);
		t->op = GN_CHAN_RECV;
		t = t->y;
	}
	if (dir == GN_CHAN_SEND)
		gs_syntax_error(p);
	x->start = pos;
	x->pos = pos;
	return x;
}

static gnode *unary_expr(parser *p)
{
	gnode *x;

	if (!gs_enter(p)) {
		gs_leave(p);
		return gs_bad(p);
	}
	switch (p->tok.t) {
	case T_OP:
		switch (p->tok.op) {
		case '+':
		case '-':
		case '!':
		case '^':
		case '~':
		case '&':
			x = gs_mk(p, GN_UNARY, p->tok.pos);
			x->op = p->tok.op;
			gs_next(p);
			x->x = unary_expr(p);
			gs_leave(p);
			return gs_fin(p, x);
		}
		break;
	case T_STAR:
		x = gs_mk(p, GN_STAR, p->tok.pos);
		gs_next(p);
		x->x = unary_expr(p);
		gs_leave(p);
		return gs_fin(p, x);
	case T_ARROW: {
		gpos pos = p->tok.pos;
		gnode *y;

		gs_next(p);
		y = unary_expr(p);
		gs_leave(p);
		if (y->kind == GN_CHANTYPE)
			return recv_chan(p, pos, y);
		x = gs_mk(p, GN_UNARY, pos);
		x->op = GN_TOK_ARROW;
		x->x = y;
		return gs_fin(p, x);
	}
	}
	x = gs_pexpr(p, NULL);
	gs_leave(p);
	return x;
}

gnode *gs_binary_expr(parser *p, gnode *x, int prec)
{
	if (!x)
		x = unary_expr(p);
	while ((p->tok.t == T_OP || p->tok.t == T_STAR) && p->tok.prec > prec) {
		gnode *t = gs_mk(p, GN_BINARY, p->tok.pos);
		int tprec = p->tok.prec;

		t->op = p->tok.op;
		t->start = x->start;
		gs_next(p);
		t->x = x;
		t->y = gs_binary_expr(p, NULL, tprec);
		x = gs_fin(p, t);
	}
	return x;
}

gnode *gs_expr(parser *p)
{
	gnode *x;

	if (!gs_enter(p)) {
		gs_leave(p);
		return gs_bad(p);
	}
	x = gs_binary_expr(p, NULL, 0);
	gs_leave(p);
	return x;
}

/* ------------------------------------------------------------------ */
/* Parser: types                                                       */
/* ------------------------------------------------------------------ */

gnode *gs_type(parser *p)
{
	gnode *t = gs_type_or_nil(p);

	if (!t) {
		gs_syntax_error(p);
		t = gs_bad(p);
		gs_skip_to(p, TM(T_COMMA) | TM(T_COLON) | TM(T_SEMI) |
			   TM(T_RPAREN) | TM(T_RBRACK) | TM(T_RBRACE));
	}
	return t;
}

gnode *gs_array_type(parser *p, gpos pos, gnode *len)
{
	gnode *t = gs_mk(p, GN_ARRAYTYPE, pos);

	if (!len && !gs_got(p, T_DDD)) {
		p->xnest++;
		len = gs_expr(p);
		p->xnest--;
	}
	if (p->tok.t == T_COMMA) {
		gs_syntax_error(p);
		gs_next(p);
	}
	gs_want(p, T_RBRACK);
	t->x = len;
	t->y = gs_type(p);
	return gs_fin(p, t);
}

static gnode *chan_elem(parser *p)
{
	gnode *t = gs_type_or_nil(p);

	if (!t) {
		gs_syntax_error(p);
		t = gs_bad(p);
	}
	return t;
}

static gnode *type_instance(parser *p, gnode *x)
{
	gnode *t = gs_mk(p, GN_INDEX, p->tok.pos);
	int base = p->sp;
	bool comma;

	t->start = x->start;
	t->x = x;
	gs_next(p);
	if (p->tok.t == T_RBRACK)
		gs_syntax_error(p);
	else
		type_list(p, &comma);
	t->list = gs_take(p, base, &t->nlist);
	gs_want(p, T_RBRACK);
	return gs_fin(p, t);
}

static gnode *qualified_name(parser *p, gnode *name)
{
	gnode *x = name ? name : gs_name_node(p);

	if (p->tok.t == T_DOT) {
		gnode *t = gs_mk(p, GN_SELECTOR, p->tok.pos);

		t->start = x->start;
		t->x = x;
		gs_next(p);
		if (p->tok.t == T_NAME) {
			t->text = gs_tok_text(p);
			gs_next(p);
		} else {
			gs_syntax_error(p);
			t->text = "_";
		}
		x = gs_fin(p, t);
	}
	if (p->tok.t == T_LBRACK)
		x = type_instance(p, x);
	return x;
}

/* "name [": an array or slice type (of a field or parameter called name)
 * or the type arguments of an instantiated type name[...]. */
static gnode *array_or_targs(parser *p, gnode *name)
{
	gpos pos = p->tok.pos;
	int base = p->sp;
	bool comma;
	gnode *t, *elem = NULL;

	gs_next(p);
	if (gs_got(p, T_RBRACK)) {
		t = gs_mk(p, GN_SLICETYPE, pos);
		t->y = gs_type(p);
		return gs_fin(p, t);
	}
	type_list(p, &comma);
	gs_want(p, T_RBRACK);
	if (!comma)
		elem = gs_type_or_nil(p);
	if (elem) {
		t = gs_mk(p, GN_ARRAYTYPE, pos);
		t->x = p->stk[--p->sp];
		t->y = elem;
		p->sp = base;
		return gs_fin(p, t);
	}
	t = gs_mk(p, GN_INDEX, pos);
	t->start = name->start;
	t->x = name;
	t->list = gs_take(p, base, &t->nlist);
	return gs_fin(p, t);
}

/* A parameter entry before names and types are matched up. */
static void param_decl(parser *p, int close, gnode *given, gnode **pname,
		       gnode **ptype)
{
	bool ts = close == T_RBRACK;
	gnode *name = given, *type = NULL;

	*pname = *ptype = NULL;
	if (!given && ts && gs_is_op(p, '~')) {
		*ptype = embedded_elem(p, NULL);
		return;
	}
	if (given || p->tok.t == T_NAME) {
		if (!given)
			name = gs_name_node(p);
		if (p->tok.t == T_LBRACK) {
			gnode *t = array_or_targs(p, name);

			if (t->kind == GN_INDEX)
				name = NULL;
			type = t;
			if (ts && gs_is_op(p, '|'))
				type = embedded_elem(p, type);
			*pname = name;
			*ptype = type;
			return;
		}
		if (p->tok.t == T_DOT) {
			type = qualified_name(p, name);
			if (ts && gs_is_op(p, '|'))
				type = embedded_elem(p, type);
			*ptype = type;
			return;
		}
		if (ts && gs_is_op(p, '|')) {
			*ptype = embedded_elem(p, name);
			return;
		}
	}
	if (p->tok.t == T_DDD) {
		type = gs_mk(p, GN_ELLIPSIS, p->tok.pos);
		gs_next(p);
		type->y = gs_type_or_nil(p);
		if (!type->y) {
			gs_syntax_error(p);
			type->y = gs_bad(p);
		}
		gs_fin(p, type);
	} else if (ts && gs_is_op(p, '~')) {
		type = embedded_elem(p, NULL);
	} else {
		type = gs_type_or_nil(p);
		if (type && ts && gs_is_op(p, '|'))
			type = embedded_elem(p, type);
	}
	if (!name && !type) {
		gs_syntax_error(p);
		gs_skip_to(p, TM(T_COMMA) | TM(close) | TM(T_SEMI) |
			      TM(T_RBRACE));
	}
	*pname = name;
	*ptype = type;
}

static gnode *new_field(parser *p, gnode *name, gnode *type)
{
	gnode *f = gs_mk(p, GN_FIELD, name ? name->pos : type->pos);

	f->loop_depth = type ? type->loop_depth : name->loop_depth;
	if (name) {
		f->text = name->text;
		f->loop_depth = name->loop_depth;
	}
	f->start = name ? name->start : type->start;
	f->end = type ? type->end : name->end;
	f->x = type;
	if (type && type->kind == GN_ELLIPSIS)
		f->flags |= GNF_DDD;
	return f;
}

/* "(" or "[" already consumed; pushes GN_FIELDs, consumes `close`.
 * name0/type0: an entry already parsed (type params of a type decl).
 * Returns the number of fields. */
int gs_param_list(parser *p, int close, gnode *name0, gnode *type0)
{
	int base = p->sp, n, named = 0;

	if (name0 && type0) {
		gs_push(p, name0);
		gs_push(p, type0);
		named++;
		name0 = NULL;
		if (!gs_got(p, T_COMMA))
			goto end;
	}
	while (p->tok.t != close && p->tok.t != T_EOF) {
		gnode *name, *type;

		param_decl(p, close, name0, &name, &type);
		name0 = NULL;
		if (name || type) {
			gs_push(p, name);
			gs_push(p, type);
			if (name && type)
				named++;
		}
		if (!gs_got(p, T_COMMA)) {
			if (p->tok.t != close) {
				gs_syntax_error(p);
				gs_skip_to(p, TM(close) | TM(T_SEMI) | TM(T_RBRACE) |
					   TM(T_LBRACE));
			}
			break;
		}
	}
end:
	gs_want(p, close);

	n = (p->sp - base) / 2;
	gnode **e = p->stk + base;

	if (named == 0) {
		for (int i = 0; i < n; i++) {
			if (!e[2 * i + 1]) {
				e[2 * i + 1] = e[2 * i];
				e[2 * i] = NULL;
			}
		}
	} else {
		gnode *typ = NULL;

		for (int i = n - 1; i >= 0; i--) {
			if (e[2 * i + 1]) {
				typ = e[2 * i + 1];
				if (!e[2 * i])
					gs_syntax_error(p);
			} else if (typ) {
				e[2 * i + 1] = typ;
			} else {
				gs_syntax_error(p);
				e[2 * i + 1] = gs_mk(p, GN_BAD, e[2 * i]->end);
			}
		}
	}
	for (int i = 0; i < n; i++) {
		gnode *name = e[2 * i], *type = e[2 * i + 1];
		gnode *f = new_field(p, name, type);

		if (name && i + 1 < n && e[2 * i + 3] == type)
			f->end = name->end;	/* "a, b T": a ends at a */
		e[i] = f;
	}
	p->sp = base + n;
	return n;
}

static void func_result(parser *p, gnode *ft)
{
	int base = p->sp;

	if (gs_got(p, T_LPAREN)) {
		gs_param_list(p, T_RPAREN, NULL, NULL);
	} else {
		gnode *t = gs_type_or_nil(p);

		if (t)
			gs_push(p, new_field(p, NULL, t));
	}
	ft->list2 = gs_take(p, base, &ft->nlist2);
}

/* [type params] (params) results, into ft (a GN_FUNCTYPE). */
gnode *gs_signature(parser *p, gnode *ft, gnode ***tparams, int *ntp)
{
	int base = p->sp;

	if (gs_got(p, T_LBRACK)) {
		gs_param_list(p, T_RBRACK, NULL, NULL);
		if (tparams)
			*tparams = gs_take(p, base, ntp);
		else
			p->sp = base;	/* not allowed here: dropped */
	}
	gs_want(p, T_LPAREN);
	gs_param_list(p, T_RPAREN, NULL, NULL);
	ft->list = gs_take(p, base, &ft->nlist);
	func_result(p, ft);
	return ft;
}

static gnode *oliteral(parser *p)
{
	if (p->tok.t == T_LIT)
		return gs_lit_node(p);
	return NULL;
}

static void add_struct_field(parser *p, gnode *name, gnode *type, gnode *tag)
{
	gnode *f = new_field(p, name, type);

	f->y = tag;
	if (tag)
		f->end = tag->end;
	gs_push(p, f);
}

static void field_decl(parser *p)
{
	gpos pos = p->tok.pos;
	gnode *typ, *tag;

	switch (p->tok.t) {
	case T_NAME: {
		gnode *name = gs_name_node(p);
		int base = p->sp, n;

		if (p->tok.t == T_DOT || p->tok.t == T_LIT ||
		    p->tok.t == T_SEMI || p->tok.t == T_RBRACE) {
			typ = qualified_name(p, name);
			add_struct_field(p, NULL, typ, oliteral(p));
			return;
		}
		gs_push(p, name);
		while (gs_got(p, T_COMMA))
			gs_push(p, gs_name_node(p));
		n = p->sp - base;
		if (n == 1 && p->tok.t == T_LBRACK) {
			typ = array_or_targs(p, name);
			if (typ->kind == GN_INDEX) {
				p->sp = base;
				add_struct_field(p, NULL, typ, oliteral(p));
				return;
			}
		} else {
			typ = gs_type(p);
		}
		tag = oliteral(p);
		{
			gnode **names = p->stk + base;
			int i;

			for (i = 0; i < n; i++) {
				gnode *f = new_field(p, names[i], typ);

				f->y = tag;
				if (i + 1 < n)
					f->end = names[i]->end;
				else if (tag)
					f->end = tag->end;
				names[i] = f;
			}
		}
		return;
	}
	case T_STAR:
		gs_next(p);
		if (p->tok.t == T_LPAREN) {
			gs_syntax_error(p);
			gs_next(p);
			typ = qualified_name(p, NULL);
			gs_got(p, T_RPAREN);
		} else {
			typ = qualified_name(p, NULL);
		}
		{
			gnode *s = gs_mk(p, GN_STAR, pos);

			s->x = typ;
			typ = gs_fin(p, s);
		}
		add_struct_field(p, NULL, typ, oliteral(p));
		return;
	case T_LPAREN:
		gs_syntax_error(p);
		gs_next(p);
		if (p->tok.t == T_STAR) {
			gnode *s = gs_mk(p, GN_STAR, p->tok.pos);

			gs_next(p);
			s->x = qualified_name(p, NULL);
			typ = gs_fin(p, s);
		} else {
			typ = qualified_name(p, NULL);
		}
		gs_got(p, T_RPAREN);
		add_struct_field(p, NULL, typ, oliteral(p));
		return;
	default:
		gs_syntax_error(p);
		gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
	}
}

static gnode *struct_type(parser *p)
{
	gnode *t = gs_mk(p, GN_STRUCTTYPE, p->tok.pos);
	int base = p->sp;

	gs_next(p);
	gs_want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		size_t before = p->tok.off;

		field_decl(p);
		if (!gs_got(p, T_SEMI) && p->tok.t != T_RBRACE) {
			gs_syntax_error(p);
			gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
			gs_got(p, T_SEMI);
		}
		if (p->tok.off == before && p->tok.t != T_RBRACE &&
		    p->tok.t != T_EOF)
			gs_next(p);
	}
	t->list = gs_take(p, base, &t->nlist);
	gs_want(p, T_RBRACE);
	return gs_fin(p, t);
}

static gnode *embedded_term(parser *p)
{
	gnode *t;

	if (gs_is_op(p, '~')) {
		t = gs_mk(p, GN_UNARY, p->tok.pos);
		t->op = '~';
		gs_next(p);
		t->x = gs_type(p);
		return gs_fin(p, t);
	}
	t = gs_type_or_nil(p);
	if (!t) {
		gs_syntax_error(p);
		t = gs_bad(p);
		gs_skip_to(p, TM(T_OP) | TM(T_SEMI) | TM(T_RPAREN) |
			   TM(T_RBRACK) | TM(T_RBRACE));
	}
	return t;
}

/* type { "|" term } ; type == NULL: parse the first term too. */
static gnode *embedded_elem(parser *p, gnode *type)
{
	if (!type)
		type = embedded_term(p);
	while (gs_is_op(p, '|')) {
		gnode *t = gs_mk(p, GN_BINARY, p->tok.pos);

		t->op = '|';
		t->start = type->start;
		t->x = type;
		gs_next(p);
		t->y = embedded_term(p);
		type = gs_fin(p, t);
	}
	return type;
}

static gnode *interface_type(parser *p)
{
	gnode *t = gs_mk(p, GN_IFACETYPE, p->tok.pos);
	int base = p->sp;

	gs_next(p);
	gs_want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		size_t before = p->tok.off;
		gnode *f = NULL, *typ = NULL;

		if (p->tok.t == T_NAME) {
			gnode *name = gs_name_node(p);

			if (p->tok.t == T_LPAREN) {
				gnode *ft = gs_mk(p, GN_FUNCTYPE, p->tok.pos);

				gs_signature(p, ft, NULL, NULL);
				f = new_field(p, name, gs_fin(p, ft));
			} else if (p->tok.t == T_LBRACK) {
				typ = type_instance(p, name);
				if (p->tok.t == T_LPAREN) {
					/* generic method: not allowed */
					gnode *ft = gs_mk(p, GN_FUNCTYPE,
							  p->tok.pos);

					gs_syntax_error(p);
					gs_signature(p, ft, NULL, NULL);
					f = new_field(p, name, gs_fin(p, ft));
				}
			} else {
				typ = qualified_name(p, name);
			}
		}
		if (!f) {
			typ = embedded_elem(p, typ);
			f = new_field(p, NULL, typ);
		}
		gs_push(p, f);
		if (!gs_got(p, T_SEMI) && p->tok.t != T_RBRACE) {
			gs_syntax_error(p);
			gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
			gs_got(p, T_SEMI);
		}
		if (p->tok.off == before && p->tok.t != T_RBRACE &&
		    p->tok.t != T_EOF)
			gs_next(p);
	}
	t->list = gs_take(p, base, &t->nlist);
	gs_want(p, T_RBRACE);
	return gs_fin(p, t);
}

gnode *gs_type_or_nil(parser *p)
{
	gpos pos = p->tok.pos;
	gnode *t = NULL;

	if (!gs_enter(p)) {
		gs_leave(p);
		return gs_bad(p);
	}
	switch (p->tok.t) {
	case T_STAR:
		t = gs_mk(p, GN_STAR, pos);
		gs_next(p);
		t->x = gs_type(p);
		t = gs_fin(p, t);
		break;
	case T_ARROW:
		t = gs_mk(p, GN_CHANTYPE, pos);
		t->op = GN_CHAN_RECV;
		gs_next(p);
		gs_want(p, T_CHAN);
		t->y = chan_elem(p);
		t = gs_fin(p, t);
		break;
	case T_FUNC:
		t = gs_mk(p, GN_FUNCTYPE, pos);
		gs_next(p);
		gs_signature(p, t, NULL, NULL);
		t = gs_fin(p, t);
		break;
	case T_LBRACK:
		gs_next(p);
		if (gs_got(p, T_RBRACK)) {
			t = gs_mk(p, GN_SLICETYPE, pos);
			t->y = gs_type(p);
			t = gs_fin(p, t);
		} else {
			t = gs_array_type(p, pos, NULL);
		}
		break;
	case T_CHAN:
		t = gs_mk(p, GN_CHANTYPE, pos);
		gs_next(p);
		t->op = gs_got(p, T_ARROW) ? GN_CHAN_SEND : GN_CHAN_BOTH;
		t->y = chan_elem(p);
		t = gs_fin(p, t);
		break;
	case T_MAP:
		t = gs_mk(p, GN_MAPTYPE, pos);
		gs_next(p);
		gs_want(p, T_LBRACK);
		t->x = gs_type(p);
		gs_want(p, T_RBRACK);
		t->y = gs_type(p);
		t = gs_fin(p, t);
		break;
	case T_STRUCT:
		t = struct_type(p);
		break;
	case T_INTERFACE:
		t = interface_type(p);
		break;
	case T_NAME:
		t = qualified_name(p, NULL);
		break;
	case T_LPAREN:
		t = gs_mk(p, GN_PAREN, pos);
		gs_next(p);
		t->x = gs_type(p);
		gs_want(p, T_RPAREN);
		t = gs_fin(p, t);
		break;
	}
	gs_leave(p);
	return t;
}
