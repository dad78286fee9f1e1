/* leaks.c: parameter leak records and gccgo's escape notes (see leaks.h). */
#include "leaks.h"
#include "exportdata.h"

#include <string.h>

int leaks_empty(const leaks *l)
{
	for (int i = 0; i < 1 + ESC_NRESULTS; i++)
		if (l->d[i])
			return 0;
	return 1;
}

static int get(const leaks *l, int i)
{
	return (int)l->d[i] - 1;
}

static void set(leaks *l, int i, int derefs)
{
	int v = derefs + 1;

	if (v < 0)
		v = 0;
	if (v > 255)
		v = 255;
	l->d[i] = (unsigned char)v;
}

static void add(leaks *l, int i, int derefs)
{
	int old = get(l, i);

	if (derefs < 0)
		derefs = 0;
	if (old < 0 || derefs < old)
		set(l, i, derefs);
}

int leaks_heap(const leaks *l)
{
	return get(l, 0);
}

int leaks_result(const leaks *l, int i)
{
	return i < ESC_NRESULTS ? get(l, 1 + i) : -1;
}

void leaks_add_heap(leaks *l, int derefs)
{
	add(l, 0, derefs);
}

void leaks_add_result(leaks *l, int i, int derefs)
{
	if (i < ESC_NRESULTS)
		add(l, 1 + i, derefs);
	else
		add(l, 0, derefs);
}

void leaks_optimize(leaks *l)
{
	int h = leaks_heap(l);

	if (h < 0)
		return;
	for (int i = 0; i < ESC_NRESULTS; i++)
		if (leaks_result(l, i) >= h)
			l->d[1 + i] = 0;
}

leaks leaks_all_heap(void)
{
	leaks l;

	memset(&l, 0, sizeof l);
	leaks_add_heap(&l, 0);
	return l;
}

/* gccgo's note: bits 0-2 say where the parameter itself goes, bit 3 that
 * its content reaches the heap, and three bits per result from bit 4 hold
 * level + 1 of a flow to that result. */
leaks leaks_from_gccgo_note(int has_note, unsigned note)
{
	leaks l;

	memset(&l, 0, sizeof l);
	if (!has_note)
		return leaks_all_heap();
	switch (note & XESC_MASK) {
	case XESC_NONE:
	case XESC_NEVER:
		break;
	case XESC_RETURN:
		/* flows only to results, recorded below */
		break;
	default:	/* unknown, scope, heap */
		leaks_add_heap(&l, 0);
		break;
	}
	if (note & XESC_CONTENT)
		leaks_add_heap(&l, 1);
	for (int i = 0; i < ESC_NRESULTS; i++) {
		unsigned shift = XESC_RESULT_SHIFT + (unsigned)i * XESC_RESULT_BITS;
		if (shift + XESC_RESULT_BITS > 32)
			break;
		unsigned lv = (note >> shift) & ((1u << XESC_RESULT_BITS) - 1);
		if (lv)
			leaks_add_result(&l, i, (int)lv - 1);
	}
	leaks_optimize(&l);
	return l;
}

leaks leaks_meet(const leaks *a, const leaks *b)
{
	leaks l;

	for (int i = 0; i < 1 + ESC_NRESULTS; i++)
		l.d[i] = a->d[i] && b->d[i] ? (a->d[i] > b->d[i] ? a->d[i] : b->d[i]) : 0;
	leaks_optimize(&l);
	return l;
}

leaks leaks_from_gccgo_note_strict(int has_note, unsigned note)
{
	leaks l = leaks_from_gccgo_note(has_note, note);

	/* returned, but to no result the note could say: anywhere */
	if (has_note && (note & XESC_MASK) == XESC_RETURN &&
	    !(note >> XESC_RESULT_SHIFT))
		leaks_add_heap(&l, 0);
	return l;
}
