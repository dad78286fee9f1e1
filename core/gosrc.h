/* gosrc.h: Go source text, parsed and printed the way gc sees it.
 *
 * gccgo's GIMPLE keeps a line:column for each statement, but gc names and
 * places its messages by syntax: a call at its '(', a composite literal at its
 * '{', "&T{...}", "make([]int, n)", "return &a".  This module reads a Go file,
 * parses it into a small syntax tree (no types, no scopes) whose nodes know
 * their source extent and gc's position, and prints a node as gc's %v does.
 *
 * Positions are 1-based lines and 1-based byte columns (a tab is one column),
 * which is what both gccgo and gc use.  A line of 0 means "unknown".
 *
 * Memory: files and trees live until gosrc_free_all().
 */
#ifndef GOESC_GOSRC_H
#define GOESC_GOSRC_H

#include <stddef.h>

#include "pos.h"

enum gn_kind {
	GN_BAD,
	/* expressions */
	GN_NAME,	/* text = identifier ("_" included) */
	GN_BASICLIT,	/* text = literal as written: 10, 0x1p3, 'a', "s", `raw` */
	GN_COMPOSITE,	/* x = type (NULL when elided), list = elements; pos = '{' */
	GN_KEYVALUE,	/* x = key, y = value; pos = ':' */
	GN_FUNCLIT,	/* x = GN_FUNCTYPE, y = body (GN_BLOCK); pos = "func" */
	GN_PAREN,	/* x = inner; pos = '(' */
	GN_SELECTOR,	/* x = operand, text = selected name; pos = '.' */
	GN_INDEX,	/* x = operand, list = index(es) (generic instantiation may
			   have several); pos = '[' */
	GN_SLICE,	/* x = operand, list[0..2] = low, high, max (entries may
			   be NULL), flags GNF_SLICE3; pos = '[' */
	GN_ASSERT,	/* x = operand, y = type (NULL for .(type)); pos = '.' */
	GN_CALL,	/* x = function (or type, for a conversion), list = args,
			   flags GNF_DDD for f(a...); pos = '(' */
	GN_UNARY,	/* op = token, x = operand: + - ! ^ & <- ; pos = operator */
	GN_STAR,	/* x = operand: *p dereference or *T pointer type */
	GN_BINARY,	/* op = token, x, y; pos = operator */
	/* types */
	GN_ARRAYTYPE,	/* x = length (NULL for [...]T), y = element */
	GN_SLICETYPE,	/* y = element */
	GN_MAPTYPE,	/* x = key, y = value */
	GN_CHANTYPE,	/* y = element, op = GN_CHAN_BOTH / SEND / RECV */
	GN_FUNCTYPE,	/* list = params (GN_FIELD), list2 = results (GN_FIELD) */
	GN_STRUCTTYPE,	/* list = fields (GN_FIELD) */
	GN_IFACETYPE,	/* list = methods and embedded (GN_FIELD) */
	GN_FIELD,	/* one name of a parameter, result, field or method:
			   text = name (NULL if unnamed), x = type,
			   y = struct field tag (GN_BASICLIT) or NULL,
			   flags GNF_DDD for ...T; pos = the name (or the type when
			   unnamed).  "a, b int" gives two GN_FIELDs sharing x
			   (x->parent is the first; "a" ends at a's name). */
	GN_ELLIPSIS,	/* ...T in a parameter list, y = element */
	/* statements */
	GN_BLOCK,	/* list = statements; pos = '{' */
	GN_EXPRSTMT,	/* x = expression; pos = x->pos */
	GN_ASSIGN,	/* list = lhs, list2 = rhs, op = '=' (GN_TOK_ASSIGN),
			   GN_TOK_DEFINE (:=) or an op= token; pos = operator */
	GN_INCDEC,	/* x = operand, op = GN_TOK_INC / GN_TOK_DEC; pos = operator */
	GN_SEND,	/* x = channel, y = value; pos = "<-" */
	GN_RETURN,	/* list = results; pos = "return" */
	GN_GO,		/* x = call; pos = "go" */
	GN_DEFER,	/* x = call; pos = "defer" */
	GN_IF,		/* x = init (may be NULL), y = cond, z = then block,
			   list[0] = else (block or GN_IF) when nlist == 1 */
	GN_FOR,		/* x = init, y = cond, z = post (each may be NULL),
			   list[0] = body */
	GN_RANGE,	/* list = key, value (may be absent), x = range expression,
			   op = GN_TOK_DEFINE / GN_TOK_ASSIGN / 0, y = body;
			   start = "for"; pos = "range" (gc's position for
			   the range statement) */
	GN_SWITCH,	/* x = init, y = tag (may be NULL), list = GN_CASE */
	GN_TYPESWITCH,	/* x = init, text = bound name (may be NULL),
			   z = the bound name's GN_NAME (or NULL),
			   y = operand of .(type), list = GN_CASE */
	GN_SELECT,	/* list = GN_CASE */
	GN_CASE,	/* list = expressions or types (empty for default),
			   x = comm statement for select, list2 = body statements;
			   flags GNF_DEFAULT; pos = "case" / "default" */
	GN_LABELED,	/* text = label, x = statement (GN_EMPTY if none);
			   pos = the ':' */
	GN_BRANCH,	/* op = GN_TOK_BREAK/CONTINUE/GOTO/FALLTHROUGH, text = label */
	GN_DECLSTMT,	/* list = GN_VARSPEC / GN_CONSTSPEC / GN_TYPESPEC;
			   pos = the keyword */
	GN_EMPTY,
	/* declarations */
	GN_VARSPEC,	/* list = names (GN_NAME), x = type (may be NULL),
			   list2 = values; pos = first name */
	GN_CONSTSPEC,	/* as GN_VARSPEC */
	GN_TYPESPEC,	/* text = name, x = type; flags GNF_ALIAS;
			   list = type parameters (GN_FIELD); pos = the name */
	GN_IMPORT,	/* text = local name (may be NULL), y = path (GN_BASICLIT) */
	GN_FUNCDECL,	/* text = name, list = receiver (0 or 1 GN_FIELD),
			   list2 = type parameters (GN_FIELD),
			   x = GN_FUNCTYPE, y = body (NULL for external functions);
			   start = "func"; pos = the name */
	GN_FILE,	/* text = package name, list = GN_IMPORT, GN_DECLSTMT and
			   GN_FUNCDECL in source order (GN_BAD where a
			   declaration could not be parsed); start = 1:1,
			   end = end of file, pos = "package" */
	GN_KIND_COUNT
};

