/* leaks.h: what a function does with a parameter, as gc records it.
 *
 * For each parameter: the fewest dereferences on any path from it to the
 * heap, and to each of the first ESC_NRESULTS results, or "no path".
 * "leaking param: p" is a heap path with 0 dereferences, "leaking param
 * content: p" a heap path with more, "leaking param: p to result ~r0
 * level=1" a path to result 0 with one dereference, and "p does not escape"
 * no path at all.  The same record serves as a call's summary of its callee.
 */
#ifndef GOESC_LEAKS_H
#define GOESC_LEAKS_H

#define ESC_NRESULTS 7

typedef struct leaks {
	/* derefs + 1 per destination (0 = no path): [0] heap, [1+i] result i */
	unsigned char d[1 + ESC_NRESULTS];
} leaks;

int leaks_empty(const leaks *l);
int leaks_heap(const leaks *l);		/* -1: none */
int leaks_result(const leaks *l, int i);	/* -1: none */
void leaks_add_heap(leaks *l, int derefs);
void leaks_add_result(leaks *l, int i, int derefs);
/* Drop result paths no shorter than the heap path (they add nothing). */
void leaks_optimize(leaks *l);
/* A parameter that escapes entirely. */
leaks leaks_all_heap(void);
/* What two true records of one parameter both allow: a path to each
 * destination only where both have one, with the more dereferences. */
leaks leaks_meet(const leaks *a, const leaks *b);

/* Convert a gccgo export-data escape note ("<esc:0x9>"); has_note == 0
 * means no note, which for gccgo means the parameter escapes. */
leaks leaks_from_gccgo_note(int has_note, unsigned note);
/* The same for gccgo's model (what the code that runs does): a note that
 * says "returned" but names no result is read as escaping. */
leaks leaks_from_gccgo_note_strict(int has_note, unsigned note);

#endif
