/* gosrc_scan.c: the scanner (syntax/scanner.go, tokens.go) and the
 * parser's token-level helpers (parser.go's got, want, advance, its
 * syntax errors and the allocation of nodes).
 *
 * The lexer does Go's semicolon insertion (after a name, literal,
 * break/continue/fallthrough/return, ++ -- ) ] }, at a newline, a line
 * comment, a block comment holding a newline, or EOF) and knows every
 * literal form.  On an error the parser skips to the next ';' or '}'
 * (statements) or declaration keyword (top level) and goes on;
 * recursion is limited to MAX_NEST levels and every loop consumes a
 * token.
 */

#include "gosrc_impl.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Lexer                                                               */
/* ------------------------------------------------------------------ */

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer",
	"else", "fallthrough", "for", "func", "go", "goto", "if", "import",
	"interface", "map", "package", "range", "return", "select",
	"struct", "switch", "type", "var",
};

static gpos mkpos(parser *p, size_t off)
{
	gpos r = { p->line, (int)(off - p->lstart) + 1 };

	return r;
}

static bool is_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       c >= 0x80;
}

bool gs_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int peekc(parser *p, size_t i)
{
	return p->off + i < p->n ? p->s[p->off + i] : -1;
}

static void scan_newline(parser *p, size_t at)
{
	p->line++;
	p->lstart = at + 1;
}

static void scan_number(parser *p, token *t)
{
	bool hex = false, isfloat = false;
	int c = peekc(p, 0);

	if (c == '0' && (peekc(p, 1) == 'x' || peekc(p, 1) == 'X')) {
		hex = true;
		p->off += 2;
	} else if (c == '0' && (peekc(p, 1) == 'b' || peekc(p, 1) == 'B' ||
				peekc(p, 1) == 'o' || peekc(p, 1) == 'O')) {
		p->off += 2;
	}
	for (;;) {
		c = peekc(p, 0);
		if (c < 0)
			break;
		if (c == '.') {
			isfloat = true;
			p->off++;
			continue;
		}
		if ((!hex && (c == 'e' || c == 'E')) || c == 'p' || c == 'P') {
			isfloat = true;
			p->off++;
			if (peekc(p, 0) == '+' || peekc(p, 0) == '-')
				p->off++;
			continue;
		}
		if (gs_is_digit(c) || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '_') {
			p->off++;
			continue;
		}
		break;
	}
	t->t = T_LIT;
	t->op = isfloat ? L_FLOAT : L_INT;
	if (p->s[p->off - 1] == 'i')
		t->op = L_IMAG;
	p->nlsemi = 1;
}

/* Quoted string or rune: stops at the closing quote, a newline or EOF. */
static void scan_quoted(parser *p, int q)
{
	p->off++;
	while (p->off < p->n) {
		int c = p->s[p->off];

		if (c == '\n')
			return;
		p->off++;
		if (c == '\\' && p->off < p->n && p->s[p->off] != '\n')
			p->off++;
		else if (c == q)
			return;
	}
}

static void scan_raw(parser *p)
{
	p->off++;
	while (p->off < p->n) {
		int c = p->s[p->off];

		if (c == '\n')
			scan_newline(p, p->off);
		p->off++;
		if (c == '`')
			return;
	}
}

static void set_op(token *t, int kind, int op, int prec)
{
	t->t = kind;
	t->op = op;
	t->prec = prec;
}