/* Token codes used in gnode.op.  Single-character operators use their
 * character ('+', '&', '=' ...); the others are below. */
enum {
	GN_TOK_SHL = 256,	/* << */
	GN_TOK_SHR,		/* >> */
	GN_TOK_ANDNOT,		/* &^ */
	GN_TOK_LAND,		/* && */
	GN_TOK_LOR,		/* || */
	GN_TOK_ARROW,		/* <- */
	GN_TOK_EQ,		/* == */
	GN_TOK_NE,		/* != */
	GN_TOK_LE,		/* <= */
	GN_TOK_GE,		/* >= */
	GN_TOK_ASSIGN,		/* = */
	GN_TOK_DEFINE,		/* := */
	GN_TOK_ADD_ASSIGN,	/* += and the other op= forms follow */
	GN_TOK_SUB_ASSIGN,
	GN_TOK_MUL_ASSIGN,
	GN_TOK_QUO_ASSIGN,
	GN_TOK_REM_ASSIGN,
	GN_TOK_AND_ASSIGN,
	GN_TOK_OR_ASSIGN,
	GN_TOK_XOR_ASSIGN,
	GN_TOK_SHL_ASSIGN,
	GN_TOK_SHR_ASSIGN,
	GN_TOK_ANDNOT_ASSIGN,
	GN_TOK_INC,		/* ++ */
	GN_TOK_DEC,		/* -- */
	GN_TOK_BREAK,
	GN_TOK_CONTINUE,
	GN_TOK_GOTO,
	GN_TOK_FALLTHROUGH,
	GN_CHAN_BOTH,
	GN_CHAN_SEND,		/* chan<- T */
	GN_CHAN_RECV,		/* <-chan T */
};

