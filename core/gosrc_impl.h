/* gosrc_impl.h: what the gosrc_*.c files share and gosrc.h does not show.
 *
 * The Go front end of gosrc.h is split along the seams of gc's
 * cmd/compile/internal/syntax and types2 packages.  The files, from the
 * bottom layer up; each calls only files listed before it (and util.c):
 *
 *   gosrc_nodes.c	node helpers and walkers (children, parents, loop depth)
 *   gosrc_scope.c	the universe and block scopes
 *   gosrc_source.c	files, their text, lines and positions; the arenas
 *   gosrc_scan.c	the scanner and the parser's token-level helpers
 *   gosrc_parse.c	the parser: expressions and types
 *   gosrc_stmt.c	the parser: statements and declarations
 *   gosrc_resolve.c	a file parsed whole, lookup by position, name
 *			resolution, constants, gc's dead code
 *   gosrc_types.c	types of expressions, members, method sets
 *   gosrc_bounds.c	gc's "index bounds check elided"
 *   gosrc_fmt.c	the printer's buffer, operators and precedences
 *   gosrc_print.c	gc's %v of expressions, statements and types
 *   gosrc_printapi.c	gosrc_print* and gc's function names
 *
 * Functions shared between them are named gs_*.
 */
#ifndef GOESC_GOSRC_IMPL_H
#define GOESC_GOSRC_IMPL_H

#include "gosrc.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>

#define CHUNK_SIZE (64 * 1024)	/* arena chunk */
#define MAX_NEST 10000	/* parser recursion limit */
#define MAX_PRINT_DEPTH 2000	/* printer recursion limit */
#define MAX_EVAL_DEPTH 64	/* constant folding / resolution limit */

/* Memory: one arena per file */
struct chunk {
	struct chunk *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

typedef struct arena {
	struct chunk *head;
} arena;

/* A file (gosrc.h's gosrc) */
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
	/* what stat said when the file was read (gosrc_preload) */
	int stamped;
	unsigned long long st_dev, st_ino, st_size;
	long long st_mtime_s, st_mtime_ns, st_ctime_s, st_ctime_ns;
};

/* Tokens */
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
	/* gs_func_body (gosrc_stmt.c), for the bodies of function literals
	   that the expression parser meets */
	gnode *(*func_body)(struct parser *p);
} parser;

/* A loop depth adjustment applied to a subtree once parents are known. */
struct fixup {
	gnode *n;
	int delta;
};

/* A stack of nodes, for the iterative walks */
typedef struct nstack {
	gnode **v;
	int n, cap;
} nstack;

/* The printer's output */
typedef struct out {
	char *buf;
	size_t size, len;
	int depth;
	unsigned flags;		/* GOSRC_PRINT_* */
	bool damaged;		/* met a GN_BAD or the depth limit */
} out;

/* A method set */
struct method {
	const char *name;
	const gnode *ft;	/* NULL: error's "() string" */
};

struct mset {
	struct method *m;
	int n, cap;
};

/* A type known from the syntax: t (a type expression, not a pointer)
 * under ptr levels of indirection. */
struct ty {
	const gnode *t;
	int ptr;
};

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

/* gosrc_nodes.c */
gnode *gs_unparen(const gnode *n);
void gs_ns_push(nstack *s, gnode *n);
void gs_push_owned(nstack *s, gnode *n);
int gs_set_parents(gnode *root);
void gs_add_depth(gnode *root, int delta);
void gs_looping_label(gnode *lab);
bool gs_name_is(const gnode *n, const char *name);
const gnode *gs_file_of(const gnode *n);
int gs_index_in(gnode **l, int n, const gnode *c);

/* gosrc_scope.c */
const gnode *gs_decl_in_stmt(const gnode *s, const char *name);
void gs_scopes_free(void);
const gnode *gs_decl_before(gnode **l, int n, const gnode *c,
			    const char *name);
const gnode *gs_field_named(gnode **l, int n, const char *name);
const gnode *gs_decl_in_functype(const gnode *ft, const char *name);
bool gs_is_predeclared_type(const char *s);
bool gs_is_int_type_name(const char *s);
bool gs_is_builtin_func(const char *s);

/* gosrc_source.c */
extern char **gs_package_files;	/* gosrc_package_file */
extern int gs_npackage_files;
void *gs_arena_alloc(arena *a, size_t n);
char *gs_arena_strndup(arena *a, const char *s, size_t n);
struct gosrc *gs_src_of_ast(const gnode *f);

