/* gosrc_stmt.c: the parser (syntax/parser.go): statements and
 * declarations, and the loop depth of the nodes built.
 *
 * Loop depth (gc's escape.loopDepth minus one; see escape/stmt.go)
 * ------------------------------------------------------------------
 *  - 0 in a function body; a function literal's body and parameters start
 *    at 0 again, the literal itself has the depth where it appears;
 *  - for init; cond; post { body }: init at the outer depth, cond, post
 *    and body one deeper ("for cond {" too);
 *  - for k, v := range x { body }: the range statement, x and the k, v
 *    declarations at the outer depth (gc declares them before the loop),
 *    the body one deeper;
 *  - a label is "looping" when a goto to it follows it in the function
 *    (gotos in the dead branch of "if <constant>" do not count: gc drops
 *    that branch first); the labeled statement and everything after it
 *    in the enclosing statement list are one deeper.  gc flattens blocks
 *    used as statements, so the region then continues after the block;
 *  - if/switch/select bodies keep the depth of the statement.
 */

#include "gosrc_impl.h"

static gnode *block(parser *p);
static gnode *stmt_or_nil(parser *p);

/* ------------------------------------------------------------------ */
/* Parser: statements                                                  */
/* ------------------------------------------------------------------ */

gnode *gs_func_body(parser *p)
{
	return block(p);
}

/* Statements up to '}', "case", "default" or EOF, pushed. */
static void stmt_list(parser *p)
{
	while (p->tok.t != T_EOF && p->tok.t != T_RBRACE &&
	       p->tok.t != T_CASE && p->tok.t != T_DEFAULT) {
		size_t before = p->tok.off;
		int before_t = p->tok.t;
		gnode *s = stmt_or_nil(p);

		if (!s) {
			gs_syntax_error(p);
			s = gs_bad(p);
			gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE) | TM(T_CASE) |
				   TM(T_DEFAULT));
			gs_fin(p, s);
			gs_push(p, s);
			gs_got(p, T_SEMI);
		} else {
			gs_push(p, s);
			if (!gs_got(p, T_SEMI) && p->tok.t != T_RBRACE) {
				gs_syntax_error(p);
				gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE) |
					   TM(T_CASE) | TM(T_DEFAULT));
				gs_got(p, T_SEMI);
			}
		}
		if (p->tok.off == before && p->tok.t == before_t &&
		    p->tok.t != T_EOF && p->tok.t != T_RBRACE)
			gs_next(p);
	}
}

static gnode *block(parser *p)
{
	gnode *b = gs_mk(p, GN_BLOCK, p->tok.pos);
	int base = p->sp;

	if (!gs_enter(p)) {
		gs_leave(p);
		b->kind = GN_BAD;
		return b;
	}
	if (!gs_got(p, T_LBRACE)) {
		gs_syntax_error(p);
		gs_leave(p);
		return b;
	}
	stmt_list(p);
	b->list = gs_take(p, base, &b->nlist);
	gs_want(p, T_RBRACE);
	gs_leave(p);
	return gs_fin(p, b);
}

static gnode *range_clause(parser *p, gnode **lhs, int nlhs, int op)
{
	gnode *r = gs_mk(p, GN_RANGE, p->tok.pos);

	gs_next(p);
	r->list = lhs;
	r->nlist = nlhs;
	r->op = op;
	r->x = gs_expr(p);
	return gs_fin(p, r);
}

static int assign_op(int op)
{
	switch (op) {
	case '+': return GN_TOK_ADD_ASSIGN;
	case '-': return GN_TOK_SUB_ASSIGN;
	case '*': return GN_TOK_MUL_ASSIGN;
	case '/': return GN_TOK_QUO_ASSIGN;
	case '%': return GN_TOK_REM_ASSIGN;
	case '&': return GN_TOK_AND_ASSIGN;
	case '|': return GN_TOK_OR_ASSIGN;
	case '^': return GN_TOK_XOR_ASSIGN;
	case GN_TOK_SHL: return GN_TOK_SHL_ASSIGN;
	case GN_TOK_SHR: return GN_TOK_SHR_ASSIGN;
	case GN_TOK_ANDNOT: return GN_TOK_ANDNOT_ASSIGN;
	}
	return GN_TOK_ASSIGN;
}

