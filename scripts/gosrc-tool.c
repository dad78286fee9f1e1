/* gosrc-tool: checks core/gosrc_*.c against files and against gc.
 *
 *   gosrc-tool parse FILE...   parse each file; print "BAD n errors m path"
 *                              for files with GN_BAD nodes, then totals
 *   gosrc-tool dump FILE       print the tree with positions and depths
 *   gosrc-tool m3 FILE         read gc -m=3 output on stdin; compare each
 *                              "stmt:" line with the statement printed at
 *                              that position and its loop depth
 *   gosrc-tool m FILE          read gc -m output on stdin; for each
 *                              "X escapes to heap" / "X does not escape"
 *                              check that some node with pos == L:C
 *                              prints as X
 *   gosrc-tool time FILE       parse time
 *   gosrc-tool stress FILE...  print every node, resolve every name,
 *                              look up every line start (for sanitizers)
 *
 * Built by scripts/gosrc-check.
 */
#include "gosrc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *kind_names[GN_KIND_COUNT] = {
	"BAD", "NAME", "BASICLIT", "COMPOSITE", "KEYVALUE", "FUNCLIT", "PAREN",
	"SELECTOR", "INDEX", "SLICE", "ASSERT", "CALL", "UNARY", "STAR",
	"BINARY", "ARRAYTYPE", "SLICETYPE", "MAPTYPE", "CHANTYPE", "FUNCTYPE",
	"STRUCTTYPE", "IFACETYPE", "FIELD", "ELLIPSIS", "BLOCK", "EXPRSTMT",
	"ASSIGN", "INCDEC", "SEND", "RETURN", "GO", "DEFER", "IF", "FOR",
	"RANGE", "SWITCH", "TYPESWITCH", "SELECT", "CASE", "LABELED",
	"BRANCH", "DECLSTMT", "EMPTY", "VARSPEC", "CONSTSPEC", "TYPESPEC",
	"IMPORT", "FUNCDECL", "FILE",
};

static void dump(const gnode *n, int indent)
{
	char buf[200];

	if (indent > 200)
		return;
	gosrc_print(n, buf, sizeof(buf));
	printf("%*s%s %d:%d-%d:%d @%d:%d ld=%d  %s\n", indent, "",
	       kind_names[n->kind], n->start.line, n->start.col, n->end.line,
	       n->end.col, n->pos.line, n->pos.col, n->loop_depth, buf);
	for (int i = 0; i < gosrc_nchildren(n); i++) {
		gnode *c = gosrc_child(n, i);

		if (c->parent == n)
			dump(c, indent + 2);
	}
}

static int cmd_parse(int argc, char **argv)
{
	int ok = 0, badfiles = 0;

	for (int i = 0; i < argc; i++) {
		gosrc *s = gosrc_get(argv[i]);

		if (!s) {
			printf("UNREADABLE %s\n", argv[i]);
			continue;
		}
		gosrc_ast(s);
		if (gosrc_nbad(s)) {
			badfiles++;
			printf("BAD %d errors %d %s\n", gosrc_nbad(s),
			       gosrc_nerrors(s), argv[i]);
		} else {
			ok++;
		}
		gosrc_free_all();
	}
	printf("files %d, without GN_BAD %d, with GN_BAD %d\n", argc, ok,
	       badfiles);
	return 0;
}

/* Statement kinds gc prints as "stmt:" at -m=3. */
#define STMTS (GN_MASK(GN_EXPRSTMT) | GN_MASK(GN_ASSIGN) | \
	       GN_MASK(GN_INCDEC) | GN_MASK(GN_SEND) | GN_MASK(GN_RETURN) | \
	       GN_MASK(GN_GO) | GN_MASK(GN_DEFER) | GN_MASK(GN_IF) | \
	       GN_MASK(GN_FOR) | GN_MASK(GN_RANGE) | GN_MASK(GN_SWITCH) | \
	       GN_MASK(GN_TYPESWITCH) | GN_MASK(GN_SELECT) | \
	       GN_MASK(GN_LABELED) | GN_MASK(GN_BRANCH))