/* gosrc_scan.c */
bool gs_is_digit(int c);
void gs_scan(parser *p);
void gs_next(parser *p);
gnode *gs_mk(parser *p, enum gn_kind k, gpos pos);
gnode *gs_fin(parser *p, gnode *n);
void gs_syntax_error(parser *p);
gnode *gs_bad(parser *p);
void gs_push(parser *p, gnode *n);
gnode **gs_take(parser *p, int base, int *count);
gnode **gs_list1(parser *p, gnode *a);
void gs_add_fixup(parser *p, gnode *n, int delta);
const char *gs_tok_text(parser *p);
bool gs_got(parser *p, int t);
void gs_want(parser *p, int t);
bool gs_is_op(parser *p, int op);
bool gs_enter(parser *p);
void gs_leave(parser *p);
void gs_skip_to(parser *p, unsigned long long follow);
void gs_skip_toplevel(parser *p);

/* gosrc_parse.c */
gnode *gs_name_node(parser *p);
gnode *gs_lit_node(parser *p);
gnode **gs_expr_list_take(parser *p, int *count);
gnode *gs_pexpr(parser *p, gnode *x);
gnode *gs_binary_expr(parser *p, gnode *x, int prec);
gnode *gs_expr(parser *p);
gnode *gs_type(parser *p);
gnode *gs_array_type(parser *p, gpos pos, gnode *len);
int gs_param_list(parser *p, int close, gnode *name0, gnode *type0);
gnode *gs_signature(parser *p, gnode *ft, gnode ***tparams, int *ntp);
gnode *gs_type_or_nil(parser *p);

/* gosrc_stmt.c */
gnode *gs_func_body(parser *p);
void gs_spec_group(parser *p, int kw);
gnode *gs_decl_stmt(parser *p);
gnode *gs_func_decl(parser *p);

/* gosrc_resolve.c */
const char *gs_import_name(const gnode *imp, char *buf, size_t size);
const gnode *gs_package_ast(int i);
const gnode *gs_const_value_expr(const gnode *spec, const char *name,
				 long long *iota);
int gs_dead_branch(const gnode *n);
char *gs_string_value(const char *lit, size_t *len);
bool gs_predeclared(const gnode *n, bool (*pred)(const char *));
bool gs_eval_int(const gnode *n, long long iota, long long *v, int depth);
bool gs_is_const(const gnode *n, int depth);

/* gosrc_types.c */
const char *gs_method_called(const gnode *sel);
bool gs_ambiguous_import(const char *name);
bool gs_import_of(const gnode *x, char *buf, size_t size);
const gnode *gs_typespec_of(const gnode *t);
const gnode *gs_dealias(const gnode *t);
const gnode *gs_underlying(const gnode *t);
void gs_collect_methods(struct mset *s, const gnode *t, int depth);
bool gs_is_named_type(const gnode *t);
bool gs_is_type_expr(const gnode *f);
const gnode *gs_complit_type(const gnode *n, bool *ptr, int depth);
bool gs_is_string_expr(const gnode *n, int depth);
bool gs_norm_ty(struct ty *r);
int gs_name_index(const gnode *d, const char *name);
bool gs_lookup_member(const struct ty *start, const char *name,
		      struct member *m);
bool gs_type_of(const gnode *e, struct ty *r, int depth);
int gs_variadic_fixed(const gnode *call);

/* gosrc_fmt.c */
void gs_puts(out *o, const char *s);
size_t gs_finish(out *o);
const char *gs_opstr(int op);
int gs_asop_binary(int op);
bool gs_enter_pr(out *o);
void gs_pr_quoted(out *o, const char *s, size_t n);
bool gs_exported(const char *s);
int gs_method_cmp(const void *a, const void *b);
int gs_expr_prec(const gnode *n);
int gs_const_prec(const gnode *n);
void gs_pr_path(out *o, const struct member *m);
void gs_sep(out *o, bool *first);
bool gs_is_select_comm(const gnode *n);
bool gs_has_init(const gnode *s);
const char *gs_branch_word(int op);

/* gosrc_print.c */
void gs_pr_syntax(out *o, const gnode *n);
void gs_pr_type(out *o, const gnode *t);
void gs_pr_expr(out *o, const gnode *n, int prec);
void gs_pr_list(out *o, gnode **l, int n);
void gs_pr_stmt(out *o, const gnode *n);

#endif
