/* stdtags.h: gc's own escape tags for the standard library.
 *
 * gc compiles a package against the tags it computed for the standard
 * library; gccgo's export data for libgo carries gccgo's tags, from another
 * analysis of another version of the library.  To give gc's verdicts,
 * goesc uses gc's tags for the standard library where it has them: a file
 * made by scripts/stdtags (`make std-tags`) from gc 1.19's messages on the
 * library, shipped in data/ and installed next to the plugin:
 *
 *   goesc std tags 1
 *   func bufio.Writer.WriteString 2 2 1
 *
 * in the summary line format (docs/summaries.md), except that a value
 * receiver's field is about the value, as in the export data.
 */
#ifndef GOESC_STDTAGS_H
#define GOESC_STDTAGS_H

#include "leaks.h"

/* Read the file at path (once; a later call replaces the table).  0 if it
 * cannot be read or is not a std tags file. */
int esc_stdtags_load(const char *path);

/* gc's tags for the function with this assembler name, or NULL. */
const leaks *esc_stdtags_lookup(const char *asmname, int *nparams);

void esc_stdtags_free(void);

#endif
