/* test_gosrc.c: unit tests of core/gosrc_*.c (Go source, positions, gc's
 * printing and loop depths).
 *
 * Expected strings come from gc 1.19 (go1.19.8) run on the fixtures in
 * data/gosrc_*.go:
 *   /usr/lib/go-1.19/bin/go tool compile -p=main -m=3 -l FILE
 *   /usr/lib/go-1.19/bin/go tool compile -p=main -m -l FILE
 *   /usr/lib/go-1.19/bin/go tool compile -p=main -m=2 -l FILE
 * The tables in data/gosrc_cases.inc are generated from the first two
 * by scripts/gosrc-gen-cases; the hand-written checks below quote the
 * command whose output they copy.
 */
#include "check.h"
#include "gosrc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

struct gcase {
	const char *file;
	int line, col, depth;
	const char *text;
};

#include "data/gosrc_cases.inc"

static char datadir[512];
static char pbuf[400];

static gosrc *fixture(const char *name)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s%s", datadir, name);
	return gosrc_get(path);
}

static gosrc *text(const char *name, const char *src)
{
	return gosrc_from_string(name, src, strlen(src));
}

static const char *pr(const gnode *n)
{
	gosrc_print(n, pbuf, sizeof(pbuf));
	return pbuf;
}

static gpos P(int line, int col)
{
	gpos p = { line, col };

	return p;
}

#define STMTS (GN_MASK(GN_EXPRSTMT) | GN_MASK(GN_ASSIGN) | \
	       GN_MASK(GN_INCDEC) | GN_MASK(GN_SEND) | GN_MASK(GN_RETURN) | \
	       GN_MASK(GN_GO) | GN_MASK(GN_DEFER) | GN_MASK(GN_IF) | \
	       GN_MASK(GN_FOR) | GN_MASK(GN_RANGE) | GN_MASK(GN_SWITCH) | \
	       GN_MASK(GN_TYPESWITCH) | GN_MASK(GN_SELECT) | \
	       GN_MASK(GN_LABELED) | GN_MASK(GN_BRANCH))

static bool contains(const gnode *n, gpos at)
{
	return gpos_cmp(n->start, at) <= 0 && gpos_cmp(at, n->end) < 0;
}

/* Some node whose pos is `at` prints as want. */
static bool site_at(const gnode *n, gpos at, const char *want)
{
	char b[1024];

	if (gpos_cmp(n->pos, at) == 0) {
		gosrc_print(n, b, sizeof(b));
		if (strcmp(b, want) == 0)
			return true;
		gosrc_print_flags(n, GOSRC_PRINT_NO_IMPLICIT_ADDR, b,
				  sizeof(b));
		if (strcmp(b, want) == 0)
			return true;
	}
	for (int i = 0; i < gosrc_nchildren(n); i++) {
		gnode *c = gosrc_child(n, i);

		if (c->parent == n && contains(c, at) && site_at(c, at, want))
			return true;
	}
	return false;
}

/* gc places the implicit interface conversion of an assignment's values
 * at its (last) left-hand side: check the values there. */
static bool conversion_at_lhs(gosrc *s, gpos at, const char *want)
{
	gnode *a = gosrc_find(s, at, GN_MASK(GN_ASSIGN));
	char b[1024];

	if (!a || !a->nlist || gpos_cmp(a->list[a->nlist - 1]->start, at))
		return false;
	for (int i = 0; i < a->nlist2; i++) {
		gosrc_print(a->list2[i], b, sizeof(b));
		if (strcmp(b, want) == 0)
			return true;
	}
	return false;
}

