/* pos.h: a position in a Go source file, as gccgo and gc both count it:
 * 1-based line and 1-based byte column (a tab is one column); line 0 means
 * "unknown".  Shared by the IR and the source reader, so that the IR, the
 * graph and the solver need nothing of the parser. */
#ifndef GOESC_POS_H
#define GOESC_POS_H

typedef struct gpos {
	int line, col;
} gpos;

/* Compare positions: <0, 0, >0. */
static inline int gpos_cmp(gpos a, gpos b)
{
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

#endif
