/* gosrc_nodes.c: the syntax tree once parsed (syntax/nodes.go, walk.go):
 * a node's children; parents and list indexes set for a whole file; loop
 * depths adjusted for a subtree; and the small queries every layer asks
 * (a node without its parentheses, its enclosing function or file, the
 * place of a node in a list).  The walks are iterative, so any input
 * terminates in linear time.
 */

#include "gosrc_impl.h"

#include <stdlib.h>
#include <string.h>

gnode *gs_unparen(const gnode *n)
{
	while (n && n->kind == GN_PAREN)
		n = n->x;
	return (gnode *)n;
}

gnode *gosrc_unparen(const gnode *n)
{
	return gs_unparen(n);
}

/* ------------------------------------------------------------------ */
/* Tree walking                                                        */
/* ------------------------------------------------------------------ */

void gs_ns_push(nstack *s, gnode *n)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 256;
		s->v = xrealloc(s->v, s->cap * sizeof(gnode *));
	}
	s->v[s->n++] = n;
}

int gosrc_nchildren(const gnode *n)
{
	int k = 0;

	if (!n)
		return 0;
	k += !!n->x + !!n->y + !!n->z;
	for (int i = 0; i < n->nlist; i++)
		k += !!n->list[i];
	for (int i = 0; i < n->nlist2; i++)
		k += !!n->list2[i];
	return k;
}

gnode *gosrc_child(const gnode *n, int i)
{
	if (!n || i < 0)
		return NULL;
	if (n->x && i-- == 0)
		return n->x;
	if (n->y && i-- == 0)
		return n->y;
	if (n->z && i-- == 0)
		return n->z;
	if (n->kind != GN_SLICE && i < n->nlist)
		return n->list[i];
	for (int j = 0; j < n->nlist; j++)
		if (n->list[j] && i-- == 0)
			return n->list[j];
	for (int j = 0; j < n->nlist2; j++)
		if (n->list2[j] && i-- == 0)
			return n->list2[j];
	return NULL;
}

/* Pushes the children of n whose parent is n (a type shared by
 * "a, b T" fields is visited once, under its first field). */
void gs_push_owned(nstack *s, gnode *n)
{
	gnode *k[3] = { n->x, n->y, n->z };

	for (int i = 0; i < 3; i++)
		if (k[i] && k[i]->parent == n)
			gs_ns_push(s, k[i]);
	for (int i = 0; i < n->nlist; i++)
		if (n->list[i] && n->list[i]->parent == n)
			gs_ns_push(s, n->list[i]);
	for (int i = 0; i < n->nlist2; i++)
		if (n->list2[i] && n->list2[i]->parent == n)
			gs_ns_push(s, n->list2[i]);
}

static void adopt(nstack *s, gnode *n, gnode *c, gnode *root, int index)
{
	if (c && c != root && !c->parent) {
		c->parent = n;
		c->index = index;
		gs_ns_push(s, c);
	}
}

/* Sets parent pointers (the first parent wins) and counts GN_BAD. */
int gs_set_parents(gnode *root)
{
	nstack s = { 0 };
	int nbad = 0;

	gs_ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		if (n->kind == GN_BAD)
			nbad++;
		/* pushed in reverse so that earlier children pop first */
		for (int i = n->nlist2 - 1; i >= 0; i--)
			adopt(&s, n, n->list2[i], root, i);
		for (int i = n->nlist - 1; i >= 0; i--)
			adopt(&s, n, n->list[i], root, i);
		adopt(&s, n, n->z, root, -1);
		adopt(&s, n, n->y, root, -1);
		adopt(&s, n, n->x, root, -1);
	}
	free(s.v);
	return nbad;
}

/* Adds delta to the loop depth of a subtree; function literals keep
 * their own depths inside. */
void gs_add_depth(gnode *root, int delta)
{
	nstack s = { 0 };

	if (!root)
		return;
	gs_ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		n->loop_depth += delta;
		if (n->kind != GN_FUNCLIT)
			gs_push_owned(&s, n);
	}
	free(s.v);
}

static void add_depth_after(gnode **l, int n, const gnode *c)
{
	int i = 0;

	while (i < n && l[i] != c)
		i++;
	for (i++; i < n; i++)
		gs_add_depth(l[i], 1);
}

static bool is_stmt_list_block(const gnode *b)
{
	const gnode *p = b->parent;

	return p && (p->kind == GN_BLOCK || p->kind == GN_CASE ||
		     p->kind == GN_LABELED);
}

/* A looping label: gc adds one to the loop depth from the label to the
 * end of the enclosing statement list.  Blocks used as statements are
 * flattened into their enclosing list by gc, so the region continues
 * there. */
void gs_looping_label(gnode *lab)
{
	gnode *c = lab;

	gs_add_depth(lab->x, 1);
	for (;;) {
		gnode *par = c->parent;

		if (!par)
			return;
		if (par->kind == GN_LABELED) {
			c = par;
			continue;
		}
		if (par->kind == GN_BLOCK) {
			add_depth_after(par->list, par->nlist, c);
			if (!is_stmt_list_block(par))
				return;
			c = par;
			continue;
		}
		if (par->kind == GN_CASE)
			add_depth_after(par->list2, par->nlist2, c);
		return;
	}
}

gnode *gosrc_enclosing_func(const gnode *n)
{
	for (n = n ? n->parent : NULL; n; n = n->parent)
		if (n->kind == GN_FUNCDECL || n->kind == GN_FUNCLIT)
			return (gnode *)n;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

bool gs_name_is(const gnode *n, const char *name)
{
	return n && n->kind == GN_NAME && n->text && strcmp(n->text, name) == 0;
}

const gnode *gs_file_of(const gnode *n)
{
	while (n && n->parent)
		n = n->parent;
	return n && n->kind == GN_FILE ? n : NULL;
}

int gs_index_in(gnode **l, int n, const gnode *c)
{
	for (int i = 0; i < n; i++)
		if (l[i] == c)
			return i;
	return -1;
}