static void test_gc_statements(void)
{
	int n = sizeof(stmt_cases) / sizeof(stmt_cases[0]);

	for (int i = 0; i < n; i++) {
		const struct gcase *c = &stmt_cases[i];
		gosrc *s = fixture(c->file);
		gnode *st = gosrc_find_pos(s, P(c->line, c->col), STMTS);
		char b[400], what[256];

		snprintf(what, sizeof(what), "%s:%d:%d", c->file, c->line,
			 c->col);
		check_current = what;
		if (st) {
			gosrc_print_flags(st, GOSRC_PRINT_UNPACKED, b, sizeof(b));
			CHECK_STR(b, c->text);
			CHECK_INT(st->loop_depth, c->depth);
			continue;
		}
		/* var x = v: one assignment per name, at the spec */
		st = gosrc_find_pos(s, P(c->line, c->col), GN_MASK(GN_VARSPEC));
		CHECK(st != NULL);
		if (!st)
			continue;
		int ok = 0;

		for (int k = 0; k < st->nlist && !ok; k++) {
			gosrc_print_spec_value(st, k, b, sizeof(b));
			ok = strcmp(b, c->text) == 0;
		}
		CHECK(ok);
		CHECK_INT(st->loop_depth, c->depth);
	}
	check_current = "test_gc_statements";
}

static void test_gc_sites(void)
{
	int n = sizeof(site_cases) / sizeof(site_cases[0]);

	for (int i = 0; i < n; i++) {
		const struct gcase *c = &site_cases[i];
		gosrc *s = fixture(c->file);
		gpos at = P(c->line, c->col);
		char what[512];

		snprintf(what, sizeof(what), "%s:%d:%d %s", c->file, c->line,
			 c->col, c->text);
		check_current = what;
		CHECK(s && (site_at(gosrc_ast(s), at, c->text) ||
			    conversion_at_lhs(s, at, c->text)));
	}
	check_current = "test_gc_sites";
}

/* Positions, from the syntax package's rules; the columns marked "gc"
 * were checked against gc -m / -m=2 output (see data/gosrc_escape.go). */
static void test_positions(void)
{
	gosrc *s = text("pos.go",
		"package p\n"					/* 1 */
		"\n"						/* 2 */
		"func f(a, b int, c ...string) (r int) {\n"	/* 3 */
		"\tx := g(a)[b:c].y\n"				/* 4 */
		"\tp := &T{k: 1}\n"				/* 5 */
		"\tfor i, v := range m {\n"			/* 6 */
		"\t\tch <- v + i\n"				/* 7 */
		"\t}\n"						/* 8 */
		"L:\n"						/* 9 */
		"\tgo f(`a\n"					/* 10 */
		"bc`)\n"					/* 11 */
		"\treturn x.(int)\n"				/* 12 */
		"}\n");
	gnode *n;

	CHECK_INT(gosrc_nbad(s), 0);
	n = gosrc_find_pos(s, P(3, 6), GN_MASK(GN_FUNCDECL));
	CHECK(n && n->start.col == 1 && n->end.line == 13 && n->end.col == 2);
	n = gosrc_find_pos(s, P(3, 11), GN_MASK(GN_FIELD));
	CHECK(n && n->text && strcmp(n->text, "b") == 0 && n->x &&
	      n->x->pos.col == 13);
	n = gosrc_find_pos(s, P(3, 8), GN_MASK(GN_FIELD));	/* a */
	CHECK(n && n->end.col == 9 && n->x->parent == n);
	n = gosrc_find_pos(s, P(3, 18), GN_MASK(GN_FIELD));	/* c */
	CHECK(n && (n->flags & GNF_DDD) && n->x->kind == GN_ELLIPSIS);
	CHECK_STR(pr(gosrc_find_pos(s, P(3, 6), GN_MASK(GN_FUNCDECL))->x),
		  "func(int, int, ...string) int");

	/* x := g(a)[b:c].y : define at ':=', call at '(', slice at '[',
	 * selector at '.' */
	n = gosrc_find_pos(s, P(4, 4), GN_MASK(GN_ASSIGN));
	CHECK(n && n->op == GN_TOK_DEFINE && n->start.col == 2 &&
	      n->end.col == 18);
	n = gosrc_find_pos(s, P(4, 8), GN_MASK(GN_CALL));
	CHECK(n && n->start.col == 7 && n->end.col == 11);
	n = gosrc_find_pos(s, P(4, 11), GN_MASK(GN_SLICE));
	CHECK(n && n->list[0] && n->list[1] && !n->list[2]);
	n = gosrc_find_pos(s, P(4, 16), GN_MASK(GN_SELECTOR));
	CHECK(n && strcmp(n->text, "y") == 0 && n->end.col == 18);

	/* &T{k: 1}: & at '&', literal at '{', key-value at ':' */
	n = gosrc_find_pos(s, P(5, 7), GN_MASK(GN_UNARY));
	CHECK(n && n->op == '&');
	n = gosrc_find_pos(s, P(5, 9), GN_MASK(GN_COMPOSITE));
	CHECK(n && n->start.col == 8 && n->end.col == 15);
	n = gosrc_find_pos(s, P(5, 11), GN_MASK(GN_KEYVALUE));
	CHECK(n && n->start.col == 10);

	/* range statement: starts at "for", gc's position is "range" */
	n = gosrc_find_pos(s, P(6, 14), GN_MASK(GN_RANGE));
	CHECK(n && n->start.col == 2 && n->end.line == 8 &&
	      n->op == GN_TOK_DEFINE && n->nlist == 2);
	n = gosrc_find_pos(s, P(7, 6), GN_MASK(GN_SEND));
	CHECK(n && n->start.col == 3 && n->y->kind == GN_BINARY &&
	      n->y->pos.col == 11);

	/* label at its ':'; go at "go"; raw string across lines */
	n = gosrc_find_pos(s, P(9, 2), GN_MASK(GN_LABELED));
	CHECK(n && n->start.col == 1 && n->x && n->x->kind == GN_GO);
	n = gosrc_find_pos(s, P(10, 2), GN_MASK(GN_GO));
	CHECK(n && n->end.line == 11 && n->end.col == 5);
	n = gosrc_find_start(s, P(10, 7), GN_MASK(GN_BASICLIT));
	CHECK(n && n->end.line == 11 && n->end.col == 4 &&
	      strcmp(n->text, "`a\nbc`") == 0);
	n = gosrc_find_pos(s, P(12, 2), GN_MASK(GN_RETURN));
	CHECK(n && n->nlist == 1 && n->list[0]->kind == GN_ASSERT &&
	      n->list[0]->pos.col == 10);

	/* innermost lookups */
	n = gosrc_find(s, P(4, 9), 0);
	CHECK(n && n->kind == GN_NAME && strcmp(n->text, "a") == 0);
	n = gosrc_find(s, P(4, 9), GN_MASK(GN_ASSIGN) | GN_MASK(GN_CALL));
	CHECK(n && n->kind == GN_CALL);
	CHECK(gosrc_find(s, P(2, 1), GN_MASK(GN_FUNCDECL)) == NULL);
	CHECK(gosrc_find(s, P(99, 1), 0) == NULL);
}

