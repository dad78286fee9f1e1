/* gosrc.c: a small Go front end that sees a file the way gc 1.19 does.
 *
 * Model
 * -----
 * gosrc_get() reads and caches a file; gosrc_ast() parses it once into
 * gnodes allocated from the file's arena (freed by gosrc_free_all(); the
 * file cache is the only global state).  The lexer does Go's semicolon
 * insertion (after a name, literal, break/continue/fallthrough/return,
 * ++ -- ) ] }, at a newline, a line comment, a block comment holding a
 * newline, or EOF) and knows every literal form; positions are 1-based
 * lines and byte columns (a tab is one column).  The parser is recursive
 * descent after cmd/compile/internal/syntax: the same grammar, the same
 * composite-literal-or-block rule (expression nesting level, -1 in
 * if/for/switch headers), the same guesses for type parameters, and the
 * same node positions.  Errors become GN_BAD nodes; the parser skips to
 * the next ';' or '}' (statements) or declaration keyword (top level)
 * and goes on.  Recursion is limited to MAX_NEST levels, every loop
 * consumes a token, and the passes over the tree (parents, loop depths,
 * lookups) are iterative, so any input terminates in linear time.
 *
 * Each node has start/end (its text, end one past the last byte) and pos,
 * the syntax package's position, which is what gc prints: a call at its
 * '(', an index or slice at '[', a selector or type assertion at '.', a
 * composite literal at '{', a key:value at ':', a unary or binary
 * expression or an assignment (= := op= ++ --) or send at its operator,
 * return/go/defer/if/for/switch/select at the keyword, a range statement
 * at "range", a label at its ':', a function declaration at its name, a
 * parameter at its name.
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
 *
 * Limits (no type checker)
 * ------------------------
 * Only declarations in this file are known: a method call on a value
 * whose type or method is declared elsewhere (another file, an imported
 * package) prints as written ("b.WriteString(s)" where gc prints
 * "(*bytes.Buffer).WriteString(b, s)") unless the caller said which
 * method the compiler calls there (gosrc_add_method_call); so do promoted
 * fields through
 * such types, conversions gc makes explicit in comparisons ("I2(a) == b"),
 * constants gc folds from other packages or unsafe.Sizeof (dead code
 * under "if runtime.Compiler == ...", "[]rune(\"\")" printed as
 * "[]rune{}"), interface methods embedded from other packages,
 * "var x = f()" types ("var x ?" inside a printed block), and the
 * temporaries gc introduces (".autotmp_N").  Closure numbering follows
 * source order, and package-level closures are counted per file.
 */

#include "gosrc.h"
#include "util.h"

#include <stdbool.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Memory: one arena per file                                          */
/* ------------------------------------------------------------------ */

#define CHUNK_SIZE (64 * 1024)
#define MAX_NEST 1000		/* parser recursion limit */
#define MAX_PRINT_DEPTH 400	/* printer recursion limit */
#define MAX_EVAL_DEPTH 64	/* constant folding / resolution limit */

struct chunk {
	struct chunk *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

typedef struct arena {
	struct chunk *head;
} arena;

static void *arena_alloc(arena *a, size_t n)
{
	struct chunk *c = a->head;

	n = (n + 15) & ~(size_t)15;
	if (!c || c->cap - c->used < n) {
		size_t cap = n > CHUNK_SIZE ? n : CHUNK_SIZE;

		c = xmalloc(sizeof(*c) + cap);
		c->cap = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;

	c->used += n;
	memset(p, 0, n);
	return p;
}

static char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static void arena_free(arena *a)
{
	while (a->head) {
		struct chunk *c = a->head;

		a->head = c->next;
		free(c);
	}
}

/* ------------------------------------------------------------------ */
/* File cache                                                          */
/* ------------------------------------------------------------------ */

struct gosrc {
	struct gosrc *next;
	char *path;
	char *text;		/* NUL-terminated copy of the file */
	size_t len;
	size_t *lines;		/* byte offset of each line start */
	int nlines;
	int parsed;
	int nbad;		/* GN_BAD nodes in the tree */
	int nerrors;		/* syntax errors */
	gnode *ast;
	arena mem;
	/* methods of other packages' types called in the file, by the
	   position of the call's selector (gosrc_add_method_call) */
	struct mcall { unsigned long long key; char *method; } *mcalls;
	size_t mcalls_cap, nmcalls;	/* open addressing, key 0 free */
	/* package-level names -> declarations (open addressing) */
	const char **top_name;
	const gnode **top_decl;
	size_t top_cap;
	int top_built;
};

static struct gosrc *file_cache;

/* The other files of the package being compiled (gosrc_package_file). */
static char **package_files;
static int npackage_files;

/* Paths that could not be read (or are not Go source), not tried again. */
static struct miss {
	char *path;
	struct miss *next;
} *misses;

static void index_lines(struct gosrc *s)
{
	int cap = 64, n = 0;

	s->lines = xmalloc(cap * sizeof(size_t));
	s->lines[n++] = 0;
	for (size_t i = 0; i < s->len; i++) {
		if (s->text[i] != '\n')
			continue;
		if (n == cap) {
			cap *= 2;
			s->lines = xrealloc(s->lines, cap * sizeof(size_t));
		}
		s->lines[n++] = i + 1;
	}
	s->nlines = n;
}

static struct gosrc *src_new(const char *path, const char *text, size_t len)
{
	struct gosrc *s = xmalloc(sizeof(*s));

	memset(s, 0, sizeof(*s));
	s->path = xmalloc(strlen(path) + 1);
	strcpy(s->path, path);
	s->text = xmalloc(len + 1);
	if (len)
		memcpy(s->text, text, len);
	s->text[len] = 0;
	s->len = len;
	index_lines(s);
	s->next = file_cache;
	file_cache = s;
	return s;
}

gosrc *gosrc_get(const char *path)
{
	struct gosrc *s;

	if (!path)
		return NULL;
	for (s = file_cache; s; s = s->next)
		if (strcmp(s->path, path) == 0)
			return s;
	for (struct miss *m = misses; m; m = m->next)
		if (strcmp(m->path, path) == 0)
			return NULL;

	/* a //line directive may name anything (a grammar, a template):
	   only a Go file can tell gc's names and columns */
	size_t plen = strlen(path);
	FILE *f = plen > 3 && strcmp(path + plen - 3, ".go") == 0
			  ? fopen(path, "rb") : NULL;

	if (!f) {
		struct miss *m = xmalloc(sizeof *m);
		m->path = xmalloc(plen + 1);
		memcpy(m->path, path, plen + 1);
		m->next = misses;
		misses = m;
		return NULL;
	}

	size_t cap = 1 << 16, len = 0, got;
	char *buf = xmalloc(cap);

	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
	}
	int err = ferror(f);

	fclose(f);
	if (err) {
		free(buf);
		return NULL;
	}
	s = src_new(path, buf, len);
	free(buf);
	return s;
}

gosrc *gosrc_from_string(const char *name, const char *text, size_t len)
{
	struct gosrc *s;

	if (!name || !text)
		return NULL;
	for (s = file_cache; s; s = s->next)
		if (strcmp(s->path, name) == 0)
			return s;
	return src_new(name, text, len);
}

const char *gosrc_path(const gosrc *src)
{
	return src ? src->path : NULL;
}

const char *gosrc_line(gosrc *src, int line, int *len)
{
	if (!src || line < 1 || line > src->nlines)
		return NULL;

	size_t a = src->lines[line - 1];
	size_t b = line < src->nlines ? src->lines[line] - 1 : src->len;

	if (line == src->nlines && a == src->len && a > 0)
		return NULL;	/* the empty "line" after a final newline */
	if (b > a && src->text[b - 1] == '\r')
		b--;
	if (len)
		*len = (int)(b - a);
	return src->text + a;
}

static void scopes_free(void);

void gosrc_free_all(void)
{
	while (file_cache) {
		struct gosrc *s = file_cache;

		file_cache = s->next;
		arena_free(&s->mem);
		free(s->top_name);
		free(s->top_decl);
		for (size_t i = 0; i < s->mcalls_cap; i++)
			free(s->mcalls[i].method);
		free(s->mcalls);
		free(s->lines);
		free(s->text);
		free(s->path);
		free(s);
	}
	scopes_free();
	for (int i = 0; i < npackage_files; i++)
		free(package_files[i]);
	free(package_files);
	package_files = NULL;
	npackage_files = 0;
	while (misses) {
		struct miss *m = misses;
		misses = m->next;
		free(m->path);
		free(m);
	}
}

int gpos_cmp(gpos a, gpos b)
{
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Lexer                                                               */
/* ------------------------------------------------------------------ */

enum {
	T_EOF = 1, T_ILLEGAL, T_NAME, T_LIT,
	T_OP,		/* operator: op, prec (0 if unary only) */
	T_STAR,		/* '*': op '*', prec 5 */
	T_ARROW,	/* <- */
	T_ASSIGNOP,	/* op= : op is the binary operator */
	T_INCOP,	/* ++ / -- : op GN_TOK_INC / GN_TOK_DEC */
	T_ASSIGN, T_DEFINE,
	T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK, T_LBRACE, T_RBRACE,
	T_COMMA, T_SEMI, T_COLON, T_DOT, T_DDD,
	/* keywords, in alphabetical order */
	T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER,
	T_ELSE, T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT,
	T_INTERFACE, T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT,
	T_STRUCT, T_SWITCH, T_TYPE, T_VAR,
	T_COUNT
};

#define TM(t) (1ull << (t))

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer",
	"else", "fallthrough", "for", "func", "go", "goto", "if", "import",
	"interface", "map", "package", "range", "return", "select",
	"struct", "switch", "type", "var",
};

/* literal kinds, in tok.op for T_LIT */
enum { L_INT = 1, L_FLOAT, L_IMAG, L_RUNE, L_STRING };

typedef struct token {
	int t;
	int op;		/* operator / literal kind */
	int prec;	/* binary precedence */
	int autosemi;	/* ';' inserted at a newline or EOF */
	size_t off, end;
	gpos pos, epos;
} token;

typedef struct parser {
	arena *mem;
	const unsigned char *s;
	size_t n;
	/* scanner */
	size_t off;
	int line;
	size_t lstart;
	int nlsemi;
	/* parser */
	token tok;
	gpos prev_end;
	int xnest;
	int nest;	/* recursion depth */
	int ldepth;	/* loop depth of the nodes being built */
	int errors;
	/* scratch stack for building lists */
	gnode **stk;
	int sp, stkcap;
	/* deferred loop-depth adjustments */
	gnode **fix;
	int nfix, fixcap;
} parser;

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

static bool is_digit(int c)
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
		if (is_digit(c) || (c >= 'a' && c <= 'z') ||
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

static void scan(parser *p)
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
		       (is_letter(p->s[p->off]) || is_digit(p->s[p->off])))
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
	} else if (is_digit(c) || (c == '.' && is_digit(peekc(p, 1)))) {
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

static void next(parser *p)
{
	if (!p->tok.autosemi && p->tok.t != T_EOF)
		p->prev_end = p->tok.epos;
	scan(p);
}

/* ------------------------------------------------------------------ */
/* Parser: helpers                                                     */
/* ------------------------------------------------------------------ */

/* A loop depth adjustment applied to a subtree once parents are known. */
struct fixup {
	gnode *n;
	int delta;
};

static gnode *mk(parser *p, enum gn_kind k, gpos pos)
{
	gnode *n = arena_alloc(p->mem, sizeof(*n));

	n->kind = k;
	n->pos = pos;
	n->start = pos;
	n->end = pos;
	n->loop_depth = p->ldepth;
	n->index = -1;
	return n;
}

static gnode *fin(parser *p, gnode *n)
{
	n->end = p->prev_end;
	if (gpos_cmp(n->end, n->start) < 0)
		n->end = n->start;
	return n;
}

static void syntax_error(parser *p)
{
	p->errors++;
}

static gnode *bad(parser *p)
{
	return mk(p, GN_BAD, p->tok.pos);
}

static void push(parser *p, gnode *n)
{
	if (p->sp == p->stkcap) {
		p->stkcap = p->stkcap ? 2 * p->stkcap : 256;
		p->stk = xrealloc(p->stk, p->stkcap * sizeof(gnode *));
	}
	p->stk[p->sp++] = n;
}

/* Pops the entries pushed since `base` into an arena list. */
static gnode **take(parser *p, int base, int *count)
{
	int n = p->sp - base;
	gnode **l = NULL;

	if (n > 0) {
		l = arena_alloc(p->mem, n * sizeof(gnode *));
		memcpy(l, p->stk + base, n * sizeof(gnode *));
	}
	p->sp = base;
	*count = n;
	return l;
}

static gnode **list1(parser *p, gnode *a)
{
	gnode **l = arena_alloc(p->mem, sizeof(gnode *));

	l[0] = a;
	return l;
}

static void add_fixup(parser *p, gnode *n, int delta)
{
	if (p->nfix == p->fixcap) {
		p->fixcap = p->fixcap ? 2 * p->fixcap : 32;
		p->fix = xrealloc(p->fix, p->fixcap * sizeof(struct fixup));
	}
	struct fixup *f = (struct fixup *)p->fix + p->nfix++;

	f->n = n;
	f->delta = delta;
}

static const char *tok_text(parser *p)
{
	return arena_strndup(p->mem, (const char *)p->s + p->tok.off,
			     p->tok.end - p->tok.off);
}

static bool got(parser *p, int t)
{
	if (p->tok.t != t)
		return false;
	next(p);
	return true;
}

static void want(parser *p, int t)
{
	if (!got(p, t))
		syntax_error(p);
}

static bool is_op(parser *p, int op)
{
	return p->tok.t == T_OP && p->tok.op == op;
}

static bool enter(parser *p)
{
	if (++p->nest > MAX_NEST) {
		syntax_error(p);
		return false;
	}
	return true;
}

static void leave(parser *p)
{
	p->nest--;
}

/* Skips tokens until one in `follow` at bracket depth 0 (or EOF). */
static void skip_to(parser *p, unsigned long long follow)
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
		next(p);
	}
}

#define TOPLEVEL_KW (TM(T_FUNC) | TM(T_VAR) | TM(T_CONST) | TM(T_TYPE) | \
		     TM(T_IMPORT))

/* Skips to the next top-level declaration: a declaration keyword at
 * bracket depth 0, or at column 1 whatever the depth. */
static void skip_toplevel(parser *p)
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
		next(p);
	}
}

static gnode *unparen(const gnode *n)
{
	while (n && n->kind == GN_PAREN)
		n = n->x;
	return (gnode *)n;
}

gnode *gosrc_unparen(const gnode *n)
{
	return unparen(n);
}

/* ------------------------------------------------------------------ */
/* Parser: expressions                                                 */
/* ------------------------------------------------------------------ */

static gnode *expr(parser *p);
static gnode *type_or_nil(parser *p);
static gnode *type_(parser *p);
static gnode *block(parser *p);
static gnode *func_body(parser *p);
static gnode *pexpr(parser *p, gnode *x);
static gnode *unary_expr(parser *p);
static gnode *binary_expr(parser *p, gnode *x, int prec);
static gnode *signature(parser *p, gnode *ft, gnode ***tparams, int *ntp);
static gnode *qualified_name(parser *p, gnode *name);
static gnode *embedded_elem(parser *p, gnode *type);

static gnode *name_node(parser *p)
{
	gnode *n = mk(p, GN_NAME, p->tok.pos);

	if (p->tok.t == T_NAME) {
		n->text = tok_text(p);
		next(p);
	} else {
		syntax_error(p);
		n->kind = GN_BAD;
		n->text = "_";
	}
	return fin(p, n);
}

static gnode *lit_node(parser *p)
{
	gnode *n = mk(p, GN_BASICLIT, p->tok.pos);

	n->text = tok_text(p);
	next(p);
	return fin(p, n);
}

/* Pushes a comma-separated expression list; returns its length. */
static int expr_list(parser *p)
{
	int n = 0;

	do {
		push(p, expr(p));
		n++;
	} while (got(p, T_COMMA));
	return n;
}

static gnode **expr_list_take(parser *p, int *count)
{
	int base = p->sp;

	expr_list(p);
	return take(p, base, count);
}

