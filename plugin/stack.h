/* stack.h: the stack transform (-fplugin-arg-goesc-stack=on|check). */
#ifndef GOESC_STACK_H
#define GOESC_STACK_H

#include "core.h"

/* Move into their frames the allocations of the batch that graph g,
 * solved in gccgo's model, proves stay in them (see core/stackplan.h),
 * rewriting the GIMPLE of its functions; turn their defer records that
 * run once per call into frame records.  With stack=check, also poison
 * every object so placed when its function returns.  One line per site
 * and per function goes to `log`, for the dump. */
void goesc_stack_batch(esc_graph *g, strbuf *log);

#endif
