/* runtime.h: what gccgo's runtime functions do with their arguments.
 *
 * The GIMPLE walk meets calls into libgo's runtime for allocation, copying,
 * maps, channels, strings and panics.  Rather than special cases in the
 * walk, each is described here by a few effects on its arguments (numbered
 * from 0) and its result; the walk turns them into IR statements.  A
 * runtime function missing from the table is an unknown callee: its
 * arguments escape.
 */
#ifndef GOESC_RUNTIME_H
#define GOESC_RUNTIME_H

#include "ir.h"

enum rt_effect_kind {
	RT_END,		/* end of the list */
	RT_ALLOC,	/* the result is the address of a new site */
	RT_RESULT,	/* result = arg[src] with derefs */
	RT_STORE,	/* *arg[dst] = arg[src] with derefs */
	RT_HEAP,	/* arg[src] with derefs flows to the heap */
	RT_HEAP_ELEMS,	/* the same, unless arg[src] points to what holds
			   no pointers (its type says: append copies the
			   old elements of a []byte, which carry nothing) */
	RT_HEAP_IN_LOOP,/* the same, when the call is inside a loop (in
			   gccgo's model: on a cycle of the control flow
			   graph, whatever the source calls a loop) */
	RT_CALL,	/* calls the function arg[dst] with arg[src] (go and
			   defer run their thunk with its argument record) */
};

typedef struct rt_effect {
	enum rt_effect_kind kind;
	int dst, src, derefs;
	enum esc_why why;	/* RT_HEAP: gc's reason for the flow (send),
				   WHY_NONE for the statement's own */
	int node;		/* with why: the kind of source node gc names
				   (an enum gn_kind inside the statement) */
	int only;		/* ESC_ONLY_*: the model it is for */
} rt_effect;

#define RT_MAX_EFFECTS 4

typedef struct rt_func {
	const char *name;		/* assembler name */
	enum esc_site_kind site;	/* RT_ALLOC: what it allocates */
	int count_arg;			/* makeslice: the element count (its
					   capacity), else -1 */
	rt_effect effects[RT_MAX_EFFECTS];
} rt_func;

/* The description of runtime function `name`, or NULL. */
const rt_func *esc_runtime_lookup(const char *name);

#endif