/* "x[" already consumed: an index list of expressions or types. */
static int type_list(parser *p, bool *comma)
{
	int n = 1;

	*comma = false;
	p->xnest++;
	push(p, expr(p));
	if (got(p, T_COMMA)) {
		*comma = true;
		while (p->tok.t != T_RBRACK && p->tok.t != T_EOF) {
			gnode *t = type_or_nil(p);

			if (!t)
				break;
			push(p, t);
			n++;
			if (!got(p, T_COMMA))
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
	gnode *ft = mk(p, GN_FUNCTYPE, pos);

	next(p);
	signature(p, ft, NULL, NULL);
	fin(p, ft);
	if (p->tok.t != T_LBRACE)
		return ft;

	gnode *f = mk(p, GN_FUNCLIT, pos);

	if (saved)
		add_fixup(p, ft, -saved);
	f->x = ft;
	p->xnest++;
	p->ldepth = 0;
	f->y = func_body(p);
	p->ldepth = saved;
	p->xnest--;
	return fin(p, f);
}

static gnode *operand(parser *p)
{
	switch (p->tok.t) {
	case T_NAME:
		return name_node(p);
	case T_LIT:
		return lit_node(p);
	case T_LPAREN: {
		gnode *n = mk(p, GN_PAREN, p->tok.pos);

		next(p);
		p->xnest++;
		n->x = expr(p);
		p->xnest--;
		want(p, T_RPAREN);
		return fin(p, n);
	}
	case T_FUNC:
		return func_lit_or_type(p);
	case T_LBRACK:
	case T_CHAN:
	case T_MAP:
	case T_STRUCT:
	case T_INTERFACE:
		return type_(p);
	}
	syntax_error(p);
	return bad(p);
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

static gnode *complit(parser *p, gnode *type);

static gnode *bare_complitexpr(parser *p)
{
	if (p->tok.t == T_LBRACE)
		return complit(p, NULL);
	return expr(p);
}

static gnode *complit(parser *p, gnode *type)
{
	gnode *n = mk(p, GN_COMPOSITE, p->tok.pos);
	int base = p->sp;

	if (!enter(p)) {
		leave(p);
		return bad(p);
	}
	if (type)
		n->start = type->start;
	n->x = type;
	p->xnest++;
	want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		gnode *e = bare_complitexpr(p);

		if (p->tok.t == T_COLON) {
			gnode *kv = mk(p, GN_KEYVALUE, p->tok.pos);

			kv->start = e->start;
			next(p);
			kv->x = e;
			kv->y = bare_complitexpr(p);
			e = fin(p, kv);
		}
		push(p, e);
		if (!got(p, T_COMMA)) {
			if (p->tok.t != T_RBRACE) {
				syntax_error(p);
				skip_to(p, TM(T_RBRACE));
			}
			break;
		}
	}
	p->xnest--;
	n->list = take(p, base, &n->nlist);
	want(p, T_RBRACE);
	leave(p);
	return fin(p, n);
}

static gnode *pexpr(parser *p, gnode *x)
{
	if (!x)
		x = operand(p);
	for (;;) {
		gpos pos = p->tok.pos;
		gnode *t;

		switch (p->tok.t) {
		case T_DOT:
			next(p);
			if (p->tok.t == T_NAME) {
				t = mk(p, GN_SELECTOR, pos);
				t->start = x->start;
				t->x = x;
				t->text = tok_text(p);
				next(p);
				x = fin(p, t);
			} else if (got(p, T_LPAREN)) {
				t = mk(p, GN_ASSERT, pos);
				t->start = x->start;
				t->x = x;
				if (!got(p, T_TYPE))
					t->y = type_(p);
				want(p, T_RPAREN);
				x = fin(p, t);
			} else {
				syntax_error(p);
				t = mk(p, GN_BAD, pos);
				t->start = x->start;
				t->x = x;
				return fin(p, t);
			}
			break;

		case T_LBRACK: {
			int base = p->sp;
			bool comma = false;
			gnode *i = NULL;

			next(p);
			if (p->tok.t == T_RBRACK) {
				syntax_error(p);
				next(p);
				t = mk(p, GN_INDEX, pos);
				t->start = x->start;
				t->x = x;
				x = fin(p, t);
				break;
			}
			if (p->tok.t != T_COLON) {
				type_list(p, &comma);
				if (comma || p->tok.t == T_RBRACK) {
					want(p, T_RBRACK);
					t = mk(p, GN_INDEX, pos);
					t->start = x->start;
					t->x = x;
					t->list = take(p, base, &t->nlist);
					x = fin(p, t);
					break;
				}
				i = p->stk[--p->sp];
			}
			t = mk(p, GN_SLICE, pos);
			t->start = x->start;
			t->x = x;
			t->nlist = 3;
			t->list = arena_alloc(p->mem, 3 * sizeof(gnode *));
			t->list[0] = i;
			if (!got(p, T_COLON)) {
				syntax_error(p);
				skip_to(p, TM(T_COMMA) | TM(T_COLON) |
					   TM(T_RBRACK));
				got(p, T_COLON);
			}
			p->xnest++;
			if (p->tok.t != T_COLON && p->tok.t != T_RBRACK)
				t->list[1] = expr(p);
			if (p->tok.t == T_COLON) {
				t->flags |= GNF_SLICE3;
				next(p);
				if (p->tok.t != T_RBRACK)
					t->list[2] = expr(p);
				else
					syntax_error(p);
			}
			p->xnest--;
			want(p, T_RBRACK);
			x = fin(p, t);
			break;
		}

		case T_LPAREN: {
			int base = p->sp;

			t = mk(p, GN_CALL, pos);
			t->start = x->start;
			t->x = x;
			next(p);
			p->xnest++;
			while (p->tok.t != T_RPAREN && p->tok.t != T_EOF) {
				push(p, expr(p));
				if (got(p, T_DDD))
					t->flags |= GNF_DDD;
				if (!got(p, T_COMMA)) {
					if (p->tok.t != T_RPAREN) {
						syntax_error(p);
						skip_to(p, TM(T_RPAREN) |
							   TM(T_SEMI) |
							   TM(T_RBRACE));
					}
					break;
				}
			}
			p->xnest--;
			t->list = take(p, base, &t->nlist);
			want(p, T_RPAREN);
			x = fin(p, t);
			break;
		}

		case T_LBRACE: {
			gnode *u = unparen(x);
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
				syntax_error(p);
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
			syntax_error(p);
		t->op = GN_CHAN_RECV;
		t = t->y;
	}
	if (dir == GN_CHAN_SEND)
		syntax_error(p);
	x->start = pos;
	x->pos = pos;
	return x;
}

static gnode *unary_expr(parser *p)
{
	gnode *x;

	if (!enter(p)) {
		leave(p);
		return bad(p);
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
			x = mk(p, GN_UNARY, p->tok.pos);
			x->op = p->tok.op;
			next(p);
			x->x = unary_expr(p);
			leave(p);
			return fin(p, x);
		}
		break;
	case T_STAR:
		x = mk(p, GN_STAR, p->tok.pos);
		next(p);
		x->x = unary_expr(p);
		leave(p);
		return fin(p, x);
	case T_ARROW: {
		gpos pos = p->tok.pos;
		gnode *y;

		next(p);
		y = unary_expr(p);
		leave(p);
		if (y->kind == GN_CHANTYPE)
			return recv_chan(p, pos, y);
		x = mk(p, GN_UNARY, pos);
		x->op = GN_TOK_ARROW;
		x->x = y;
		return fin(p, x);
	}
	}
	x = pexpr(p, NULL);
	leave(p);
	return x;
}

static gnode *binary_expr(parser *p, gnode *x, int prec)
{
	if (!x)
		x = unary_expr(p);
	while ((p->tok.t == T_OP || p->tok.t == T_STAR) && p->tok.prec > prec) {
		gnode *t = mk(p, GN_BINARY, p->tok.pos);
		int tprec = p->tok.prec;

		t->op = p->tok.op;
		t->start = x->start;
		next(p);
		t->x = x;
		t->y = binary_expr(p, NULL, tprec);
		x = fin(p, t);
	}
	return x;
}

static gnode *expr(parser *p)
{
	gnode *x;

	if (!enter(p)) {
		leave(p);
		return bad(p);
	}
	x = binary_expr(p, NULL, 0);
	leave(p);
	return x;
}

/* ------------------------------------------------------------------ */
/* Parser: types                                                       */
/* ------------------------------------------------------------------ */

static gnode *type_(parser *p)
{
	gnode *t = type_or_nil(p);

	if (!t) {
		syntax_error(p);
		t = bad(p);
		skip_to(p, TM(T_COMMA) | TM(T_COLON) | TM(T_SEMI) |
			   TM(T_RPAREN) | TM(T_RBRACK) | TM(T_RBRACE));
	}
	return t;
}

static gnode *array_type(parser *p, gpos pos, gnode *len)
{
	gnode *t = mk(p, GN_ARRAYTYPE, pos);

	if (!len && !got(p, T_DDD)) {
		p->xnest++;
		len = expr(p);
		p->xnest--;
	}
	if (p->tok.t == T_COMMA) {
		syntax_error(p);
		next(p);
	}
	want(p, T_RBRACK);
	t->x = len;
	t->y = type_(p);
	return fin(p, t);
}

static gnode *chan_elem(parser *p)
{
	gnode *t = type_or_nil(p);

	if (!t) {
		syntax_error(p);
		t = bad(p);
	}
	return t;
}

static gnode *type_instance(parser *p, gnode *x)
{
	gnode *t = mk(p, GN_INDEX, p->tok.pos);
	int base = p->sp;
	bool comma;

	t->start = x->start;
	t->x = x;
	next(p);
	if (p->tok.t == T_RBRACK)
		syntax_error(p);
	else
		type_list(p, &comma);
	t->list = take(p, base, &t->nlist);
	want(p, T_RBRACK);
	return fin(p, t);
}

static gnode *qualified_name(parser *p, gnode *name)
{
	gnode *x = name ? name : name_node(p);

	if (p->tok.t == T_DOT) {
		gnode *t = mk(p, GN_SELECTOR, p->tok.pos);

		t->start = x->start;
		t->x = x;
		next(p);
		if (p->tok.t == T_NAME) {
			t->text = tok_text(p);
			next(p);
		} else {
			syntax_error(p);
			t->text = "_";
		}
		x = fin(p, t);
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

	next(p);
	if (got(p, T_RBRACK)) {
		t = mk(p, GN_SLICETYPE, pos);
		t->y = type_(p);
		return fin(p, t);
	}
	type_list(p, &comma);
	want(p, T_RBRACK);
	if (!comma)
		elem = type_or_nil(p);
	if (elem) {
		t = mk(p, GN_ARRAYTYPE, pos);
		t->x = p->stk[--p->sp];
		t->y = elem;
		p->sp = base;
		return fin(p, t);
	}
	t = mk(p, GN_INDEX, pos);
	t->start = name->start;
	t->x = name;
	t->list = take(p, base, &t->nlist);
	return fin(p, t);
}

/* A parameter entry before names and types are matched up. */
static void param_decl(parser *p, int close, gnode *given, gnode **pname,
		       gnode **ptype)
{
	bool ts = close == T_RBRACK;
	gnode *name = given, *type = NULL;

	*pname = *ptype = NULL;
	if (!given && ts && is_op(p, '~')) {
		*ptype = embedded_elem(p, NULL);
		return;
	}
	if (given || p->tok.t == T_NAME) {
		if (!given)
			name = name_node(p);
		if (p->tok.t == T_LBRACK) {
			gnode *t = array_or_targs(p, name);

			if (t->kind == GN_INDEX)
				name = NULL;
			type = t;
			if (ts && is_op(p, '|'))
				type = embedded_elem(p, type);
			*pname = name;
			*ptype = type;
			return;
		}
		if (p->tok.t == T_DOT) {
			type = qualified_name(p, name);
			if (ts && is_op(p, '|'))
				type = embedded_elem(p, type);
			*ptype = type;
			return;
		}
		if (ts && is_op(p, '|')) {
			*ptype = embedded_elem(p, name);
			return;
		}
	}
	if (p->tok.t == T_DDD) {
		type = mk(p, GN_ELLIPSIS, p->tok.pos);
		next(p);
		type->y = type_or_nil(p);
		if (!type->y) {
			syntax_error(p);
			type->y = bad(p);
		}
		fin(p, type);
	} else if (ts && is_op(p, '~')) {
		type = embedded_elem(p, NULL);
	} else {
		type = type_or_nil(p);
		if (type && ts && is_op(p, '|'))
			type = embedded_elem(p, type);
	}
	if (!name && !type) {
		syntax_error(p);
		skip_to(p, TM(T_COMMA) | TM(close) | TM(T_SEMI) | TM(T_RBRACE));
	}
	*pname = name;
	*ptype = type;
}

static gnode *new_field(parser *p, gnode *name, gnode *type)
{
	gnode *f = mk(p, GN_FIELD, name ? name->pos : type->pos);

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
static int param_list(parser *p, int close, gnode *name0, gnode *type0)
{
	int base = p->sp, n, named = 0;

	if (name0 && type0) {
		push(p, name0);
		push(p, type0);
		named++;
		name0 = NULL;
		if (!got(p, T_COMMA))
			goto end;
	}
	while (p->tok.t != close && p->tok.t != T_EOF) {
		gnode *name, *type;

		param_decl(p, close, name0, &name, &type);
		name0 = NULL;
		if (name || type) {
			push(p, name);
			push(p, type);
			if (name && type)
				named++;
		}
		if (!got(p, T_COMMA)) {
			if (p->tok.t != close) {
				syntax_error(p);
				skip_to(p, TM(close) | TM(T_SEMI) | TM(T_RBRACE) |
					   TM(T_LBRACE));
			}
			break;
		}
	}
end:
	want(p, close);

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
					syntax_error(p);
			} else if (typ) {
				e[2 * i + 1] = typ;
			} else {
				syntax_error(p);
				e[2 * i + 1] = mk(p, GN_BAD, e[2 * i]->end);
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

	if (got(p, T_LPAREN)) {
		param_list(p, T_RPAREN, NULL, NULL);
	} else {
		gnode *t = type_or_nil(p);

		if (t)
			push(p, new_field(p, NULL, t));
	}
	ft->list2 = take(p, base, &ft->nlist2);
}

/* [type params] (params) results, into ft (a GN_FUNCTYPE). */
static gnode *signature(parser *p, gnode *ft, gnode ***tparams, int *ntp)
{
	int base = p->sp;

	if (got(p, T_LBRACK)) {
		param_list(p, T_RBRACK, NULL, NULL);
		if (tparams)
			*tparams = take(p, base, ntp);
		else
			p->sp = base;	/* not allowed here: dropped */
	}
	want(p, T_LPAREN);
	param_list(p, T_RPAREN, NULL, NULL);
	ft->list = take(p, base, &ft->nlist);
	func_result(p, ft);
	return ft;
}

static gnode *oliteral(parser *p)
{
	if (p->tok.t == T_LIT)
		return lit_node(p);
	return NULL;
}

static void add_struct_field(parser *p, gnode *name, gnode *type, gnode *tag)
{
	gnode *f = new_field(p, name, type);

	f->y = tag;
	if (tag)
		f->end = tag->end;
	push(p, f);
}

static void field_decl(parser *p)
{
	gpos pos = p->tok.pos;
	gnode *typ, *tag;

	switch (p->tok.t) {
	case T_NAME: {
		gnode *name = name_node(p);
		int base = p->sp, n;

		if (p->tok.t == T_DOT || p->tok.t == T_LIT ||
		    p->tok.t == T_SEMI || p->tok.t == T_RBRACE) {
			typ = qualified_name(p, name);
			add_struct_field(p, NULL, typ, oliteral(p));
			return;
		}
		push(p, name);
		while (got(p, T_COMMA))
			push(p, name_node(p));
		n = p->sp - base;
		if (n == 1 && p->tok.t == T_LBRACK) {
			typ = array_or_targs(p, name);
			if (typ->kind == GN_INDEX) {
				p->sp = base;
				add_struct_field(p, NULL, typ, oliteral(p));
				return;
			}
		} else {
			typ = type_(p);
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
		next(p);
		if (p->tok.t == T_LPAREN) {
			syntax_error(p);
			next(p);
			typ = qualified_name(p, NULL);
			got(p, T_RPAREN);
		} else {
			typ = qualified_name(p, NULL);
		}
		{
			gnode *s = mk(p, GN_STAR, pos);

			s->x = typ;
			typ = fin(p, s);
		}
		add_struct_field(p, NULL, typ, oliteral(p));
		return;
	case T_LPAREN:
		syntax_error(p);
		next(p);
		if (p->tok.t == T_STAR) {
			gnode *s = mk(p, GN_STAR, p->tok.pos);

			next(p);
			s->x = qualified_name(p, NULL);
			typ = fin(p, s);
		} else {
			typ = qualified_name(p, NULL);
		}
		got(p, T_RPAREN);
		add_struct_field(p, NULL, typ, oliteral(p));
		return;
	default:
		syntax_error(p);
		skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
	}
}

static gnode *struct_type(parser *p)
{
	gnode *t = mk(p, GN_STRUCTTYPE, p->tok.pos);
	int base = p->sp;

	next(p);
	want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		size_t before = p->tok.off;

		field_decl(p);
		if (!got(p, T_SEMI) && p->tok.t != T_RBRACE) {
			syntax_error(p);
			skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
			got(p, T_SEMI);
		}
		if (p->tok.off == before && p->tok.t != T_RBRACE &&
		    p->tok.t != T_EOF)
			next(p);
	}
	t->list = take(p, base, &t->nlist);
	want(p, T_RBRACE);
	return fin(p, t);
}

static gnode *embedded_term(parser *p)
{
	gnode *t;

	if (is_op(p, '~')) {
		t = mk(p, GN_UNARY, p->tok.pos);
		t->op = '~';
		next(p);
		t->x = type_(p);
		return fin(p, t);
	}
	t = type_or_nil(p);
	if (!t) {
		syntax_error(p);
		t = bad(p);
		skip_to(p, TM(T_OP) | TM(T_SEMI) | TM(T_RPAREN) |
			   TM(T_RBRACK) | TM(T_RBRACE));
	}
	return t;
}

/* type { "|" term } ; type == NULL: parse the first term too. */
static gnode *embedded_elem(parser *p, gnode *type)
{
	if (!type)
		type = embedded_term(p);
	while (is_op(p, '|')) {
		gnode *t = mk(p, GN_BINARY, p->tok.pos);

		t->op = '|';
		t->start = type->start;
		t->x = type;
		next(p);
		t->y = embedded_term(p);
		type = fin(p, t);
	}
	return type;
}

static gnode *interface_type(parser *p)
{
	gnode *t = mk(p, GN_IFACETYPE, p->tok.pos);
	int base = p->sp;

	next(p);
	want(p, T_LBRACE);
	while (p->tok.t != T_RBRACE && p->tok.t != T_EOF) {
		size_t before = p->tok.off;
		gnode *f = NULL, *typ = NULL;

		if (p->tok.t == T_NAME) {
			gnode *name = name_node(p);

			if (p->tok.t == T_LPAREN) {
				gnode *ft = mk(p, GN_FUNCTYPE, p->tok.pos);

				signature(p, ft, NULL, NULL);
				f = new_field(p, name, fin(p, ft));
			} else if (p->tok.t == T_LBRACK) {
				typ = type_instance(p, name);
				if (p->tok.t == T_LPAREN) {
					/* generic method: not allowed */
					gnode *ft = mk(p, GN_FUNCTYPE,
						       p->tok.pos);

					syntax_error(p);
					signature(p, ft, NULL, NULL);
					f = new_field(p, name, fin(p, ft));
				}
			} else {
				typ = qualified_name(p, name);
			}
		}
		if (!f) {
			typ = embedded_elem(p, typ);
			f = new_field(p, NULL, typ);
		}
		push(p, f);
		if (!got(p, T_SEMI) && p->tok.t != T_RBRACE) {
			syntax_error(p);
			skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
			got(p, T_SEMI);
		}
		if (p->tok.off == before && p->tok.t != T_RBRACE &&
		    p->tok.t != T_EOF)
			next(p);
	}
	t->list = take(p, base, &t->nlist);
	want(p, T_RBRACE);
	return fin(p, t);
}

static gnode *type_or_nil(parser *p)
{
	gpos pos = p->tok.pos;
	gnode *t = NULL;

	if (!enter(p)) {
		leave(p);
		return bad(p);
	}
	switch (p->tok.t) {
	case T_STAR:
		t = mk(p, GN_STAR, pos);
		next(p);
		t->x = type_(p);
		t = fin(p, t);
		break;
	case T_ARROW:
		t = mk(p, GN_CHANTYPE, pos);
		t->op = GN_CHAN_RECV;
		next(p);
		want(p, T_CHAN);
		t->y = chan_elem(p);
		t = fin(p, t);
		break;
	case T_FUNC:
		t = mk(p, GN_FUNCTYPE, pos);
		next(p);
		signature(p, t, NULL, NULL);
		t = fin(p, t);
		break;
	case T_LBRACK:
		next(p);
		if (got(p, T_RBRACK)) {
			t = mk(p, GN_SLICETYPE, pos);
			t->y = type_(p);
			t = fin(p, t);
		} else {
			t = array_type(p, pos, NULL);
		}
		break;
	case T_CHAN:
		t = mk(p, GN_CHANTYPE, pos);
		next(p);
		t->op = got(p, T_ARROW) ? GN_CHAN_SEND : GN_CHAN_BOTH;
		t->y = chan_elem(p);
		t = fin(p, t);
		break;
	case T_MAP:
		t = mk(p, GN_MAPTYPE, pos);
		next(p);
		want(p, T_LBRACK);
		t->x = type_(p);
		want(p, T_RBRACK);
		t->y = type_(p);
		t = fin(p, t);
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
		t = mk(p, GN_PAREN, pos);
		next(p);
		t->x = type_(p);
		want(p, T_RPAREN);
		t = fin(p, t);
		break;
	}
	leave(p);
	return t;
}

/* ------------------------------------------------------------------ */
/* Parser: statements                                                  */
/* ------------------------------------------------------------------ */

static gnode *stmt_or_nil(parser *p);

static gnode *func_body(parser *p)
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
			syntax_error(p);
			s = bad(p);
			skip_to(p, TM(T_SEMI) | TM(T_RBRACE) | TM(T_CASE) |
				   TM(T_DEFAULT));
			fin(p, s);
			push(p, s);
			got(p, T_SEMI);
		} else {
			push(p, s);
			if (!got(p, T_SEMI) && p->tok.t != T_RBRACE) {
				syntax_error(p);
				skip_to(p, TM(T_SEMI) | TM(T_RBRACE) |
					   TM(T_CASE) | TM(T_DEFAULT));
				got(p, T_SEMI);
			}
		}
		if (p->tok.off == before && p->tok.t == before_t &&
		    p->tok.t != T_EOF && p->tok.t != T_RBRACE)
			next(p);
	}
}

static gnode *block(parser *p)
{
	gnode *b = mk(p, GN_BLOCK, p->tok.pos);
	int base = p->sp;

	if (!enter(p)) {
		leave(p);
		b->kind = GN_BAD;
		return b;
	}
	if (!got(p, T_LBRACE)) {
		syntax_error(p);
		leave(p);
		return b;
	}
	stmt_list(p);
	b->list = take(p, base, &b->nlist);
	want(p, T_RBRACE);
	leave(p);
	return fin(p, b);
}

static gnode *range_clause(parser *p, gnode **lhs, int nlhs, int op)
{
	gnode *r = mk(p, GN_RANGE, p->tok.pos);

	next(p);
	r->list = lhs;
	r->nlist = nlhs;
	r->op = op;
	r->x = expr(p);
	return fin(p, r);
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
		lhs = expr_list_take(p, &nlhs);

	if (nlhs == 1 && p->tok.t != T_ASSIGN && p->tok.t != T_DEFINE) {
		gpos pos = p->tok.pos;

		switch (p->tok.t) {
		case T_ASSIGNOP:
			s = mk(p, GN_ASSIGN, pos);
			s->op = assign_op(p->tok.op);
			next(p);
			s->start = lhs[0]->start;
			s->list = lhs;
			s->nlist = 1;
			s->list2 = list1(p, expr(p));
			s->nlist2 = 1;
			return fin(p, s);
		case T_INCOP:
			s = mk(p, GN_INCDEC, pos);
			s->op = p->tok.op;
			next(p);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			return fin(p, s);
		case T_ARROW:
			s = mk(p, GN_SEND, pos);
			next(p);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			s->y = expr(p);
			return fin(p, s);
		default:
			s = mk(p, GN_EXPRSTMT, lhs[0]->pos);
			s->start = lhs[0]->start;
			s->x = lhs[0];
			return fin(p, s);
		}
	}

	if (p->tok.t == T_ASSIGN || p->tok.t == T_DEFINE) {
		gpos pos = p->tok.pos;
		int op = p->tok.t == T_DEFINE ? GN_TOK_DEFINE : GN_TOK_ASSIGN;

		next(p);
		if (keyword == T_FOR && p->tok.t == T_RANGE) {
			s = range_clause(p, lhs, nlhs, op);
			return s;
		}
		s = mk(p, GN_ASSIGN, pos);
		s->start = lhs[0]->start;
		s->op = op;
		s->list = lhs;
		s->nlist = nlhs;
		s->list2 = expr_list_take(p, &s->nlist2);
		if (keyword == T_SWITCH && op == GN_TOK_DEFINE && nlhs == 1 &&
		    lhs[0]->kind == GN_NAME && s->nlist2 == 1 &&
		    s->list2[0]->kind == GN_ASSERT && !s->list2[0]->y) {
			/* switch x := y.(type): an EXPRSTMT marker whose y
			 * is the bound name */
			gnode *e = mk(p, GN_EXPRSTMT, s->list2[0]->pos);

			e->start = lhs[0]->start;
			e->x = s->list2[0];
			e->y = lhs[0];
			return fin(p, e);
		}
		return fin(p, s);
	}

	syntax_error(p);
	skip_to(p, TM(T_SEMI) | TM(T_RBRACE));
	s = mk(p, GN_EXPRSTMT, lhs[0]->pos);
	s->start = lhs[0]->start;
	s->x = lhs[0];
	return fin(p, s);
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
	next(p);
	if (p->tok.t == T_LBRACE) {
		if (keyword == T_IF) {
			syntax_error(p);
			*cond = bad(p);
		}
		return;
	}
	p->xnest = -1;
	if (p->tok.t != T_SEMI) {
		if (got(p, T_VAR))
			syntax_error(p);
		*init = simple_stmt(p, NULL, 0, keyword);
		if ((*init)->kind == GN_RANGE) {
			p->xnest = outer;
			return;
		}
	}
	if (p->tok.t != T_LBRACE) {
		if (!got(p, T_SEMI)) {
			syntax_error(p);
			skip_to(p, TM(T_LBRACE) | TM(T_RBRACE) | TM(T_SEMI));
		}
		if (keyword == T_FOR) {
			p->ldepth = depth + 1;
			if (p->tok.t != T_SEMI) {
				if (p->tok.t == T_LBRACE) {
					syntax_error(p);
					goto done;
				}
				cs = simple_stmt(p, NULL, 0, 0);
			}
			want(p, T_SEMI);
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
	syntax_error(p);
	gnode *b = mk(p, GN_BAD, cs->pos);

	b->start = cs->start;
	b->end = cs->end;
	b->loop_depth = cs->loop_depth;
	b->x = cs;
	return b;
}

static gnode *if_stmt(parser *p)
{
	gnode *s = mk(p, GN_IF, p->tok.pos), *cs, *post;

	if (!enter(p)) {
		leave(p);
		s->kind = GN_BAD;
		next(p);
		return s;
	}
	header(p, T_IF, &s->x, &cs, &post);
	s->y = cond_expr(p, cs);
	s->z = block(p);
	if (got(p, T_ELSE)) {
		gnode *e = NULL;

		if (p->tok.t == T_IF)
			e = if_stmt(p);
		else if (p->tok.t == T_LBRACE)
			e = block(p);
		else
			syntax_error(p);
		if (e) {
			s->list = list1(p, e);
			s->nlist = 1;
		}
	}
	leave(p);
	return fin(p, s);
}

static gnode *for_stmt(parser *p)
{
	gnode *s = mk(p, GN_FOR, p->tok.pos), *init, *cs, *post, *body;
	int depth = p->ldepth;

	header(p, T_FOR, &init, &cs, &post);
	p->ldepth = depth + 1;
	body = block(p);
	p->ldepth = depth;
	if (init && init->kind == GN_RANGE) {
		init->start = s->start;
		init->y = body;
		return fin(p, init);
	}
	s->x = init;
	if (cs) {
		s->y = cond_expr(p, cs);
		/* "for cond {": parsed as an init statement, outside */
		if (cs->loop_depth == depth)
			add_fixup(p, s->y, 1);
	}
	s->z = post;
	s->list = list1(p, body);
	s->nlist = 1;
	return fin(p, s);
}

static gnode *case_clause(parser *p, bool sel)
{
	gnode *c = mk(p, GN_CASE, p->tok.pos);
	int base = p->sp;

	if (got(p, T_CASE)) {
		if (sel)
			c->x = simple_stmt(p, NULL, 0, 0);
		else
			c->list = expr_list_take(p, &c->nlist);
	} else if (got(p, T_DEFAULT)) {
		c->flags |= GNF_DEFAULT;
	} else {
		syntax_error(p);
		skip_to(p, TM(T_COLON) | TM(T_RBRACE));
	}
	want(p, T_COLON);
	stmt_list(p);
	c->list2 = take(p, base, &c->nlist2);
	return fin(p, c);
}

static void case_body(parser *p, gnode *s, bool sel)
{
	int base = p->sp;

	if (!got(p, T_LBRACE)) {
		syntax_error(p);
		skip_to(p, TM(T_CASE) | TM(T_DEFAULT) | TM(T_RBRACE) |
			   TM(T_LBRACE));
		got(p, T_LBRACE);
	}
	while (p->tok.t != T_EOF && p->tok.t != T_RBRACE) {
		size_t before = p->tok.off;

		push(p, case_clause(p, sel));
		if (p->tok.off == before && p->tok.t != T_EOF &&
		    p->tok.t != T_RBRACE)
			next(p);
	}
	s->list = take(p, base, &s->nlist);
	want(p, T_RBRACE);
}

static gnode *switch_stmt(parser *p)
{
	gnode *s = mk(p, GN_SWITCH, p->tok.pos), *cs, *post;

	if (!enter(p)) {
		leave(p);
		s->kind = GN_BAD;
		next(p);
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
	leave(p);
	return fin(p, s);
}

static gnode *select_stmt(parser *p)
{
	gnode *s = mk(p, GN_SELECT, p->tok.pos);

	if (!enter(p)) {
		leave(p);
		s->kind = GN_BAD;
		next(p);
		return s;
	}
	next(p);
	case_body(p, s, true);
	leave(p);
	return fin(p, s);
}

static gnode *call_stmt(parser *p)
{
	gnode *s = mk(p, p->tok.t == T_GO ? GN_GO : GN_DEFER, p->tok.pos);

	next(p);
	s->x = pexpr(p, NULL);
	if (unparen(s->x)->kind != GN_CALL)
		syntax_error(p);
	return fin(p, s);
}

static gnode *branch_stmt(parser *p, int op)
{
	gnode *s = mk(p, GN_BRANCH, p->tok.pos);

	s->op = op;
	next(p);
	if (op != GN_TOK_FALLTHROUGH && p->tok.t == T_NAME) {
		s->text = tok_text(p);
		next(p);
	} else if (op == GN_TOK_GOTO) {
		syntax_error(p);
	}
	return fin(p, s);
}

static gnode *decl_stmt(parser *p);

static gnode *labeled_stmt(parser *p, gnode *name)
{
	gnode *s = mk(p, GN_LABELED, p->tok.pos);

	s->start = name->start;
	s->text = name->text;
	want(p, T_COLON);
	if (p->tok.t != T_RBRACE)
		s->x = stmt_or_nil(p);
	if (!s->x) {
		if (p->tok.t != T_RBRACE)
			syntax_error(p);
		s->x = mk(p, GN_EMPTY, p->tok.pos);
	}
	return fin(p, s);
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
		return decl_stmt(p);
	case T_NAME: {
		int n;
		gnode **lhs = expr_list_take(p, &n);

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
		s = mk(p, GN_RETURN, p->tok.pos);
		next(p);
		if (p->tok.t != T_SEMI && p->tok.t != T_RBRACE)
			s->list = expr_list_take(p, &s->nlist);
		return fin(p, s);
	case T_SEMI:
		s = mk(p, GN_EMPTY, p->tok.pos);
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
		push(p, name_node(p));
		n++;
	} while (got(p, T_COMMA));
	return n;
}

static gnode *var_spec(parser *p, int kind)
{
	gnode *s = mk(p, kind, p->tok.pos);
	int base = p->sp;

	name_list(p);
	s->list = take(p, base, &s->nlist);
	if (kind == GN_VARSPEC) {
		if (got(p, T_ASSIGN)) {
			s->list2 = expr_list_take(p, &s->nlist2);
		} else {
			s->x = type_(p);
			if (got(p, T_ASSIGN))
				s->list2 = expr_list_take(p, &s->nlist2);
		}
	} else if (p->tok.t != T_EOF && p->tok.t != T_SEMI &&
		   p->tok.t != T_RPAREN) {
		s->x = type_or_nil(p);
		if (got(p, T_ASSIGN))
			s->list2 = expr_list_take(p, &s->nlist2);
	}
	return fin(p, s);
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
	gnode *s = mk(p, GN_TYPESPEC, p->tok.pos);

	if (p->tok.t != T_NAME) {
		syntax_error(p);
		s->kind = GN_BAD;
		skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
		return fin(p, s);
	}
	s->text = tok_text(p);
	next(p);
	if (p->tok.t == T_LBRACK) {
		gpos pos = p->tok.pos;

		next(p);
		if (p->tok.t == T_NAME) {
			gnode *x = name_node(p), *pname = NULL, *ptype = NULL;

			if (p->tok.t != T_RBRACK) {
				p->xnest++;
				x = binary_expr(p, pexpr(p, x), 0);
				p->xnest--;
			}
			bool force = p->tok.t == T_COMMA;

			if (x->kind == GN_NAME) {
				pname = x;
			} else if (x->kind == GN_BINARY && x->op == '*' &&
				   x->x->kind == GN_NAME &&
				   (force || is_type_elem(x->y))) {
				gnode *st = mk(p, GN_STAR, x->pos);

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

				param_list(p, T_RBRACK, pname, ptype);
				s->list = take(p, base, &s->nlist);
				if (got(p, T_ASSIGN))
					s->flags |= GNF_ALIAS;
				s->x = type_or_nil(p);
			} else {
				s->x = array_type(p, pos, x);
			}
		} else if (got(p, T_RBRACK)) {
			gnode *t = mk(p, GN_SLICETYPE, pos);

			t->y = type_(p);
			s->x = fin(p, t);
		} else {
			s->x = array_type(p, pos, NULL);
		}
	} else {
		if (got(p, T_ASSIGN))
			s->flags |= GNF_ALIAS;
		s->x = type_or_nil(p);
	}
	if (!s->x) {
		syntax_error(p);
		s->x = bad(p);
	}
	return fin(p, s);
}

static gnode *import_spec(parser *p)
{
	gnode *s = mk(p, GN_IMPORT, p->tok.pos);

	if (p->tok.t == T_NAME) {
		s->text = tok_text(p);
		next(p);
	} else if (p->tok.t == T_DOT) {
		s->text = ".";
		next(p);
	}
	if (p->tok.t == T_LIT && p->tok.op == L_STRING) {
		s->y = lit_node(p);
		if (!s->text)
			s->pos = s->y->pos;
	} else {
		syntax_error(p);
		s->kind = GN_BAD;
		skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
	}
	return fin(p, s);
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
static void spec_group(parser *p, int kw)
{
	if (got(p, T_LPAREN)) {
		while (p->tok.t != T_RPAREN && p->tok.t != T_EOF) {
			size_t before = p->tok.off;

			push(p, spec(p, kw));
			if (!got(p, T_SEMI) && p->tok.t != T_RPAREN) {
				syntax_error(p);
				skip_to(p, TM(T_SEMI) | TM(T_RPAREN));
				got(p, T_SEMI);
			}
			if (p->tok.off == before && p->tok.t != T_RPAREN &&
			    p->tok.t != T_EOF)
				next(p);
		}
		want(p, T_RPAREN);
	} else {
		push(p, spec(p, kw));
	}
}

static gnode *decl_stmt(parser *p)
{
	gnode *s = mk(p, GN_DECLSTMT, p->tok.pos);
	int kw = p->tok.t, base = p->sp;

	next(p);
	spec_group(p, kw);
	s->list = take(p, base, &s->nlist);
	return fin(p, s);
}

static gnode *func_decl(parser *p)
{
	gnode *f = mk(p, GN_FUNCDECL, p->tok.pos);
	int base = p->sp;

	next(p);
	if (got(p, T_LPAREN)) {
		param_list(p, T_RPAREN, NULL, NULL);
		f->list = take(p, base, &f->nlist);
		if (f->nlist != 1)
			syntax_error(p);
	}
	if (p->tok.t != T_NAME) {
		syntax_error(p);
		f->kind = GN_BAD;
		skip_to(p, TM(T_LBRACE) | TM(T_SEMI));
		if (p->tok.t == T_LBRACE) {
			f->y = block(p);
		}
		return fin(p, f);
	}
	f->pos = p->tok.pos;
	f->text = tok_text(p);
	next(p);
	f->x = mk(p, GN_FUNCTYPE, p->tok.pos);
	signature(p, f->x, &f->list2, &f->nlist2);
	fin(p, f->x);
	if (p->tok.t == T_LBRACE) {
		p->ldepth = 0;
		f->y = func_body(p);
	}
	return fin(p, f);
}

/* ------------------------------------------------------------------ */
/* Tree walking                                                        */
/* ------------------------------------------------------------------ */

typedef struct nstack {
	gnode **v;
	int n, cap;
} nstack;

static void ns_push(nstack *s, gnode *n)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 256;
		s->v = xrealloc(s->v, s->cap * sizeof(gnode *));
	}
	s->v[s->n++] = n;
}

int gosrc_nchildren(const gnode *n)
{
	int k = 0;

	if (!n)
		return 0;
	k += !!n->x + !!n->y + !!n->z;
	for (int i = 0; i < n->nlist; i++)
		k += !!n->list[i];
	for (int i = 0; i < n->nlist2; i++)
		k += !!n->list2[i];
	return k;
}

gnode *gosrc_child(const gnode *n, int i)
{
	if (!n || i < 0)
		return NULL;
	if (n->x && i-- == 0)
		return n->x;
	if (n->y && i-- == 0)
		return n->y;
	if (n->z && i-- == 0)
		return n->z;
	if (n->kind != GN_SLICE && i < n->nlist)
		return n->list[i];
	for (int j = 0; j < n->nlist; j++)
		if (n->list[j] && i-- == 0)
			return n->list[j];
	for (int j = 0; j < n->nlist2; j++)
		if (n->list2[j] && i-- == 0)
			return n->list2[j];
	return NULL;
}

/* Pushes the children of n whose parent is n (a type shared by
 * "a, b T" fields is visited once, under its first field). */
static void push_owned(nstack *s, gnode *n)
{
	gnode *k[3] = { n->x, n->y, n->z };

	for (int i = 0; i < 3; i++)
		if (k[i] && k[i]->parent == n)
			ns_push(s, k[i]);
	for (int i = 0; i < n->nlist; i++)
		if (n->list[i] && n->list[i]->parent == n)
			ns_push(s, n->list[i]);
	for (int i = 0; i < n->nlist2; i++)
		if (n->list2[i] && n->list2[i]->parent == n)
			ns_push(s, n->list2[i]);
}

static void adopt(nstack *s, gnode *n, gnode *c, gnode *root, int index)
{
	if (c && c != root && !c->parent) {
		c->parent = n;
		c->index = index;
		ns_push(s, c);
	}
}

/* Sets parent pointers (the first parent wins) and counts GN_BAD. */
static int set_parents(gnode *root)
{
	nstack s = { 0 };
	int nbad = 0;

	ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		if (n->kind == GN_BAD)
			nbad++;
		/* pushed in reverse so that earlier children pop first */
		for (int i = n->nlist2 - 1; i >= 0; i--)
			adopt(&s, n, n->list2[i], root, i);
		for (int i = n->nlist - 1; i >= 0; i--)
			adopt(&s, n, n->list[i], root, i);
		adopt(&s, n, n->z, root, -1);
		adopt(&s, n, n->y, root, -1);
		adopt(&s, n, n->x, root, -1);
	}
	free(s.v);
	return nbad;
}

/* Adds delta to the loop depth of a subtree; function literals keep
 * their own depths inside. */
static void add_depth(gnode *root, int delta)
{
	nstack s = { 0 };

	if (!root)
		return;
	ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		n->loop_depth += delta;
		if (n->kind != GN_FUNCLIT)
			push_owned(&s, n);
	}
	free(s.v);
}

static void add_depth_after(gnode **l, int n, const gnode *c)
{
	int i = 0;

	while (i < n && l[i] != c)
		i++;
	for (i++; i < n; i++)
		add_depth(l[i], 1);
}

static bool is_stmt_list_block(const gnode *b)
{
	const gnode *p = b->parent;

	return p && (p->kind == GN_BLOCK || p->kind == GN_CASE ||
		     p->kind == GN_LABELED);
}

/* A looping label: gc adds one to the loop depth from the label to the
 * end of the enclosing statement list.  Blocks used as statements are
 * flattened into their enclosing list by gc, so the region continues
 * there. */
static void looping_label(gnode *lab)
{
	gnode *c = lab;

	add_depth(lab->x, 1);
	for (;;) {
		gnode *par = c->parent;

		if (!par)
			return;
		if (par->kind == GN_LABELED) {
			c = par;
			continue;
		}
		if (par->kind == GN_BLOCK) {
			add_depth_after(par->list, par->nlist, c);
			if (!is_stmt_list_block(par))
				return;
			c = par;
			continue;
		}
		if (par->kind == GN_CASE)
			add_depth_after(par->list2, par->nlist2, c);
		return;
	}
}

static void mark_looping_labels(gnode *root);

/* ------------------------------------------------------------------ */
/* Parser: file                                                        */
/* ------------------------------------------------------------------ */

static gnode *parse_file(struct gosrc *src)
{
	parser p;
	gnode *f;

	memset(&p, 0, sizeof(p));
	p.mem = &src->mem;
	p.s = (const unsigned char *)src->text;
	p.n = src->len;
	p.line = 1;
	if (p.n >= 3 && memcmp(p.s, "\xEF\xBB\xBF", 3) == 0)
		p.off = 3;
	p.prev_end.line = p.prev_end.col = 1;
	scan(&p);

	f = mk(&p, GN_FILE, p.prev_end);
	if (p.tok.t == T_PACKAGE) {
		f->pos = p.tok.pos;
		next(&p);
		if (p.tok.t == T_NAME) {
			f->text = tok_text(&p);
			next(&p);
		} else {
			syntax_error(&p);
		}
		if (p.tok.t != T_EOF && !got(&p, T_SEMI)) {
			syntax_error(&p);
			skip_toplevel(&p);
		}
	} else {
		syntax_error(&p);
	}

	while (p.tok.t != T_EOF) {
		size_t before = p.tok.off;
		int bt = p.tok.t;
		gnode *b;

		switch (p.tok.t) {
		case T_IMPORT:
			next(&p);
			spec_group(&p, T_IMPORT);
			break;
		case T_CONST:
		case T_TYPE:
		case T_VAR:
			push(&p, decl_stmt(&p));
			break;
		case T_FUNC:
			p.ldepth = 0;
			push(&p, func_decl(&p));
			break;
		case T_SEMI:
			next(&p);
			continue;
		default:
			syntax_error(&p);
			b = bad(&p);
			next(&p);
			skip_toplevel(&p);
			push(&p, fin(&p, b));
			continue;
		}
		if (p.tok.t != T_EOF && !got(&p, T_SEMI)) {
			syntax_error(&p);
			skip_toplevel(&p);
		}
		if (p.tok.off == before && p.tok.t == bt && p.tok.t != T_EOF)
			next(&p);
	}
	f->list = take(&p, 0, &f->nlist);
	f->end = p.tok.pos;

	src->nbad = set_parents(f);
	for (int i = 0; i < p.nfix; i++) {
		struct fixup *x = (struct fixup *)p.fix + i;

		add_depth(x->n, x->delta);
	}
	mark_looping_labels(f);
	src->nerrors = p.errors;
	free(p.stk);
	free(p.fix);
	return f;
}

gnode *gosrc_ast(gosrc *src)
{
	if (!src)
		return NULL;
	if (!src->parsed) {
		src->parsed = 1;
		src->ast = parse_file(src);
	}
	return src->ast;
}

int gosrc_nbad(gosrc *src)
{
	if (!gosrc_ast(src))
		return 0;
	return src->nbad;
}

int gosrc_nerrors(gosrc *src)
{
	if (!gosrc_ast(src))
		return 0;
	return src->nerrors;
}

/* ------------------------------------------------------------------ */
/* Lookup                                                              */
/* ------------------------------------------------------------------ */

static bool contains(const gnode *n, gpos at)
{
	return gpos_cmp(n->start, at) <= 0 && gpos_cmp(at, n->end) < 0;
}

static gnode *list_containing(gnode **l, int n, gpos at)
{
	if (n <= 8) {
		for (int i = 0; i < n; i++)
			if (l[i] && contains(l[i], at))
				return l[i];
		return NULL;
	}
	/* sorted by start: the last element starting at or before `at` */
	int lo = 0, hi = n - 1, found = -1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;

		if (l[mid] && gpos_cmp(l[mid]->start, at) <= 0) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	for (int i = found; i >= 0 && i > found - 4; i--)
		if (l[i] && contains(l[i], at))
			return l[i];
	return NULL;
}

static gnode *child_containing(const gnode *n, gpos at)
{
	gnode *c;

	if (n->x && contains(n->x, at))
		return n->x;
	if (n->y && contains(n->y, at))
		return n->y;
	if (n->z && contains(n->z, at))
		return n->z;
	if ((c = list_containing(n->list, n->nlist, at)))
		return c;
	return list_containing(n->list2, n->nlist2, at);
}

static bool kind_ok(const gnode *n, unsigned long long kinds)
{
	return kinds == 0 || (kinds & GN_MASK(n->kind));
}

enum { FIND_CONTAINS, FIND_START, FIND_POS };

static gnode *find(gosrc *src, gpos at, unsigned long long kinds, int how)
{
	gnode *n = gosrc_ast(src), *best = NULL;

	if (!n || !contains(n, at))
		return NULL;
	while (n) {
		bool ok = kind_ok(n, kinds);

		if (how == FIND_START)
			ok = ok && gpos_cmp(n->start, at) == 0;
		else if (how == FIND_POS)
			ok = ok && gpos_cmp(n->pos, at) == 0;
		if (ok)
			best = n;
		n = child_containing(n, at);
	}
	return best;
}

gnode *gosrc_find(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_CONTAINS);
}

gnode *gosrc_find_start(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_START);
}

gnode *gosrc_find_pos(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_POS);
}

