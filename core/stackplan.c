/* stackplan.c: the stack transform's plan for a function (see
 * stackplan.h). */
#include "stackplan.h"

#include <stdlib.h>

/* Bytes site s takes in the frame, or a reason it cannot be placed. */
static enum esc_place frame_bytes(const esc_site *s, long long *bytes)
{
	*bytes = 0;
	switch (s->alloc) {
	case SITE_NEW:		/* runtime.newobject, whatever gc names it */
		if (s->exact_size < 0)
			return PLACE_SIZE_UNKNOWN;
		*bytes = s->exact_size;
		if (s->exact_size > (s->kind == SITE_HEAPVAR
					     ? ESC_MAX_STACK_VAR_SIZE
					     : ESC_MAX_IMPLICIT_STACK_VAR_SIZE))
			return PLACE_TOO_LARGE;
		return PLACE_FRAME;
	case SITE_MAKESLICE:	/* exact_size: an element's */
		if (s->count < 0)
			return PLACE_NONCONST;
		if (s->exact_size < 0)
			return PLACE_SIZE_UNKNOWN;
		if (s->exact_size > 0 &&
		    s->count > ESC_MAX_IMPLICIT_STACK_VAR_SIZE / s->exact_size)
			return PLACE_TOO_LARGE;
		*bytes = s->count * s->exact_size;
		return PLACE_FRAME;
	case SITE_MAKEMAP:
		*bytes = ESC_HMAP_BYTES;
		return PLACE_FRAME;
	case SITE_CONCAT:
	case SITE_STR2BYTES:
	case SITE_BYTES2STR:
		*bytes = ESC_TMPBUF_BYTES;
		return PLACE_FRAME;
	case SITE_STR2RUNES:
		*bytes = ESC_RUNEBUF_BYTES;
		return PLACE_FRAME;
	case SITE_RUNESTR:
		*bytes = ESC_RUNESTR_BYTES;
		return PLACE_FRAME;
	default:		/* make(chan), map literals */
		return PLACE_KIND;
	}
}

void esc_stack_plan(esc_graph *g, int fi, long long budget, esc_plan *out)
{
	esc_fn *fn = g->fns[fi];

	out->sites.n = 0;
	out->frame_bytes = 0;
	/* a site's value is made with it: values are in site order */
	for (int v = 2; v < fn->vals.n; v++) {
		if (esc_v(fn, v)->kind != EV_ALLOC)
			continue;
		const esc_site *s = esc_site_of(fn, v);
		esc_placement p = {v, PLACE_FRAME, 0};
		if (!s->stmt)
			p.place = PLACE_NO_CALL;
		else if (fn->partial)
			p.place = PLACE_PARTIAL;
		else if ((p.place = frame_bytes(s, &p.bytes)) == PLACE_FRAME &&
			 g->locs.a[esc_loc_of(g, fi, v)].escapes)
			p.place = PLACE_ESCAPES;
		if (p.place == PLACE_FRAME && out->frame_bytes + p.bytes > budget)
			p.place = PLACE_BUDGET;
		if (p.place == PLACE_FRAME)
			out->frame_bytes += p.bytes;
		VEC_PUSH(out->sites, p);
	}
}

void esc_plan_free(esc_plan *p)
{
	VEC_FREE(p->sites);
	p->frame_bytes = 0;
}

const char *esc_place_name(enum esc_place p)
{
	switch (p) {
	case PLACE_FRAME:
		return "frame";
	case PLACE_ESCAPES:
		return "escapes";
	case PLACE_NO_CALL:
		return "no allocation";
	case PLACE_KIND:
		return "not rewritten";
	case PLACE_SIZE_UNKNOWN:
		return "size unknown";
	case PLACE_NONCONST:
		return "non-constant size";
	case PLACE_TOO_LARGE:
		return "too large for stack";
	case PLACE_BUDGET:
		return "frame budget spent";
	case PLACE_PARTIAL:
		return "function walked in parts";
	}
	return "?";
}
