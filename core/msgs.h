/* msgs.h: the messages a compile prints, as the analysis makes them.
 *
 * A message is a verdict, an -m=2 explanation line or another note, with
 * its file and gc's position; a list of them is kept per batch and then per
 * unit.  Each message remembers its production order (seq) and the report
 * group (gc's batch) of the function it is about, so that lists made in
 * any order can be put in gc's order at the end.  Who writes them: report.c
 * (verdicts and explanations), facts.c (ignored self-assignments),
 * wrappers.c and bce.c; the plugin prints them (plugin/diag.c).
 */
#ifndef GOESC_MSGS_H
#define GOESC_MSGS_H

#include "pos.h"
#include "util.h"

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

/* Frees the messages' texts and the vector. */
void esc_msgs_free(esc_msgs *m);

#endif