gnode *gosrc_enclosing_func(const gnode *n)
{
	for (n = n ? n->parent : NULL; n; n = n->parent)
		if (n->kind == GN_FUNCDECL || n->kind == GN_FUNCLIT)
			return (gnode *)n;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Name resolution (scopes approximated from the syntax)               */
/* ------------------------------------------------------------------ */

static bool name_is(const gnode *n, const char *name)
{
	return n && n->kind == GN_NAME && n->text && strcmp(n->text, name) == 0;
}

static const gnode *decl_in_spec(const gnode *sp, const char *name)
{
	switch (sp->kind) {
	case GN_VARSPEC:
	case GN_CONSTSPEC:
		for (int i = 0; i < sp->nlist; i++)
			if (name_is(sp->list[i], name))
				return sp;
		return NULL;
	case GN_TYPESPEC:
		return sp->text && strcmp(sp->text, name) == 0 ? sp : NULL;
	default:
		return NULL;
	}
}

/* The declaration of `name` made by statement s in its scope. */
static const gnode *decl_in_stmt(const gnode *s, const char *name)
{
	const gnode *r;

	if (!s)
		return NULL;
	switch (s->kind) {
	case GN_DECLSTMT:
		for (int i = 0; i < s->nlist; i++)
			if ((r = decl_in_spec(s->list[i], name)))
				return r;
		return NULL;
	case GN_ASSIGN:
		if (s->op != GN_TOK_DEFINE)
			return NULL;
		for (int i = 0; i < s->nlist; i++)
			if (name_is(s->list[i], name))
				return s;
		return NULL;
	case GN_LABELED:
		return decl_in_stmt(s->x, name);
	default:
		return NULL;
	}
}

/* A long block's declarations by name, so that resolving a name in it
 * does not scan every earlier statement: entries sorted by name, then by
 * statement index.  Made on first use, one per statement list. */
struct scope_ent {
	size_t h;
	const char *name;
	int idx;
	const gnode *decl;
};

struct scope_idx {
	gnode **list;
	struct scope_ent *e;
	int ne, cap;
};

static struct scope_idx *scopes;	/* open addressing by list, NULL free */
static size_t nscopes, scopes_cap;

#define SCOPE_INDEX_MIN 32	/* shorter blocks are scanned */

static void scope_add(struct scope_idx *sc, const char *name, int idx,
		      const gnode *decl)
{
	if (!name)
		return;
	if (sc->ne == sc->cap) {
		sc->cap = sc->cap ? 2 * sc->cap : 16;
		sc->e = xrealloc(sc->e, (size_t)sc->cap * sizeof *sc->e);
	}
	sc->e[sc->ne].h = str_hash(name);
	sc->e[sc->ne].name = name;
	sc->e[sc->ne].idx = idx;
	sc->e[sc->ne].decl = decl;
	sc->ne++;
}

/* Every name statement s declares, as decl_in_stmt finds them. */
static void scope_add_stmt(struct scope_idx *sc, const gnode *s, int idx)
{
	for (; s && s->kind == GN_LABELED; s = s->x)
		;
	if (!s)
		return;
	if (s->kind == GN_DECLSTMT) {
		for (int i = 0; i < s->nlist; i++) {
			const gnode *sp = s->list[i];
			if (sp->kind == GN_TYPESPEC)
				scope_add(sc, sp->text, idx, sp);
			else if (sp->kind == GN_VARSPEC || sp->kind == GN_CONSTSPEC)
				for (int k = 0; k < sp->nlist; k++)
					if (sp->list[k] && sp->list[k]->kind == GN_NAME)
						scope_add(sc, sp->list[k]->text, idx, sp);
		}
	} else if (s->kind == GN_ASSIGN && s->op == GN_TOK_DEFINE) {
		for (int k = 0; k < s->nlist; k++)
			if (s->list[k] && s->list[k]->kind == GN_NAME)
				scope_add(sc, s->list[k]->text, idx, s);
	}
}

static int scope_cmp(const void *a, const void *b)
{
	const struct scope_ent *x = a, *y = b;
	int c;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	if ((c = strcmp(x->name, y->name)))
		return c;
	return x->idx - y->idx;
}

static struct scope_idx *scope_of(gnode **l, int n)
{
	size_t i;

	if (2 * (nscopes + 1) > scopes_cap) {
		size_t cap = scopes_cap ? 2 * scopes_cap : 64;
		struct scope_idx *t = xmalloc(cap * sizeof *t);

		memset(t, 0, cap * sizeof *t);
		for (size_t k = 0; k < scopes_cap; k++) {
			if (!scopes[k].list)
				continue;
			i = ((size_t)scopes[k].list >> 4) & (cap - 1);
			while (t[i].list)
				i = (i + 1) & (cap - 1);
			t[i] = scopes[k];
		}
		free(scopes);
		scopes = t;
		scopes_cap = cap;
	}
	i = ((size_t)l >> 4) & (scopes_cap - 1);
	while (scopes[i].list && scopes[i].list != l)
		i = (i + 1) & (scopes_cap - 1);
	if (scopes[i].list)
		return &scopes[i];
	scopes[i].list = l;
	nscopes++;
	for (int k = 0; k < n; k++)
		scope_add_stmt(&scopes[i], l[k], k);
	if (scopes[i].ne > 1)
		qsort(scopes[i].e, (size_t)scopes[i].ne, sizeof *scopes[i].e,
		      scope_cmp);
	return &scopes[i];
}

static void scopes_free(void)
{
	for (size_t k = 0; k < scopes_cap; k++)
		free(scopes[k].e);
	free(scopes);
	scopes = NULL;
	nscopes = scopes_cap = 0;
}

/* The last declaration of name in sc made before statement i. */
static const gnode *scope_lookup(const struct scope_idx *sc, const char *name,
				 int i)
{
	size_t h = str_hash(name);
	int lo = 0, hi = sc->ne;

	/* the first entry not below (h, name, -1) */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const struct scope_ent *e = &sc->e[mid];
		int c = e->h != h ? (e->h < h ? -1 : 1) : strcmp(e->name, name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* then the last of those entries with idx < i */
	int first = lo, last = lo - 1;
	hi = sc->ne;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const struct scope_ent *e = &sc->e[mid];
		if (e->h == h && strcmp(e->name, name) == 0 && e->idx < i) {
			last = mid;
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return last >= first ? sc->e[last].decl : NULL;
}

static const gnode *decl_before(gnode **l, int n, const gnode *c,
				const char *name)
{
	int i = 0;
	const gnode *r;

	if (c->index >= 0 && c->index < n && l[c->index] == c) {
		i = c->index;
	} else {
		while (i < n && l[i] != c)
			i++;
		if (i == n)
			return NULL;
	}
	if (n >= SCOPE_INDEX_MIN)
		return scope_lookup(scope_of(l, n), name, i);
	while (--i >= 0)
		if ((r = decl_in_stmt(l[i], name)))
			return r;
	return NULL;
}

static const gnode *field_named(gnode **l, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (l[i] && l[i]->kind == GN_FIELD && l[i]->text &&
		    strcmp(l[i]->text, name) == 0)
			return l[i];
	return NULL;
}

static const gnode *decl_in_functype(const gnode *ft, const char *name)
{
	const gnode *r;

	if (!ft || ft->kind != GN_FUNCTYPE)
		return NULL;
	if ((r = field_named(ft->list, ft->nlist, name)))
		return r;
	return field_named(ft->list2, ft->nlist2, name);
}

int gosrc_imports(gosrc *src, const char *path)
{
	const gnode *f = src ? gosrc_ast(src) : NULL;
	size_t n = strlen(path);

	for (int i = 0; f && i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *lit = d && d->kind == GN_IMPORT && d->y ? d->y->text : NULL;
		/* "path" or `path` */
		if (lit && strlen(lit) == n + 2 && strncmp(lit + 1, path, n) == 0)
			return 1;
	}
	return 0;
}

/* The package name an import declares. */
static const char *import_name(const gnode *imp, char *buf, size_t size)
{
	if (imp->text)
		return imp->text;
	if (!imp->y || !imp->y->text || size < 2)
		return NULL;

	const char *path = imp->y->text + 1;
	size_t len = strlen(path);

	if (len > 0)
		len--;	/* closing quote */

	const char *last = path, *prev = NULL;

	for (size_t i = 0; i < len; i++) {
		if (path[i] == '/') {
			prev = last;
			last = path + i + 1;
		}
	}
	size_t n = len - (size_t)(last - path);

	/* "example.com/x/v2" is package x */
	if (prev && n >= 2 && last[0] == 'v' && is_digit(last[1])) {
		size_t k = 1;

		while (k < n && is_digit(last[k]))
			k++;
		if (k == n) {
			n = (size_t)(last - prev) - 1;
			last = prev;
		}
	}
	if (n >= size)
		n = size - 1;
	memcpy(buf, last, n);
	buf[n] = 0;
	return buf;
}

static void top_insert(struct gosrc *src, const char *name, const gnode *d)
{
	size_t i = str_hash(name) & (src->top_cap - 1);

	while (src->top_name[i]) {
		if (strcmp(src->top_name[i], name) == 0)
			return;	/* the first declaration wins */
		i = (i + 1) & (src->top_cap - 1);
	}
	src->top_name[i] = name;
	src->top_decl[i] = d;
}

static void top_build(struct gosrc *src, const gnode *f)
{
	size_t n = 16;
	char buf[256];

	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];

		n++;
		if (d->kind == GN_DECLSTMT)
			for (int k = 0; k < d->nlist; k++)
				n += (size_t)d->list[k]->nlist + 1;
	}
	src->top_cap = 16;
	while (src->top_cap < 2 * n)
		src->top_cap *= 2;
	src->top_name = xmalloc(src->top_cap * sizeof(char *));
	src->top_decl = xmalloc(src->top_cap * sizeof(gnode *));
	memset(src->top_name, 0, src->top_cap * sizeof(char *));
	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *in;

		switch (d->kind) {
		case GN_DECLSTMT:
			for (int k = 0; k < d->nlist; k++) {
				const gnode *sp = d->list[k];

				if (sp->kind == GN_TYPESPEC && sp->text)
					top_insert(src, sp->text, sp);
				if (sp->kind != GN_VARSPEC &&
				    sp->kind != GN_CONSTSPEC)
					continue;
				for (int j = 0; j < sp->nlist; j++)
					if (sp->list[j]->kind == GN_NAME &&
					    sp->list[j]->text)
						top_insert(src, sp->list[j]->text,
							   sp);
			}
			break;
		case GN_FUNCDECL:
			if (!d->nlist && d->text)
				top_insert(src, d->text, d);
			break;
		case GN_IMPORT:
			in = import_name(d, buf, sizeof(buf));
			if (in)
				top_insert(src, arena_strndup(&src->mem, in,
							      strlen(in)), d);
			break;
		default:
			break;
		}
	}
	src->top_built = 1;
}

