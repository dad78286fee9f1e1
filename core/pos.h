/* pos.h: a position in a Go source file, as gccgo and gc both count it:
 * 1-based line and 1-based byte column (a tab is one column); line 0 means
 * "unknown", column 0 "somewhere on the line": GCC's line map keeps no
 * column past 4096 (LINE_MAP_MAX_COLUMN_NUMBER), nor any in a file too
 * big for columns, and gccgo's positions there have column 0.  Shared by the IR and the source reader, so that the IR, the
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

/* gc keeps 8 bits of column (cmd/internal/src's lico): a column from 255
 * on is saturated to 255 and then, as a column it does not know, not
 * printed: "f.go:11: moved to heap: b", "... at f.go:11"; its JSON log says
 * 255.  A column goesc does not know is past 4096 (above): the same for gc.
 * The column gc prints, 0 for none; and the one its JSON log gives. */
#define GC_COL_MAX 255

static inline int gpos_gc_col(gpos p)
{
	return p.col > 0 && p.col < GC_COL_MAX ? p.col : 0;
}

static inline int gpos_gc_json_col(gpos p)
{
	return p.line > 0 && (p.col <= 0 || p.col > GC_COL_MAX) ? GC_COL_MAX : p.col;
}

/* Are a and b the same known place?  Two positions without a column are
 * not: a whole line is no place to match a site, a variable or a syntax
 * node by. */
static inline int gpos_same(gpos a, gpos b)
{
	return a.line > 0 && a.col > 0 && gpos_cmp(a, b) == 0;
}

#endif
