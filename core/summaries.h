/* summaries.h: goesc's own per-package summaries, written when a package
 * is compiled and read when a package importing it is.
 *
 * With the plugin loaded, gccgo's frontend escape analysis is off, so the
 * export data it writes for a package carries no escape notes: importers
 * would have to assume every parameter escapes.  The plugin therefore
 * writes what it found, per function, in a small text file (format in
 * docs/summaries.md):
 *
 *   goesc summaries 2 60 b819edd1a108c115
 *   func go_0p.F 2 1 0.1
 *   gccgo go_0p.F 2 1 1
 *   func go_0p.T.M 1 0
 *
 * The header gives the format's version, then the length in bytes and the
 * FNV-1a 64 hash (16 hex digits) of the body, the lines after it.  Then
 * one "func" line per function: its assembler name, its number of
 * parameters (receiver first), then per parameter its leaks: derefs+1 to
 * the heap, then to each result, '.'-separated, trailing zeros dropped
 * ("0": goes nowhere, "1": leaks, "0.1": to result 0 with no
 * dereference).  Those are gc's verdicts (ESC_MODEL_GC).  A "gccgo" line,
 * written when the stack transform ran, is the same in gccgo's model:
 * what the code gccgo made does, which the transform may act on.
 *
 * The whole text is also written into the package's object, in the
 * section ESC_SUMMARIES_SECTION, and read from there first (it travels
 * with the object into archives and build caches).  A summary file is
 * read only if the object (or archive) the package's export data is read
 * from carries its header line, so that a summary older than its object
 * (the package rebuilt without the plugin, or with other code) is
 * ignored.  A file or section that is truncated, damaged, or has a line
 * that does not parse is ignored as a whole: its functions are unknown,
 * and their arguments escape.
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
#include "util.h"

#define ESC_SUMMARIES_SECTION ".goesc"

/* Writing: the body, one line per function appended to it, then the
 * header line (no newline, malloc'd) that goes before it. */
void esc_summaries_func(strbuf *body, const char *asmname, int nparams,
			const leaks *params);
void esc_summaries_gccgo_func(strbuf *body, const char *asmname, int nparams,
			      const leaks *params);
char *esc_summaries_header(const char *body, size_t len);

/* A summary file's text (len bytes): NULL if it is whole (its header
 * line's version, length and hash agree with its body, and every line
 * parses), else why not. */
const char *esc_summaries_check(const char *text, size_t len);

/* Is header (a summary file's first line) the header of one of the
 * summaries (whole ones, one after the other) of the
 * ESC_SUMMARIES_SECTION data (len bytes) of an object? */
int esc_summaries_stamped(const char *header, const char *section, size_t len);

/* Told of each summary file found and ignored, and why (for
 * -fplugin-arg-goesc-verbose); NULL: nobody. */
void esc_summaries_set_warn(void (*warn)(const char *path, const char *why));

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