static const gnode *decl_in_file_slow(const gnode *f, const char *name);
static const gnode *decl_in_file(const gnode *f, const char *name);

void gosrc_package_file(const char *path)
{
	if (!path)
		return;
	for (int i = 0; i < npackage_files; i++)
		if (strcmp(package_files[i], path) == 0)
			return;
	package_files = xrealloc(package_files,
				 (size_t)(npackage_files + 1) * sizeof *package_files);
	size_t n = strlen(path);
	package_files[npackage_files] = xmalloc(n + 1);
	memcpy(package_files[npackage_files++], path, n + 1);
}

/* The syntax tree of file i of the package, or NULL if it cannot be
 * read. */
static const gnode *package_ast(int i)
{
	gosrc *src = gosrc_get(package_files[i]);

	return src ? gosrc_ast(src) : NULL;
}

/* A package-level declaration of name in another file of the package
 * (imports are the file's own). */
static const gnode *decl_in_package(const gnode *f, const char *name)
{
	for (int i = 0; i < npackage_files; i++) {
		const gnode *g = package_ast(i);
		if (!g || g == f)
			continue;
		const gnode *d = decl_in_file(g, name);
		if (d && d->kind != GN_IMPORT)
			return d;
	}
	return NULL;
}

/* The cached file whose tree is f, or NULL. */
static struct gosrc *src_of_ast(const gnode *f)
{
	struct gosrc *src = file_cache;

	while (src && src->ast != f)
		src = src->next;
	return src;
}

static const gnode *decl_in_file(const gnode *f, const char *name)
{
	struct gosrc *src = src_of_ast(f);

	if (!src)
		return decl_in_file_slow(f, name);
	if (!src->top_built)
		top_build(src, f);

	size_t i = str_hash(name) & (src->top_cap - 1);

	while (src->top_name[i]) {
		if (strcmp(src->top_name[i], name) == 0)
			return src->top_decl[i];
		i = (i + 1) & (src->top_cap - 1);
	}
	return NULL;
}

static const gnode *decl_in_file_slow(const gnode *f, const char *name)
{
	const gnode *r;
	char buf[256];

	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *in;

		switch (d->kind) {
		case GN_DECLSTMT:
			if ((r = decl_in_stmt(d, name)))
				return r;
			break;
		case GN_FUNCDECL:
			if (!d->nlist && d->text && strcmp(d->text, name) == 0)
				return d;
			break;
		case GN_IMPORT:
			in = import_name(d, buf, sizeof(buf));
			if (in && strcmp(in, name) == 0)
				return d;
			break;
		default:
			break;
		}
	}
	return NULL;
}

const gnode *gosrc_resolve(const gnode *name)
{
	const gnode *c, *par, *r;
	const char *s;

	if (!name || name->kind != GN_NAME || !name->text)
		return NULL;
	s = name->text;
	if (strcmp(s, "_") == 0)
		return NULL;
	for (c = name, par = name->parent; par; c = par, par = par->parent) {
		switch (par->kind) {
		case GN_BLOCK:
			if ((r = decl_before(par->list, par->nlist, c, s)))
				return r;
			break;
		case GN_CASE:
			if ((r = decl_before(par->list2, par->nlist2, c, s)))
				return r;
			if (c == par->x)
				break;
			for (int i = 0; i < par->nlist2; i++) {
				if (par->list2[i] != c)
					continue;
				if ((r = decl_in_stmt(par->x, s)))
					return r;
				if (par->parent &&
				    par->parent->kind == GN_TYPESWITCH &&
				    par->parent->text &&
				    strcmp(par->parent->text, s) == 0)
					return par->parent;
			}
			break;
		case GN_IF:
		case GN_FOR:
		case GN_SWITCH:
		case GN_TYPESWITCH:
			if (c != par->x && (r = decl_in_stmt(par->x, s)))
				return r;
			break;
		case GN_RANGE:
			if (c == par->y && par->op == GN_TOK_DEFINE)
				for (int i = 0; i < par->nlist; i++)
					if (name_is(par->list[i], s))
						return par;
			break;
		case GN_FUNCLIT:
			if ((r = decl_in_functype(par->x, s)))
				return r;
			break;
		case GN_FUNCDECL:
			if ((r = field_named(par->list, par->nlist, s)) ||
			    (r = field_named(par->list2, par->nlist2, s)) ||
			    (r = decl_in_functype(par->x, s)))
				return r;
			break;
		case GN_TYPESPEC:
			if ((r = field_named(par->list, par->nlist, s)))
				return r;
			break;
		case GN_FILE:
			if ((r = decl_in_file(par, s)))
				return r;
			return decl_in_package(par, s);
		default:
			break;
		}
	}
	return NULL;
}

static const gnode *file_of(const gnode *n)
{
	while (n && n->parent)
		n = n->parent;
	return n && n->kind == GN_FILE ? n : NULL;
}

const gnode *gosrc_package_func(const gnode *n, const char *name, gosrc **in)
{
	const gnode *f = file_of(n), *d = f ? decl_in_file(f, name) : NULL;

	/* n's file first; a method of that name is no match */
	for (int i = 0; f && !(d && d->kind == GN_FUNCDECL && !d->nlist) &&
			i < npackage_files; i++) {
		const gnode *g = package_ast(i);
		d = g && g != f ? decl_in_file(g, name) : NULL;
	}
	if (!d || d->kind != GN_FUNCDECL || d->nlist)
		return NULL;
	*in = src_of_ast(file_of(d));
	return *in ? d : NULL;
}

static unsigned long long pos_key(gpos p)
{
	return ((unsigned long long)(unsigned)p.line << 20) | (unsigned)p.col;
}

static struct mcall *mcall_slot(struct mcall *t, size_t cap,
				unsigned long long key)
{
	size_t i = (size_t)(key * 0x9E3779B97F4A7C15ull) & (cap - 1);

	while (t[i].key && t[i].key != key)
		i = (i + 1) & (cap - 1);
	return &t[i];
}

void gosrc_add_method_call(gosrc *src, gpos dot, const char *method)
{
	unsigned long long key = pos_key(dot);

	if (!key)
		return;
	if (2 * (src->nmcalls + 1) > src->mcalls_cap) {
		size_t cap = src->mcalls_cap ? 2 * src->mcalls_cap : 64;
		struct mcall *t = xmalloc(cap * sizeof *t);
		memset(t, 0, cap * sizeof *t);
		for (size_t i = 0; i < src->mcalls_cap; i++)
			if (src->mcalls[i].key)
				*mcall_slot(t, cap, src->mcalls[i].key) = src->mcalls[i];
		free(src->mcalls);
		src->mcalls = t;
		src->mcalls_cap = cap;
	}
	struct mcall *m = mcall_slot(src->mcalls, src->mcalls_cap, key);
	if (m->key)
		return;
	size_t len = strlen(method);
	m->key = key;
	m->method = xmalloc(len + 1);
	memcpy(m->method, method, len + 1);
	src->nmcalls++;
}

/* The method gosrc_add_method_call said selector sel calls, or NULL. */
static const char *method_called(const gnode *sel)
{
	const gnode *f = file_of(sel);
	struct gosrc *src = f ? src_of_ast(f) : NULL;

	if (!src || !src->mcalls_cap)
		return NULL;
	return mcall_slot(src->mcalls, src->mcalls_cap, pos_key(sel->pos))->method;
}

/* ------------------------------------------------------------------ */
/* Looping labels and gc's dead code                                   */
/* ------------------------------------------------------------------ */

static bool eval_int(const gnode *n, long long iota, long long *v, int depth);

/* The expression giving constant `name` of spec its value, and the iota
 * it is evaluated with (implicit repetition in const groups). */
static const gnode *const_value_expr(const gnode *spec, const char *name,
				     long long *iota)
{
	const gnode *grp = spec->parent;
	int i, si;

	for (i = 0; i < spec->nlist; i++)
		if (name_is(spec->list[i], name))
			break;
	if (i == spec->nlist)
		return NULL;
	if (!grp || grp->kind != GN_DECLSTMT) {
		*iota = 0;
		return i < spec->nlist2 ? spec->list2[i] : NULL;
	}
	for (si = 0; si < grp->nlist && grp->list[si] != spec; si++)
		;
	*iota = si;
	for (int k = si; k >= 0; k--) {
		const gnode *s = grp->list[k];

		if (s->kind != GN_CONSTSPEC)
			return NULL;
		if (s->nlist2 > 0)
			return i < s->nlist2 ? s->list2[i] : NULL;
	}
	return NULL;
}

/* The value of a boolean constant expression, as far as syntax and the
 * file's constants tell. */