/* Operators.  Returns false for an unknown byte. */
static bool scan_op(parser *p, token *t, int c)
{
	int c1 = peekc(p, 1), c2 = peekc(p, 2);
	int n = 1;

	switch (c) {
	case '(': t->t = T_LPAREN; break;
	case ')': t->t = T_RPAREN; p->nlsemi = 1; break;
	case '[': t->t = T_LBRACK; break;
	case ']': t->t = T_RBRACK; p->nlsemi = 1; break;
	case '{': t->t = T_LBRACE; break;
	case '}': t->t = T_RBRACE; p->nlsemi = 1; break;
	case ',': t->t = T_COMMA; break;
	case ';': t->t = T_SEMI; break;
	case '~': set_op(t, T_OP, '~', 0); break;
	case '.':
		if (c1 == '.' && c2 == '.') {
			t->t = T_DDD;
			n = 3;
		} else {
			t->t = T_DOT;
		}
		break;
	case ':':
		if (c1 == '=') {
			t->t = T_DEFINE;
			n = 2;
		} else {
			t->t = T_COLON;
		}
		break;
	case '+':
	case '-':
		if (c1 == c) {
			set_op(t, T_INCOP, c == '+' ? GN_TOK_INC : GN_TOK_DEC, 0);
			p->nlsemi = 1;
			n = 2;
		} else if (c1 == '=') {
			set_op(t, T_ASSIGNOP, c, 4);
			n = 2;
		} else {
			set_op(t, T_OP, c, 4);
		}
		break;
	case '*':
	case '/':
	case '%':
		if (c1 == '=') {
			set_op(t, T_ASSIGNOP, c, 5);
			n = 2;
		} else {
			set_op(t, c == '*' ? T_STAR : T_OP, c, 5);
		}
		break;
	case '^':
		if (c1 == '=') {
			set_op(t, T_ASSIGNOP, c, 4);
			n = 2;
		} else {
			set_op(t, T_OP, c, 4);
		}
		break;
	case '&':
		if (c1 == '&') {
			set_op(t, T_OP, GN_TOK_LAND, 2);
			n = 2;
		} else if (c1 == '^') {
			if (c2 == '=') {
				set_op(t, T_ASSIGNOP, GN_TOK_ANDNOT, 5);
				n = 3;
			} else {
				set_op(t, T_OP, GN_TOK_ANDNOT, 5);
				n = 2;
			}
		} else if (c1 == '=') {
			set_op(t, T_ASSIGNOP, '&', 5);
			n = 2;
		} else {
			set_op(t, T_OP, '&', 5);
		}
		break;
	case '|':
		if (c1 == '|') {
			set_op(t, T_OP, GN_TOK_LOR, 1);
			n = 2;
		} else if (c1 == '=') {
			set_op(t, T_ASSIGNOP, '|', 4);
			n = 2;
		} else {
			set_op(t, T_OP, '|', 4);
		}
		break;
	case '<':
		if (c1 == '-') {
			t->t = T_ARROW;
			t->op = GN_TOK_ARROW;
			n = 2;
		} else if (c1 == '<') {
			if (c2 == '=') {
				set_op(t, T_ASSIGNOP, GN_TOK_SHL, 5);
				n = 3;
			} else {
				set_op(t, T_OP, GN_TOK_SHL, 5);
				n = 2;
			}
		} else if (c1 == '=') {
			set_op(t, T_OP, GN_TOK_LE, 3);
			n = 2;
		} else {
			set_op(t, T_OP, '<', 3);
		}
		break;
	case '>':
		if (c1 == '>') {
			if (c2 == '=') {
				set_op(t, T_ASSIGNOP, GN_TOK_SHR, 5);
				n = 3;
			} else {
				set_op(t, T_OP, GN_TOK_SHR, 5);
				n = 2;
			}
		} else if (c1 == '=') {
			set_op(t, T_OP, GN_TOK_GE, 3);
			n = 2;
		} else {
			set_op(t, T_OP, '>', 3);
		}
		break;
	case '=':
		if (c1 == '=') {
			set_op(t, T_OP, GN_TOK_EQ, 3);
			n = 2;
		} else {
			t->t = T_ASSIGN;
		}
		break;
	case '!':
		if (c1 == '=') {
			set_op(t, T_OP, GN_TOK_NE, 3);
			n = 2;
		} else {
			set_op(t, T_OP, '!', 0);
		}
		break;
	default:
		return false;
	}
	p->off += n;
	return true;
}

