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

enum esc_msg_kind {
	MSG_SITE,		/* a site's verdict: escapes, does not escape,
				   moved to heap */
	MSG_PARAM,		/* a parameter's verdict (gc's tag) */
	MSG_OTHER,		/* ignoring self-assignment, capturing by ... */
	MSG_EXPLAIN,		/* -m=2: "X escapes to heap:" or "parameter p
				   leaks to R with derefs=N:" */
	MSG_FLOW,		/* -m=2: "  flow: D = &S:" under an EXPLAIN */
	MSG_FROM,		/* -m=2: "    from E (why) at F:L:C" */
};

typedef struct esc_msg {
	enum esc_msg_kind kind;
	const char *file;
	gpos pos;
	char *text;
	int explanation;	/* an -m=2 line (EXPLAIN, FLOW, FROM) */
	int header;		/* FLOW, FROM: index of their EXPLAIN */
	gpos at;		/* FROM: the note's position; FLOW: its first
				   note's (gc's position for the step) */
	int escapes;		/* MSG_SITE: the site escapes */
	int seq;		/* production order, to sort stably */
	gpos start, end;	/* MSG_SITE: the site's expression, for gc's
				   walk order (outer expressions first) */
	int wraps;		/* MSG_SITE: made around that expression (an
				   implicit conversion of it, a "... argument"
				   around its elements): first on a tie */
	int group;		/* the report_group of the function it is
				   about */
} esc_msg;

typedef struct esc_msgs {
	VEC(esc_msg) v;
	int group;		/* stamped on the messages being added */
} esc_msgs;

/* Adds a message (text malloc'd, which out then owns). */
esc_msg *esc_msgs_add(esc_msgs *out, enum esc_msg_kind kind, const char *file,
			gpos pos, char *text);

/* Moves src's messages to the end of dst. */
void esc_msgs_take(esc_msgs *dst, esc_msgs *src);

/* Messages of several solved batches in gc's order: by report group,
 * stably. */
void esc_msgs_sort_groups(esc_msgs *m);

/* gc's "  flow: D = **S:" line (derefs -1: "&S"), malloc'd. */
char *esc_flow_text(const char *dst, int derefs, const char *src);

void esc_report(esc_graph *g, esc_solution *sol, int m, esc_msgs *out);

/* With verbose: one note per reported function of the batch that the walk
 * did not fully understand, saying what it read as escaping. */
void esc_report_unknown(esc_graph *g, esc_msgs *out);
void esc_msgs_free(esc_msgs *m);

#endif