static void test_lexer(void)
{
	gosrc *s = text("lex.go",
		"package p\n"
		"var a, b, c, d, e = 0x1p-2, 07_7, 1.5e+3i, '\\'', \"\\\"x\"\n"
		"/* multi\n"
		"line */ var f = 1 // trailing\n"
		"var g = a /* no newline */ + b\n"
		"var h = x.\n"
		"\ty\n");
	gnode *f = gosrc_ast(s), *n;
	const char *want[] = { "0x1p-2", "07_7", "1.5e+3i", "'\\''",
			       "\"\\\"x\"" };

	CHECK_INT(gosrc_nbad(s), 0);
	CHECK_STR(f->text, "p");
	CHECK_INT(f->nlist, 4);
	n = f->list[0]->list[0];
	CHECK_INT(n->nlist2, 5);
	for (int i = 0; i < 5 && i < n->nlist2; i++)
		CHECK_STR(n->list2[i]->text, want[i]);
	/* a comment spanning lines does not swallow the declaration */
	CHECK_INT(f->list[1]->pos.line, 4);
	CHECK_INT(f->list[1]->pos.col, 9);
	CHECK_STR(pr(f->list[2]->list[0]), "g = a + b");
	/* no semicolon after a trailing '.' */
	CHECK_STR(pr(f->list[3]->list[0]), "h = x.y");
	CHECK_INT(f->list[3]->list[0]->list2[0]->end.line, 7);

	/* gosrc_line */
	int len;
	const char *l = gosrc_line(s, 4, &len);

	CHECK(l && len == 29 && strncmp(l, "line */ var f = 1", 17) == 0);
	CHECK(gosrc_line(s, 8, &len) == NULL);
	CHECK(gosrc_line(s, 0, &len) == NULL);
}

