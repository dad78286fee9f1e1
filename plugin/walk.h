/* walk.h: lowering one function's GIMPLE into the analysis IR. */
#ifndef GOESC_WALK_H
#define GOESC_WALK_H

#include "core.h"

/* The IR of `fun` (in SSA form, just after the "ssa" pass), or NULL for a
 * function that is not Go code of this unit (C runtime glue).  The IR's
 * `user` is the FUNCTION_DECL; calls keep their callee's decl in `decl`. */
esc_fn *goesc_walk(function *fun);

#endif
