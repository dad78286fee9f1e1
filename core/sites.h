/* sites.h: gc's name and position for each allocation site, and the text
 * of the notes under -m=2 "flow:" lines.
 *
 * gccgo places an allocation at the construct's first token or at the
 * callee's name; gc places a call at its '(', a composite literal at its
 * '{', a concatenation at its '+', and prints the construct in its own
 * normalised form ("make([]int, n)", "&T{...}", "... argument").  Both are
 * recovered from the source text with gosrc: the walk says what kind of
 * site it saw and where gccgo put it; this module finds the syntax node and
 * prints it.
 */
#ifndef GOESC_SITES_H
#define GOESC_SITES_H

#include "graph.h"

/* What each runtime.newobject site is in Go terms (new(T), &T{...}, a
 * literal's backing array, a "... argument", a box, a func literal, a
 * method value), from the walk's hints and the syntax at its position. */
void esc_classify_sites(esc_fn *fn);

/* gc's limits (cmd/compile/internal/ir: MaxStackVarSize,
 * MaxImplicitStackVarSize). */
#define ESC_MAX_STACK_VAR_SIZE (10LL * 1024 * 1024)
#define ESC_MAX_IMPLICIT_STACK_VAR_SIZE (64LL * 1024)

/* gc's size rules, which send a site to the heap whatever its flow: an
 * implicit allocation (new, &T{}, make, literals) over 64 KiB, a variable
 * over 10 MiB, a make whose size is not a constant.  Sets heap_reason. */
void esc_judge_sites(esc_fn *fn);

/* Sizes the walk could only tie to a type by its name (named_size) are
 * sure when the package imports no unsafe (without unsafe.Pointer, a
 * pointer is only ever read as a type of the same layout): then they
 * become exact_size. */
void esc_settle_sizes(esc_fn *fn, int package_imports_unsafe);

/* gccgo places a receiver at its function's "func"; gc at the receiver's
 * name.  Move it there. */
void esc_place_params(esc_fn *fn);

/* gc's loop depth of each variable and site of fn, from the syntax at its
 * position (gc counts for and range bodies and regions a backward goto
 * repeats); the walk's estimate from the CFG stays where the source is
 * not found. */
void esc_set_loop_depths(esc_fn *fn);

/* A closure: is it called where it is written, func(){...}()?  gc lets
 * such a closure return addresses its caller owns. */
void esc_mark_closure(esc_fn *fn);

/* gc captures a variable by value when its address is not taken, it is
 * never assigned after its declaration and it is at most 128 bytes;
 * gccgo always captures by reference.  For each heap variable of fn that
 * gc would capture by value, make its captures copy the value (so that it
 * no longer has to be on the heap for the closure's sake). */
void esc_decide_captures(esc_fn *fn);

/* Func literals gccgo compiles without any allocation or descriptor
 * value (run by go or defer, or called where written, capturing nothing)
 * still get gc's verdict: a site each, on the heap for go and for a defer
 * inside a loop. */
void esc_add_literal_sites(esc_fn *fn);

/* Mark the stores of fn whose Go assignment has a shape gc ignores as a
 * self-assignment: x.f = x.g, x.a[i] = x.b[j] (constant-like indexes),
 * and p.f = p.g[i:j] / *p = (*p)[i:j].  The graph drops such a store when
 * it stores what was loaded through the same pointer. */
void esc_mark_self_assigns(esc_fn *fn);

/* gc's "F ignoring self-assignment in x.f = x.g" lines for fn, from its
 * source: every pair of every assignment (scalars too) whose shape gc
 * ignores (see esc_mark_self_assigns), in source order. */
struct esc_msgs;
void esc_self_assign_lines(esc_fn *fn, struct esc_msgs *out);

/* How gc names fn in messages: "(*T).m", "T.m", "f", "f.func1". */
void esc_gc_func_name(esc_fn *fn, strbuf *out);


/* Does the statement at `at` take "&name"? */
int esc_stmt_takes_addr(esc_fn *fn, gpos at, const char *name);

/* The value literal (T{...}, [N]T{...}) the statement at `at` assigns,
 * returns or declares with, or NULL (a gnode, opaque here). */
const void *esc_stmt_literal(esc_fn *fn, gpos at);

/* Is there a type switch's clause at `at` (where gccgo sets the switch's
 * variable for it)? */
int esc_stmt_typeswitch_case(esc_fn *fn, gpos at);

/* gc's loop depth at source position `at` (0 when it cannot tell). */
int esc_loop_depth_at(esc_fn *fn, gpos at);

/* Does the statement at `at` assign a call's several results
 * (a, b := f())?  gc notes nothing for those assignments. */
int esc_stmt_assigns_results(esc_fn *fn, gpos at);

/* Fill name and pos of every site of fn. */
void esc_name_sites(esc_fn *fn);

/* gc's text and position for a note of the graph. */
void esc_note_text(esc_graph *g, const esc_note *n, strbuf *text, gpos *pos);

/* The syntax node a note prints, when it is one that holds the value
 * flowing: the statement (an assignment, a return, a var spec), the call,
 * the operand of an interface conversion, the element of a literal; NULL
 * for the others or when the source is not found. */
const gnode *esc_note_node(esc_graph *g, const esc_note *n);

/* The clause of a type switch whose variable (gccgo makes one per
 * clause) is value v of fn; NULL if v is none. */
const gnode *esc_typeswitch_clause(esc_fn *fn, int v);

/* gc's text for a type switch clause: "case T: body", "default: body". */
void esc_clause_text(const gnode *clause, strbuf *text);

/* The text gc prints for an IR call ("fmt.Println(... argument...)"). */
void esc_call_text(esc_fn *fn, const esc_call *c, strbuf *text, gpos *pos);

#endif