/* gc -m=3 -l prints "[depth]" (ours plus one) for each statement; the
 * generated cases check gosrc_depth.go and gosrc_labels.go.  These cover
 * the other places a depth is given to. */
static void test_loop_depth(void)
{
	gosrc *s = text("depth.go",
		"package p\n"					/* 1 */
		"func f(n int) {\n"				/* 2 */
		"\tfor i := 0; i < n; i++ {\n"			/* 3 */
		"\t\tg := func(a int) {\n"			/* 4 */
		"\t\t\tfor {\n"					/* 5 */
		"\t\t\t\tb := a\n"				/* 6 */
		"\t\t\t}\n"					/* 7 */
		"\t\t}\n"					/* 8 */
		"\t\tfor k := range g {\n"			/* 9 */
		"\t\t\t_ = k\n"					/* 10 */
		"\t\t}\n"					/* 11 */
		"\t}\n"						/* 12 */
		"\tfor n > 0 {\n"				/* 13 */
		"\t}\n"						/* 14 */
		"\t{\n"						/* 15 */
		"\tL:\n"					/* 16 */
		"\t\tx := 1\n"					/* 17 */
		"\t\tgoto L\n"					/* 18 */
		"\t}\n"						/* 19 */
		"\ty := 2\n"					/* 20 */
		"\tif false {\n"				/* 21 */
		"\t\tgoto M\n"					/* 22 */
		"\t}\n"						/* 23 */
		"M:\n"						/* 24 */
		"\tz := 3\n"					/* 25 */
		"\tif n > 0 {\n"				/* 26 */
		"\t\tgoto M\n"					/* 27 */
		"\t}\n"						/* 28 */
		"}\n");
	gnode *n;

	CHECK_INT(gosrc_nbad(s), 0);
	/* for init at the outer depth; cond, post and body inside */
	n = gosrc_find_pos(s, P(3, 8), GN_MASK(GN_ASSIGN));
	CHECK(n && n->loop_depth == 0);
	n = gosrc_find_pos(s, P(3, 16), GN_MASK(GN_BINARY));
	CHECK(n && n->loop_depth == 1);
	n = gosrc_find_pos(s, P(3, 22), GN_MASK(GN_INCDEC));
	CHECK(n && n->loop_depth == 1);
	n = gosrc_find_pos(s, P(3, 2), GN_MASK(GN_FOR));
	CHECK(n && n->loop_depth == 0 && n->list[0]->loop_depth == 1);
	/* a function literal is evaluated in the loop but its body and
	 * parameters start again at 0 */
	n = gosrc_find_pos(s, P(4, 8), GN_MASK(GN_FUNCLIT));
	CHECK(n && n->loop_depth == 1 && n->x->loop_depth == 0 &&
	      n->x->list[0]->loop_depth == 0 && n->y->loop_depth == 0);
	n = gosrc_find_pos(s, P(6, 7), GN_MASK(GN_ASSIGN));
	CHECK(n && n->loop_depth == 1);
	/* range: x and the key/value declarations outside, body inside */
	n = gosrc_find_pos(s, P(9, 12), GN_MASK(GN_RANGE));
	CHECK(n && n->loop_depth == 1 && n->x->loop_depth == 1 &&
	      n->list[0]->loop_depth == 1 && n->y->loop_depth == 2);
	/* "for cond" : the condition is inside the loop */
	n = gosrc_find_pos(s, P(13, 8), GN_MASK(GN_BINARY));
	CHECK(n && n->loop_depth == 1);
	/* a looping label: +1 from the label on, and gc flattens the block,
	 * so it lasts to the end of the enclosing list */
	n = gosrc_find_pos(s, P(16, 3), GN_MASK(GN_LABELED));
	CHECK(n && n->loop_depth == 0 && n->x->loop_depth == 1);
	n = gosrc_find_pos(s, P(20, 4), GN_MASK(GN_ASSIGN));
	CHECK(n && n->loop_depth == 1);
	/* M: the goto in "if false" is dead code for gc; the later one
	 * makes M looping */
	n = gosrc_find_pos(s, P(25, 4), GN_MASK(GN_ASSIGN));
	CHECK(n && n->loop_depth == 2);
	n = gosrc_find_pos(s, P(21, 2), GN_MASK(GN_IF));
	CHECK(n && n->loop_depth == 1);
	/* gc -m=3 prints an if with a constant false condition with its
	 * body removed (test/fixedbugs/bug178.go: "if false {  }") */
	CHECK_STR(pr(n), "if false {  }");
}

