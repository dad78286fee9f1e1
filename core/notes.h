/* notes.h: gc's words and positions for what -m=2 prints under a "flow:"
 * line, and the other lines read off the source.
 *
 * The graph's notes (graph.h) say why a value moved and which IR statement,
 * call, conversion, capture or literal element moved it; here each becomes
 * the Go expression gc prints ("y := &T{...}", "fmt.Println(... argument
 * ...)", "case T: body") at gc's position, found again in the source.
 * Also gc's "F ignoring self-assignment in x.f = x.g" lines.
 */
#ifndef GOESC_NOTES_H
#define GOESC_NOTES_H

#include "gosrc.h"
#include "graph.h"
#include "msgs.h"

/* gc's text and position for a note of the graph. */
void esc_note_text(esc_graph *g, const esc_note *n, strbuf *text, gpos *pos);

/* gc's position of every note of g (g->note_pos), which orders the
 * escapes the solver finds while the graph is built (-m=2). */
void esc_place_notes(esc_graph *g);

/* The syntax node a note prints, when it is one that holds the value
 * flowing: the statement (an assignment, a return, a var spec), the call,
 * the operand of an interface conversion, the element of a literal; NULL
 * for the others or when the source is not found. */
const gnode *esc_note_node(esc_graph *g, const esc_note *n);

/* The clause of a type switch whose variable (gccgo makes one per
 * clause) is value v of fn; NULL if v is none. */
const gnode *esc_typeswitch_clause(esc_fn *fn, int v);

/* gc's text for a type switch clause: "case T: body", "default: body". */
void esc_clause_text(const gnode *clause, strbuf *text);

/* The text gc prints for an IR call ("fmt.Println(... argument...)"). */
void esc_call_text(esc_fn *fn, const esc_call *c, strbuf *text, gpos *pos);

/* gc's "F ignoring self-assignment in x.f = x.g" lines for fn, from its
 * source: every pair of every assignment (scalars too) whose shape gc
 * ignores (see esc_mark_self_assigns), in source order. */
void esc_self_assign_lines(esc_fn *fn, esc_msgs *out);

#endif
