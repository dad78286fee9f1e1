/* cycles.h: which basic blocks lie on a cycle of the control flow graph.
 *
 * A block on a cycle can run more than once per call of its function,
 * whether the source wrote a loop or a goto that jumps back, and whether
 * or not GCC's loop tree (natural loops only) knows it.  The GIMPLE walk
 * reads defer's "in a loop" so in gccgo's model, and the stack transform
 * moves a defer record into the frame only from a block on no cycle.
 */
#ifndef GOESC_CYCLES_H
#define GOESC_CYCLES_H

/* One flag per block index of fun (last_basic_block_for_fn entries):
 * nonzero when the block is on a cycle.  Free with free(). */
char *goesc_blocks_on_cycles(function *fun);

#endif