/* Printing rules checked by hand against gc; most strings also appear
 * in the generated tables. */
static void test_printer(void)
{
	gosrc *s = fixture("gosrc_stmts.go");
	gnode *n;
	char b[256];

	/* gc -m=3: "sink = func literal"; "defer (func literal)()" */
	n = gosrc_find_pos(s, P(92, 9), GN_MASK(GN_FUNCLIT));
	CHECK_STR(pr(n), "func literal");
	n = gosrc_find_pos(s, P(111, 2), GN_MASK(GN_DEFER));
	CHECK_STR(pr(n), "defer (func literal)()");
	/* gc -m=3: "return " keeps its space; x++ is x += 1 */
	n = gosrc_find_pos(s, P(114, 2), GN_MASK(GN_RETURN));
	CHECK_STR(pr(n), "return ");
	n = gosrc_find_pos(s, P(27, 3), GN_MASK(GN_INCDEC));
	CHECK_STR(pr(n), "z += 1");
	/* gc -m: "fmt.Printf(...)" packs its arguments:
	 * "fmt.Printf("%s %d\n", ... argument...)" (gosrc_variadic.go) */
	n = gosrc_find_pos(s, P(110, 12), GN_MASK(GN_CALL));
	CHECK_STR(pr(n), "fmt.Printf(\"%d %s\\n\", ... argument...)");
	gosrc_print_flags(n, GOSRC_PRINT_UNPACKED, b, sizeof(b));
	CHECK_STR(b, "fmt.Printf(\"%d %s\\n\", z, s)");
	gosrc_print_ddd_call(n, 1, b, sizeof(b));
	CHECK_STR(b, "fmt.Printf(\"%d %s\\n\", ... argument...)");

	/* truncation: the full length is returned */
	CHECK_INT(gosrc_print(n, b, 8), strlen("fmt.Printf(\"%d %s\\n\", "
					       "... argument...)"));
	CHECK_STR(b, "fmt.Pri");
	CHECK_INT(gosrc_print(n, b, 0), 38);

	/* types: gc -m=3 on gosrc_types.go and gosrc_iface.go */
	s = fixture("gosrc_iface.go");
	n = gosrc_find_pos(s, P(12, 13), GN_MASK(GN_IFACETYPE));
	CHECK_STR(pr(n), "interface { N(); main.m() }");
	n = gosrc_find_pos(s, P(17, 13), GN_MASK(GN_IFACETYPE));
	gosrc_print_type(n, b, sizeof(b));
	CHECK_STR(b, "interface { K(); N(); main.m() }");
	s = fixture("gosrc_types.go");
	n = gosrc_find_pos(s, P(46, 10), GN_MASK(GN_STRUCTTYPE));
	CHECK_STR(pr(n), "struct { a int \"json:\\\"a\\\"\"; B string; T }");
	n = gosrc_find_pos(s, P(53, 13), GN_MASK(GN_CALL));
	CHECK_STR(pr(n), "make(chan (<-chan int))");

	/* gc -m on gosrc_complit.go: the inner literal of []*T{{...}} is
	 * "&T{...}" */
	s = fixture("gosrc_complit.go");
	n = gosrc_find_pos(s, P(11, 14), GN_MASK(GN_COMPOSITE));
	CHECK_STR(pr(n), "&T{...}");
	n = gosrc_find_pos(s, P(16, 22), GN_MASK(GN_COMPOSITE));
	CHECK_STR(pr(n), "&[]int{...}");

	/* var specs, gc -m=2 on gosrc_escape.go: "z = &T{...} (assign)",
	 * "q = new(int)", "r = new(int)" at the spec */
	s = fixture("gosrc_escape.go");
	n = gosrc_find_pos(s, P(22, 6), GN_MASK(GN_VARSPEC));
	gosrc_print_spec_value(n, 1, b, sizeof(b));
	CHECK_STR(b, "r = new(int)");
	CHECK_STR(pr(n), "q = new(int); r = new(int)");
	n = gosrc_find_pos(s, P(20, 6), GN_MASK(GN_VARSPEC));
	CHECK_STR(pr(n), "z = &T{...}");
	/* parameters are named as gc names them: "t does not escape" */
	n = gosrc_find_pos(s, P(7, 7), GN_MASK(GN_FIELD));
	CHECK_STR(pr(n), "t");
	n = gosrc_find_pos(s, P(7, 13), GN_MASK(GN_FUNCDECL));
	CHECK_STR(pr(n), "(*T).M");

	/* the source form gc uses for constants */
	s = fixture("gosrc_const.go");
	n = gosrc_find_pos(s, P(8, 21), GN_MASK(GN_BINARY));
	gosrc_print_source(n, b, sizeof(b));
	CHECK_STR(b, "10 * 10");
}

