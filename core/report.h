/* report.h: gc's messages for a solved batch of functions.
 *
 * At -m=1: per allocation site "X escapes to heap" / "X does not escape" /
 * "moved to heap: x", per parameter that holds pointers "leaking param: p",
 * "leaking param content: p", "leaking param: p to result ~r0 level=N" or
 * "p does not escape".  At -m=2, before them, the explanation of each
 * verdict as the solver found it ("X escapes to heap:", "  flow: ...",
 * "    from ... (reason) at file:line:col").  Verdicts are sorted by
 * position, as gc sorts them; identical lines are printed once.
 */
#ifndef GOESC_REPORT_H
#define GOESC_REPORT_H

#include "solve.h"

typedef struct esc_msg {
	const char *file;
	gpos pos;
	char *text;
	int explanation;	/* an -m=2 line */
	int seq;		/* production order, to sort stably */
} esc_msg;

typedef struct esc_msgs {
	VEC(esc_msg) v;
} esc_msgs;

void esc_report(esc_graph *g, esc_solution *sol, int m, esc_msgs *out);
void esc_msgs_free(esc_msgs *m);

#endif