static bool const_bool(const gnode *n, bool *v, int depth)
{
	long long a, b, iota;
	bool x, y;

	n = unparen(n);
	if (!n || depth > MAX_EVAL_DEPTH)
		return false;
	switch (n->kind) {
	case GN_NAME: {
		const gnode *d = gosrc_resolve(n), *e;

		if (!d) {
			if (strcmp(n->text, "true") == 0 ||
			    strcmp(n->text, "false") == 0) {
				*v = n->text[0] == 't';
				return true;
			}
			return false;
		}
		if (d->kind != GN_CONSTSPEC)
			return false;
		e = const_value_expr(d, n->text, &iota);
		return e && const_bool(e, v, depth + 1);
	}
	case GN_UNARY:
		if (n->op != '!' || !const_bool(n->x, &x, depth + 1))
			return false;
		*v = !x;
		return true;
	case GN_BINARY:
		if (n->op == GN_TOK_LAND || n->op == GN_TOK_LOR) {
			if (!const_bool(n->x, &x, depth + 1) ||
			    !const_bool(n->y, &y, depth + 1))
				return false;
			*v = n->op == GN_TOK_LAND ? x && y : x || y;
			return true;
		}
		if ((n->op == GN_TOK_EQ || n->op == GN_TOK_NE) &&
		    const_bool(n->x, &x, depth + 1) &&
		    const_bool(n->y, &y, depth + 1)) {
			*v = (x == y) == (n->op == GN_TOK_EQ);
			return true;
		}
		if (!eval_int(n->x, -1, &a, depth + 1) ||
		    !eval_int(n->y, -1, &b, depth + 1))
			return false;
		switch (n->op) {
		case GN_TOK_EQ: *v = a == b; return true;
		case GN_TOK_NE: *v = a != b; return true;
		case '<': *v = a < b; return true;
		case GN_TOK_LE: *v = a <= b; return true;
		case '>': *v = a > b; return true;
		case GN_TOK_GE: *v = a >= b; return true;
		}
		return false;
	default:
		return false;
	}
}

/* For "if c": the branch gc deletes when c is a constant (-1 none,
 * 0 the then block, 1 the else branch). */
static int dead_branch(const gnode *n)
{
	bool v;

	if (n->kind != GN_IF || !const_bool(n->y, &v, 0))
		return -1;
	return v ? 1 : 0;
}

struct labinfo {
	const char *name;
	gnode *node;
	int looping;
};

/* gc's rule: a label is looping when a goto to it follows it (in source
 * order, dead code excluded) within the same function. */
static void scan_labels(gnode *body)
{
	struct labinfo *l = NULL;
	int nl = 0, cap = 0;
	nstack s = { 0 };

	ns_push(&s, body);
	while (s.n) {
		gnode *n = s.v[--s.n];
		int dead;

		if (n->kind == GN_FUNCLIT)
			continue;
		if (n->kind == GN_LABELED && n->text &&
		    strcmp(n->text, "_") != 0) {
			if (nl == cap) {
				cap = cap ? 2 * cap : 8;
				l = xrealloc(l, cap * sizeof(*l));
			}
			l[nl].name = n->text;
			l[nl].node = n;
			l[nl].looping = 0;
			nl++;
		}
		if (n->kind == GN_BRANCH && n->op == GN_TOK_GOTO && n->text)
			for (int i = 0; i < nl; i++)
				if (strcmp(l[i].name, n->text) == 0)
					l[i].looping = 1;
		dead = dead_branch(n);
		for (int i = n->nlist2 - 1; i >= 0; i--)
			if (n->list2[i] && n->list2[i]->parent == n)
				ns_push(&s, n->list2[i]);
		for (int i = n->nlist - 1; i >= 0; i--)
			if (n->list[i] && n->list[i]->parent == n &&
			    dead != 1)
				ns_push(&s, n->list[i]);
		if (n->z && n->z->parent == n && dead != 0)
			ns_push(&s, n->z);
		if (n->y && n->y->parent == n)
			ns_push(&s, n->y);
		if (n->x && n->x->parent == n)
			ns_push(&s, n->x);
	}
	for (int i = 0; i < nl; i++)
		if (l[i].looping)
			looping_label(l[i].node);
	free(l);
	free(s.v);
}

static void mark_looping_labels(gnode *root)
{
	nstack s = { 0 };

	ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		if ((n->kind == GN_FUNCDECL || n->kind == GN_FUNCLIT) && n->y)
			scan_labels(n->y);
		push_owned(&s, n);
	}
	free(s.v);
}

/* ------------------------------------------------------------------ */
/* Literals and constants                                              */
/* ------------------------------------------------------------------ */

static int hexval(int c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One escape sequence after the backslash at s; returns its length or 0.
 * *byte is set when the escape denotes a byte (\x, octal) rather than a
 * code point. */
static size_t unescape(const char *s, size_t n, unsigned long *v, bool *byte)
{
	int k = 0, base = 0;

	*byte = false;
	if (n < 2)
		return 0;
	switch (s[1]) {
	case 'a': *v = 7; return 2;
	case 'b': *v = 8; return 2;
	case 'f': *v = 12; return 2;
	case 'n': *v = 10; return 2;
	case 'r': *v = 13; return 2;
	case 't': *v = 9; return 2;
	case 'v': *v = 11; return 2;
	case '\\': *v = '\\'; return 2;
	case '\'': *v = '\''; return 2;
	case '"': *v = '"'; return 2;
	case 'x': k = 2; base = 16; *byte = true; break;
	case 'u': k = 4; base = 16; break;
	case 'U': k = 8; base = 16; break;
	default:
		if (s[1] >= '0' && s[1] <= '7') {
			k = 3;
			base = 8;
			*byte = true;
			if ((size_t)k + 1 > n)
				return 0;
			*v = 0;
			for (int i = 0; i < k; i++) {
				if (s[1 + i] < '0' || s[1 + i] > '7')
					return 0;
				*v = *v * 8 + (unsigned long)(s[1 + i] - '0');
			}
			return (size_t)k + 1;
		}
		return 0;
	}
	if ((size_t)k + 2 > n)
		return 0;
	*v = 0;
	for (int i = 0; i < k; i++) {
		int h = hexval((unsigned char)s[2 + i]);

		if (h < 0)
			return 0;
		*v = *v * (unsigned long)base + (unsigned long)h;
	}
	return (size_t)k + 2;
}

/* The bytes of a string literal (quoted or raw), malloc'd; NULL if the
 * literal is not a string. */
static char *string_value(const char *lit, size_t *len)
{
	size_t n = strlen(lit), o = 0;
	char *b;

	if (n < 2 || (lit[0] != '"' && lit[0] != '`'))
		return NULL;
	b = xmalloc(n + 1);
	if (lit[0] == '`') {
		for (size_t i = 1; i + 1 < n; i++)
			if (lit[i] != '\r')
				b[o++] = lit[i];
	} else {
		for (size_t i = 1; i + 1 < n;) {
			unsigned long v;
			bool byte;
			size_t k;

			if (lit[i] == '\\' &&
			    (k = unescape(lit + i, n - 1 - i, &v, &byte))) {
				if (byte)
					b[o++] = (char)v;
				else
					o += utf8_encode(v, b + o);
				i += k;
			} else {
				b[o++] = lit[i++];
			}
		}
	}
	b[o] = 0;
	*len = o;
	return b;
}

static bool rune_value(const char *lit, long long *v)
{
	size_t n = strlen(lit);
	unsigned long r;
	bool byte;

	if (n < 3 || lit[0] != '\'' || lit[n - 1] != '\'')
		return false;
	if (lit[1] == '\\') {
		if (unescape(lit + 1, n - 2, &r, &byte) != n - 2)
			return false;
	} else if (utf8_decode((const unsigned char *)lit + 1, n - 2, &r) !=
		   n - 2) {
		return false;
	}
	*v = (long long)r;
	return true;
}

static bool int_value(const char *lit, long long *v)
{
	unsigned long long r = 0;
	int base = 10;
	const char *s = lit;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
		base = 2;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
		base = 8;
		s += 2;
	} else if (s[0] == '0' && s[1]) {
		base = 8;
	}
	if (!*s)
		return false;
	for (; *s; s++) {
		int d;

		if (*s == '_')
			continue;
		d = hexval((unsigned char)*s);
		if (d < 0 || d >= base)
			return false;
		if (r > (unsigned long long)LLONG_MAX / (unsigned)base)
			return false;
		r = r * (unsigned)base + (unsigned)d;
		if (r > (unsigned long long)LLONG_MAX)
			return false;
	}
	*v = (long long)r;
	return true;
}