static void test_api(void)
{
	gosrc *s = fixture("gosrc_closures.go");
	const char *want[][3] = {
		/* gc -m=3 -l gosrc_closures.go: function of each stmt */
		{ "5", "9", "glob..func1" },
		{ "8", "9", "(*T).M.func1" },
		{ "9", "8", "(*T).M.func1.1" },
		{ "15", "7", "f.func1" },
		{ "16", "7", "f.func2" },
		{ "17", "8", "f.func2.1" },
	};
	char b[256];
	gnode *n;

	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		n = gosrc_find_pos(s, P(atoi(want[i][0]), atoi(want[i][1])),
				   GN_MASK(GN_FUNCLIT));
		CHECK(n != NULL);
		if (!n)
			continue;
		gosrc_func_name(n, b, sizeof(b));
		CHECK_STR(b, want[i][2]);
	}
	n = gosrc_find_pos(s, P(17, 5), GN_MASK(GN_ASSIGN));
	CHECK(n && gosrc_enclosing_func(n)->kind == GN_FUNCLIT);
	gosrc_func_name(gosrc_enclosing_func(n), b, sizeof(b));
	CHECK_STR(b, "f.func2");
	n = gosrc_find_pos(s, P(18, 4), GN_MASK(GN_CALL));
	/* c() resolves to c := func() {} */
	n = n ? n->x : NULL;
	CHECK(n && gosrc_resolve(n) && gosrc_resolve(n)->kind == GN_ASSIGN &&
	      gosrc_resolve(n)->pos.line == 17);

	s = text("api.go",
		"package p\n"
		"import x \"example.com/pkg/v2\"\n"
		"const K = 1 << 3\n"
		"type A = []byte\n"
		"func g(p int) (int, error) {\n"
		"\tswitch t := y.(type) {\n"
		"\tcase int:\n"
		"\t\treturn t, nil\n"
		"\t}\n"
		"\tvar q [K + 1]int\n"
		"\treturn p + len(q), x.E\n"
		"}\n");
	CHECK_INT(gosrc_nbad(s), 0);
	n = gosrc_find_pos(s, P(8, 10), GN_MASK(GN_NAME));	/* t */
	CHECK(n && gosrc_resolve(n) &&
	      gosrc_resolve(n)->kind == GN_TYPESWITCH);
	n = gosrc_find_pos(s, P(6, 2), GN_MASK(GN_TYPESWITCH));
	CHECK(n && n->z && strcmp(n->text, "t") == 0 && n->nlist == 1);
	n = gosrc_find_pos(s, P(11, 9), GN_MASK(GN_NAME));	/* p */
	CHECK(n && gosrc_resolve(n) && gosrc_resolve(n)->kind == GN_FIELD);
	n = gosrc_find_pos(s, P(11, 21), GN_MASK(GN_NAME));	/* x */
	CHECK(n && gosrc_resolve(n) && gosrc_resolve(n)->kind == GN_IMPORT);
	/* gc prints a package by its name, not the local one */
	CHECK_STR(pr(n->parent), "pkg.E");
	n = gosrc_find_pos(s, P(10, 8), GN_MASK(GN_ARRAYTYPE));
	gosrc_print_type(n, b, sizeof(b));
	CHECK_STR(b, "[9]int");
	n = gosrc_find_pos(s, P(4, 6), GN_MASK(GN_TYPESPEC));
	CHECK(n && (n->flags & GNF_ALIAS));
	n = gosrc_find_pos(s, P(5, 6), GN_MASK(GN_FUNCDECL));
	CHECK(n && gosrc_nchildren(n) == 2 && gosrc_child(n, 0) == n->x &&
	      gosrc_child(n, 2) == NULL);
	CHECK(gosrc_child(n->x, 2) && gosrc_child(n->x, 2)->x->kind ==
	      GN_NAME);
	CHECK(gpos_cmp(P(1, 2), P(1, 3)) < 0 && gpos_cmp(P(2, 1), P(1, 9)) > 0
	      && gpos_cmp(P(3, 3), P(3, 3)) == 0);
	CHECK(strcmp(gosrc_path(s), "api.go") == 0);
	CHECK(gosrc_get("/nonexistent/x.go") == NULL);
	CHECK(text("api.go", "other") == s);
}