static int cmd_m3(const char *path)
{
	gosrc *s = gosrc_get(path);
	char line[65536], buf[65536];
	int match = 0, mismatch = 0, missing = 0, depthbad = 0;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	if (!s)
		return 1;
	while (fgets(line, sizeof(line), stdin)) {
		int l, c, d, off = 0;
		char *st;
		size_t n = strlen(line);

		if (n && line[n - 1] == '\n')
			line[--n] = 0;
		if (strncmp(line, base, strlen(base)) != 0)
			continue;
		if (sscanf(line + strlen(base), ":%d:%d:[%d]%n", &l, &c, &d,
			   &off) != 3)
			continue;
		st = strstr(line, " stmt: ");
		if (!st)
			continue;
		st += 7;
		/* statements gc makes up */
		if (strncmp(st, "var ", 4) == 0 || strstr(st, ".autotmp") ||
		    strstr(st, "<nil>") || strstr(st, "~r") ||
		    strstr(st, "<node DCL") || strstr(st, "main..") ||
		    strstr(st, ".dict") || strstr(st, "go.shape") || !*st)
			continue;
		gpos at = { l, c };
		gnode *node = gosrc_find_pos(s, at, STMTS);

		if (!node) {
			/* a var spec: x = v */
			node = gosrc_find_pos(s, at, GN_MASK(GN_VARSPEC));
			if (node) {
				int ok = 0;

				for (int i = 0; i < node->nlist && !ok; i++) {
					gosrc_print_spec_value(node, i, buf,
							       sizeof(buf));
					ok = strcmp(buf, st) == 0;
				}
				if (ok) {
					match++;
					continue;
				}
			}
			missing++;
			printf("MISSING %s:%d:%d: %s\n", path, l, c, st);
			continue;
		}
		gosrc_print_flags(node, GOSRC_PRINT_UNPACKED, buf, sizeof(buf));
		if (strcmp(buf, st) != 0) {
			mismatch++;
			printf("DIFF %s:%d:%d:\n  gc:  %s\n  we:  %s\n", path, l, c, st,
			       buf);
		} else {
			match++;
		}
		if (node->loop_depth != d - 1) {
			depthbad++;
			printf("DEPTH %s:%d:%d: gc %d we %d: %s\n", path, l, c, d - 1,
			       node->loop_depth, st);
		}
	}
	printf("m3 %s: match %d, diff %d, missing %d, depth %d\n", path, match,
	       mismatch, missing, depthbad);
	return 0;
}

static int try_all(gnode *n, gpos at, const char *want, char *buf, size_t sz)
{
	/* any node on the path whose pos is `at` */
	if (!n)
		return 0;
	if (n->pos.line == at.line && n->pos.col == at.col) {
		gosrc_print(n, buf, sz);
		if (strcmp(buf, want) == 0)
			return 1;
	}
	for (int i = 0; i < gosrc_nchildren(n); i++) {
		gnode *c = gosrc_child(n, i);

		if (c->parent != n)
			continue;
		if ((c->start.line < at.line ||
		     (c->start.line == at.line && c->start.col <= at.col)) &&
		    (c->end.line > at.line ||
		     (c->end.line == at.line && c->end.col > at.col)))
			if (try_all(c, at, want, buf, sz))
				return 1;
	}
	return 0;
}