static bool is_predeclared_type(const char *s)
{
	static const char *const names[] = {
		"any", "bool", "byte", "comparable", "complex128",
		"complex64", "error", "float32", "float64", "int", "int16",
		"int32", "int64", "int8", "rune", "string", "uint", "uint16",
		"uint32", "uint64", "uint8", "uintptr",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return true;
	return false;
}

static bool is_int_type_name(const char *s)
{
	return strcmp(s, "byte") == 0 || strcmp(s, "rune") == 0 ||
	       (strncmp(s, "int", 3) == 0 && strcmp(s, "interface") != 0) ||
	       strncmp(s, "uint", 4) == 0;
}

static bool is_builtin_func(const char *s)
{
	static const char *const names[] = {
		"append", "cap", "close", "complex", "copy", "delete", "imag",
		"len", "make", "new", "panic", "print", "println", "real",
		"recover",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return true;
	return false;
}

/* A predeclared name (type or function) not shadowed in the file. */
static bool predeclared(const gnode *n, bool (*pred)(const char *))
{
	n = unparen(n);
	return n && n->kind == GN_NAME && n->text && pred(n->text) &&
	       !gosrc_resolve(n);
}

static int index_in(gnode **l, int n, const gnode *c)
{
	for (int i = 0; i < n; i++)
		if (l[i] == c)
			return i;
	return -1;
}

/* The value of constant `name` declared by spec. */
static bool eval_const_name(const gnode *spec, const char *name, long long *v,
			    int depth)
{
	long long iota;
	const gnode *e = const_value_expr(spec, name, &iota);

	return e && eval_int(e, iota, v, depth + 1);
}

static bool eval_int(const gnode *n, long long iota, long long *v, int depth)
{
	long long a, b;

	n = unparen(n);
	if (!n || depth > MAX_EVAL_DEPTH)
		return false;
	switch (n->kind) {
	case GN_BASICLIT:
		if (n->text[0] == '\'')
			return rune_value(n->text, v);
		return int_value(n->text, v);
	case GN_NAME: {
		const gnode *d = gosrc_resolve(n);

		if (!d && strcmp(n->text, "iota") == 0 && iota >= 0) {
			*v = iota;
			return true;
		}
		if (d && d->kind == GN_CONSTSPEC)
			return eval_const_name(d, n->text, v, depth);
		return false;
	}
	case GN_UNARY:
		if (!eval_int(n->x, iota, &a, depth + 1))
			return false;
		switch (n->op) {
		case '+': *v = a; return true;
		case '-': if (a == LLONG_MIN) return false; *v = -a; return true;
		case '^': *v = ~a; return true;
		}
		return false;
	case GN_BINARY:
		if (!eval_int(n->x, iota, &a, depth + 1) ||
		    !eval_int(n->y, iota, &b, depth + 1))
			return false;
		switch (n->op) {
		case '+': return !__builtin_add_overflow(a, b, v);
		case '-': return !__builtin_sub_overflow(a, b, v);
		case '*': return !__builtin_mul_overflow(a, b, v);
		case '/':
			if (b == 0 || (a == LLONG_MIN && b == -1))
				return false;
			*v = a / b;
			return true;
		case '%':
			if (b == 0 || (a == LLONG_MIN && b == -1))
				return false;
			*v = a % b;
			return true;
		case '&': *v = a & b; return true;
		case '|': *v = a | b; return true;
		case '^': *v = a ^ b; return true;
		case GN_TOK_ANDNOT: *v = a & ~b; return true;
		case GN_TOK_SHL:
			if (b < 0 || b > 62 || a < 0 || (a >> (62 - b)) != 0)
				return false;
			*v = a << b;
			return true;
		case GN_TOK_SHR:
			if (b < 0)
				return false;
			*v = b > 62 ? (a < 0 ? -1 : 0) : a >> b;
			return true;
		}
		return false;
	case GN_CALL: {
		const gnode *f = unparen(n->x);

		if (n->nlist != 1 || !f || f->kind != GN_NAME)
			return false;
		if (predeclared(f, is_int_type_name))
			return eval_int(n->list[0], iota, v, depth + 1);
		if (strcmp(f->text, "len") == 0 && !gosrc_resolve(f)) {
			const gnode *s = unparen(n->list[0]);
			size_t len;
			char *b2;

			if (!s || s->kind != GN_BASICLIT)
				return false;
			b2 = string_value(s->text, &len);
			if (!b2)
				return false;
			free(b2);
			*v = (long long)len;
			return true;
		}
		return false;
	}
	default:
		return false;
	}
}

/* Internal gnode.flags bits caching is_const (the tree is ours; the
 * printer's const pointers are cast for this cache only). */
enum { GNF_CONST_KNOWN = 1 << 12, GNF_CONST_YES = 1 << 13 };

static int is_const_rec(const gnode *n, int depth);

/* Whether gc folds n to a constant (then it prints the source text).
 * Results cut short by the depth limit count as "no" and are not
 * cached. */
static bool is_const(const gnode *n, int depth)
{
	return is_const_rec(n, depth) > 0;
}

static int const_and(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

static int is_const_uncached(const gnode *n, int depth);

static int is_const_rec(const gnode *n, int depth)
{
	gnode *m = unparen(n);
	int r;

	if (!m)
		return 0;
	if (m->flags & GNF_CONST_KNOWN)
		return (m->flags & GNF_CONST_YES) ? 1 : 0;
	if (depth > MAX_EVAL_DEPTH)
		return -1;
	r = is_const_uncached(m, depth);
	if (r >= 0)
		m->flags |= GNF_CONST_KNOWN | (r ? GNF_CONST_YES : 0);
	return r;
}

static int is_const_uncached(const gnode *n, int depth)
{
	const gnode *d, *f;

	switch (n->kind) {
	case GN_BASICLIT:
		return true;
	case GN_NAME:
		d = gosrc_resolve(n);
		if (!d)
			return strcmp(n->text, "true") == 0 ||
			       strcmp(n->text, "false") == 0 ||
			       strcmp(n->text, "iota") == 0;
		return d->kind == GN_CONSTSPEC;
	case GN_UNARY:
		if (n->op == '&' || n->op == GN_TOK_ARROW || n->op == '~')
			return false;
		return is_const_rec(n->x, depth + 1);
	case GN_BINARY:
		/* the right operand first: long chains grow to the left */
		return const_and(is_const_rec(n->y, depth + 1),
				 is_const_rec(n->x, depth + 1));
	case GN_CALL:
		f = unparen(n->x);
		if (!f)
			return false;
		if (f->kind == GN_SELECTOR && name_is(unparen(f->x), "unsafe") &&
		    (strcmp(f->text, "Sizeof") == 0 ||
		     strcmp(f->text, "Alignof") == 0 ||
		     strcmp(f->text, "Offsetof") == 0))
			return true;
		if (f->kind != GN_NAME || (n->flags & GNF_DDD))
			return false;
		d = gosrc_resolve(f);
		if (!d && (strcmp(f->text, "len") == 0 ||
			   strcmp(f->text, "cap") == 0 ||
			   strcmp(f->text, "real") == 0 ||
			   strcmp(f->text, "imag") == 0 ||
			   is_predeclared_type(f->text))) {
			if (strcmp(f->text, "any") == 0 ||
			    strcmp(f->text, "error") == 0)
				return false;
			return n->nlist == 1 ?
			       is_const_rec(n->list[0], depth + 1) : 0;
		}
		if (!d && strcmp(f->text, "complex") == 0)
			return n->nlist == 2 ?
			       const_and(is_const_rec(n->list[0], depth + 1),
					 is_const_rec(n->list[1], depth + 1)) : 0;
		if (d && d->kind == GN_TYPESPEC && n->nlist == 1)
			return is_const_rec(n->list[0], depth + 1);
		return false;
	default:
		return false;
	}
}

/* ------------------------------------------------------------------ */
/* Printer                                                             */
/* ------------------------------------------------------------------ */

typedef struct out {
	char *buf;
	size_t size, len;
	int depth;
	unsigned flags;		/* GOSRC_PRINT_* */
} out;

static void putn(out *o, const char *s, size_t n)
{
	if (o->len + 1 < o->size) {
		size_t room = o->size - 1 - o->len;

		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void puts_(out *o, const char *s)
{
	putn(o, s, strlen(s));
}

static size_t finish(out *o)
{
	if (o->size)
		o->buf[o->len < o->size ? o->len : o->size - 1] = 0;
	return o->len;
}

static const char *opstr(int op)
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
static int asop_binary(int op)
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

static void pr_expr(out *o, const gnode *n, int prec);
static void pr_type(out *o, const gnode *t);
static void pr_stmt(out *o, const gnode *n);
static void pr_syntax(out *o, const gnode *n);

static bool enter_pr(out *o)
{
	if (++o->depth > MAX_PRINT_DEPTH) {
		o->depth--;
		puts_(o, "...");
		return false;
	}
	return true;
}

static void pr_syntax_list(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			puts_(o, ", ");
		pr_syntax(o, l[i]);
	}
}

static void pr_syntax_fields(out *o, gnode **l, int n, const char *sep)
{
	for (int i = 0; i < n; i++) {
		if (i)
			puts_(o, sep);
		if (l[i]->text) {
			puts_(o, l[i]->text);
			if (l[i]->x)
				puts_(o, " ");
		}
		if (l[i]->x)
			pr_syntax(o, l[i]->x);
	}
}

/* syntax.String: the source form of an expression (gc prints constant
 * expressions this way). */
static void pr_syntax(out *o, const gnode *n)
{
	if (!n)
		return;
	if (!enter_pr(o))
		return;
	switch (n->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		puts_(o, n->text ? n->text : "_");
		break;
	case GN_PAREN:
		puts_(o, "(");
		pr_syntax(o, n->x);
		puts_(o, ")");
		break;
	case GN_SELECTOR:
		pr_syntax(o, n->x);
		puts_(o, ".");
		puts_(o, n->text);
		break;
	case GN_INDEX:
		pr_syntax(o, n->x);
		puts_(o, "[");
		pr_syntax_list(o, n->list, n->nlist);
		puts_(o, "]");
		break;
	case GN_SLICE:
		pr_syntax(o, n->x);
		puts_(o, "[");
		pr_syntax(o, n->list[0]);
		puts_(o, ":");
		pr_syntax(o, n->list[1]);
		if (n->list[2]) {
			puts_(o, ":");
			pr_syntax(o, n->list[2]);
		}
		puts_(o, "]");
		break;
	case GN_ASSERT:
		pr_syntax(o, n->x);
		puts_(o, ".(");
		if (n->y)
			pr_syntax(o, n->y);
		else
			puts_(o, "type");
		puts_(o, ")");
		break;
	case GN_CALL:
		pr_syntax(o, n->x);
		puts_(o, "(");
		pr_syntax_list(o, n->list, n->nlist);
		if (n->flags & GNF_DDD)
			puts_(o, "...");
		puts_(o, ")");
		break;
	case GN_UNARY:
		puts_(o, opstr(n->op));
		pr_syntax(o, n->x);
		break;
	case GN_STAR:
		puts_(o, "*");
		pr_syntax(o, n->x);
		break;
	case GN_BINARY:
		pr_syntax(o, n->x);
		puts_(o, " ");
		puts_(o, opstr(n->op));
		puts_(o, " ");
		pr_syntax(o, n->y);
		break;
	case GN_KEYVALUE:
		pr_syntax(o, n->x);
		puts_(o, ": ");
		pr_syntax(o, n->y);
		break;
	case GN_COMPOSITE:
		pr_syntax(o, n->x);
		puts_(o, n->nlist ? "{\xE2\x80\xA6}" : "{}");
		break;
	case GN_FUNCLIT:
		pr_syntax(o, n->x);
		puts_(o, n->y && n->y->nlist ? " {\xE2\x80\xA6}" : " {}");
		break;
	case GN_ARRAYTYPE:
		puts_(o, "[");
		if (n->x)
			pr_syntax(o, n->x);
		else
			puts_(o, "...");
		puts_(o, "]");
		pr_syntax(o, n->y);
		break;
	case GN_SLICETYPE:
		puts_(o, "[]");
		pr_syntax(o, n->y);
		break;
	case GN_ELLIPSIS:
		puts_(o, "...");
		pr_syntax(o, n->y);
		break;
	case GN_MAPTYPE:
		puts_(o, "map[");
		pr_syntax(o, n->x);
		puts_(o, "]");
		pr_syntax(o, n->y);
		break;
	case GN_CHANTYPE:
		puts_(o, n->op == GN_CHAN_RECV ? "<-chan " :
			 n->op == GN_CHAN_SEND ? "chan<- " : "chan ");
		pr_syntax(o, n->y);
		break;
	case GN_FUNCTYPE:
		puts_(o, "func(");
		pr_syntax_fields(o, n->list, n->nlist, ", ");
		puts_(o, ")");
		if (n->nlist2 == 1 && !n->list2[0]->text) {
			puts_(o, " ");
			pr_syntax(o, n->list2[0]->x);
		} else if (n->nlist2) {
			puts_(o, " (");
			pr_syntax_fields(o, n->list2, n->nlist2, ", ");
			puts_(o, ")");
		}
		break;
	case GN_STRUCTTYPE:
		puts_(o, "struct{");
		pr_syntax_fields(o, n->list, n->nlist, "; ");
		puts_(o, "}");
		break;
	case GN_IFACETYPE:
		puts_(o, "interface{");
		pr_syntax_fields(o, n->list, n->nlist, "; ");
		puts_(o, "}");
		break;
	case GN_BAD:
		puts_(o, "<bad expr>");
		break;
	default:
		pr_stmt(o, n);
		break;
	}
	o->depth--;
}

/* ---- types ---- */

/* The package name to print for an imported package. */
/* Do the package's files import two packages named `name` (gc's
 * NumImport[name] > 1)? */
static bool ambiguous_import(const char *name)
{
	const char *first = NULL;
	char buf[256];

	for (int i = 0; i < npackage_files; i++) {
		const gnode *f = package_ast(i);
		for (int k = 0; f && k < f->nlist; k++) {
			const gnode *d = f->list[k];
			if (d->kind != GN_IMPORT || !d->y || !d->y->text)
				continue;
			gnode tmp = *d;
			tmp.text = NULL;
			const char *n = import_name(&tmp, buf, sizeof buf);
			if (!n || strcmp(n, name) != 0)
				continue;
			if (!first)
				first = d->y->text;
			else if (strcmp(first, d->y->text) != 0)
				return true;
		}
	}
	return false;
}

static bool import_of(const gnode *x, char *buf, size_t size)
{
	const gnode *d;
	const char *s;

	x = unparen(x);
	if (!x || x->kind != GN_NAME)
		return false;
	d = gosrc_resolve(x);
	if (!d || d->kind != GN_IMPORT)
		return false;
	/* gc prints the package's own name, not the local one */
	if (!d->y || !d->y->text)
		return false;
	{
		gnode tmp = *d;

		tmp.text = NULL;
		s = import_name(&tmp, buf, size);
	}
	return s != NULL;
}

static const gnode *typespec_of(const gnode *t)
{
	const gnode *d;

	t = unparen(t);
	if (!t || t->kind != GN_NAME)
		return NULL;
	d = gosrc_resolve(t);
	return d && d->kind == GN_TYPESPEC ? d : NULL;
}

/* Follows aliases declared in the file. */
static const gnode *dealias(const gnode *t)
{
	for (int i = 0; i < MAX_EVAL_DEPTH; i++) {
		const gnode *d = typespec_of(t);

		t = unparen(t);
		if (!d || !(d->flags & GNF_ALIAS) || !d->x)
			return t;
		t = d->x;
	}
	return unparen(t);
}

/* The underlying type literal of t, through the file's declarations. */
static const gnode *underlying(const gnode *t)
{
	for (int i = 0; i < MAX_EVAL_DEPTH; i++) {
		const gnode *d = typespec_of(t);

		t = unparen(t);
		if (!d || !d->x)
			return t;
		t = d->x;
	}
	return unparen(t);
}

static int has_pointers(const gnode *t, int depth)
{
	static const char *const scalars[] = {
		"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
		"uint16", "uint32", "uint64", "uintptr", "float32", "float64",
		"complex64", "complex128", "byte", "rune", NULL};

	if (depth > MAX_EVAL_DEPTH)
		return -1;
	t = unparen(t);
	if (!t)
		return -1;
	switch (t->kind) {
	case GN_STAR: case GN_SLICETYPE: case GN_MAPTYPE: case GN_CHANTYPE:
	case GN_FUNCTYPE: case GN_IFACETYPE: case GN_ELLIPSIS:
		return 1;
	case GN_ARRAYTYPE:
		if (t->x && t->x->kind == GN_BASICLIT && t->x->text &&
		    strcmp(t->x->text, "0") == 0)
			return 0;
		return has_pointers(t->y, depth + 1);
	case GN_STRUCTTYPE: {
		int r = 0;
		for (int i = 0; i < t->nlist && r != 1; i++) {
			int f = t->list[i] ? has_pointers(t->list[i]->x, depth + 1) : -1;
			r = f == 1 || f < 0 ? f : r;
		}
		return r;
	}
	case GN_NAME: {
		const gnode *d = typespec_of(t);
		if (d)
			return d->list ? -1 : has_pointers(d->x, depth + 1);
		if (gosrc_resolve(t) || !t->text)
			return -1;	/* not a type, or a type parameter */
		if (strcmp(t->text, "string") == 0 || strcmp(t->text, "error") == 0 ||
		    strcmp(t->text, "any") == 0)
			return 1;
		for (int i = 0; scalars[i]; i++)
			if (strcmp(t->text, scalars[i]) == 0)
				return 0;
		return -1;	/* declared in a file not read */
	}
	case GN_SELECTOR:
		if (t->x && t->x->kind == GN_NAME && t->x->text &&
		    strcmp(t->x->text, "unsafe") == 0)
			return 1;	/* unsafe.Pointer */
		return -1;	/* another package's type */
	default:
		return -1;
	}
}

int gosrc_type_has_pointers(const gnode *type)
{
	return has_pointers(type, 0);
}

int gosrc_in_dead_code(const gnode *n)
{
	for (const gnode *c = n; c && c->parent; c = c->parent) {
		const gnode *p = c->parent;
		int dead = p->kind == GN_IF ? dead_branch(p) : -1;
		if ((dead == 0 && c == p->z) || (dead == 1 && p->nlist && c == p->list[0]))
			return 1;
	}
	return 0;
}

int gosrc_type_is_uintptr(const gnode *type)
{
	const gnode *u = underlying(type);

	return u && u->kind == GN_NAME && u->text && strcmp(u->text, "uintptr") == 0 &&
	       !gosrc_resolve(u);
}

static void pr_sig(out *o, const gnode *ft)
{
	puts_(o, "(");
	for (int i = 0; i < ft->nlist; i++) {
		if (i)
			puts_(o, ", ");
		pr_type(o, ft->list[i]->x);
	}
	puts_(o, ")");
	if (ft->nlist2 == 1) {
		puts_(o, " ");
		pr_type(o, ft->list2[0]->x);
	} else if (ft->nlist2 > 1) {
		puts_(o, " (");
		for (int i = 0; i < ft->nlist2; i++) {
			if (i)
				puts_(o, ", ");
			pr_type(o, ft->list2[i]->x);
		}
		puts_(o, ")");
	}
}

/* strconv.Quote */
static void pr_quoted(out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	puts_(o, "\"");
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
		case '"': puts_(o, "\\\""); continue;
		case '\\': puts_(o, "\\\\"); continue;
		case '\a': puts_(o, "\\a"); continue;
		case '\b': puts_(o, "\\b"); continue;
		case '\f': puts_(o, "\\f"); continue;
		case '\n': puts_(o, "\\n"); continue;
		case '\r': puts_(o, "\\r"); continue;
		case '\t': puts_(o, "\\t"); continue;
		case '\v': puts_(o, "\\v"); continue;
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
	puts_(o, "\"");
}

static void pr_struct(out *o, const gnode *t)
{
	puts_(o, "struct {");
	for (int i = 0; i < t->nlist; i++) {
		const gnode *f = t->list[i];

		if (i)
			puts_(o, ";");
		puts_(o, " ");
		if (f->text) {
			puts_(o, f->text);
			puts_(o, " ");
		}
		pr_type(o, f->x);
		if (f->y && f->y->text) {
			size_t len;
			char *v = string_value(f->y->text, &len);

			if (v) {
				puts_(o, " ");
				pr_quoted(o, v, len);
				free(v);
			}
		}
	}
	if (t->nlist)
		puts_(o, " ");
	puts_(o, "}");
}

struct method {
	const char *name;
	const gnode *ft;	/* NULL: error's "() string" */
};

struct mset {
	struct method *m;
	int n, cap;
};

static void mset_add(struct mset *s, const char *name, const gnode *ft)
{
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->m[i].name, name) == 0)
			return;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->m = xrealloc(s->m, s->cap * sizeof(struct method));
	}
	s->m[s->n].name = name;
	s->m[s->n].ft = ft;
	s->n++;
}

static void collect_methods(struct mset *s, const gnode *t, int depth)
{
	if (depth > MAX_EVAL_DEPTH)
		return;
	for (int i = 0; i < t->nlist; i++) {
		const gnode *f = t->list[i], *e;

		if (f->text && f->x && f->x->kind == GN_FUNCTYPE) {
			mset_add(s, f->text, f->x);
			continue;
		}
		e = unparen(f->x);
		if (!e || e->kind != GN_NAME)
			continue;	/* imported or a type set: unknown */
		if (predeclared(e, is_predeclared_type)) {
			if (strcmp(e->text, "error") == 0)
				mset_add(s, "Error", NULL);
			continue;
		}
		e = underlying(e);
		if (e && e->kind == GN_IFACETYPE)
			collect_methods(s, e, depth + 1);
	}
}

static bool exported(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z';	/* ASCII approximation */
}

static int method_cmp(const void *a, const void *b)
{
	const struct method *x = a, *y = b;
	bool ex = exported(x->name), ey = exported(y->name);

	if (ex != ey)
		return ex ? -1 : 1;
	return strcmp(x->name, y->name);
}

static void pr_iface(out *o, const gnode *t)
{
	struct mset s = { 0 };
	const gnode *f = file_of(t);

	collect_methods(&s, t, 0);
	if (!s.n) {
		puts_(o, "interface {}");
		return;
	}
	qsort(s.m, s.n, sizeof(struct method), method_cmp);
	puts_(o, "interface {");
	for (int i = 0; i < s.n; i++) {
		if (i)
			puts_(o, ";");
		puts_(o, " ");
		if (!exported(s.m[i].name) && f && f->text) {
			puts_(o, f->text);
			puts_(o, ".");
		}
		puts_(o, s.m[i].name);
		if (s.m[i].ft)
			pr_sig(o, s.m[i].ft);
		else
			puts_(o, "() string");
	}
	puts_(o, " }");
	free(s.m);
}

/* The printed length of an array type [N]T; [...]T counts the elements
 * of its composite literal lit. */
static void pr_array_len(out *o, const gnode *t, const gnode *lit)
{
	long long v;
	char b[32];

	if (t->x) {
		if (eval_int(t->x, -1, &v, 0)) {
			snprintf(b, sizeof(b), "%lld", v);
			puts_(o, b);
		} else {
			pr_syntax(o, t->x);
		}
		return;
	}
	if (!lit) {
		puts_(o, "...");
		return;
	}
	long long idx = 0, max = 0;

	for (int i = 0; i < lit->nlist; i++) {
		const gnode *e = lit->list[i];

		if (e->kind == GN_KEYVALUE) {
			if (!eval_int(e->x, -1, &idx, 0)) {
				puts_(o, "...");
				return;
			}
		}
		idx++;
		if (idx > max)
			max = idx;
	}
	snprintf(b, sizeof(b), "%lld", max);
	puts_(o, b);
}

static void pr_type_lit(out *o, const gnode *t, const gnode *lit)
{
	char buf[256];

	t = unparen(t);
	if (!t) {
		puts_(o, "<T>");
		return;
	}
	if (!enter_pr(o))
		return;
	switch (t->kind) {
	case GN_NAME: {
		const gnode *d = typespec_of(t);

		if (d && (d->flags & GNF_ALIAS) && d->x && o->depth < 64)
			pr_type_lit(o, d->x, lit);
		else
			puts_(o, t->text);
		break;
	}
	case GN_SELECTOR:
		if (import_of(t->x, buf, sizeof(buf))) {
			const gnode *imp = gosrc_resolve(unparen(t->x));
			/* two imported packages of that name: gc writes
			   the path, quoted */
			if (ambiguous_import(buf) && imp->y && imp->y->text &&
			    imp->y->text[0] == '"')
				puts_(o, imp->y->text);
			else
				puts_(o, buf);
			puts_(o, ".");
			puts_(o, t->text);
		} else {
			pr_syntax(o, t);
		}
		break;
	case GN_INDEX:
		pr_type(o, t->x);
		puts_(o, "[");
		for (int i = 0; i < t->nlist; i++) {
			if (i)
				puts_(o, ",");
			pr_type(o, t->list[i]);
		}
		puts_(o, "]");
		break;
	case GN_STAR:
		puts_(o, "*");
		pr_type(o, t->x);
		break;
	case GN_ARRAYTYPE:
		puts_(o, "[");
		pr_array_len(o, t, lit);
		puts_(o, "]");
		pr_type(o, t->y);
		break;
	case GN_SLICETYPE:
		puts_(o, "[]");
		pr_type(o, t->y);
		break;
	case GN_ELLIPSIS:
		puts_(o, "...");
		pr_type(o, t->y);
		break;
	case GN_MAPTYPE:
		puts_(o, "map[");
		pr_type(o, t->x);
		puts_(o, "]");
		pr_type(o, t->y);
		break;
	case GN_CHANTYPE: {
		const gnode *e = dealias(t->y);

		if (t->op == GN_CHAN_RECV) {
			puts_(o, "<-chan ");
		} else if (t->op == GN_CHAN_SEND) {
			puts_(o, "chan<- ");
		} else {
			puts_(o, "chan ");
			if (e && e->kind == GN_CHANTYPE &&
			    e->op == GN_CHAN_RECV) {
				puts_(o, "(");
				pr_type(o, t->y);
				puts_(o, ")");
				break;
			}
		}
		pr_type(o, t->y);
		break;
	}
	case GN_FUNCTYPE:
		puts_(o, "func");
		pr_sig(o, t);
		break;
	case GN_STRUCTTYPE:
		pr_struct(o, t);
		break;
	case GN_IFACETYPE:
		pr_iface(o, t);
		break;
	case GN_UNARY:
		puts_(o, opstr(t->op));
		pr_type(o, t->x);
		break;
	case GN_BINARY:
		pr_type(o, t->x);
		puts_(o, opstr(t->op));
		pr_type(o, t->y);
		break;
	default:
		pr_syntax(o, t);
		break;
	}
	o->depth--;
}

static void pr_type(out *o, const gnode *t)
{
	pr_type_lit(o, t, NULL);
}

/* Whether a type expression denotes a named type (printed T(x) in a
 * conversion) rather than a type literal (printed (T)(x)). */
static bool is_named_type(const gnode *t)
{
	t = dealias(t);
	if (!t)
		return false;
	return t->kind == GN_NAME || t->kind == GN_SELECTOR ||
	       t->kind == GN_INDEX;
}

/* Whether the callee of a call is syntactically a type (a conversion). */
static bool is_type_expr(const gnode *f)
{
	const gnode *d;

	f = unparen(f);
	if (!f)
		return false;
	switch (f->kind) {
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
	case GN_MAPTYPE:
	case GN_CHANTYPE:
	case GN_FUNCTYPE:
	case GN_STRUCTTYPE:
	case GN_IFACETYPE:
		return true;
	case GN_STAR:
		return is_type_expr(f->x) ||
		       unparen(f->x)->kind == GN_SELECTOR;
	case GN_NAME:
		d = gosrc_resolve(f);
		if (d)
			return d->kind == GN_TYPESPEC ||
			       (d->kind == GN_FIELD && d->parent &&
				(d->parent->kind == GN_TYPESPEC ||
				 (d->parent->kind == GN_FUNCDECL &&
				  index_in(d->parent->list2,
					   d->parent->nlist2, d) >= 0)));
		return is_predeclared_type(f->text);
	default:
		return false;
	}
}

/* ---- composite literals ---- */

/* The type of a composite literal, inferred from the enclosing literal
 * when elided; *ptr is set when the element type is *T (gc then prints
 * the implicit &T{...}). */
static const gnode *complit_type(const gnode *n, bool *ptr, int depth)
{
	const gnode *par, *lit, *t, *e;
	bool key = false, pp;

	*ptr = false;
	if (n->x)
		return n->x;
	if (depth > MAX_EVAL_DEPTH)
		return NULL;
	par = n->parent;
	lit = par;
	if (par && par->kind == GN_KEYVALUE) {
		key = par->x == n;
		lit = par->parent;
	}
	if (!lit || lit->kind != GN_COMPOSITE)
		return NULL;
	t = complit_type(lit, &pp, depth + 1);
	t = underlying(t);
	if (!t)
		return NULL;
	switch (t->kind) {
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
		e = t->y;
		break;
	case GN_MAPTYPE:
		e = key ? t->x : t->y;
		break;
	default:
		return NULL;
	}
	e = unparen(e);
	if (e && e->kind == GN_STAR) {
		*ptr = true;
		e = e->x;
	}
	return e;
}

static void pr_complit(out *o, const gnode *n, bool amp)
{
	bool ptr;
	const gnode *t = complit_type(n, &ptr, 0);

	if (!t) {
		puts_(o, amp ? "&composite literal" : "composite literal");
		return;
	}
	if (amp || (ptr && !(o->flags & GOSRC_PRINT_NO_IMPLICIT_ADDR)))
		puts_(o, "&");
	pr_type_lit(o, t, n);
	puts_(o, n->nlist ? "{...}" : "{}");
}

/* ---- expressions ---- */

static bool is_string_expr(const gnode *n, int depth);

static bool decl_is_string(const gnode *d, const gnode *name, int depth)
{
	const gnode *t = NULL;
	int i;

	switch (d->kind) {
	case GN_FIELD:
		t = d->x;
		break;
	case GN_VARSPEC:
	case GN_CONSTSPEC:
		t = d->x;
		if (!t) {
			i = index_in(d->list, d->nlist, NULL);
			for (i = 0; i < d->nlist; i++)
				if (name_is(d->list[i], name->text))
					break;
			if (i < d->nlist2 && d->nlist2 == d->nlist)
				return is_string_expr(d->list2[i], depth + 1);
		}
		break;
	case GN_ASSIGN:
		for (i = 0; i < d->nlist; i++)
			if (name_is(d->list[i], name->text))
				break;
		if (i < d->nlist2 && d->nlist2 == d->nlist)
			return is_string_expr(d->list2[i], depth + 1);
		return false;
	default:
		return false;
	}
	t = dealias(t);
	return t && t->kind == GN_NAME && strcmp(t->text, "string") == 0 &&
	       !typespec_of(t);
}

enum { GNF_STR_KNOWN = 1 << 14, GNF_STR_YES = 1 << 15 };

static bool is_string_uncached(const gnode *n, int depth);

/* Whether n is (syntactically) of string type. */
static bool is_string_expr(const gnode *n, int depth)
{
	gnode *m = unparen(n);
	bool r;

	if (!m || depth > 8)
		return false;
	if (m->flags & GNF_STR_KNOWN)
		return (m->flags & GNF_STR_YES) != 0;
	r = is_string_uncached(m, depth);
	if (depth == 0)
		m->flags |= GNF_STR_KNOWN | (r ? GNF_STR_YES : 0);
	return r;
}

static bool is_string_uncached(const gnode *n, int depth)
{
	const gnode *d;

	switch (n->kind) {
	case GN_BASICLIT:
		return n->text[0] == '"' || n->text[0] == '`';
	case GN_BINARY:
		return n->op == '+' && (is_string_expr(n->x, depth + 1) ||
					is_string_expr(n->y, depth + 1));
	case GN_SLICE:
		return is_string_expr(n->x, depth + 1);
	case GN_CALL:
		return n->nlist == 1 && name_is(unparen(n->x), "string") &&
		       !gosrc_resolve(unparen(n->x));
	case GN_NAME:
		d = gosrc_resolve(n);
		return d && decl_is_string(d, n, depth);
	default:
		return false;
	}
}

/* Calls of recover, real, imag, complex and make of a map or channel
 * become ops that ir.OpPrec does not list: precedence 0. */
static int call_prec(const gnode *n)
{
	const gnode *f = unparen(n->x), *t;

	if (!f || !predeclared(f, is_builtin_func))
		return 8;
	if (strcmp(f->text, "recover") == 0 || strcmp(f->text, "real") == 0 ||
	    strcmp(f->text, "imag") == 0 || strcmp(f->text, "complex") == 0)
		return 0;
	if (strcmp(f->text, "make") == 0 && n->nlist >= 1) {
		t = underlying(n->list[0]);
		if (t && (t->kind == GN_MAPTYPE || t->kind == GN_CHANTYPE))
			return 0;
	}
	return 8;
}

static int expr_prec(const gnode *n)
{
	switch (n->kind) {
	case GN_FUNCLIT:
	case GN_KEYVALUE:
		return 0;
	case GN_UNARY:
		if (n->op == '&' && unparen(n->x) &&
		    unparen(n->x)->kind == GN_COMPOSITE)
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

static int const_prec(const gnode *n)
{
	if (n->kind == GN_UNARY)
		return 7;
	if (n->kind == GN_BINARY)
		return binprec(n->op);
	return 8;
}

static void pr_args(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			puts_(o, ", ");
		pr_expr(o, l[i], 0);
	}
}

/* ---- method calls and promoted fields ---- */

/* A type known from the syntax: t (a type expression, not a pointer)
 * under ptr levels of indirection. */
struct ty {
	const gnode *t;
	int ptr;
};

static bool norm_ty(struct ty *r)
{
	for (int i = 0; i < MAX_EVAL_DEPTH && r->t; i++) {
		const gnode *t = dealias(r->t);

		if (t && t->kind == GN_STAR) {
			r->ptr++;
			r->t = t->x;
			continue;
		}
		r->t = t;
		break;
	}
	return r->t != NULL;
}

static int name_index(const gnode *d, const char *name)
{
	for (int i = 0; i < d->nlist; i++)
		if (name_is(d->list[i], name))
			return i;
	return -1;
}

static bool type_of(const gnode *e, struct ty *r, int depth);

/* The type declaration (in this file) of a named type. */
static const gnode *named_spec(const struct ty *t)
{
	const gnode *d = typespec_of(t->t);

	return d && !(d->flags & GNF_ALIAS) && !d->nlist ? d : NULL;
}

/* A method `name` declared in the file for the type declared by spec. */
static const gnode *find_method_in(const gnode *f, const gnode *spec, const char *name)
{
	for (int i = 0; f && i < f->nlist; i++) {
		const gnode *d = f->list[i], *r;

		if (d->kind != GN_FUNCDECL || d->nlist != 1 || !d->text ||
		    strcmp(d->text, name) != 0)
			continue;
		r = unparen(d->list[0]->x);
		if (r && r->kind == GN_STAR)
			r = unparen(r->x);
		if (r && r->kind == GN_NAME && strcmp(r->text, spec->text) == 0)
			return d;
	}
	return NULL;
}

/* Method `name` of the type spec declares: in its file, else in another
 * file of the package. */
static const gnode *find_method(const gnode *spec, const char *name)
{
	const gnode *f = file_of(spec), *d = find_method_in(f, spec, name);

	for (int i = 0; f && !d && i < npackage_files; i++) {
		const gnode *g = package_ast(i);
		if (g && g != f)
			d = find_method_in(g, spec, name);
	}
	return d;
}

/* The name an embedded field is known by. */
static const char *embedded_name(const gnode *t)
{
	t = unparen(t);
	if (t && t->kind == GN_STAR)
		t = unparen(t->x);
	if (t && t->kind == GN_INDEX)
		t = unparen(t->x);
	if (t && t->kind == GN_SELECTOR)
		return t->text;
	return t && t->kind == GN_NAME ? t->text : NULL;
}

#define MAX_PATH 6

/* A member found by lookup: a field (its GN_FIELD), a method (its
 * GN_FUNCDECL) or an interface method (iface set), reached through the
 * embedded fields path[0..npath). */
struct member {
	const gnode *field;
	const gnode *method;
	bool iface;
	const char *path[MAX_PATH];
	int npath;
	unsigned ptrs;		/* bit i: path[i] is embedded as a pointer */
};

struct lk {
	struct ty t;
	const char *path[MAX_PATH];
	int npath;
	unsigned ptrs;
};

/* Go's selector rule (shallowest depth first) over the types declared
 * in this file; no ambiguity checks. */
static bool lookup_member(const struct ty *start, const char *name,
			  struct member *m)
{
	struct lk q[32];
	int nq = 0, head = 0;

	memset(m, 0, sizeof(*m));
	q[nq].t = *start;
	q[nq].ptrs = 0;
	q[nq++].npath = 0;
	while (head < nq) {
		int level_end = nq;

		for (; head < level_end; head++) {
			struct lk *c = &q[head];
			const gnode *spec = named_spec(&c->t), *u;

			if (c->t.ptr > 1)
				continue;
			if (spec && (m->method = find_method(spec, name))) {
				memcpy(m->path, c->path, sizeof(m->path));
				m->npath = c->npath;
				return true;
			}
			u = underlying(c->t.t);
			if (u && u->kind == GN_IFACETYPE) {
				struct mset s = { 0 };
				bool found = false;

				collect_methods(&s, u, 0);
				for (int i = 0; i < s.n; i++)
					if (strcmp(s.m[i].name, name) == 0)
						found = true;
				free(s.m);
				if (found) {
					m->iface = true;
					memcpy(m->path, c->path, sizeof(m->path));
					m->npath = c->npath;
					return true;
				}
				continue;
			}
			if (!u || u->kind != GN_STRUCTTYPE)
				continue;
			for (int i = 0; i < u->nlist; i++) {
				const gnode *f = u->list[i];
				const char *fn = f->text ? f->text :
						 embedded_name(f->x);

				if (fn && strcmp(fn, name) == 0) {
					m->field = f;
					memcpy(m->path, c->path, sizeof(m->path));
					m->npath = c->npath;
					m->ptrs = c->ptrs;
					return true;
				}
			}
			for (int i = 0; i < u->nlist; i++) {
				const gnode *f = u->list[i];

				if (f->text || !embedded_name(f->x) ||
				    nq == (int)(sizeof(q) / sizeof(q[0])) ||
				    c->npath == MAX_PATH)
					continue;
				q[nq] = *c;
				q[nq].t.t = f->x;
				q[nq].t.ptr = 0;
				norm_ty(&q[nq].t);
				if (q[nq].t.ptr)
					q[nq].ptrs |= 1u << q[nq].npath;
				q[nq].path[q[nq].npath++] = embedded_name(f->x);
				nq++;
			}
		}
	}
	return false;
}

/* The declaration of the function a call calls, when in this file. */
static const gnode *callee_decl(const gnode *call, int depth)
{
	const gnode *f = unparen(call->x), *d;
	struct ty t;
	struct member m;

	if (!f)
		return NULL;
	if (f->kind == GN_NAME) {
		d = gosrc_resolve(f);
		return d && d->kind == GN_FUNCDECL ? d : NULL;
	}
	if (f->kind == GN_SELECTOR && type_of(f->x, &t, depth + 1) &&
	    lookup_member(&t, f->text, &m) && m.method)
		return m.method;
	return NULL;
}

static bool type_of(const gnode *e, struct ty *r, int depth)
{
	const gnode *d, *f, *u;
	struct ty b;
	struct member m;
	int i;

	e = unparen(e);
	r->t = NULL;
	r->ptr = 0;
	if (!e || depth > 8)
		return false;
	switch (e->kind) {
	case GN_NAME:
		d = gosrc_resolve(e);
		if (!d)
			return false;
		switch (d->kind) {
		case GN_FIELD:
			if (d->flags & GNF_DDD)
				return false;
			r->t = d->x;
			break;
		case GN_VARSPEC:
			if (d->x) {
				r->t = d->x;
				break;
			}
			/* fall through */
		case GN_ASSIGN:
			i = name_index(d, e->text);
			if (i < 0)
				return false;
			if (d->nlist2 == d->nlist)
				return type_of(d->list2[i], r, depth + 1);
			/* a, b := f(): the results of f */
			f = unparen(d->list2[0]);
			if (d->nlist2 != 1 || f->kind != GN_CALL)
				return false;
			f = callee_decl(f, depth);
			if (!f || !f->x || f->x->nlist2 != d->nlist)
				return false;
			r->t = f->x->list2[i]->x;
			break;
		case GN_RANGE:
			/* for k, v := range x: v has x's element type */
			i = name_index(d, e->text);
			if (i < 0 || !type_of(d->x, &b, depth + 1) || b.ptr > 1)
				return false;
			u = underlying(b.t);
			if (!u)
				return false;
			if (u->kind == GN_MAPTYPE && !b.ptr)
				r->t = i == 0 ? u->x : u->y;
			else if (i == 1 && (u->kind == GN_ARRAYTYPE ||
					    (u->kind == GN_SLICETYPE && !b.ptr)))
				r->t = u->y;
			else
				return false;
			break;
		default:
			return false;
		}
		break;
	case GN_COMPOSITE: {
		bool ptr;

		r->t = complit_type(e, &ptr, 0);
		r->ptr = ptr;
		break;
	}
	case GN_UNARY:
		if (e->op != '&' || !type_of(e->x, r, depth + 1))
			return false;
		r->ptr++;
		return true;
	case GN_STAR:
		if (!type_of(e->x, r, depth + 1) || r->ptr == 0)
			return false;
		r->ptr--;
		return true;
	case GN_CALL:
		f = unparen(e->x);
		if (f && predeclared(f, is_builtin_func)) {
			if (strcmp(f->text, "new") == 0 && e->nlist == 1) {
				r->t = e->list[0];
				r->ptr = 1;
				break;
			}
			if (strcmp(f->text, "make") == 0 && e->nlist >= 1) {
				r->t = e->list[0];
				break;
			}
			return false;
		}
		if (f && is_type_expr(f) && e->nlist == 1) {
			r->t = f;
			break;
		}
		d = callee_decl(e, depth);
		if (!d || !d->x || d->x->nlist2 != 1)
			return false;
		r->t = d->x->list2[0]->x;
		break;
	case GN_SELECTOR:
		if (!type_of(e->x, &b, depth + 1) ||
		    !lookup_member(&b, e->text, &m) || !m.field)
			return false;
		r->t = m.field->x;
		break;
	case GN_INDEX:
		if (e->nlist != 1 || !type_of(e->x, &b, depth + 1) || b.ptr > 1)
			return false;
		u = underlying(b.t);
		if (!u)
			return false;
		if (u->kind == GN_SLICETYPE && !b.ptr)
			r->t = u->y;
		else if (u->kind == GN_ARRAYTYPE)
			r->t = u->y;
		else if (u->kind == GN_MAPTYPE && !b.ptr)
			r->t = u->y;
		else
			return false;
		break;
	case GN_ASSERT:
		r->t = e->y;
		break;
	default:
		return false;
	}
	return norm_ty(r);
}

/* Variadic functions of fmt and log: name and number of fixed
 * parameters. */
static const struct {
	const char *pkg, *name;
	int fixed;
} std_variadic[] = {
	{ "fmt", "Append", 1 }, { "fmt", "Appendf", 2 },
	{ "fmt", "Appendln", 1 }, { "fmt", "Errorf", 1 },
	{ "fmt", "Fprint", 1 }, { "fmt", "Fprintf", 2 },
	{ "fmt", "Fprintln", 1 }, { "fmt", "Fscan", 1 },
	{ "fmt", "Fscanf", 2 }, { "fmt", "Fscanln", 1 },
	{ "fmt", "Print", 0 }, { "fmt", "Printf", 1 },
	{ "fmt", "Println", 0 }, { "fmt", "Scan", 0 },
	{ "fmt", "Scanf", 1 }, { "fmt", "Scanln", 0 },
	{ "fmt", "Sprint", 0 }, { "fmt", "Sprintf", 1 },
	{ "fmt", "Sprintln", 0 }, { "fmt", "Sscan", 1 },
	{ "fmt", "Sscanf", 2 }, { "fmt", "Sscanln", 1 },
	{ "log", "Fatal", 0 }, { "log", "Fatalf", 1 },
	{ "log", "Fatalln", 0 }, { "log", "Panic", 0 },
	{ "log", "Panicf", 1 }, { "log", "Panicln", 0 },
	{ "log", "Print", 0 }, { "log", "Printf", 1 },
	{ "log", "Println", 0 },
};

static int ft_variadic(const gnode *ft)
{
	if (!ft || ft->kind != GN_FUNCTYPE || !ft->nlist ||
	    !(ft->list[ft->nlist - 1]->flags & GNF_DDD))
		return -1;
	return ft->nlist - 1;
}

/* The number of fixed parameters of the variadic function a call
 * calls; -1 when it is not known to be variadic or the call passes a
 * slice with "...". */
static int variadic_fixed(const gnode *call)
{
	const gnode *f = unparen(call->x), *d;
	char buf[256];
	struct ty t;
	struct member m;

	if (!f || (call->flags & GNF_DDD))
		return -1;
	if (f->kind == GN_NAME) {
		d = gosrc_resolve(f);
		return d && d->kind == GN_FUNCDECL ? ft_variadic(d->x) : -1;
	}
	if (f->kind != GN_SELECTOR)
		return -1;
	if (import_of(f->x, buf, sizeof(buf))) {
		for (size_t i = 0; i < sizeof(std_variadic) /
					sizeof(std_variadic[0]); i++)
			if (strcmp(buf, std_variadic[i].pkg) == 0 &&
			    strcmp(f->text, std_variadic[i].name) == 0)
				return std_variadic[i].fixed;
		return -1;
	}
	if (type_of(f->x, &t, 0) && lookup_member(&t, f->text, &m) &&
	    m.method)
		return ft_variadic(m.method->x);
	return -1;
}

/* Arguments; a variadic call's extra arguments packed as gc packs them
 * before escape analysis ("... argument", or nil when there are none).
 * first: print a ", " before the first argument. */
static void pr_call_args(out *o, const gnode *n, bool first)
{
	int fixed = (o->flags & GOSRC_PRINT_UNPACKED) ? -1 :
		    variadic_fixed(n);

	for (int i = 0; i < n->nlist && (fixed < 0 || i < fixed); i++) {
		if (i || first)
			puts_(o, ", ");
		pr_expr(o, n->list[i], 0);
	}
	if (fixed >= 0) {
		if (fixed || first)
			puts_(o, ", ");
		puts_(o, n->nlist > fixed ? "... argument" : "nil");
	}
	if ((n->flags & GNF_DDD) || fixed >= 0)
		puts_(o, "...");
}

static void pr_path(out *o, const struct member *m)
{
	for (int i = 0; i < m->npath; i++) {
		puts_(o, ".");
		puts_(o, m->path[i]);
	}
}

/* x.f through embedded fields: gc prints the implicit selectors. */
static bool pr_promoted(out *o, const gnode *n)
{
	struct ty t;
	struct member m;

	if (!type_of(n->x, &t, 0) || !lookup_member(&t, n->text, &m) ||
	    !m.npath)
		return false;
	pr_expr(o, n->x, 8);
	pr_path(o, &m);
	puts_(o, ".");
	puts_(o, n->text);
	return true;
}

/* gc 1.19 turns x.M(args) on a concrete type into T.M(x, args) (or
 * (*T).M(x, args)) before escape analysis. */
static bool pr_method_call(out *o, const gnode *n)
{
	const gnode *sel = unparen(n->x), *r;
	struct ty t;
	struct member m;
	char buf[256];

	if (!sel || sel->kind != GN_SELECTOR || import_of(sel->x, buf,
							  sizeof(buf)))
		return false;
	if (!type_of(sel->x, &t, 0) || !lookup_member(&t, sel->text, &m)) {
		/* a method of another package's type, as the compiler saw
		   it called */
		const char *method = method_called(sel);
		if (!method)
			return false;
		puts_(o, method);
		puts_(o, "(");
		pr_expr(o, sel->x, 0);
		pr_call_args(o, n, true);
		puts_(o, ")");
		return true;
	}
	if (m.iface || !m.method) {
		if (!m.npath)
			return false;
		pr_expr(o, sel->x, 8);
		pr_path(o, &m);
		puts_(o, ".");
		puts_(o, sel->text);
		puts_(o, "(");
		pr_call_args(o, n, false);
		puts_(o, ")");
		return true;
	}
	r = unparen(m.method->list[0]->x);
	if (r->kind == GN_STAR) {
		puts_(o, "(*");
		puts_(o, unparen(r->x)->text);
		puts_(o, ")");
	} else {
		puts_(o, r->text);
	}
	puts_(o, ".");
	puts_(o, sel->text);
	puts_(o, "(");
	if (m.npath) {
		pr_expr(o, sel->x, 8);
		pr_path(o, &m);
	} else {
		pr_expr(o, sel->x, 0);
	}
	pr_call_args(o, n, true);
	puts_(o, ")");
	return true;
}

static void pr_call(out *o, const gnode *n)
{
	const gnode *f = unparen(n->x);

	if (f && predeclared(f, is_builtin_func)) {
		if (strcmp(f->text, "new") == 0 && n->nlist == 1) {
			puts_(o, "new(");
			pr_type(o, n->list[0]);
			puts_(o, ")");
			return;
		}
		if (strcmp(f->text, "make") == 0 && n->nlist >= 1) {
			puts_(o, "make(");
			pr_type(o, n->list[0]);
			for (int i = 1; i < n->nlist; i++) {
				puts_(o, ", ");
				pr_expr(o, n->list[i], 0);
			}
			puts_(o, ")");
			return;
		}
		puts_(o, f->text);
		puts_(o, "(");
		pr_args(o, n->list, n->nlist);
		if (n->flags & GNF_DDD)
			puts_(o, "...");
		puts_(o, ")");
		return;
	}
	if (f && is_type_expr(f) && n->nlist == 1 && !(n->flags & GNF_DDD)) {
		if (is_named_type(f)) {
			pr_type(o, f);
		} else {
			puts_(o, "(");
			pr_type(o, f);
			puts_(o, ")");
		}
		puts_(o, "(");
		pr_expr(o, n->list[0], 0);
		puts_(o, ")");
		return;
	}
	if (pr_method_call(o, n))
		return;
	pr_expr(o, n->x, 8);
	puts_(o, "(");
	pr_call_args(o, n, false);
	puts_(o, ")");
}

static void pr_expr(out *o, const gnode *n, int prec)
{
	char buf[256];
	int np;

	n = unparen(n);
	if (!n) {
		puts_(o, "<nil>");
		return;
	}
	if (!enter_pr(o))
		return;
	if (n->kind != GN_KEYVALUE && is_const(n, 0)) {
		if (prec > const_prec(n)) {
			puts_(o, "(");
			pr_syntax(o, n);
			puts_(o, ")");
		} else {
			pr_syntax(o, n);
		}
		goto done;
	}
	np = expr_prec(n);
	if (prec > np) {
		puts_(o, "(");
		pr_expr(o, n, 0);
		puts_(o, ")");
		goto done;
	}
	switch (n->kind) {
	case GN_NAME:
	case GN_BASICLIT:
		puts_(o, n->text);
		break;
	case GN_COMPOSITE:
		pr_complit(o, n, false);
		break;
	case GN_FUNCLIT:
		puts_(o, "func literal");
		break;
	case GN_SELECTOR:
		if (import_of(n->x, buf, sizeof(buf)))
			puts_(o, buf);
		else if (pr_promoted(o, n))
			break;
		else
			pr_expr(o, n->x, 8);
		puts_(o, ".");
		puts_(o, n->text);
		break;
	case GN_INDEX:
		pr_expr(o, n->x, 8);
		puts_(o, "[");
		for (int i = 0; i < n->nlist; i++) {
			if (i)
				puts_(o, ", ");
			pr_expr(o, n->list[i], 0);
		}
		puts_(o, "]");
		break;
	case GN_SLICE:
		pr_expr(o, n->x, 8);
		puts_(o, "[");
		if (n->list[0])
			pr_expr(o, n->list[0], 0);
		puts_(o, ":");
		if (n->list[1])
			pr_expr(o, n->list[1], 0);
		if (n->flags & GNF_SLICE3) {
			puts_(o, ":");
			if (n->list[2])
				pr_expr(o, n->list[2], 0);
		}
		puts_(o, "]");
		break;
	case GN_ASSERT:
		pr_expr(o, n->x, 8);
		puts_(o, ".(");
		if (n->y)
			pr_type(o, n->y);
		else
			puts_(o, "type");
		puts_(o, ")");
		break;
	case GN_CALL:
		pr_call(o, n);
		break;
	case GN_UNARY: {
		const gnode *x = unparen(n->x);

		if (n->op == '&' && x && x->kind == GN_COMPOSITE) {
			pr_complit(o, x, true);
			break;
		}
		puts_(o, opstr(n->op));
		if (x && x->kind == GN_UNARY && x->op == n->op &&
		    !is_const(x, 0))
			puts_(o, " ");
		pr_expr(o, n->x, 8);
		break;
	}
	case GN_STAR:
		puts_(o, "*");
		pr_expr(o, n->x, 8);
		break;
	case GN_BINARY:
		if (n->op == '+' && is_string_expr(n, 0)) {
			/* OADDSTR: every operand at the same precedence */
			pr_expr(o, n->x, np);
			puts_(o, " + ");
			pr_expr(o, n->y, np);
			break;
		}
		pr_expr(o, n->x, np);
		puts_(o, " ");
		puts_(o, opstr(n->op));
		puts_(o, " ");
		pr_expr(o, n->y, np + 1);
		break;
	case GN_KEYVALUE:
		pr_expr(o, n->x, 0);
		puts_(o, ":");
		pr_expr(o, n->y, 0);
		break;
	case GN_ARRAYTYPE:
	case GN_SLICETYPE:
	case GN_MAPTYPE:
	case GN_CHANTYPE:
	case GN_FUNCTYPE:
	case GN_STRUCTTYPE:
	case GN_IFACETYPE:
	case GN_ELLIPSIS:
		pr_type(o, n);
		break;
	case GN_BAD:
		puts_(o, "<bad expr>");
		break;
	default:
		pr_stmt(o, n);
		break;
	}
done:
	o->depth--;
}

/* ---- statements ---- */

static void pr_list(out *o, gnode **l, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			puts_(o, ", ");
		pr_expr(o, l[i], 0);
	}
}

/* The type gc gives an untyped initializer, when syntax tells it. */
static void pr_inferred_type(out *o, const gnode *v)
{
	const gnode *f;
	bool ptr;

	v = unparen(v);
	if (!v) {
		puts_(o, "?");
		return;
	}
	switch (v->kind) {
	case GN_BASICLIT:
		if (v->text[0] == '"' || v->text[0] == '`')
			puts_(o, "string");
		else if (v->text[0] == '\'')
			puts_(o, "rune");
		else if (v->text[strlen(v->text) - 1] == 'i')
			puts_(o, "complex128");
		else if (strpbrk(v->text, ".eEpP") &&
			 !(v->text[0] == '0' && (v->text[1] == 'x' ||
						 v->text[1] == 'X') &&
			   !strpbrk(v->text, ".pP")))
			puts_(o, "float64");
		else
			puts_(o, "int");
		return;
	case GN_NAME:
		if ((strcmp(v->text, "true") == 0 ||
		     strcmp(v->text, "false") == 0) && !gosrc_resolve(v)) {
			puts_(o, "bool");
			return;
		}
		break;
	case GN_COMPOSITE: {
		const gnode *t = complit_type(v, &ptr, 0);

		if (t) {
			if (ptr)
				puts_(o, "*");
			pr_type_lit(o, t, v);
			return;
		}
		break;
	}
	case GN_UNARY:
		if (v->op == '&' && unparen(v->x)->kind == GN_COMPOSITE) {
			puts_(o, "*");
			pr_inferred_type(o, v->x);
			return;
		}
		break;
	case GN_FUNCLIT:
		pr_type(o, v->x);
		return;
	case GN_CALL:
		f = unparen(v->x);
		if (f && predeclared(f, is_builtin_func) && v->nlist >= 1) {
			if (strcmp(f->text, "new") == 0) {
				puts_(o, "*");
				pr_type(o, v->list[0]);
				return;
			}
			if (strcmp(f->text, "make") == 0) {
				pr_type(o, v->list[0]);
				return;
			}
		}
		if (f && is_type_expr(f) && v->nlist == 1) {
			pr_type(o, f);
			return;
		}
		break;
	default:
		break;
	}
	puts_(o, "?");
}

static void sep(out *o, bool *first)
{
	if (!*first)
		puts_(o, "; ");
	*first = false;
}

/* var a, b T = x, y as gc's statements: "var a T; a = x; ..." */
static void pr_varspec_items(out *o, const gnode *s, bool *first)
{
	for (int i = 0; i < s->nlist; i++) {
		sep(o, first);
		puts_(o, "var ");
		puts_(o, s->list[i]->text);
		puts_(o, " ");
		if (s->x)
			pr_type(o, s->x);
		else if (s->nlist2 == s->nlist)
			pr_inferred_type(o, s->list2[i]);
		else
			puts_(o, "?");
		if (s->nlist2 == s->nlist || s->nlist2 == 0) {
			sep(o, first);
			puts_(o, s->list[i]->text);
			puts_(o, " = ");
			if (s->nlist2)
				pr_expr(o, s->list2[i], 0);
			else
				puts_(o, "<nil>");
		}
	}
	if (s->nlist2 && s->nlist2 != s->nlist) {
		sep(o, first);
		pr_list(o, s->list, s->nlist);
		puts_(o, " = ");
		pr_list(o, s->list2, s->nlist2);
	}
}

static void pr_stmts(out *o, gnode **l, int n, bool *first);

static void pr_stmt_item(out *o, const gnode *s, bool *first)
{
	switch (s->kind) {
	case GN_EMPTY:
		return;
	case GN_BLOCK:
		pr_stmts(o, s->list, s->nlist, first);
		return;
	case GN_LABELED:
		sep(o, first);
		puts_(o, s->text);
		puts_(o, ": ");
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
					sep(o, first);
					puts_(o, "<node DCLCONST>");
				}
			} else if (sp->kind == GN_TYPESPEC) {
				sep(o, first);
				puts_(o, "<node DCLTYPE>");
			}
		}
		return;
	default:
		sep(o, first);
		pr_stmt(o, s);
	}
}