/* gnode.flags */
enum {
	GNF_DDD = 1,		/* f(a...) / ...T parameter */
	GNF_SLICE3 = 2,		/* a[i:j:k] */
	GNF_DEFAULT = 4,	/* default case */
	GNF_ALIAS = 8,		/* type A = B */
};

typedef struct gnode gnode;
struct gnode {
	enum gn_kind kind;
	int op;
	int flags;
	gpos start;	/* first byte of the node's text */
	gpos end;	/* one past its last byte */
	gpos pos;	/* gc's position for the node (see enum gn_kind) */
	const char *text;
	gnode *x, *y, *z;
	gnode **list;
	int nlist;
	gnode **list2;
	int nlist2;
	gnode *parent;	/* enclosing node; NULL for GN_FILE */
	int index;	/* its place in the parent's list or list2, else -1 */
	int loop_depth;	/* gc's loop depth at this node: 0 in a function
			   body, +1 inside each for/range body and each
			   region a backward goto can repeat; function
			   literals start again at 0 */
};

typedef struct gosrc gosrc;

/* Note that path is one of the files of the package being compiled:
 * names a file does not declare are looked up among the package-level
 * declarations of the others. */
void gosrc_package_file(const char *path);

/* The file at path, read and cached; NULL if it cannot be read, is not a
 * regular file of at most GOSRC_MAX_BYTES, or its name does not end in
 * .go; once the cache is sealed, NULL for any file not read before. */
gosrc *gosrc_get(const char *path);

/* The most of a file read: a larger one (surely generated) is not. */
#define GOSRC_MAX_BYTES ((unsigned long long)64 << 20)

/* Read the file at path now, with its size and times, if it can be: the
 * compile's own files, at the start of the compile. */
void gosrc_preload(const char *path);

/* on: gosrc_get reads no file from now on (only those read before are
 * known); off: it reads what it is asked for (the default). */
void gosrc_seal(int on);

/* Drop from the cache the files read by gosrc_preload that are no longer
 * what was read (size, times, inode changed since), and those a line
 * directive of a cached file names (the file itself for a directive
 * without a file name): positions in them may be another file's.  Call
 * it once gccgo has parsed the files, before any use.  The number
 * dropped. */
int gosrc_check_inputs(void);

/* Line `line` of the file (without its newline) and its length in *len;
 * NULL if the line does not exist. */
const char *gosrc_line(gosrc *src, int line, int *len);

/* gccgo's position `at` in the file as gc has it.  gccgo places an
 * identifier with a non-ASCII letter at the last such letter (its lexer's
 * offset is left where it decoded one: "äé" is at the é, two bytes on);
 * gc, at the identifier's first byte.  So a position at a non-ASCII byte
 * goes back to the start of the identifier it is in; any other is kept. */
gpos gosrc_gccgo_pos(gosrc *src, gpos at);

/* Does the file import the package at `path` ("unsafe")? */
int gosrc_imports(gosrc *src, const char *path);

/* The whole file's syntax tree (parsed once, on first use).  Never NULL for
 * a readable file: what cannot be parsed becomes GN_BAD nodes, and parsing
 * resumes at the next statement or declaration. */
gnode *gosrc_ast(gosrc *src);

/* The innermost node whose extent [start, end) contains `at` and whose kind
 * is in `kinds` (a mask of 1u << GN_xxx; 0 means any kind), or NULL. */
gnode *gosrc_find(gosrc *src, gpos at, unsigned long long kinds);

/* The innermost node of a kind in `kinds` that starts exactly at `at`. */
gnode *gosrc_find_start(gosrc *src, gpos at, unsigned long long kinds);

