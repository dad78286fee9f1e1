/* diag.h: the analysis's messages as GCC notes or gc's lines, and the
 * files goesc writes besides: gc's JSON log and Graphviz graphs. */
#ifndef GOESC_DIAG_H
#define GOESC_DIAG_H

#include "core.h"

/* A location for file:line:col (byte column), or UNKNOWN_LOCATION. */
location_t goesc_location(const char *file, int line, int col);

/* Print each message as a note at its position, columns in bytes; or,
 * with -fplugin-arg-goesc-format=gc, as gc prints it, on stdout. */
void goesc_emit(const esc_msgs *msgs);

/* Whether dir, the value of -fplugin-arg-goesc-OPTION, is a directory we
 * can write into (made when missing); if not, one error saying why. */
bool goesc_output_dir(const char *option, const char *dir);

/* -fplugin-arg-goesc-json: keep a solved batch's verdicts for the log
 * (msgs are the ones printed, at the user's -m; the log needs -m=2's, so
 * it asks esc_report for them when they were not printed)... */
void goesc_json_batch(esc_graph *g, esc_solution *sol, const esc_msgs *msgs);
/* ... and write the log once the unit is done. */
void goesc_json_finish(void);

/* -fplugin-arg-goesc-dot: write the graphs of a solved batch. */
void goesc_dot_batch(esc_graph *g);

#endif