static void pr_stmts(out *o, gnode **l, int n, bool *first)
{
	if (!enter_pr(o))
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

static bool is_select_comm(const gnode *n)
{
	const gnode *c = n->parent;

	return c && c->kind == GN_CASE && c->x == n && c->parent &&
	       c->parent->kind == GN_SELECT;
}

/* Whether gc gives statement s init statements of its own (then an if
 * prints without its init): a := declaration, or a call whose callee is
 * itself a call result (gc evaluates it into a temporary first). */
static bool has_init(const gnode *s)
{
	const gnode *e = NULL, *f;

	if (s->kind == GN_ASSIGN && s->op == GN_TOK_DEFINE)
		return true;
	if (s->kind == GN_EXPRSTMT)
		e = s->x;
	else if (s->kind == GN_ASSIGN && s->nlist2 == 1)
		e = s->list2[0];
	e = unparen(e);
	if (!e || e->kind != GN_CALL)
		return false;
	f = unparen(e->x);
	if (f && f->kind == GN_SELECTOR)
		f = unparen(f->x);
	return f && f->kind == GN_CALL && !is_type_expr(f->x);
}

static const char *branch_word(int op)
{
	switch (op) {
	case GN_TOK_BREAK: return "break";
	case GN_TOK_CONTINUE: return "continue";
	case GN_TOK_GOTO: return "goto";
	default: return "fallthrough";
	}
}

static void pr_stmt(out *o, const gnode *n)
{
	bool first = true;

	if (!enter_pr(o))
		return;
	switch (n->kind) {
	case GN_EXPRSTMT:
		if (is_select_comm(n) && unparen(n->x)->kind == GN_UNARY &&
		    unparen(n->x)->op == GN_TOK_ARROW) {
			puts_(o, "<node SELRECV2>");
			break;
		}
		pr_expr(o, n->x, 0);
		break;
	case GN_ASSIGN:
		if (is_select_comm(n)) {
			puts_(o, "<node SELRECV2>");
			break;
		}
		if (n->op == GN_TOK_ASSIGN || n->op == GN_TOK_DEFINE) {
			pr_list(o, n->list, n->nlist);
			puts_(o, n->op == GN_TOK_DEFINE ? " := " : " = ");
			pr_list(o, n->list2, n->nlist2);
		} else {
			pr_list(o, n->list, n->nlist);
			puts_(o, " ");
			puts_(o, opstr(asop_binary(n->op)));
			puts_(o, "= ");
			pr_list(o, n->list2, n->nlist2);
		}
		break;
	case GN_INCDEC:
		/* gc 1.19 builds x++ as x += 1 */
		pr_expr(o, n->x, 0);
		puts_(o, n->op == GN_TOK_INC ? " += 1" : " -= 1");
		break;
	case GN_SEND:
		pr_expr(o, n->x, 3);
		puts_(o, " <- ");
		pr_expr(o, n->y, 4);
		break;
	case GN_RETURN:
		puts_(o, "return ");
		pr_list(o, n->list, n->nlist);
		break;
	case GN_GO:
	case GN_DEFER:
		puts_(o, n->kind == GN_GO ? "go " : "defer ");
		pr_expr(o, n->x, 0);
		break;
	case GN_IF: {
		int dead = dead_branch(n);

		puts_(o, "if ");
		if (n->x && !has_init(n->x)) {
			pr_stmt(o, n->x);
			puts_(o, "; ");
		}
		pr_expr(o, n->y, 0);
		puts_(o, " { ");
		if (dead != 0)
			pr_body(o, n->z);
		puts_(o, " }");
		if (n->nlist && dead != 1) {
			puts_(o, " else { ");
			if (n->list[0]->kind == GN_IF)
				pr_stmt(o, n->list[0]);
			else
				pr_body(o, n->list[0]);
			puts_(o, " }");
		}
		break;
	}
	case GN_FOR:
	case GN_RANGE:
		puts_(o, "for loop");
		break;
	case GN_SWITCH:
	case GN_TYPESWITCH:
		puts_(o, "switch statement");
		break;
	case GN_SELECT:
		puts_(o, "select statement");
		break;
	case GN_CASE:
		if (n->flags & GNF_DEFAULT) {
			puts_(o, "default");
		} else {
			puts_(o, "case ");
			if (n->x)
				pr_stmt(o, n->x);
			else
				pr_list(o, n->list, n->nlist);
		}
		puts_(o, ": ");
		pr_stmts(o, n->list2, n->nlist2, &first);
		break;
	case GN_LABELED:
		puts_(o, n->text);
		puts_(o, ": ");
		break;
	case GN_BRANCH:
		puts_(o, branch_word(n->op));
		if (n->text) {
			puts_(o, " ");
			puts_(o, n->text);
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
				sep(o, &first);
				puts_(o, "var ");
				puts_(o, n->list[i]->text);
				puts_(o, " ");
				pr_type(o, n->x);
			}
		} else if (n->nlist2 == n->nlist) {
			for (int i = 0; i < n->nlist; i++) {
				sep(o, &first);
				pr_expr(o, n->list[i], 0);
				puts_(o, " = ");
				pr_expr(o, n->list2[i], 0);
			}
		} else {
			pr_list(o, n->list, n->nlist);
			puts_(o, " = ");
			pr_list(o, n->list2, n->nlist2);
		}
		break;
	case GN_CONSTSPEC:
		puts_(o, "<node DCLCONST>");
		break;
	case GN_TYPESPEC:
		puts_(o, "<node DCLTYPE>");
		break;
	default:
		pr_expr(o, n, 0);
		break;
	}
	o->depth--;
}

