/* facts.h: what the Go source says about a function, written into its IR
 * before the graph is built.
 *
 * The GIMPLE walk sees gccgo's code; some of what gc decides depends on the
 * Go statements behind it, which only the source shows: how deep in loops
 * each variable and allocation is (gc counts for and range bodies, not the
 * CFG's loops), which variables closures capture by value, which
 * assignments gc ignores as self-assignments, which func literals are
 * allocations gccgo does not make, what each statement is (a multi-value
 * assignment, a type switch clause, a value literal, "&x").  This stage
 * reads the source (srcnodes.h) and records the answers in the IR
 * (esc_val.loop_depth, esc_site.hints, esc_stmt.selfassign, esc_stmt.facts,
 * esc_arg.addr, esc_call.loop_depth, new sites); graph.c reads only those.
 */
#ifndef GOESC_FACTS_H
#define GOESC_FACTS_H

#include "gosrc.h"
#include "ir.h"

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

/* The shape of one pair dst = src of an assignment gc ignores, and whether
 * the walk saw a value converted to an interface in assignment n (then no
 * pair of it is one). */
int esc_is_self_assign(gnode *dst, gnode *src);
int esc_assign_converts(esc_fn *fn, const gnode *n);

/* What the graph needs to know of the Go statements of a batch (fns[0 ..
 * nfns-1], closures with the functions they are in): esc_stmt.facts,
 * esc_arg.addr, esc_call.loop_depth.  Run before building its graph. */
void esc_stmt_facts(esc_fn **fns, int nfns);

#endif
