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

#include "msgs.h"
#include "solve.h"

/* gc's "  flow: D = **S:" line (derefs -1: "&S"), malloc'd. */
char *esc_flow_text(const char *dst, int derefs, const char *src);

void esc_report(esc_graph *g, esc_solution *sol, int m, esc_msgs *out);

/* With verbose: one note per reported function of the batch that the walk
 * did not fully understand, saying what it read as escaping. */
void esc_report_unknown(esc_graph *g, esc_msgs *out);

#endif
