/* walk.h: lowering one function's GIMPLE into the analysis IR. */
#ifndef GOESC_WALK_H
#define GOESC_WALK_H

#include "core.h"

/* The IR of `fun` (in SSA form, just after the "ssa" pass), or NULL for a
 * function that is not Go code of this unit (C runtime glue).  The IR's
 * `user` is the FUNCTION_DECL; calls keep their callee's decl in `decl`.
 * With only_file, statements from other source files are left out and
 * the IR's file is only_file. */
esc_fn *goesc_walk(function *fun, const char *only_file);

/* The package initialiser runs the initialisers of package-level
 * variables of every file of the package, while an IR function has one
 * file: the files its statements come from (up to max, into files), to
 * walk it once per file with only that file's statements.  0 for any
 * other function. */
int goesc_walk_files(function *fun, const char **files, int max);

#endif
