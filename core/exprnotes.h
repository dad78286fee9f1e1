/* exprnotes.h: the -m=2 "from" lines of the expression a value goes
 * through inside a statement (see exprnotes.c). */
#ifndef GOESC_EXPRNOTES_H
#define GOESC_EXPRNOTES_H

#include "gosrc.h"
#include "graph.h"

typedef struct esc_xnote {
	char *text;		/* the expression, as gc prints it */
	const char *why;	/* "dot", "dot of pointer", ... */
	gpos pos;
} esc_xnote;

enum { ESC_MAX_XNOTES = 32 };

/* The notes gc prints, innermost first, for the way from the value that
 * note `outer` holds (a statement's right-hand side, a call's argument,
 * a converted operand, a literal's element) down to the variable `src`,
 * on an edge "dst = src" whose expression makes `derefs` dereferences
 * (the edge's, less a callee's own for a call's argument; dst NULL when
 * it is no variable).  Writes at most ESC_MAX_XNOTES of them to out and returns
 * their number: 0 when the source does not show such a way, or shows
 * several.  The texts are the caller's to free. */
int esc_expr_notes(esc_graph *g, const esc_note *outer, const char *dst,
		   const char *src, int derefs, esc_xnote *out);

/* The same from expression `root` down to `src`. */
int esc_expr_notes_in(const gnode *root, const char *src, int derefs,
		      esc_xnote *out);

#endif
