/* gosrc_fmt.c: the printer's basics (gc's ir/fmt.go): its output
 * buffer, the spelling of operators, ir.OpPrec's precedences, quoted
 * strings, and the words and separators of printed statements.
 */

#include "gosrc_impl.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Printer                                                             */
/* ------------------------------------------------------------------ */

static void putn(out *o, const char *s, size_t n)
{
	if (o->len + 1 < o->size) {
		size_t room = o->size - 1 - o->len;

		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

void gs_puts(out *o, const char *s)
{
	putn(o, s, strlen(s));
}

/* What was printed, or "?" (goesc's "not known", as in "from ? (assign)")
 * if it met syntax the parser could not read (GN_BAD) or nodes past the
 * printer's depth limit: gc would have printed something else. */
size_t gs_finish(out *o)
{
	if (o->damaged) {
		o->len = 0;
		putn(o, "?", 1);
	}
	if (o->size)
		o->buf[o->len < o->size ? o->len : o->size - 1] = 0;
	return o->len;
}

const char *gs_opstr(int op)
{
	switch (op) {
	case GN_TOK_SHL: return "<<";
	case GN_TOK_SHR: return ">>";
	case GN_TOK_ANDNOT: return "&^";
	case GN_TOK_LAND: return "&&";
	case GN_TOK_LOR: return "||";
	case GN_TOK_ARROW: return "<-";
	case GN_TOK_EQ: return "==";
	case GN_TOK_NE: return "!=";
	case GN_TOK_LE: return "<=";
	case GN_TOK_GE: return ">=";
	case '+': return "+";
	case '-': return "-";
	case '*': return "*";
	case '/': return "/";
	case '%': return "%";
	case '&': return "&";
	case '|': return "|";
	case '^': return "^";
	case '<': return "<";
	case '>': return ">";
	case '!': return "!";
	case '~': return "~";
	}
	return "?";
}

/* The binary operator of an op= assignment token. */
int gs_asop_binary(int op)
{
	switch (op) {
	case GN_TOK_ADD_ASSIGN: return '+';
	case GN_TOK_SUB_ASSIGN: return '-';
	case GN_TOK_MUL_ASSIGN: return '*';
	case GN_TOK_QUO_ASSIGN: return '/';
	case GN_TOK_REM_ASSIGN: return '%';
	case GN_TOK_AND_ASSIGN: return '&';
	case GN_TOK_OR_ASSIGN: return '|';
	case GN_TOK_XOR_ASSIGN: return '^';
	case GN_TOK_SHL_ASSIGN: return GN_TOK_SHL;
	case GN_TOK_SHR_ASSIGN: return GN_TOK_SHR;
	case GN_TOK_ANDNOT_ASSIGN: return GN_TOK_ANDNOT;
	}
	return 0;
}

/* gc's ir.OpPrec for binary operators. */
static int binprec(int op)
{
	switch (op) {
	case '*': case '/': case '%': case GN_TOK_SHL: case GN_TOK_SHR:
	case '&': case GN_TOK_ANDNOT:
		return 6;
	case '+': case '-': case '|': case '^':
		return 5;
	case GN_TOK_EQ: case GN_TOK_NE: case '<': case GN_TOK_LE:
	case GN_TOK_GE: case '>':
		return 4;
	case GN_TOK_LAND:
		return 2;
	case GN_TOK_LOR:
		return 1;
	}
	return 0;
}

bool gs_enter_pr(out *o)
{
	if (++o->depth > MAX_PRINT_DEPTH) {
		o->depth--;
		o->damaged = true;
		gs_puts(o, "...");
		return false;
	}
	return true;
}

/* strconv.Quote */
void gs_pr_quoted(out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	gs_puts(o, "\"");
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		char e[12];

		if (c >= 0x80) {
			unsigned long r;
			size_t k = utf8_decode((const unsigned char *)s + i,
					       n - i, &r);

			if (r == 0xFFFD && k == 1) {
				e[0] = '\\';
				e[1] = 'x';
				e[2] = hex[c >> 4];
				e[3] = hex[c & 15];
				putn(o, e, 4);
			} else {
				putn(o, s + i, k);
			}
			i += k;
			continue;
		}
		i++;
		switch (c) {
		case '"': gs_puts(o, "\\\""); continue;
		case '\\': gs_puts(o, "\\\\"); continue;
		case '\a': gs_puts(o, "\\a"); continue;
		case '\b': gs_puts(o, "\\b"); continue;
		case '\f': gs_puts(o, "\\f"); continue;
		case '\n': gs_puts(o, "\\n"); continue;
		case '\r': gs_puts(o, "\\r"); continue;
		case '\t': gs_puts(o, "\\t"); continue;
		case '\v': gs_puts(o, "\\v"); continue;
		}
		if (c < 0x20 || c == 0x7F) {
			e[0] = '\\';
			e[1] = 'x';
			e[2] = hex[c >> 4];
			e[3] = hex[c & 15];
			putn(o, e, 4);
		} else {
			putn(o, (const char *)&c, 1);
		}
	}
	gs_puts(o, "\"");
}

bool gs_exported(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z';	/* ASCII approximation */
}

int gs_method_cmp(const void *a, const void *b)
{
	const struct method *x = a, *y = b;
	bool ex = gs_exported(x->name), ey = gs_exported(y->name);

	if (ex != ey)
		return ex ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Calls of recover, real, imag, complex and make of a map or channel
 * become ops that ir.OpPrec does not list: precedence 0. */
static int call_prec(const gnode *n)
{
	const gnode *f = gs_unparen(n->x), *t;

	if (!f || !gs_predeclared(f, gs_is_builtin_func))
		return 8;
	if (strcmp(f->text, "recover") == 0 || strcmp(f->text, "real") == 0 ||
	    strcmp(f->text, "imag") == 0 || strcmp(f->text, "complex") == 0)
		return 0;
	if (strcmp(f->text, "make") == 0 && n->nlist >= 1) {
		t = gs_underlying(n->list[0]);
		if (t && (t->kind == GN_MAPTYPE || t->kind == GN_CHANTYPE))
			return 0;
	}
	return 8;
}

int gs_expr_prec(const gnode *n)
{
	switch (n->kind) {
	case GN_FUNCLIT:
	case GN_KEYVALUE:
		return 0;
	case GN_UNARY:
		if (n->op == '&' && gs_unparen(n->x) &&
		    gs_unparen(n->x)->kind == GN_COMPOSITE)
			return 0;	/* OPTRLIT has no precedence */
		return 7;
	case GN_STAR:
		return 7;
	case GN_BINARY:
		return binprec(n->op);
	case GN_CALL:
		return call_prec(n);
	default:
		return 8;
	}
}

int gs_const_prec(const gnode *n)
{
	if (n->kind == GN_UNARY)
		return 7;
	if (n->kind == GN_BINARY)
		return binprec(n->op);
	return 8;
}

void gs_pr_path(out *o, const struct member *m)
{
	for (int i = 0; i < m->npath; i++) {
		gs_puts(o, ".");
		gs_puts(o, m->path[i]);
	}
}

void gs_sep(out *o, bool *first)
{
	if (!*first)
		gs_puts(o, "; ");
	*first = false;
}

bool gs_is_select_comm(const gnode *n)
{
	const gnode *c = n->parent;

	return c && c->kind == GN_CASE && c->x == n && c->parent &&
	       c->parent->kind == GN_SELECT;
}

/* Whether gc gives statement s init statements of its own (then an if
 * prints without its init): a := declaration, or a call whose callee is
 * itself a call result (gc evaluates it into a temporary first). */
bool gs_has_init(const gnode *s)
{
	const gnode *e = NULL, *f;

	if (s->kind == GN_ASSIGN && s->op == GN_TOK_DEFINE)
		return true;
	if (s->kind == GN_EXPRSTMT)
		e = s->x;
	else if (s->kind == GN_ASSIGN && s->nlist2 == 1)
		e = s->list2[0];
	e = gs_unparen(e);
	if (!e || e->kind != GN_CALL)
		return false;
	f = gs_unparen(e->x);
	if (f && f->kind == GN_SELECTOR)
		f = gs_unparen(f->x);
	return f && f->kind == GN_CALL && !gs_is_type_expr(f->x);
}

const char *gs_branch_word(int op)
{
	switch (op) {
	case GN_TOK_BREAK: return "break";
	case GN_TOK_CONTINUE: return "continue";
	case GN_TOK_GOTO: return "goto";
	default: return "fallthrough";
	}
}