/* lhs == NULL: parse the left-hand side here.  keyword is T_FOR,
 * T_SWITCH, T_IF or 0 (it enables range clauses and type switches). */
static gnode *simple_stmt(parser *p, gnode **lhs, int nlhs, int keyword)
{
	gnode *s;

	if (keyword == T_FOR && p->tok.t == T_RANGE)
		return range_clause(p, NULL, 0, 0);
	if (!lhs)
		lhs = gs_expr_list_take(p, &nlhs);

	if (nlhs == 1 && p->tok.t != T_ASSIGN && p->tok.t != T_DEFINE) {
		gpos pos = p->tok.pos;

		switch (p->tok.t) {
		case T_ASSIGNOP:
			s = gs_mk(p, GN_ASSIGN, pos);
			s->op = assign_op(p->tok.op);
			gs_next(p);
			s->start = lhs[0]->start;
			s->list = lhs;
			s->nlist = 1;
			s->list2 = gs_list1(p, gs_expr(p));
			s->nlist2 = 1;
			return gs_fin(p, s);
		case T_INCOP:
			s = gs_mk(p, GN_INCDEC, pos);
			s->op = p->tok.op;
			gs_next(p);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			return gs_fin(p, s);
		case T_ARROW:
			s = gs_mk(p, GN_SEND, pos);
			gs_next(p);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			s->y = gs_expr(p);
			return gs_fin(p, s);
		default:
			s = gs_mk(p, GN_EXPRSTMT, lhs[0]->pos);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			return gs_fin(p, s);
		}
	}

	if (p->tok.t == T_ASSIGN || p->tok.t == T_DEFINE) {
		gpos pos = p->tok.pos;
		int op = p->tok.t == T_DEFINE ? GN_TOK_DEFINE : GN_TOK_ASSIGN;

		gs_next(p);
		if (keyword == T_FOR && p->tok.t == T_RANGE) {
			s = range_clause(p, lhs, nlhs, op);
			return s;
		}
		s = gs_mk(p, GN_ASSIGN, pos);
		s->start = lhs[0]->start;
		s->op = op;
		s->list = lhs;
		s->nlist = nlhs;
		s->list2 = gs_expr_list_take(p, &s->nlist2);
		if (keyword == T_SWITCH && op == GN_TOK_DEFINE && nlhs == 1 &&
		    lhs[0]->kind == GN_NAME && s->nlist2 == 1 &&
		    s->list2[0]->kind == GN_ASSERT && !s->list2[0]->y) {
			/* switch x := y.(type): an EXPRSTMT marker whose y
			 * is the bound name */
			gnode *e = gs_mk(p, GN_EXPRSTMT, s->list2[0]->pos);

			e->start = lhs[0]->start;
			e->x = s->list2[0];
			e->y = lhs[0];
			return gs_fin(p, e);
		}
		return gs_fin(p, s);
	}

	gs_syntax_error(p);
	gs_skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
	s = gs_mk(p, GN_EXPRSTMT, lhs[0]->pos);
	s->start = lhs[0]->start;
	s->x = lhs[0];
	return gs_fin(p, s);
}

/* if/for/switch header; returns the condition statement unpacked by
 * the caller.  The keyword is the current token. */
static void header(parser *p, int keyword, gnode **init, gnode **cond,
		   gnode **post)
{
	int outer = p->xnest;
	int depth = p->ldepth;
	gnode *cs = NULL;

	*init = *cond = *post = NULL;
	gs_next(p);
	if (p->tok.t == T_LBRACE) {
		if (keyword == T_IF) {
			gs_syntax_error(p);
			*cond = gs_bad(p);
		}
		return;
	}
	p->xnest = -1;
	if (p->tok.t != T_SEMI) {
		if (gs_got(p, T_VAR))
			gs_syntax_error(p);
		*init = simple_stmt(p, NULL, 0, keyword);
		if ((*init)->kind == GN_RANGE) {
			p->xnest = outer;
			return;
		}
	}
	if (p->tok.t != T_LBRACE) {
		if (!gs_got(p, T_SEMI)) {
			gs_syntax_error(p);
			gs_skip_to(p, TM(T_LBRACE) | TM(T_RBRACE) | TM(T_SEMI));
		}
		if (keyword == T_FOR) {
			p->ldepth = depth + 1;
			if (p->tok.t != T_SEMI) {
				if (p->tok.t == T_LBRACE) {
					gs_syntax_error(p);
					goto done;
				}
				cs = simple_stmt(p, NULL, 0, 0);
			}
			gs_want(p, T_SEMI);
			if (p->tok.t != T_LBRACE)
				*post = simple_stmt(p, NULL, 0, 0);
			p->ldepth = depth;
		} else if (p->tok.t != T_LBRACE) {
			cs = simple_stmt(p, NULL, 0, keyword);
		}
	} else {
		cs = *init;
		*init = NULL;
	}
done:
	p->ldepth = depth;
	p->xnest = outer;
	*cond = cs;
}

