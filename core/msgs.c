/* msgs.c: lists of messages (see msgs.h). */
#include "msgs.h"

#include <stdlib.h>
#include <string.h>

esc_msg *esc_msgs_add(esc_msgs *out, enum esc_msg_kind kind, const char *file,
		     gpos pos, char *text)
{
	esc_msg m;

	memset(&m, 0, sizeof m);
	m.kind = kind;
	m.file = file;
	m.pos = pos;
	m.text = text;
	m.explanation = kind == MSG_EXPLAIN || kind == MSG_FLOW || kind == MSG_FROM;
	m.header = -1;
	m.seq = out->v.n;
	m.group = out->group;
	VEC_PUSH(out->v, m);
	return &out->v.a[out->v.n - 1];
}

void esc_msgs_take(esc_msgs *dst, esc_msgs *src)
{
	int base = dst->v.n;

	for (int i = 0; i < src->v.n; i++) {
		esc_msg m = src->v.a[i];
		m.seq = dst->v.n;
		if (m.header >= 0)
			m.header += base;
		VEC_PUSH(dst->v, m);
	}
	src->v.n = 0;
}

static int cmp_group(const void *a, const void *b)
{
	const esc_msg *x = a, *y = b;

	return x->group != y->group ? (x->group < y->group ? -1 : 1)
				    : x->seq - y->seq;
}

void esc_msgs_sort_groups(esc_msgs *m)
{
	int *moved = xmalloc(((size_t)m->v.n + 1) * sizeof *moved);

	for (int i = 0; i < m->v.n; i++)
		m->v.a[i].seq = i;
	if (m->v.n > 1)
		qsort(m->v.a, (size_t)m->v.n, sizeof *m->v.a, cmp_group);
	for (int i = 0; i < m->v.n; i++)
		moved[m->v.a[i].seq] = i;
	for (int i = 0; i < m->v.n; i++) {
		m->v.a[i].seq = i;
		if (m->v.a[i].header >= 0)
			m->v.a[i].header = moved[m->v.a[i].header];
	}
	free(moved);
}

void esc_msgs_free(esc_msgs *m)
{
	for (int i = 0; i < m->v.n; i++)
		free(m->v.a[i].text);
	VEC_FREE(m->v);
}