static int cmd_m(const char *path)
{
	gosrc *s = gosrc_get(path);
	char line[65536], buf[65536];
	int match = 0, miss = 0;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	if (!s)
		return 1;
	while (fgets(line, sizeof(line), stdin)) {
		int l, c, off = 0;
		size_t n = strlen(line);
		char *x, *e;

		if (n && line[n - 1] == '\n')
			line[--n] = 0;
		if (strncmp(line, base, strlen(base)) != 0)
			continue;
		if (sscanf(line + strlen(base), ":%d:%d: %n", &l, &c, &off) != 2
		    || !off)
			continue;
		x = line + strlen(base) + off;
		if ((e = strstr(x, " escapes to heap")) && e[16] == 0)
			*e = 0;
		else if ((e = strstr(x, " does not escape")) && e[16] == 0)
			*e = 0;
		else
			continue;
		if (strcmp(x, "... argument") == 0)
			continue;
		gpos at = { l, c };

		if (try_all(gosrc_ast(s), at, x, buf, sizeof(buf))) {
			match++;
		} else {
			gnode *k = gosrc_find_pos(s, at, 0);

			if (k)
				gosrc_print(k, buf, sizeof(buf));
			else
				strcpy(buf, "(no node)");
			miss++;
			printf("NOMATCH %d:%d: gc \"%s\", innermost \"%s\"\n", l,
			       c, x, buf);
		}
	}
	printf("m %s: match %d, nomatch %d\n", path, match, miss);
	return 0;
}

static int cmd_stress(int argc, char **argv)
{
	static gnode *stack[1 << 20];
	char buf[300];
	long nodes = 0;

	for (int i = 0; i < argc; i++) {
		gosrc *s = gosrc_get(argv[i]);
		int sp = 0, len;

		if (!s)
			continue;
		stack[sp++] = gosrc_ast(s);
		while (sp) {
			gnode *n = stack[--sp];

			nodes++;
			gosrc_print(n, buf, sizeof(buf));
			gosrc_print_flags(n, GOSRC_PRINT_UNPACKED, buf, 7);
			gosrc_print_source(n, buf, sizeof(buf));
			gosrc_print_type(n, buf, sizeof(buf));
			if (n->kind == GN_NAME)
				gosrc_resolve(n);
			if (n->kind == GN_FUNCDECL || n->kind == GN_FUNCLIT)
				gosrc_func_name(n, buf, sizeof(buf));
			if (n->kind == GN_VARSPEC)
				for (int k = 0; k < n->nlist; k++)
					gosrc_print_spec_value(n, k, buf,
							       sizeof(buf));
			if (n->kind == GN_CALL)
				gosrc_print_ddd_call(n, 1, buf, sizeof(buf));
			gosrc_enclosing_func(n);
			for (int k = gosrc_nchildren(n) - 1; k >= 0; k--) {
				gnode *c = gosrc_child(n, k);

				if (c->parent == n && sp < (1 << 20))
					stack[sp++] = c;
			}
		}
		for (int l = 1; gosrc_line(s, l, &len); l++) {
			gpos at = { l, 1 + len / 2 };

			gosrc_find(s, at, 0);
			gosrc_find_start(s, at, GN_MASK(GN_CALL));
			gosrc_find_pos(s, at, 0);
		}
		gosrc_free_all();
	}
	printf("stress: %d files, %ld nodes\n", argc, nodes);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: gosrc-tool parse|dump|m3|m|time FILE...\n");
		return 2;
	}
	if (strcmp(argv[1], "parse") == 0)
		return cmd_parse(argc - 2, argv + 2);
	if (strcmp(argv[1], "dump") == 0) {
		gosrc *s = gosrc_get(argv[2]);

		if (!s)
			return 1;
		dump(gosrc_ast(s), 0);
		printf("nbad %d nerrors %d\n", gosrc_nbad(s), gosrc_nerrors(s));
		gosrc_free_all();
		return 0;
	}
	if (strcmp(argv[1], "stress") == 0)
		return cmd_stress(argc - 2, argv + 2);
	if (strcmp(argv[1], "m3") == 0)
		return cmd_m3(argv[2]);
	if (strcmp(argv[1], "m") == 0)
		return cmd_m(argv[2]);
	if (strcmp(argv[1], "time") == 0) {
		clock_t t0 = clock();
		gosrc *s = gosrc_get(argv[2]);

		gosrc_ast(s);
		printf("%.3f s, nbad %d\n",
		       (double)(clock() - t0) / CLOCKS_PER_SEC, gosrc_nbad(s));
		gosrc_free_all();
		return 0;
	}
	return 2;
}