#define GN_MASK(k) (1ull << (k))

/* Print `n` as gc 1.19's %v prints the corresponding IR node (for example
 * "&T{...}", "make([]int, n)", "([]byte)(s)", "s + \"x\"", "func literal",
 * "return &a", "y := &T{...}", "fmt.Println(a)").  Writes at most size bytes
 * including the final NUL (truncating) and returns the full length.
 * A GN_FIELD prints as its name (as gc names a parameter), a GN_FUNCDECL
 * as gc's function name ("f", "T.M", "(*T).M"), a GN_VARSPEC as the
 * assignments gc makes of it ("x = v"), a type node as the type. */
size_t gosrc_print(const gnode *n, char *buf, size_t size);

/* The same, whole, in memory the caller frees. */
char *gosrc_print_alloc(const gnode *n);

/* Does n print as gc would print it: no syntax the parser could not read
 * (too deep, or bad) in what is printed?  If not, the printers give "?". */
int gosrc_print_sound(const gnode *n);

/* ---- Additions ---- */

/* Registers text under `name` as if it were a file (for tests and for
 * sources that are not on disk).  If `name` is already cached, that file
 * is returned unchanged. */
gosrc *gosrc_from_string(const char *name, const char *text, size_t len);

/* The path the file was read from. */
const char *gosrc_path(const gosrc *src);

/* Number of GN_BAD nodes in the tree and of syntax errors met. */
int gosrc_nbad(gosrc *src);
int gosrc_nerrors(gosrc *src);

/* The innermost node of a kind in `kinds` whose pos is exactly `at`. */
gnode *gosrc_find_pos(gosrc *src, gpos at, unsigned long long kinds);

/* n without the parentheses around it. */
gnode *gosrc_unparen(const gnode *n);

/* Children of a node: x, y, z, then list and list2, NULLs skipped.  A type
 * shared by "a, b T" fields is a child of both fields. */
int gosrc_nchildren(const gnode *n);
gnode *gosrc_child(const gnode *n, int i);

/* The nearest enclosing GN_FUNCDECL or GN_FUNCLIT of n (not n itself). */
gnode *gosrc_enclosing_func(const gnode *n);

/* What the compiler knows and the file does not: the call whose selector
 * ('.') is at `dot` calls `method`, a method of another package's type,
 * printed as gc prints it ("(*bytes.Buffer).Bytes", "reflect.Value.String");
 * the printer then prints the call as gc does, "(*bytes.Buffer).Bytes(w)". */
void gosrc_add_method_call(gosrc *src, gpos dot, const char *method);

/* The declaration a GN_NAME refers to, by the file's scopes: a GN_FIELD
 * (parameter, result, receiver, type parameter), GN_VARSPEC,
 * GN_CONSTSPEC, GN_TYPESPEC, GN_FUNCDECL, GN_IMPORT, GN_ASSIGN (:=),
 * GN_RANGE (for k, v := range) or GN_TYPESWITCH (its bound name).  NULL
 * for predeclared names, names declared in other files, selectors' and
 * struct keys' names. */
const gnode *gosrc_resolve(const gnode *name);

/* Does a value of type expression `type` hold pointers: 1, 0, or -1 when
 * the file cannot tell (another package's type, a type parameter). */
int gosrc_type_has_pointers(const gnode *type);

/* Is sel pkg.Name, pkg an import of the file?  Its import path (as
 * written) in path. */
int gosrc_selector_import(const gnode *sel, char *path, size_t size);

/* What the file tells of the type of expression e. */
enum {
	GOSRC_TY_UNKNOWN,
	GOSRC_TY_IFACE,		/* an interface */
	GOSRC_TY_POINTER,
	GOSRC_TY_ARRAY,
	GOSRC_TY_STRING,
	GOSRC_TY_OTHER,		/* none of the others nor below */
	GOSRC_TY_SLICE,
	GOSRC_TY_MAP,
};
int gosrc_type_class(const gnode *e);

