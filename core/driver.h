/* driver.h: a unit of functions, from their IR to gc's messages.
 *
 * The order gc runs its escape analysis over a package, with goesc's
 * stages in it:
 *
 *   esc_unit_add        each function's IR, as the walk made it;
 *   esc_unit_prepare    per function the source facts (receivers placed,
 *                       loop depths, literal sites gccgo does not make,
 *                       self-assignments), the sites' kinds, sizes and
 *                       names, and each call bound to what is known of its
 *                       callee (a function of the unit, the package's own
 *                       summary, gc's tags for the standard library, or
 *                       gccgo's export data); then closures joined to the
 *                       functions they are in, and gc's capture decisions;
 *   esc_unit_solve      the call graph's strongly connected components in
 *                       callee-first order, numbered once as gc's batches
 *                       (the report groups) and then solved: for each batch
 *                       the statement facts, the graph, the solver, the
 *                       parameters' summaries for the callers, the
 *                       messages; with the stack transform, the batch again
 *                       in gccgo's model;
 *   esc_unit_finish     the messages in gc's order, with gc's method
 *                       wrappers (-m=2) and bounds-check lines after them.
 *
 * What is not analysis (dot files, the JSON log, the -fdump-tree-goesc
 * dump, rewriting allocations) the caller does in hooks called per batch.
 * The plugin runs exactly this; so do the unit tests.
 */
#ifndef GOESC_DRIVER_H
#define GOESC_DRIVER_H

#include "gosrc.h"
#include "msgs.h"
#include "solve.h"

typedef struct esc_unit_hooks {
	void *ctx;
	/* a batch solved in gc's model, before its summaries and messages */
	void (*solved)(void *ctx, esc_graph *g);
	/* its messages made (sol has the -m=2 paths when explained) */
	void (*reported)(void *ctx, esc_graph *g, esc_solution *sol,
			 const esc_msgs *msgs);
	/* with `stack`: the batch solved in gccgo's model (summaries made);
	   what was done goes to log */
	void (*stack)(void *ctx, esc_graph *gg, strbuf *log);
	/* the batch is done: its gc graph, messages and, with `stack`, the
	   stack hook's log (else NULL) */
	void (*done)(void *ctx, esc_graph *g, const esc_msgs *msgs,
		     strbuf *stack_log);
} esc_unit_hooks;

typedef struct esc_unit {
	VEC(esc_fn *) fns;
	/* options */
	int m;			/* gc's -m level: messages kept when > 0 */
	int explain;		/* keep the solver's paths (-m=2, JSON) */
	int verbose;		/* notes on what the walk did not understand */
	int stack;		/* solve again in gccgo's model */
	int no_summaries;	/* ignore the packages' goesc summaries */
	const char *own_pkg;	/* the unit's package in assembler names
				   ("math_1big"), NULL if not known */
	esc_unit_hooks hooks;
	/* state */
	intmap by_user;		/* a function's handle -> index + 1 */
	VEC(int) *closures_of;	/* per function: its closures */
	VEC(int) *shared_with;	/* per function: those it shares a method
				   value's thunk with */
	esc_msgs msgs;		/* the unit's messages */
} esc_unit;

/* Take fn into the unit (its `user` handle identifies it to callers). */
void esc_unit_add(esc_unit *u, esc_fn *fn);

/* The function of the unit whose handle is user, or NULL. */
esc_fn *esc_unit_fn(const esc_unit *u, const void *user);

/* Prepare every function (see above); imports_unsafe: the package imports
 * unsafe (or a file of it could not be read). */
void esc_unit_prepare(esc_unit *u, int imports_unsafe);

/* Why gccgo's model cannot be trusted for this unit (a closure reads a
 * field of its record that no function of the unit was seen to store),
 * malloc'd, or NULL. */
char *esc_unit_unlinked_captures(const esc_unit *u);

/* Solve every batch, calling the hooks; messages collect in u->msgs. */
void esc_unit_solve(esc_unit *u);

/* Put u->msgs in gc's order and add, when -m, gc's lines about the
 * package's files: its method wrappers' explanations (-m=2) and its
 * bounds checks. */
void esc_unit_finish(esc_unit *u, gosrc **files, int nfiles);

/* Free the unit's functions and state (not the hooks' context). */
void esc_unit_free(esc_unit *u);

#endif
