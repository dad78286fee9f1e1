/* cycles.c: blocks on cycles of the control flow graph (see cycles.h).
 *
 * Tarjan's strongly connected components over the successor edges, with
 * an explicit stack (functions can have tens of thousands of blocks): a
 * block is on a cycle when its component has more than one block or it
 * has an edge to itself.  Linear in blocks and edges.
 */
#include "goesc-gcc.h"

#include "cycles.h"

struct frame {
	basic_block bb;
	edge_iterator ei;
};

char *goesc_blocks_on_cycles(function *fun)
{
	int n = last_basic_block_for_fn(fun);
	char *on = (char *)xcalloc((size_t)n + 1, 1);
	int *index = (int *)xcalloc((size_t)n + 1, sizeof(int));
	int *low = (int *)xcalloc((size_t)n + 1, sizeof(int));
	char *onstack = (char *)xcalloc((size_t)n + 1, 1);
	int *stack = (int *)xmalloc(((size_t)n + 1) * sizeof(int));
	struct frame *calls = (struct frame *)xmalloc(((size_t)n + 1) * sizeof *calls);
	int sp = 0, depth = 0, counter = 0;
	basic_block root;

	FOR_EACH_BB_FN(root, fun) {
		if (index[root->index])
			continue;
		calls[depth].bb = root;
		calls[depth].ei = ei_start(root->succs);
		depth++;
		index[root->index] = low[root->index] = ++counter;
		stack[sp++] = root->index;
		onstack[root->index] = 1;
		while (depth) {
			struct frame *f = &calls[depth - 1];
			int v = f->bb->index;
			if (!ei_end_p(f->ei)) {
				edge e = ei_edge(f->ei);
				ei_next(&f->ei);
				basic_block s = e->dest;
				if (s == f->bb)
					on[v] = 1;	/* an edge to itself */
				if (s->index < 0 || s->index >= n ||
				    s == EXIT_BLOCK_PTR_FOR_FN(fun))
					continue;
				if (!index[s->index]) {
					index[s->index] = low[s->index] = ++counter;
					stack[sp++] = s->index;
					onstack[s->index] = 1;
					calls[depth].bb = s;
					calls[depth].ei = ei_start(s->succs);
					depth++;
				} else if (onstack[s->index] && index[s->index] < low[v]) {
					low[v] = index[s->index];
				}
				continue;
			}
			/* v is done: close its component, then return to its
			   caller */
			if (low[v] == index[v]) {
				int size = 0, k = sp;
				do {
					k--;
					size++;
				} while (stack[k] != v);
				for (int i = k; i < sp; i++) {
					onstack[stack[i]] = 0;
					if (size > 1)
						on[stack[i]] = 1;
				}
				sp = k;
			}
			depth--;
			if (depth) {
				int u = calls[depth - 1].bb->index;
				if (low[v] < low[u])
					low[u] = low[v];
			}
		}
	}
	free(index);
	free(low);
	free(onstack);
	free(stack);
	free(calls);
	return on;
}