/* The condition expression of an if or for header statement. */
static gnode *cond_expr(parser *p, gnode *cs)
{
	if (!cs)
		return NULL;
	if (cs->kind == GN_EXPRSTMT && !cs->y)
		return cs->x;
	gs_syntax_error(p);
	gnode *b = gs_mk(p, GN_BAD, cs->pos);

	b->start = cs->start;
	b->end = cs->end;
	b->loop_depth = cs->loop_depth;
	b->x = cs;
	return b;
}

static gnode *if_stmt(parser *p)
{
	gnode *s = gs_mk(p, GN_IF, p->tok.pos), *cs, *post;

	if (!gs_enter(p)) {
		gs_leave(p);
		s->kind = GN_BAD;
		gs_next(p);
		return s;
	}
	header(p, T_IF, &s->x, &cs, &post);
	s->y = cond_expr(p, cs);
	s->z = block(p);
	if (gs_got(p, T_ELSE)) {
		gnode *e = NULL;

		if (p->tok.t == T_IF)
			e = if_stmt(p);
		else if (p->tok.t == T_LBRACE)
			e = block(p);
		else
			gs_syntax_error(p);
		if (e) {
			s->list = gs_list1(p, e);
			s->nlist = 1;
		}
	}
	gs_leave(p);
	return gs_fin(p, s);
}

static gnode *for_stmt(parser *p)
{
	gnode *s = gs_mk(p, GN_FOR, p->tok.pos), *init, *cs, *post, *body;
	int depth = p->ldepth;

	header(p, T_FOR, &init, &cs, &post);
	p->ldepth = depth + 1;
	body = block(p);
	p->ldepth = depth;
	if (init && init->kind == GN_RANGE) {
		init->start = s->start;
		init->y = body;
		return gs_fin(p, init);
	}
	s->x = init;
	if (cs) {
		s->y = cond_expr(p, cs);
		/* "for cond {": parsed as an init statement, outside */
		if (cs->loop_depth == depth)
			gs_add_fixup(p, s->y, 1);
	}
	s->z = post;
	s->list = gs_list1(p, body);
	s->nlist = 1;
	return gs_fin(p, s);
}

static gnode *case_clause(parser *p, bool sel)
{
	gnode *c = gs_mk(p, GN_CASE, p->tok.pos);
	int base = p->sp;

	if (gs_got(p, T_CASE)) {
		if (sel)
			c->x = simple_stmt(p, NULL, 0, 0);
		else
			c->list = gs_expr_list_take(p, &c->nlist);
	} else if (gs_got(p, T_DEFAULT)) {
		c->flags |= GNF_DEFAULT;
	} else {
		gs_syntax_error(p);
		gs_skip_to(p, TM(T_COLON) | TM(T_RBRACE));
	}
	gs_want(p, T_COLON);
	stmt_list(p);
	c->list2 = gs_take(p, base, &c->nlist2);
	return gs_fin(p, c);
}

static void case_body(parser *p, gnode *s, bool sel)
{
	int base = p->sp;

	if (!gs_got(p, T_LBRACE)) {
		gs_syntax_error(p);
		gs_skip_to(p, TM(T_CASE) | TM(T_DEFAULT) | TM(T_RBRACE) |
			   TM(T_LBRACE));
		gs_got(p, T_LBRACE);
	}
	while (p->tok.t != T_EOF && p->tok.t != T_RBRACE) {
		size_t before = p->tok.off;

		gs_push(p, case_clause(p, sel));
		if (p->tok.off == before && p->tok.t != T_EOF &&
		    p->tok.t != T_RBRACE)
			gs_next(p);
	}
	s->list = gs_take(p, base, &s->nlist);
	gs_want(p, T_RBRACE);
}

