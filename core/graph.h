/* graph.h: the connection graph the solver walks.
 *
 * One location per IR value that can hold or be a pointer (variables,
 * parameters, results, temporaries, allocation sites) plus the heap, for a
 * batch of functions analysed together.  Each location keeps its incoming
 * edges; an edge "dst <- src, derefs" says that dst may hold
 *   &src       (derefs == -1),
 *   src        (derefs == 0),
 *   *src, **src ... (derefs > 0).
 * Every edge carries the notes -m=2 prints under a "flow:" line: why the
 * value moved ("spill", "assign", "return", "call parameter", ...) and which
 * source construct moved it.
 *
 * Building the graph from the IR (graph.c):
 *  - ASSIGN adds an edge;
 *  - a CALL adds, for each argument, edges to the heap and to the call's
 *    results as its callee's leaks say (an unknown callee leaks everything
 *    to the heap);
 *  - a STORE "*p = v" stores into X when p is exactly &X (followed through
 *    temporaries), and into the heap otherwise, as gc treats "*p = v";
 *  - an allocation that must be on the heap whatever the flow (too large,
 *    non-constant size) gets an edge from the heap to its address;
 *  - finally temporaries with a single incoming edge are bypassed, so that
 *    paths read like gc's, which has no such temporaries.
 * Statements made for the other model (esc_stmt.only) are left out.
 */
#ifndef GOESC_GRAPH_H
#define GOESC_GRAPH_H

#include "ir.h"

enum esc_note_where {
	NOTE_SITE,	/* the allocation site itself: "&T{...} (spill)" */
	NOTE_STMT,	/* the statement at the IR statement's position */
	NOTE_ADDR,	/* "&x" inside that statement, x a heap variable */
	NOTE_CALL,	/* the call of an IR call */
	NOTE_CONV,	/* a conversion to an interface (esc_fn.convs) */
	NOTE_ELEM,	/* element `stmt` of the literal statement ref
			   builds: "T{...} (struct literal element)" */
	NOTE_CAPTURE,	/* a variable a closure captures (esc_fn.captures),
			   at its first use in the closure */
};

typedef struct esc_note {	/* fields ordered to pack: 20 bytes */
	enum esc_note_where where;
	int fn;			/* index of the function in the batch */
	enum esc_why why;	/* gc's reason: spill, assign, ... */
	int ref;		/* NOTE_SITE / NOTE_ADDR: the value;
				   NOTE_STMT: the statement; NOTE_CALL: call */
	int stmt;		/* NOTE_ADDR: the statement */
} esc_note;

typedef struct esc_edge {
	int src;		/* location */
	int derefs;
	int note0, nnotes;	/* notes[note0 .. note0+nnotes-1] */
} esc_edge;

/* A place in the graph or the IR: (dst, edge) or (function, statement). */
typedef struct esc_step {
	int dst;
	int edge;
} esc_step;

typedef struct esc_loc {
	int fn;			/* function index in the batch, -1 for heap */
	int val;		/* IR value */
	int loop_depth;
	int temp;		/* a temporary: may be bypassed, never named */
	VEC(esc_edge) edges;	/* incoming */
	/* solver state (solve.c) */
	int derefs;
	unsigned walkgen;
	int dst, dst_edge;
	int queued;
	int escapes;
	leaks param_leaks;
} esc_loc;

typedef struct esc_graph {
	enum esc_model model;	/* which model the graph is built for */
	esc_fn **fns;
	int nfns;
	int **loc_of;		/* [fn][value] -> location, -1 none */
	VEC(esc_loc) locs;	/* location 0 is the heap */
	VEC(esc_note) notes;
	intmap by_user;		/* a function's plugin handle -> index + 1 */
	intmap flows;		/* while building: the edges of locations
				   with many, by flow (see flow_key) ->
				   index + 1 in the location's edges */
	VEC(esc_step) ignored;	/* self-assignments dropped: {fn, stmt} */
	gpos *note_pos;		/* gc's position of each note once the
				   naming step placed them (esc_place_notes,
				   for -m=2), else NULL */
} esc_graph;

enum { LOC_HEAP = 0 };

/* The graph of a batch in one model: ESC_MODEL_GC reads the IR as gc
 * would see the program (what is reported); ESC_MODEL_GCCGO as gccgo's
 * code behaves (what the stack transform may act on): every capture by
 * reference, the record go and defer hand to the runtime a location of
 * its own, callees' gccgo tags, and none of the flows gc's syntax
 * rewrites (s += t, the "... argument" of go and defer). */
esc_graph *esc_graph_build(esc_fn **fns, int nfns, enum esc_model model);
void esc_graph_free(esc_graph *g);

static inline int esc_loc_of(esc_graph *g, int fn, int val)
{
	return g->loc_of[fn][val];
}

/* How many dereferences the callee adds on an edge into dst whose first
 * note n is a "call parameter" note (the callee's leak of the argument:
 * the rest of the edge's are the argument expression's); -1 if unknown. */
int esc_call_note_shift(esc_graph *g, int dst, const esc_note *n);

/* The variable (its heap-variable site value, in batch function *ofi)
 * that capture value v of closure fi stands for, following closures
 * that capture what they captured; 0 if none. */
int esc_capture_origin(esc_graph *g, int fi, int v, int *ofi);

/* Do the notes at a0 (na) and at b0 (nb) tell of the same flow in the
 * source?  gccgo makes some flows twice (the two stores around a write
 * barrier), with notes that differ before the last. */
int esc_same_flow(esc_graph *g, int a0, int na, int b0, int nb);

/* Print locations and edges (with their notes' reasons) for dumps. */
void esc_graph_dump(esc_graph *g, int fn, strbuf *out);

#endif