/* Never crash, never loop, always a tree. */
static void test_robust(void)
{
	static const char *bad[] = {
		"",
		"package",
		"package p\nfunc",
		"package p\nfunc f() {",
		"package p\nfunc f() { x := \"unterminated\n}",
		"package p\nvar s = `raw",
		"package p\n/* comment",
		"package p\nfunc f() { a[; b] = ) ( }\nfunc g() {}",
		"package p\nfunc f() { for { switch x { case } } }",
		"package p\nfunc f() { if { } else }",
		"package p\ntype T[",
		"package p\nfunc (",
		"\xEF\xBB\xBFpackage p\nvar x = 'ab'",
		"package p\n}}}}))))]]]]\nfunc g() {}",
		"package p\nfunc f() { L: }",
		"package p\nfunc f() { select { case <-: } }",
		"package p\nfunc f() { go }",
		"package p\nvar x = struct{ a, }{}",
		"package p\nvar _ = map[",
		"package p\nvar _ = <-chan<-chan",
	};
	char name[64];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(name, sizeof(name), "bad%zu.go", i);
		gosrc *s = text(name, bad[i]);
		gnode *f = gosrc_ast(s);

		CHECK(f && f->kind == GN_FILE);
		gosrc_find(s, P(2, 3), 0);
	}
	/* declarations after garbage are recovered */
	gosrc *s = text("bad13b.go", "package p\n}}}}))))]]]]\nfunc g() {}\n");
	gnode *f = gosrc_ast(s);

	CHECK(f->nlist >= 2 && f->list[f->nlist - 1]->kind == GN_FUNCDECL);
	CHECK(gosrc_nbad(s) > 0);

	/* binary garbage with NUL bytes */
	char garbage[4096];

	srand(7);
	for (size_t i = 0; i < sizeof(garbage); i++)
		garbage[i] = (char)(rand() & 0xFF);
	s = gosrc_from_string("garbage.go", garbage, sizeof(garbage));
	CHECK(gosrc_ast(s) != NULL);

	/* deep nesting stops at the depth limit */
	size_t n = 200000;
	char *deep = malloc(2 * n + 64), *p = deep;

	p += sprintf(p, "package p\nvar x = ");
	for (size_t i = 0; i < n; i++)
		*p++ = '(';
	*p++ = '1';
	for (size_t i = 0; i < n; i++)
		*p++ = ')';
	*p = 0;
	s = text("deep.go", deep);
	CHECK(gosrc_ast(s) != NULL && gosrc_nbad(s) > 0);
	gosrc_print(gosrc_ast(s)->list[0], pbuf, sizeof(pbuf));
	free(deep);

	/* a long line and a long left-leaning chain (20,000 terms: printing
	   it resolves each name by walking up its parents, quadratic in the
	   chain's length; 200,000 took minutes) */
	size_t m = 20000;
	char *chain = malloc(4 * m + 64);

	p = chain;
	p += sprintf(p, "package p\nvar x = a");
	for (size_t i = 0; i < m; i++)
		p += sprintf(p, "+a");
	*p = 0;
	s = text("chain.go", chain);
	CHECK(gosrc_ast(s) && gosrc_nbad(s) == 0);
	CHECK(gosrc_find(s, P(2, 2 * (int)m + 1), GN_MASK(GN_NAME)) != NULL);
	gosrc_print(gosrc_ast(s)->list[0]->list[0], pbuf, sizeof(pbuf));
	CHECK(strncmp(pbuf, "x = ", 4) == 0);
	free(chain);
}