static int keyword(const unsigned char *s, size_t n)
{
	int lo = 0, hi = (int)(sizeof(keywords) / sizeof(keywords[0])) - 1;

	if (n < 2 || n > 11)
		return 0;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		int c = strncmp(keywords[mid], (const char *)s, n);

		if (c == 0 && keywords[mid][n] != 0)
			c = 1;
		if (c == 0)
			return T_BREAK + mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

void gs_scan(parser *p)
{
	token *t = &p->tok;
	int nlsemi;

redo:
	nlsemi = p->nlsemi;
	p->nlsemi = 0;
	memset(t, 0, sizeof(*t));
	while (p->off < p->n) {
		int c = p->s[p->off];

		if (c == ' ' || c == '\t' || c == '\r') {
			p->off++;
		} else if (c == '\n') {
			if (nlsemi) {
				t->t = T_SEMI;
				t->autosemi = 1;
				t->off = t->end = p->off;
				t->pos = t->epos = mkpos(p, p->off);
				return;
			}
			scan_newline(p, p->off);
			p->off++;
		} else {
			break;
		}
	}
	t->off = p->off;
	t->pos = mkpos(p, p->off);
	if (p->off >= p->n) {
		t->t = nlsemi ? T_SEMI : T_EOF;
		t->autosemi = nlsemi;
		t->end = p->off;
		t->epos = t->pos;
		return;
	}

	int c = p->s[p->off];

	if (is_letter(c)) {
		while (p->off < p->n &&
		       (is_letter(p->s[p->off]) || gs_is_digit(p->s[p->off])))
			p->off++;
		t->t = keyword(p->s + t->off, p->off - t->off);
		if (!t->t)
			t->t = T_NAME;
		switch (t->t) {
		case T_NAME:
		case T_BREAK:
		case T_CONTINUE:
		case T_FALLTHROUGH:
		case T_RETURN:
			p->nlsemi = 1;
		}
	} else if (gs_is_digit(c) || (c == '.' && gs_is_digit(peekc(p, 1)))) {
		scan_number(p, t);
	} else if (c == '"' || c == '\'') {
		scan_quoted(p, c);
		t->t = T_LIT;
		t->op = c == '"' ? L_STRING : L_RUNE;
		p->nlsemi = 1;
	} else if (c == '`') {
		scan_raw(p);
		t->t = T_LIT;
		t->op = L_STRING;
		p->nlsemi = 1;
	} else if (c == '/' && peekc(p, 1) == '/') {
		while (p->off < p->n && p->s[p->off] != '\n')
			p->off++;
		if (nlsemi) {
			t->t = T_SEMI;
			t->autosemi = 1;
			t->end = t->off;
			t->epos = t->pos;
			return;
		}
		goto redo;
	} else if (c == '/' && peekc(p, 1) == '*') {
		bool nl = false;

		p->off += 2;
		while (p->off < p->n &&
		       !(p->s[p->off] == '*' && peekc(p, 1) == '/')) {
			if (p->s[p->off] == '\n') {
				nl = true;
				scan_newline(p, p->off);
			}
			p->off++;
		}
		p->off = p->off + 2 <= p->n ? p->off + 2 : p->n;
		if (nl && nlsemi) {
			t->t = T_SEMI;
			t->autosemi = 1;
			t->end = t->off;
			t->epos = t->pos;
			return;
		}
		p->nlsemi = nlsemi;
		goto redo;
	} else if (!scan_op(p, t, c)) {
		t->t = T_ILLEGAL;
		p->off++;
	}
	t->end = p->off;
	t->epos = mkpos(p, p->off);
}

void gs_next(parser *p)
{
	if (!p->tok.autosemi && p->tok.t != T_EOF)
		p->prev_end = p->tok.epos;
	gs_scan(p);
}

/* ------------------------------------------------------------------ */
/* Parser: helpers                                                     */
/* ------------------------------------------------------------------ */

gnode *gs_mk(parser *p, enum gn_kind k, gpos pos)
{
	gnode *n = gs_arena_alloc(p->mem, sizeof(*n));

	n->kind = k;
	n->pos = pos;
	n->start = pos;
	n->end = pos;
	n->loop_depth = p->ldepth;
	n->index = -1;
	return n;
}

gnode *gs_fin(parser *p, gnode *n)
{
	n->end = p->prev_end;
	if (gpos_cmp(n->end, n->start) < 0)
		n->end = n->start;
	return n;
}

void gs_syntax_error(parser *p)
{
	p->errors++;
}

gnode *gs_bad(parser *p)
{
	return gs_mk(p, GN_BAD, p->tok.pos);
}

void gs_push(parser *p, gnode *n)
{
	if (p->sp == p->stkcap) {
		p->stkcap = p->stkcap ? 2 * p->stkcap : 256;
		p->stk = xrealloc(p->stk, p->stkcap * sizeof(gnode *));
	}
	p->stk[p->sp++] = n;
}

/* Pops the entries pushed since `base` into an arena list. */
gnode **gs_take(parser *p, int base, int *count)
{
	int n = p->sp - base;
	gnode **l = NULL;

	if (n > 0) {
		l = gs_arena_alloc(p->mem, n * sizeof(gnode *));
		memcpy(l, p->stk + base, n * sizeof(gnode *));
	}
	p->sp = base;
	*count = n;
	return l;
}

gnode **gs_list1(parser *p, gnode *a)
{
	gnode **l = gs_arena_alloc(p->mem, sizeof(gnode *));

	l[0] = a;
	return l;
}

void gs_add_fixup(parser *p, gnode *n, int delta)
{
	if (p->nfix == p->fixcap) {
		p->fixcap = p->fixcap ? 2 * p->fixcap : 32;
		p->fix = xrealloc(p->fix, p->fixcap * sizeof(struct fixup));
	}
	struct fixup *f = (struct fixup *)p->fix + p->nfix++;

	f->n = n;
	f->delta = delta;
}

const char *gs_tok_text(parser *p)
{
	return gs_arena_strndup(p->mem, (const char *)p->s + p->tok.off,
				p->tok.end - p->tok.off);
}

bool gs_got(parser *p, int t)
{
	if (p->tok.t != t)
		return false;
	gs_next(p);
	return true;
}

void gs_want(parser *p, int t)
{
	if (!gs_got(p, t))
		gs_syntax_error(p);
}

bool gs_is_op(parser *p, int op)
{
	return p->tok.t == T_OP && p->tok.op == op;
}

bool gs_enter(parser *p)
{
	if (++p->nest > MAX_NEST) {
		gs_syntax_error(p);
		return false;
	}
	return true;
}

void gs_leave(parser *p)
{
	p->nest--;
}

/* Skips tokens until one in `follow` at bracket depth 0 (or EOF). */
void gs_skip_to(parser *p, unsigned long long follow)
{
	int depth = 0;

	for (;;) {
		int t = p->tok.t;

		if (t == T_EOF)
			return;
		if (depth == 0 && (follow & TM(t)))
			return;
		switch (t) {
		case T_LPAREN:
		case T_LBRACK:
		case T_LBRACE:
			depth++;
			break;
		case T_RPAREN:
		case T_RBRACK:
		case T_RBRACE:
			if (depth > 0)
				depth--;
			break;
		}
		gs_next(p);
	}
}

#define TOPLEVEL_KW (TM(T_FUNC) | TM(T_VAR) | TM(T_CONST) | TM(T_TYPE) | \
		     TM(T_IMPORT))

/* Skips to the next top-level declaration: a declaration keyword at
 * bracket depth 0, or at column 1 whatever the depth. */
void gs_skip_toplevel(parser *p)
{
	int depth = 0;

	for (;;) {
		int t = p->tok.t;

		if (t == T_EOF)
			return;
		if ((TOPLEVEL_KW & TM(t)) && (depth == 0 || p->tok.pos.col == 1))
			return;
		switch (t) {
		case T_LPAREN:
		case T_LBRACK:
		case T_LBRACE:
			depth++;
			break;
		case T_RPAREN:
		case T_RBRACK:
		case T_RBRACE:
			if (depth > 0)
				depth--;
			break;
		}
		gs_next(p);
	}
}
