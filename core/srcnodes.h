/* srcnodes.h: the syntax behind the IR's positions, for the modules that
 * read the Go source about a function (sites.c names its allocations,
 * facts.c derives what the graph needs, notes.c prints -m=2's notes).
 *
 * Everything here is a lookup: given a function of the IR and a position
 * gccgo gave one of its statements or sites, the syntax node there (from
 * gosrc), or a question about a node.  Nothing is decided or written.
 * Without the source every lookup finds nothing (NULL, 0).
 */
#ifndef GOESC_SRCNODES_H
#define GOESC_SRCNODES_H

#include "gosrc.h"
#include "ir.h"

/* The node kinds gccgo's statement positions stand for. */
#define SRC_STMT_KINDS                                                     \
	(GN_MASK(GN_ASSIGN) | GN_MASK(GN_RETURN) | GN_MASK(GN_EXPRSTMT) |  \
	 GN_MASK(GN_INCDEC) | GN_MASK(GN_SEND) | GN_MASK(GN_GO) |          \
	 GN_MASK(GN_DEFER) | GN_MASK(GN_VARSPEC) | GN_MASK(GN_RANGE))

/* The innermost node of one of `kinds` (0: any) at `at` in fn's file, or
 * one that starts there. */
gnode *src_find(esc_fn *fn, gpos at, unsigned long long kinds);
gnode *src_find_start(esc_fn *fn, gpos at, unsigned long long kinds);
/* The statement that contains node n (n itself when it is one). */
gnode *src_enclosing_stmt(gnode *n);
/* The clause of a type switch starting at `at`, or NULL. */
gnode *src_typeswitch_case_at(esc_fn *fn, gpos at);
/* The select at `at`, narrowed to its case clause when `at` is the
 * clause's (gccgo puts a case's statements at its "case"). */
gnode *src_select_case_at(esc_fn *fn, gpos at);

/* Does name n stand for a constant (a literal for gc, with a position of
 * its own)?  Constants declared in other files cannot be told. */
int src_const_name(const gnode *n);
/* A constant expression: literals, constants and operators on them. */
int src_const_expr(gnode *n, int depth);
/* Is n the name of a type (declared, or predeclared)? */
int src_type_name(gnode *n);
/* string(x), []byte(x), []rune(x) */
int src_is_conversion(gnode *n);

/* The first node below n, in source order, that pred accepts; the first
 * of kind `kind`. */
gnode *src_first_below(gnode *n, int (*pred)(gnode *), int depth);
gnode *src_first_of_kind(gnode *n, int kind, int depth);
/* The "&x" expression inside n, for a heap variable x. */
gnode *src_find_addr_of(gnode *n, const char *name, int depth);

/* The type of composite literal lit, elided ones taken from the literal
 * around them; NULL if not known. */
gnode *src_literal_type(gnode *lit, int depth);
/* Is lit an elided &T{...}: an element {...} of a literal of *T?  T if so. */
gnode *src_elided_pointer_literal(gnode *lit);

/* gc's static initialisation of package-level variables (see
 * src_static_shell): is fn the package's initialiser, is func literal lit
 * static data, is n a composite literal or &T{...} whose shell is static,
 * a leaf (literal, constant, name, func literal) that is. */
int src_package_initialiser(const esc_fn *fn);
int src_static_func_literal(const gnode *lit);
int src_static_shell(const gnode *n);
int src_static_leaf(gnode *n);

/* Questions about the statement at `at`: is it a type switch's clause
 * (where gccgo sets the switch's variable for it); does it take "&name";
 * the value literal (T{...}, [N]T{...}) it assigns, returns or declares
 * with, or NULL; does it assign a call's several results (a, b := f());
 * gc's loop depth there (0 when it cannot tell). */
int esc_stmt_typeswitch_case(esc_fn *fn, gpos at);
int esc_stmt_takes_addr(esc_fn *fn, gpos at, const char *name);
const gnode *esc_stmt_literal(esc_fn *fn, gpos at);
int esc_stmt_assigns_results(esc_fn *fn, gpos at);
int esc_loop_depth_at(esc_fn *fn, gpos at);

#endif