/* A 100,000-line file parses whole (its speed is make bench's business). */
static void test_big_file(void)
{
	size_t cap = 8 << 20, len = 0;
	char *src = malloc(cap);
	int lines = 1;

	len += sprintf(src, "package p\n");
	for (int i = 0; lines < 100000; i++) {
		len += sprintf(src + len,
			       "func f%d(a []int, s string) *int {\n"
			       "\tx := %d + len(a)*2\n"
			       "\tfor j := range a {\n"
			       "\t\tif a[j] > x {\n"
			       "\t\t\tx = a[j]\n"
			       "\t\t}\n"
			       "\t}\n"
			       "\tprintln(s, []byte(s))\n"
			       "\treturn &x\n"
			       "}\n", i, i);
		lines += 10;
	}
	gosrc *s = gosrc_from_string("big.go", src, len);
	gnode *f = gosrc_ast(s);

	CHECK(f && gosrc_nbad(s) == 0 && f->nlist == 10000);
	free(src);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

/* Files that are not what they seem: a FIFO (read without blocking),
 * /dev/zero (not regular), a file over GOSRC_MAX_BYTES, a file changed or
 * named by a line directive after it was read, a file asked for once the
 * cache is sealed. */
static void test_hostile_files(void)
{
	char dir[] = "/tmp/goesc-test-gosrc.XXXXXX";
	char path[6][600];

	if (!mkdtemp(dir)) {
		CHECK(!"mkdtemp");
		return;
	}
	const char *names[6] = {"fifo.go", "zero.go", "big.go", "self.go",
				"changed.go", "later.go"};
	for (int i = 0; i < 6; i++)
		snprintf(path[i], sizeof path[i], "%s/%s", dir, names[i]);
	CHECK(mkfifo(path[0], 0600) == 0);
	CHECK(gosrc_get(path[0]) == NULL);
	CHECK(symlink("/dev/zero", path[1]) == 0);
	CHECK(gosrc_get(path[1]) == NULL);
	int fd = open(path[2], O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0 && ftruncate(fd, (off_t)GOSRC_MAX_BYTES + 1) == 0);
	if (fd >= 0)
		close(fd);
	CHECK(gosrc_get(path[2]) == NULL);

	char text[800];

	snprintf(text, sizeof text, "package p\n//line %s:10\nfunc f() {}\n", path[3]);
	write_file(path[3], text);
	write_file(path[4], "package p\n");
	write_file(path[5], "package p\n");
	gosrc_preload(path[3]);
	gosrc_preload(path[4]);
	gosrc_seal(1);
	CHECK(gosrc_get(path[3]) != NULL && gosrc_get(path[4]) != NULL);
	CHECK(gosrc_get(path[5]) == NULL);	/* not read before the seal */
	CHECK_INT(gosrc_check_inputs(), 1);	/* self.go, its directive */
	CHECK(gosrc_get(path[3]) == NULL && gosrc_get(path[4]) != NULL);
	write_file(path[4], "package q\n\n");
	CHECK_INT(gosrc_check_inputs(), 1);	/* changed.go, rewritten */
	CHECK(gosrc_get(path[4]) == NULL);
	gosrc_seal(0);
	for (int i = 0; i < 6; i++)
		unlink(path[i]);
	rmdir(dir);
}

int main(void)
{
	const char *slash = strrchr(__FILE__, '/');

	snprintf(datadir, sizeof(datadir), "%.*sdata/",
		 slash ? (int)(slash - __FILE__ + 1) : 0, __FILE__);
	RUN(test_gc_statements);
	RUN(test_gc_sites);
	RUN(test_positions);
	RUN(test_lexer);
	RUN(test_loop_depth);
	RUN(test_printer);
	RUN(test_api);
	RUN(test_robust);
	RUN(test_big_file);
	RUN(test_hostile_files);
	gosrc_free_all();
	return check_done();
}
