/* analyse.h: solving and reporting the whole unit. */
#ifndef GOESC_ANALYSE_H
#define GOESC_ANALYSE_H

#include "core.h"

/* Take fn (may be NULL) for analysis; pass_number is the GIMPLE pass's,
 * whose dump file receives the analysis's dumps. */
void goesc_analyse_add(esc_fn *fn, int pass_number);

/* Solve, report and dump every function added, then forget them. */
void goesc_analyse_unit(void);

#endif
