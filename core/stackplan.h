/* stackplan.h: which allocations the stack transform moves into their
 * function's frame, and why the others stay on the heap.
 *
 * Input: a batch's graph solved in gccgo's model (ESC_MODEL_GCCGO), whose
 * verdicts are true of the code gccgo made.  A site goes into the frame
 * when all of these hold:
 *   - it does not escape in that model;
 *   - a runtime call made it that the transform knows how to rewrite
 *     (newobject, makeslice, makemap, the string conversions and
 *     concatenation; not make(chan), map literals, nor sites gc has
 *     without an allocation of gccgo's);
 *   - its size is known: a make with a constant capacity, an object of a
 *     known type;
 *   - it is within gc's limit for its kind: 10 MiB for a variable, 64 KiB
 *     for an implicit allocation (new, &T{}, make, literals, boxes,
 *     closures);
 *   - the frame's budget still has room for it: the sites of a function
 *     are taken in the order the walk met them, and together take at most
 *     `budget` bytes.
 * Conversions and concatenations take a fixed buffer (libgo's: 32 bytes,
 * 32 runes for []rune(s), 4 bytes for string(r)) which the runtime uses
 * when the result fits; a map takes its header (libgo's hmap).
 */
#ifndef GOESC_STACKPLAN_H
#define GOESC_STACKPLAN_H

#include "graph.h"
#include "sites.h"	/* gc's size limits */

enum esc_place {
	PLACE_FRAME,		/* moved into the frame */
	PLACE_ESCAPES,		/* escapes in gccgo's model */
	PLACE_NO_CALL,		/* no runtime call of gccgo's to rewrite */
	PLACE_KIND,		/* a call the transform does not rewrite */
	PLACE_SIZE_UNKNOWN,	/* what it allocates is not known */
	PLACE_NONCONST,		/* a make whose capacity is not a constant */
	PLACE_TOO_LARGE,	/* over gc's limit for its kind */
	PLACE_BUDGET,		/* the frame's budget is spent */
	PLACE_PARTIAL,		/* its function was walked file by file */
};

typedef struct esc_placement {
	int val;		/* the site's value in its function */
	enum esc_place place;
	long long bytes;	/* what it takes in the frame */
} esc_placement;

typedef struct esc_plan {
	VEC(esc_placement) sites;
	long long frame_bytes;	/* the total moved into the frame */
} esc_plan;

/* The default budget of one frame: 1 MiB. */
#define ESC_STACK_FRAME_BUDGET (1024LL * 1024)

/* libgo's sizes on a 64-bit target: tmpBuf, the rune buffer, string(r)'s
 * buffer, and hmap (what the transform puts in the frame for them). */
#define ESC_TMPBUF_BYTES 32
#define ESC_RUNEBUF_BYTES (32 * 4)
#define ESC_RUNESTR_BYTES 4
#define ESC_HMAP_BYTES 48
/* and a defer record, _defer, which deferprocStack fills in */
#define ESC_DEFER_BYTES 64

/* Plan the sites of function fi of solved graph g (built in
 * ESC_MODEL_GCCGO): one placement per allocation site, in site order. */
void esc_stack_plan(esc_graph *g, int fi, long long budget, esc_plan *out);
void esc_plan_free(esc_plan *p);

/* A word on a placement, for dumps: "frame", "escapes", ... */
const char *esc_place_name(enum esc_place p);

#endif