static gnode *switch_stmt(parser *p)
{
	gnode *s = gs_mk(p, GN_SWITCH, p->tok.pos), *cs, *post;

	if (!gs_enter(p)) {
		gs_leave(p);
		s->kind = GN_BAD;
		gs_next(p);
		return s;
	}
	header(p, T_SWITCH, &s->x, &cs, &post);
	if (cs && cs->kind == GN_EXPRSTMT && cs->x->kind == GN_ASSERT &&
	    !cs->x->y) {
		s->kind = GN_TYPESWITCH;
		s->y = cs->x->x;
		if (cs->y) {
			s->z = cs->y;
			s->text = cs->y->text;
		}
	} else if (cs) {
		s->y = cond_expr(p, cs);
	}
	case_body(p, s, false);
	gs_leave(p);
	return gs_fin(p, s);
}

static gnode *select_stmt(parser *p)
{
	gnode *s = gs_mk(p, GN_SELECT, p->tok.pos);

	if (!gs_enter(p)) {
		gs_leave(p);
		s->kind = GN_BAD;
		gs_next(p);
		return s;
	}
	gs_next(p);
	case_body(p, s, true);
	gs_leave(p);
	return gs_fin(p, s);
}

static gnode *call_stmt(parser *p)
{
	gnode *s = gs_mk(p, p->tok.t == T_GO ? GN_GO : GN_DEFER, p->tok.pos);

	gs_next(p);
	s->x = gs_pexpr(p, NULL);
	if (gs_unparen(s->x)->kind != GN_CALL)
		gs_syntax_error(p);
	return gs_fin(p, s);
}

static gnode *branch_stmt(parser *p, int op)
{
	gnode *s = gs_mk(p, GN_BRANCH, p->tok.pos);

	s->op = op;
	gs_next(p);
	if (op != GN_TOK_FALLTHROUGH && p->tok.t == T_NAME) {
		s->text = gs_tok_text(p);
		gs_next(p);
	} else if (op == GN_TOK_GOTO) {
		gs_syntax_error(p);
	}
	return gs_fin(p, s);
}

static gnode *labeled_stmt(parser *p, gnode *name)
{
	gnode *s = gs_mk(p, GN_LABELED, p->tok.pos);

	s->start = name->start;
	s->text = name->text;
	gs_want(p, T_COLON);
	if (p->tok.t != T_RBRACE)
		s->x = stmt_or_nil(p);
	if (!s->x) {
		if (p->tok.t != T_RBRACE)
			gs_syntax_error(p);
		s->x = gs_mk(p, GN_EMPTY, p->tok.pos);
	}
	return gs_fin(p, s);
}