/* gc's "index bounds check elided": the index expressions in the body of
 * function or func literal fn (not in func literals inside it, nor in
 * branches of a constant condition) whose index gc's walk proves in range
 * from types alone (x[i&3] of a [4]T, x[b] of a [256]T with b a byte):
 * their positions ('['), in source order, at most max of them written to
 * out; returns how many there are. */
int gosrc_bounded_indexes(const gnode *fn, gpos *out, int max);

/* What x.f selects, by the file's types. */
enum {
	GOSRC_SEL_UNKNOWN,
	GOSRC_SEL_FIELD,	/* a field of x itself */
	GOSRC_SEL_PROMOTED,	/* a field of an embedded field of x */
	GOSRC_SEL_METHOD,	/* a method (x.f is a method value) */
};
int gosrc_selector_kind(const gnode *sel);

/* The embedded fields x.f goes through when f is a promoted field: their
 * names in names[0..], bit i of *ptrs set when the i-th is embedded as a
 * pointer; returns how many (0 for a field of x itself, or unknown). */
int gosrc_selector_path(const gnode *sel, const char **names, int max,
			unsigned *ptrs);

/* Is n in a branch gc drops, that of an if with a constant condition
 * (if debug {...}, debug a false constant)? */
int gosrc_in_dead_code(const gnode *n);

/* The package-level function (no method) `name`, declared in the file
 * of node n or in another file of the package; its file in *in.  NULL if
 * there is none. */
const gnode *gosrc_package_func(const gnode *n, const char *name, gosrc **in);

/* Is type expression `type` uintptr, or a type defined as one here? */
int gosrc_type_is_uintptr(const gnode *type);

/* gosrc_print with options:
 * GOSRC_PRINT_UNPACKED: print calls of variadic functions with their
 * arguments as written ("fmt.Println(x)"), as gc prints statements
 * before escape analysis packs the arguments (its -m=3 "stmt:" lines and
 * some -m=2 "from" lines); gosrc_print packs them
 * ("fmt.Println(... argument...)", "f(1, nil...)") when the callee is
 * known to be variadic: a function or method declared in the file, or
 * a variadic function of fmt or log.
 * GOSRC_PRINT_NO_IMPLICIT_ADDR: print an elided-type literal whose
 * element type is *T as "T{...}" (gc reports both that literal and the
 * implicit "&T{...}" at the same position).
 */
enum { GOSRC_PRINT_UNPACKED = 1, GOSRC_PRINT_NO_IMPLICIT_ADDR = 2 };
size_t gosrc_print_flags(const gnode *n, unsigned flags, char *buf,
			 size_t size);

/* Prints a type expression as gc prints the type ("[]interface {}",
 * "map[string]int", "struct { x int }"). */
size_t gosrc_print_type(const gnode *t, char *buf, size_t size);

/* Prints a node as gc's syntax.String does (the source form gc uses for
 * constant expressions: "10 * 10", "(N + 1) * 2"). */
size_t gosrc_print_source(const gnode *n, char *buf, size_t size);

/* Prints a call to a variadic function as gc prints it once the variadic
 * arguments are packed: "fmt.Printf(\"%d\", ... argument...)"; nfixed is
 * the number of non-variadic parameters. */
size_t gosrc_print_ddd_call(const gnode *call, int nfixed, char *buf,
			    size_t size);

/* The assignment gc makes for name i of a var spec: "x = v",
 * "a, b = f()" (one multi-valued initializer), "x = <nil>" (none). */
size_t gosrc_print_spec_value(const gnode *spec, int i, char *buf,
			      size_t size);

/* gc's name for a function: "f", "T.M", "(*T).M" for a GN_FUNCDECL;
 * "f.func1", "f.func1.2", "glob..func1" for a GN_FUNCLIT (closures are
 * numbered in source order within their enclosing function; package-level
 * ones are counted within this file only). */
size_t gosrc_func_name(const gnode *fn, char *buf, size_t size);

/* Free every file and tree. */
void gosrc_free_all(void);

#endif
