/* dot.h: a solved connection graph as Graphviz files, one per function.
 *
 * What the solver saw, drawn: each location of the function is a node
 * (parameters, results, variables, allocation sites, the temporaries that
 * still carry an edge) and so is the heap; each edge "dst <- src" is an
 * arrow src -> dst labelled with its dereference count (-1, "&": the
 * address of src flows; 0: its value; k > 0: the value k loads away) and
 * the reasons of its notes.  Locations that escape are filled red, a
 * parameter's leaks are written under its name, and locations of other
 * functions of the same batch (closures, callers in the same cycle) that
 * share an edge with this one are drawn grey, named with their function.
 *
 *   node shapes:  heap doubleoctagon, parameter invhouse, result house,
 *                 allocation site box, variable ellipse, temporary dotted
 *
 * Files: DIR/<gccgo's function name, [A-Za-z0-9._-] kept, other bytes
 * "_">.dot, for the functions gc reports (not the generated ones) that
 * have a location of their own.
 */
#ifndef GOESC_DOT_H
#define GOESC_DOT_H

#include "graph.h"

/* The Graphviz text of function fi of the solved graph g. */
void esc_dot_fn(esc_graph *g, int fi, strbuf *out);

/* The file name (no directory) of function fi's graph: its name, with
 * anything but ASCII letters, digits, '.' and '_' turned into '_' and the
 * first 160 bytes kept; if anything was changed, "-" and a hash of the
 * whole name follow, so that distinct names give distinct files, the same
 * from compile to compile. */
void esc_dot_file_name(esc_graph *g, int fi, strbuf *out);

/* Write one file per reported function of g into dir (created when
 * missing).  0, or -1 with errno set and *failed = the path (to free). */
int esc_dot_write(esc_graph *g, const char *dir, char **failed);

#endif