static gnode *stmt_or_nil(parser *p)
{
	gnode *s;

	switch (p->tok.t) {
	case T_LBRACE:
		return block(p);
	case T_VAR:
	case T_CONST:
	case T_TYPE:
		return gs_decl_stmt(p);
	case T_NAME: {
		int n;
		gnode **lhs = gs_expr_list_take(p, &n);

		if (n == 1 && lhs[0]->kind == GN_NAME && p->tok.t == T_COLON)
			return labeled_stmt(p, lhs[0]);
		return simple_stmt(p, lhs, n, 0);
	}
	case T_OP:
		switch (p->tok.op) {
		case '+': case '-': case '!': case '^': case '&': case '~':
			return simple_stmt(p, NULL, 0, 0);
		}
		return NULL;
	case T_LIT:
	case T_FUNC:
	case T_LPAREN:
	case T_LBRACK:
	case T_STRUCT:
	case T_MAP:
	case T_CHAN:
	case T_INTERFACE:
	case T_STAR:
	case T_ARROW:
		return simple_stmt(p, NULL, 0, 0);
	case T_FOR:
		return for_stmt(p);
	case T_SWITCH:
		return switch_stmt(p);
	case T_SELECT:
		return select_stmt(p);
	case T_IF:
		return if_stmt(p);
	case T_FALLTHROUGH:
		return branch_stmt(p, GN_TOK_FALLTHROUGH);
	case T_BREAK:
		return branch_stmt(p, GN_TOK_BREAK);
	case T_CONTINUE:
		return branch_stmt(p, GN_TOK_CONTINUE);
	case T_GOTO:
		return branch_stmt(p, GN_TOK_GOTO);
	case T_GO:
	case T_DEFER:
		return call_stmt(p);
	case T_RETURN:
		s = gs_mk(p, GN_RETURN, p->tok.pos);
		gs_next(p);
		if (p->tok.t != T_SEMI && p->tok.t != T_RBRACE)
			s->list = gs_expr_list_take(p, &s->nlist);
		return gs_fin(p, s);
	case T_SEMI:
		s = gs_mk(p, GN_EMPTY, p->tok.pos);
		return s;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Parser: declarations                                                */
/* ------------------------------------------------------------------ */

static int name_list(parser *p)
{
	int n = 0;

	do {
		gs_push(p, gs_name_node(p));
		n++;
	} while (gs_got(p, T_COMMA));
	return n;
}

static gnode *var_spec(parser *p, int kind)
{
	gnode *s = gs_mk(p, kind, p->tok.pos);
	int base = p->sp;

	name_list(p);
	s->list = gs_take(p, base, &s->nlist);
	if (kind == GN_VARSPEC) {
		if (gs_got(p, T_ASSIGN)) {
			s->list2 = gs_expr_list_take(p, &s->nlist2);
		} else {
			s->x = gs_type(p);
			if (gs_got(p, T_ASSIGN))
				s->list2 = gs_expr_list_take(p, &s->nlist2);
		}
	} else if (p->tok.t != T_EOF && p->tok.t != T_SEMI &&
		   p->tok.t != T_RPAREN) {
		s->x = gs_type_or_nil(p);
		if (gs_got(p, T_ASSIGN))
			s->list2 = gs_expr_list_take(p, &s->nlist2);
	}
	return gs_fin(p, s);
}

/* gc's extractName: splits "P *C" or "P(C)" into a type parameter name
 * and its constraint when the latter is syntactically a type. */
static bool is_type_elem(const gnode *x)
{
	switch (x->kind) {
	case GN_ARRAYTYPE:
	case GN_STRUCTTYPE:
	case GN_FUNCTYPE:
	case GN_IFACETYPE:
	case GN_SLICETYPE:
	case GN_MAPTYPE:
	case GN_CHANTYPE:
		return true;
	case GN_BINARY:
		return is_type_elem(x->x) || is_type_elem(x->y);
	case GN_UNARY:
		return x->op == '~' || is_type_elem(x->x);
	case GN_STAR:
		return is_type_elem(x->x);
	case GN_PAREN:
		return is_type_elem(x->x);
	default:
		return false;
	}
}

static gnode *type_spec(parser *p)
{
	gnode *s = gs_mk(p, GN_TYPESPEC, p->tok.pos);

	if (p->tok.t != T_NAME) {
		gs_syntax_error(p);
		s->kind = GN_BAD;
		gs_skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
		return gs_fin(p, s);
	}
	s->text = gs_tok_text(p);
	gs_next(p);
	if (p->tok.t == T_LBRACK) {
		gpos pos = p->tok.pos;

		gs_next(p);
		if (p->tok.t == T_NAME) {
			gnode *x = gs_name_node(p);
			gnode *pname = NULL, *ptype = NULL;

			if (p->tok.t != T_RBRACK) {
				p->xnest++;
				x = gs_binary_expr(p, gs_pexpr(p, x), 0);
				p->xnest--;
			}
			bool force = p->tok.t == T_COMMA;

			if (x->kind == GN_NAME) {
				pname = x;
			} else if (x->kind == GN_BINARY && x->op == '*' &&
				   x->x->kind == GN_NAME &&
				   (force || is_type_elem(x->y))) {
				gnode *st = gs_mk(p, GN_STAR, x->pos);

				st->x = x->y;
				st->end = x->y->end;
				st->loop_depth = x->loop_depth;
				pname = x->x;
				ptype = st;
			} else if (x->kind == GN_CALL && x->x->kind == GN_NAME &&
				   x->nlist == 1 && !(x->flags & GNF_DDD) &&
				   (force || is_type_elem(x->list[0]))) {
				pname = x->x;
				ptype = x->list[0];
			}
			if (pname && (ptype || p->tok.t != T_RBRACK)) {
				int base = p->sp;

				gs_param_list(p, T_RBRACK, pname, ptype);
				s->list = gs_take(p, base, &s->nlist);
				if (gs_got(p, T_ASSIGN))
					s->flags |= GNF_ALIAS;
				s->x = gs_type_or_nil(p);
			} else {
				s->x = gs_array_type(p, pos, x);
			}
		} else if (gs_got(p, T_RBRACK)) {
			gnode *t = gs_mk(p, GN_SLICETYPE, pos);

			t->y = gs_type(p);
			s->x = gs_fin(p, t);
		} else {
			s->x = gs_array_type(p, pos, NULL);
		}
	} else {
		if (gs_got(p, T_ASSIGN))
			s->flags |= GNF_ALIAS;
		s->x = gs_type_or_nil(p);
	}
	if (!s->x) {
		gs_syntax_error(p);
		s->x = gs_bad(p);
	}
	return gs_fin(p, s);
}

static gnode *import_spec(parser *p)
{
	gnode *s = gs_mk(p, GN_IMPORT, p->tok.pos);

	if (p->tok.t == T_NAME) {
		s->text = gs_tok_text(p);
		gs_next(p);
	} else if (p->tok.t == T_DOT) {
		s->text = ".";
		gs_next(p);
	}
	if (p->tok.t == T_LIT && p->tok.op == L_STRING) {
		s->y = gs_lit_node(p);
		if (!s->text)
			s->pos = s->y->pos;
	} else {
		gs_syntax_error(p);
		s->kind = GN_BAD;
		gs_skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
	}
	return gs_fin(p, s);
}

static gnode *spec(parser *p, int kw)
{
	switch (kw) {
	case T_VAR:
		return var_spec(p, GN_VARSPEC);
	case T_CONST:
		return var_spec(p, GN_CONSTSPEC);
	case T_TYPE:
		return type_spec(p);
	default:
		return import_spec(p);
	}
}

/* Specs of a var/const/type/import declaration, pushed. */
void gs_spec_group(parser *p, int kw)
{
	if (gs_got(p, T_LPAREN)) {
		while (p->tok.t != T_RPAREN && p->tok.t != T_EOF) {
			size_t before = p->tok.off;

			gs_push(p, spec(p, kw));
			if (!gs_got(p, T_SEMI) && p->tok.t != T_RPAREN) {
				gs_syntax_error(p);
				gs_skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
				gs_got(p, T_SEMI);
			}
			if (p->tok.off == before && p->tok.t != T_RPAREN &&
			    p->tok.t != T_EOF)
				gs_next(p);
		}
		gs_want(p, T_RPAREN);
	} else {
		gs_push(p, spec(p, kw));
	}
}

gnode *gs_decl_stmt(parser *p)
{
	gnode *s = gs_mk(p, GN_DECLSTMT, p->tok.pos);
	int kw = p->tok.t, base = p->sp;

	gs_next(p);
	gs_spec_group(p, kw);
	s->list = gs_take(p, base, &s->nlist);
	return gs_fin(p, s);
}

gnode *gs_func_decl(parser *p)
{
	gnode *f = gs_mk(p, GN_FUNCDECL, p->tok.pos);
	int base = p->sp;

	gs_next(p);
	if (gs_got(p, T_LPAREN)) {
		gs_param_list(p, T_RPAREN, NULL, NULL);
		f->list = gs_take(p, base, &f->nlist);
		if (f->nlist != 1)
			gs_syntax_error(p);
	}
	if (p->tok.t != T_NAME) {
		gs_syntax_error(p);
		f->kind = GN_BAD;
		gs_skip_to(p, TM(T_LBRACE) | TM(T_SEMI));
		if (p->tok.t == T_LBRACE) {
			f->y = block(p);
		}
		return gs_fin(p, f);
	}
	f->pos = p->tok.pos;
	f->text = gs_tok_text(p);
	gs_next(p);
	f->x = gs_mk(p, GN_FUNCTYPE, p->tok.pos);
	gs_signature(p, f->x, &f->list2, &f->nlist2);
	gs_fin(p, f->x);
	if (p->tok.t == T_LBRACE) {
		p->ldepth = 0;
		f->y = gs_func_body(p);
	}
	return gs_fin(p, f);
}