/* gc's name of a declared function: f, T.M or (*T).M. */
static void pr_funcdecl_name(out *o, const gnode *f)
{
	if (f->nlist == 1 && f->list[0]->x) {
		const gnode *r = unparen(f->list[0]->x);
		bool ptr = r->kind == GN_STAR;

		if (ptr)
			r = unparen(r->x);
		if (r && r->kind == GN_INDEX)
			r = unparen(r->x);	/* generic receiver T[P] */
		if (ptr)
			puts_(o, "(*");
		pr_syntax(o, r);
		if (ptr)
			puts_(o, ")");
		puts_(o, ".");
	}
	puts_(o, f->text ? f->text : "_");
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
		pr_stmt(o, n);
		break;
	case GN_FUNCDECL:
		pr_funcdecl_name(o, n);
		break;
	case GN_FILE:
		puts_(o, n->text ? n->text : "");
		break;
	case GN_IMPORT:
		if (n->y)
			puts_(o, n->y->text);
		break;
	case GN_FIELD:
		/* a parameter or field is named as gc names the variable */
		if (n->text)
			puts_(o, n->text);
		else
			pr_type(o, n->x);
		break;
	case GN_ARRAYTYPE: case GN_SLICETYPE: case GN_MAPTYPE:
	case GN_CHANTYPE: case GN_FUNCTYPE: case GN_STRUCTTYPE:
	case GN_IFACETYPE: case GN_ELLIPSIS:
		pr_type(o, n);
		break;
	default:
		pr_expr(o, n, 0);
		break;
	}
}

size_t gosrc_print_flags(const gnode *n, unsigned flags, char *buf,
			 size_t size)
{
	out o = { buf, size, 0, 0, flags };

	if (!n)
		puts_(&o, "<nil>");
	else
		pr_node(&o, n);
	return finish(&o);
}

size_t gosrc_print(const gnode *n, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0 };

	if (!n)
		puts_(&o, "<nil>");
	else
		pr_node(&o, n);
	return finish(&o);
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
	out o = { buf, size, 0, 0, 0 };

	pr_type(&o, t);
	return finish(&o);
}

size_t gosrc_print_source(const gnode *n, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0 };

	pr_syntax(&o, n);
	return finish(&o);
}

size_t gosrc_print_ddd_call(const gnode *call, int nfixed, char *buf,
			    size_t size)
{
	out o = { buf, size, 0, 0, 0 };

	if (!call || call->kind != GN_CALL) {
		pr_expr(&o, call, 0);
		return finish(&o);
	}
	pr_expr(&o, call->x, 8);
	puts_(&o, "(");
	for (int i = 0; i < nfixed && i < call->nlist; i++) {
		pr_expr(&o, call->list[i], 0);
		puts_(&o, ", ");
	}
	puts_(&o, "... argument...)");
	return finish(&o);
}

size_t gosrc_print_spec_value(const gnode *spec, int i, char *buf,
			      size_t size)
{
	out o = { buf, size, 0, 0, 0 };

	if (!spec || (spec->kind != GN_VARSPEC && spec->kind != GN_CONSTSPEC) ||
	    i < 0 || i >= spec->nlist) {
		return finish(&o);
	}
	if (spec->nlist2 == spec->nlist) {
		pr_expr(&o, spec->list[i], 0);
		puts_(&o, " = ");
		pr_expr(&o, spec->list2[i], 0);
	} else if (spec->nlist2 == 0) {
		pr_expr(&o, spec->list[i], 0);
		puts_(&o, " = <nil>");
	} else {
		pr_list(&o, spec->list, spec->nlist);
		puts_(&o, " = ");
		pr_list(&o, spec->list2, spec->nlist2);
	}
	return finish(&o);
}

/* gc's closure names: outer.funcN, nested ones outer.funcN.M, and
 * glob..funcN for package-level initializers, N counted in source
 * order within the enclosing function. */
static int closure_index(const gnode *scope, const gnode *lit)
{
	nstack s = { 0 };
	int k = 0, found = 0;

	/* depth-first in source order, not entering other literals */
	ns_push(&s, (gnode *)scope);
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
				ns_push(&s, n->list2[i]);
		for (int i = n->nlist - 1; i >= 0; i--)
			if (n->list[i] && n->list[i]->parent == n)
				ns_push(&s, n->list[i]);
		for (int i = nk - 1; i >= 0; i--)
			if (kids[i] && kids[i]->parent == n)
				ns_push(&s, kids[i]);
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
		puts_(o, "?");
		return;
	}
	const gnode *outer = gosrc_enclosing_func(f);

	if (!outer) {
		snprintf(b, sizeof(b), "glob..func%d",
			 closure_index(file_of(f), f));
		puts_(o, b);
		return;
	}
	pr_func_name(o, outer, depth + 1);
	snprintf(b, sizeof(b), outer->kind == GN_FUNCLIT ? ".%d" : ".func%d",
		 closure_index(outer, f));
	puts_(o, b);
}

size_t gosrc_func_name(const gnode *fn, char *buf, size_t size)
{
	out o = { buf, size, 0, 0, 0 };

	if (fn)
		pr_func_name(&o, fn, 0);
	return finish(&o);
}

int gosrc_type_class(const gnode *e)
{
	struct ty t;

	if (!type_of(e, &t, 0))
		return GOSRC_TY_UNKNOWN;
	if (t.ptr)
		return GOSRC_TY_POINTER;
	const gnode *u = underlying(t.t);
	if (!u)
		return GOSRC_TY_UNKNOWN;
	if (u->kind == GN_IFACETYPE)
		return GOSRC_TY_IFACE;
	if (u->kind == GN_NAME && u->text && !gosrc_resolve(u) &&
	    (strcmp(u->text, "error") == 0 || strcmp(u->text, "any") == 0))
		return GOSRC_TY_IFACE;
	if (u->kind == GN_ARRAYTYPE)
		return GOSRC_TY_ARRAY;
	if (u->kind == GN_NAME && u->text && !gosrc_resolve(u) && strcmp(u->text, "string") == 0)
		return GOSRC_TY_STRING;
	if (u->kind == GN_SELECTOR)
		return GOSRC_TY_UNKNOWN;	/* another package's type */
	if (u->kind == GN_NAME && gosrc_resolve(u))
		return GOSRC_TY_UNKNOWN;	/* a type parameter, say */
	if (u->kind == GN_SLICETYPE)
		return GOSRC_TY_SLICE;
	if (u->kind == GN_MAPTYPE)
		return GOSRC_TY_MAP;
	return GOSRC_TY_OTHER;
}

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
	const gnode *u = underlying(t->t);

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

	e = unparen(e);
	if (!e || depth > MAX_EVAL_DEPTH)
		return false;
	if (type_of(e, &t, 0))
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
			v = const_value_expr(d, e->text, &iota);
			/* the type of the spec the value comes from */
			while (spec && spec->nlist2 == 0 && spec->parent &&
			       spec->parent->kind == GN_DECLSTMT) {
				int k = index_in(spec->parent->list, spec->parent->nlist, spec);
				spec = k > 0 ? spec->parent->list[k - 1] : NULL;
			}
			if (spec && spec->x) {
				struct ty ct = {spec->x, 0};
				return norm_ty(&ct) && ty_int_kind(&ct, sign, bits);
			}
		} else if ((d->kind == GN_ASSIGN && d->op == GN_TOK_DEFINE) ||
			   (d->kind == GN_VARSPEC && !d->x)) {
			i = name_index(d, e->text);
			v = i >= 0 && d->nlist2 == d->nlist ? d->list2[i] : NULL;
		} else if (d->kind == GN_RANGE && d->op == GN_TOK_DEFINE && d->nlist &&
			   name_is(d->list[0], e->text)) {
			/* for i := range x: an int for arrays, slices and
			   strings */
			struct ty rt;
			const gnode *u = type_of(d->x, &rt, 0) && rt.ptr <= 1
						 ? underlying(rt.t) : NULL;
			if ((u && (u->kind == GN_ARRAYTYPE || (u->kind == GN_SLICETYPE &&
							       !rt.ptr))) ||
			    is_string_expr(d->x, 0)) {
				*sign = 1;
				*bits = 64;
				return true;
			}
		}
		return v && v != e && int_kind(v, sign, bits, depth + 1);
	}
	case GN_INDEX:
		/* s[i] of a string: a byte */
		if (e->nlist == 1 && is_string_expr(e->x, 0)) {
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
			if (!is_const(e->x, 0) && int_kind(e->x, sign, bits, depth + 1))
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
		const gnode *f = unparen(e->x);
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
	return is_const(e, 0) && eval_int(e, -1, v, 0) && *v >= INT32_MIN &&
	       *v <= INT32_MAX;
}

/* Is integer expression n in [0, max) whatever its operands' values? */
static bool bounded(const gnode *n, long long max)
{
	int sign, bits;
	long long v;

	n = unparen(n);
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

	x = unparen(x);
	if (is_const(x, 0)) {
		const gnode *lit = x;
		long long iota;
		if (x->kind == GN_NAME) {
			const gnode *d = gosrc_resolve(x);
			lit = d && d->kind == GN_CONSTSPEC
				      ? unparen(const_value_expr(d, x->text, &iota)) : NULL;
		}
		size_t n;
		char *v = lit && lit->kind == GN_BASICLIT && lit->text &&
				  (lit->text[0] == '"' || lit->text[0] == '`')
			  ? string_value(lit->text, &n) : NULL;
		if (!v)
			return false;
		free(v);
		*len = (long long)n;
		return true;
	}
	if (!type_of(x, &t, 0) || t.ptr > 1)
		return false;
	const gnode *u = underlying(t.t);
	return u && u->kind == GN_ARRAYTYPE && u->x && eval_int(u->x, -1, len, 0) &&
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
	if (!skip && n->kind == GN_INDEX && n->nlist == 1 && !is_const(n->list[0], 0) &&
	    indexed_len(n->x, &len) && bounded(n->list[0], len)) {
		if (*count < max)
			out[*count] = n->pos;
		(*count)++;
	}
	int dead = dead_branch(n);
	const gnode *f = n->kind == GN_CALL ? unparen(n->x) : NULL;
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

int gosrc_selector_import(const gnode *sel, char *path, size_t size)
{
	const gnode *x = sel && sel->kind == GN_SELECTOR ? unparen(sel->x) : NULL;
	const gnode *d = x && x->kind == GN_NAME ? gosrc_resolve(x) : NULL;
	size_t n;
	char *v;

	if (!d || d->kind != GN_IMPORT || !d->y || !d->y->text || !sel->text ||
	    !(v = string_value(d->y->text, &n)))
		return 0;
	int ok = n < size && !memchr(v, 0, n);
	if (ok)
		memcpy(path, v, n + 1);
	free(v);
	return ok;
}

int gosrc_selector_path(const gnode *sel, const char **names, int max,
			unsigned *ptrs)
{
	struct ty t;
	struct member m;

	sel = unparen(sel);
	*ptrs = 0;
	if (!sel || sel->kind != GN_SELECTOR || !sel->text || !type_of(sel->x, &t, 0) ||
	    !lookup_member(&t, sel->text, &m) || !m.field || m.npath > max)
		return 0;
	for (int i = 0; i < m.npath; i++)
		names[i] = m.path[i];
	*ptrs = m.ptrs;
	return m.npath;
}

int gosrc_selector_kind(const gnode *sel)
{
	struct ty t;
	struct member m;

	sel = unparen(sel);
	if (!sel || sel->kind != GN_SELECTOR || !sel->text || !type_of(sel->x, &t, 0) ||
	    !lookup_member(&t, sel->text, &m))
		return GOSRC_SEL_UNKNOWN;
	if (m.method || m.iface)
		return GOSRC_SEL_METHOD;
	if (!m.field)
		return GOSRC_SEL_UNKNOWN;
	return m.npath ? GOSRC_SEL_PROMOTED : GOSRC_SEL_FIELD;
}
