/* solve.h: which locations escape, and where parameters leak.
 *
 * The solver is gc's: from every location taken as a root (the heap first),
 * find the fewest dereferences with which every other location's value
 * reaches the root (a Bellman-Ford walk over the incoming edges, derefs
 * bounded below by -1, "address of").  A location whose address reaches a
 * root that outlives it escapes, and becomes a root itself; a parameter
 * whose value reaches the heap or a result records a leak.  Each location is
 * walked again only when it starts to escape, so the work is the number of
 * locations times the walk.
 *
 * A root outlives a location when the root escapes, is a result, or is
 * declared at a smaller loop depth in the same function, or in a function
 * a closure of which holds the location.  A location that can outlive
 * nothing (not escaping, not a result, at the deepest loop depth of its
 * function, no closures, no temporary whose address is taken) is not
 * walked from at all: its walk could find nothing.  That keeps straight-line
 * code linear.
 *
 * With `explain`, each new verdict keeps the path that caused it, which
 * report.c prints as gc's -m=2 "flow:" lines.
 */
#ifndef GOESC_SOLVE_H
#define GOESC_SOLVE_H

#include "graph.h"

enum esc_event_kind {
	EVENT_ESCAPES,		/* loc's address flows to the heap */
	EVENT_LEAKS,		/* parameter loc leaks to root with derefs */
};

typedef struct esc_event {
	enum esc_event_kind kind;
	int loc;
	int root;
	int derefs;
	int nsteps;
	esc_step *steps;	/* from loc towards root */
	int truncated;		/* the path ran into a cycle */
} esc_event;

typedef struct esc_solution {
	VEC(esc_event) events;
	int nearly;		/* events[0 .. nearly-1] are the escapes gc
				   decides while building its graph */
	int over_budget;	/* the walks took more than the work budget:
				   every location was given up as escaping */
} esc_solution;

/* The most edge relaxations one batch may take before the solver gives
 * up (everything escapes, and a note says so): 200 million, about a
 * second and a half. */
extern long long esc_work_budget;

void esc_solve(esc_graph *g, int explain, esc_solution *out);
void esc_solution_free(esc_solution *s);

#endif
