/* summaries.h: goesc's own per-package summaries, written when a package
 * is compiled and read when a package importing it is.
 *
 * With the plugin loaded, gccgo's frontend escape analysis is off, so the
 * export data it writes for a package carries no escape notes: importers
 * would have to assume every parameter escapes.  The plugin therefore
 * writes what it found, per function, in a small text file (format in
 * docs/summaries.md):
 *
 *   goesc summaries 1
 *   func go_0p.F 2 1 0.1
 *   gccgo go_0p.F 2 1 1
 *   func go_0p.T.M 1 0
 *
 * one "func" line per function: its assembler name, its number of
 * parameters (receiver first), then per parameter its leaks: derefs+1 to
 * the heap, then to each result, '.'-separated, trailing zeros dropped
 * ("0": goes nowhere, "1": leaks, "0.1": to result 0 with no
 * dereference).  Those are gc's verdicts (ESC_MODEL_GC).  A "gccgo" line,
 * written when the stack transform ran, is the same in gccgo's model:
 * what the code gccgo made does, which the transform may act on.
 *
 * Where: next to the package's object (p.o -> p.goesc, libp.a ->
 * libp.goesc or p.goesc), or, with -fplugin-arg-goesc-summaries=DIR, in
 * DIR/PREFIX.goesc where PREFIX is the functions' assembler-name prefix
 * (gccgo's encoded package path, e.g. go_0p, example_0com_1x).
 */
#ifndef GOESC_SUMMARIES_H
#define GOESC_SUMMARIES_H

#include <stdio.h>

#include "leaks.h"

/* Writing: the header, then one line per function. */
void esc_summaries_header(FILE *f);
void esc_summaries_func(FILE *f, const char *asmname, int nparams,
			const leaks *params);
void esc_summaries_gccgo_func(FILE *f, const char *asmname, int nparams,
			      const leaks *params);

/* One "func NAME N L1 ... LN" line (modified in place): 1 and the
 * function's name, parameter count and leaks (both allocated), or 0. */
int esc_summaries_parse_line(char *line, char **name, int *nparams,
			     leaks **params);

/* Reading: where to look.  dir == NULL: next to the packages' objects
 * (found through the export-data search). */
void esc_summaries_set_dir(const char *dir);

/* The summary of the function with this assembler name, imported from
 * another package: its parameters' leaks (*nparams of them), or NULL when
 * no summary file has it.  Files are read once and cached. */
const leaks *esc_summaries_lookup(const char *asmname, int *nparams);
/* The same from the "gccgo" lines. */
const leaks *esc_summaries_lookup_gccgo(const char *asmname, int *nparams);

void esc_summaries_free_all(void);

#endif
