/* gosrc_resolve.c: a file parsed whole and its names resolved (the top
 * of syntax/parser.go, types2's resolver.go and go/constant's part):
 * gosrc_ast() and the nodes found by position, the package-level
 * declarations of the file and of the other files of its package,
 * gosrc_resolve(), the values of literals, constant folding, gc's dead
 * code (the branch an "if <constant>" drops) and the labels a backward
 * goto makes a loop of.
 *
 * These call each other: finishing a parse marks the looping labels,
 * which needs the dead branches, which needs constants and names, which
 * may need the other files of the package parsed.
 */

#include "gosrc_impl.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void mark_looping_labels(gnode *root);
static const gnode *decl_in_file_slow(const gnode *f, const char *name);
static const gnode *decl_in_file(const gnode *f, const char *name);
static int is_const_rec(const gnode *n, int depth);
static int is_const_uncached(const gnode *n, int depth);

/* ------------------------------------------------------------------ */
/* Parser: file                                                        */
/* ------------------------------------------------------------------ */

static gnode *parse_file(struct gosrc *src)
{
	parser p;
	gnode *f;

	memset(&p, 0, sizeof(p));
	p.mem = &src->mem;
	p.s = (const unsigned char *)src->text;
	p.n = src->len;
	p.line = 1;
	if (p.n >= 3 && memcmp(p.s, "\xEF\xBB\xBF", 3) == 0)
		p.off = 3;
	p.prev_end.line = p.prev_end.col = 1;
	p.func_body = gs_func_body;
	gs_scan(&p);

	f = gs_mk(&p, GN_FILE, p.prev_end);
	if (p.tok.t == T_PACKAGE) {
		f->pos = p.tok.pos;
		gs_next(&p);
		if (p.tok.t == T_NAME) {
			f->text = gs_tok_text(&p);
			gs_next(&p);
		} else {
			gs_syntax_error(&p);
		}
		if (p.tok.t != T_EOF && !gs_got(&p, T_SEMI)) {
			gs_syntax_error(&p);
			gs_skip_toplevel(&p);
		}
	} else {
		gs_syntax_error(&p);
	}

	while (p.tok.t != T_EOF) {
		size_t before = p.tok.off;
		int bt = p.tok.t;
		gnode *b;

		switch (p.tok.t) {
		case T_IMPORT:
			gs_next(&p);
			gs_spec_group(&p, T_IMPORT);
			break;
		case T_CONST:
		case T_TYPE:
		case T_VAR:
			gs_push(&p, gs_decl_stmt(&p));
			break;
		case T_FUNC:
			p.ldepth = 0;
			gs_push(&p, gs_func_decl(&p));
			break;
		case T_SEMI:
			gs_next(&p);
			continue;
		default:
			gs_syntax_error(&p);
			b = gs_bad(&p);
			gs_next(&p);
			gs_skip_toplevel(&p);
			gs_push(&p, gs_fin(&p, b));
			continue;
		}
		if (p.tok.t != T_EOF && !gs_got(&p, T_SEMI)) {
			gs_syntax_error(&p);
			gs_skip_toplevel(&p);
		}
		if (p.tok.off == before && p.tok.t == bt && p.tok.t != T_EOF)
			gs_next(&p);
	}
	f->list = gs_take(&p, 0, &f->nlist);
	f->end = p.tok.pos;

	src->nbad = gs_set_parents(f);
	for (int i = 0; i < p.nfix; i++) {
		struct fixup *x = (struct fixup *)p.fix + i;

		gs_add_depth(x->n, x->delta);
	}
	mark_looping_labels(f);
	src->nerrors = p.errors;
	free(p.stk);
	free(p.fix);
	return f;
}

gnode *gosrc_ast(gosrc *src)
{
	if (!src)
		return NULL;
	if (!src->parsed) {
		src->parsed = 1;
		src->ast = parse_file(src);
	}
	return src->ast;
}

int gosrc_nbad(gosrc *src)
{
	if (!gosrc_ast(src))
		return 0;
	return src->nbad;
}

int gosrc_nerrors(gosrc *src)
{
	if (!gosrc_ast(src))
		return 0;
	return src->nerrors;
}

/* ------------------------------------------------------------------ */
/* Lookup                                                              */
/* ------------------------------------------------------------------ */

static bool contains(const gnode *n, gpos at)
{
	return gpos_cmp(n->start, at) <= 0 && gpos_cmp(at, n->end) < 0;
}

static gnode *list_containing(gnode **l, int n, gpos at)
{
	if (n <= 8) {
		for (int i = 0; i < n; i++)
			if (l[i] && contains(l[i], at))
				return l[i];
		return NULL;
	}
	/* sorted by start: the last element starting at or before `at` */
	int lo = 0, hi = n - 1, found = -1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;

		if (l[mid] && gpos_cmp(l[mid]->start, at) <= 0) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	for (int i = found; i >= 0 && i > found - 4; i--)
		if (l[i] && contains(l[i], at))
			return l[i];
	return NULL;
}

static gnode *child_containing(const gnode *n, gpos at)
{
	gnode *c;

	if (n->x && contains(n->x, at))
		return n->x;
	if (n->y && contains(n->y, at))
		return n->y;
	if (n->z && contains(n->z, at))
		return n->z;
	if ((c = list_containing(n->list, n->nlist, at)))
		return c;
	return list_containing(n->list2, n->nlist2, at);
}

static bool kind_ok(const gnode *n, unsigned long long kinds)
{
	return kinds == 0 || (kinds & GN_MASK(n->kind));
}

enum { FIND_CONTAINS, FIND_START, FIND_POS };

static gnode *find(gosrc *src, gpos at, unsigned long long kinds, int how)
{
	gnode *n = gosrc_ast(src), *best = NULL;

	/* no column (past GCC's last, see pos.h): any node of the line
	   could be the one meant, so none is */
	if (!n || at.col <= 0 || !contains(n, at))
		return NULL;
	while (n) {
		bool ok = kind_ok(n, kinds);

		if (how == FIND_START)
			ok = ok && gpos_cmp(n->start, at) == 0;
		else if (how == FIND_POS)
			ok = ok && gpos_cmp(n->pos, at) == 0;
		if (ok)
			best = n;
		n = child_containing(n, at);
	}
	return best;
}

gnode *gosrc_find(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_CONTAINS);
}

gnode *gosrc_find_start(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_START);
}

gnode *gosrc_find_pos(gosrc *src, gpos at, unsigned long long kinds)
{
	return find(src, at, kinds, FIND_POS);
}

/* ------------------------------------------------------------------ */
/* Name resolution: the file and package scopes                        */
/* ------------------------------------------------------------------ */

int gosrc_imports(gosrc *src, const char *path)
{
	const gnode *f = src ? gosrc_ast(src) : NULL;
	size_t n = strlen(path);

	for (int i = 0; f && i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *lit = d && d->kind == GN_IMPORT && d->y ? d->y->text : NULL;
		/* "path" or `path` */
		if (lit && strlen(lit) == n + 2 && strncmp(lit + 1, path, n) == 0)
			return 1;
	}
	return 0;
}

/* The package name an import declares. */
const char *gs_import_name(const gnode *imp, char *buf, size_t size)
{
	if (imp->text)
		return imp->text;
	if (!imp->y || !imp->y->text || size < 2)
		return NULL;

	const char *path = imp->y->text + 1;
	size_t len = strlen(path);

	if (len > 0)
		len--;	/* closing quote */

	const char *last = path, *prev = NULL;

	for (size_t i = 0; i < len; i++) {
		if (path[i] == '/') {
			prev = last;
			last = path + i + 1;
		}
	}
	size_t n = len - (size_t)(last - path);

	/* "example.com/x/v2" is package x */
	if (prev && n >= 2 && last[0] == 'v' && gs_is_digit(last[1])) {
		size_t k = 1;

		while (k < n && gs_is_digit(last[k]))
			k++;
		if (k == n) {
			n = (size_t)(last - prev) - 1;
			last = prev;
		}
	}
	if (n >= size)
		n = size - 1;
	memcpy(buf, last, n);
	buf[n] = 0;
	return buf;
}

static void top_insert(struct gosrc *src, const char *name, const gnode *d)
{
	size_t i = str_hash(name) & (src->top_cap - 1);

	while (src->top_name[i]) {
		if (strcmp(src->top_name[i], name) == 0)
			return;	/* the first declaration wins */
		i = (i + 1) & (src->top_cap - 1);
	}
	src->top_name[i] = name;
	src->top_decl[i] = d;
}

static void top_build(struct gosrc *src, const gnode *f)
{
	size_t n = 16;
	char buf[256];

	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];

		n++;
		if (d->kind == GN_DECLSTMT)
			for (int k = 0; k < d->nlist; k++)
				n += (size_t)d->list[k]->nlist + 1;
	}
	src->top_cap = 16;
	while (src->top_cap < 2 * n)
		src->top_cap *= 2;
	src->top_name = xmalloc(src->top_cap * sizeof(char *));
	src->top_decl = xmalloc(src->top_cap * sizeof(gnode *));
	memset(src->top_name, 0, src->top_cap * sizeof(char *));
	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *in;

		switch (d->kind) {
		case GN_DECLSTMT:
			for (int k = 0; k < d->nlist; k++) {
				const gnode *sp = d->list[k];

				if (sp->kind == GN_TYPESPEC && sp->text)
					top_insert(src, sp->text, sp);
				if (sp->kind != GN_VARSPEC &&
				    sp->kind != GN_CONSTSPEC)
					continue;
				for (int j = 0; j < sp->nlist; j++)
					if (sp->list[j]->kind == GN_NAME &&
					    sp->list[j]->text)
						top_insert(src, sp->list[j]->text,
							   sp);
			}
			break;
		case GN_FUNCDECL:
			if (!d->nlist && d->text)
				top_insert(src, d->text, d);
			break;
		case GN_IMPORT:
			in = gs_import_name(d, buf, sizeof(buf));
			if (in)
				top_insert(src, gs_arena_strndup(&src->mem, in,
								 strlen(in)), d);
			break;
		default:
			break;
		}
	}
	src->top_built = 1;
}

/* The syntax tree of file i of the package, or NULL if it cannot be
 * read. */
const gnode *gs_package_ast(int i)
{
	gosrc *src = gosrc_get(gs_package_files[i]);

	return src ? gosrc_ast(src) : NULL;
}

/* A package-level declaration of name in another file of the package
 * (imports are the file's own). */
static const gnode *decl_in_package(const gnode *f, const char *name)
{
	for (int i = 0; i < gs_npackage_files; i++) {
		const gnode *g = gs_package_ast(i);
		if (!g || g == f)
			continue;
		const gnode *d = decl_in_file(g, name);
		if (d && d->kind != GN_IMPORT)
			return d;
	}
	return NULL;
}

static const gnode *decl_in_file(const gnode *f, const char *name)
{
	struct gosrc *src = gs_src_of_ast(f);

	if (!src)
		return decl_in_file_slow(f, name);
	if (!src->top_built)
		top_build(src, f);

	size_t i = str_hash(name) & (src->top_cap - 1);

	while (src->top_name[i]) {
		if (strcmp(src->top_name[i], name) == 0)
			return src->top_decl[i];
		i = (i + 1) & (src->top_cap - 1);
	}
	return NULL;
}

static const gnode *decl_in_file_slow(const gnode *f, const char *name)
{
	const gnode *r;
	char buf[256];

	for (int i = 0; i < f->nlist; i++) {
		const gnode *d = f->list[i];
		const char *in;

		switch (d->kind) {
		case GN_DECLSTMT:
			if ((r = gs_decl_in_stmt(d, name)))
				return r;
			break;
		case GN_FUNCDECL:
			if (!d->nlist && d->text && strcmp(d->text, name) == 0)
				return d;
			break;
		case GN_IMPORT:
			in = gs_import_name(d, buf, sizeof(buf));
			if (in && strcmp(in, name) == 0)
				return d;
			break;
		default:
			break;
		}
	}
	return NULL;
}

const gnode *gosrc_resolve(const gnode *name)
{
	const gnode *c, *par, *r;
	const char *s;

	if (!name || name->kind != GN_NAME || !name->text)
		return NULL;
	s = name->text;
	if (strcmp(s, "_") == 0)
		return NULL;
	for (c = name, par = name->parent; par; c = par, par = par->parent) {
		switch (par->kind) {
		case GN_BLOCK:
			if ((r = gs_decl_before(par->list, par->nlist, c, s)))
				return r;
			break;
		case GN_CASE:
			if ((r = gs_decl_before(par->list2, par->nlist2, c, s)))
				return r;
			if (c == par->x)
				break;
			for (int i = 0; i < par->nlist2; i++) {
				if (par->list2[i] != c)
					continue;
				if ((r = gs_decl_in_stmt(par->x, s)))
					return r;
				if (par->parent &&
				    par->parent->kind == GN_TYPESWITCH &&
				    par->parent->text &&
				    strcmp(par->parent->text, s) == 0)
					return par->parent;
			}
			break;
		case GN_IF:
		case GN_FOR:
		case GN_SWITCH:
		case GN_TYPESWITCH:
			if (c != par->x && (r = gs_decl_in_stmt(par->x, s)))
				return r;
			break;
		case GN_RANGE:
			if (c == par->y && par->op == GN_TOK_DEFINE)
				for (int i = 0; i < par->nlist; i++)
					if (gs_name_is(par->list[i], s))
						return par;
			break;
		case GN_FUNCLIT:
			if ((r = gs_decl_in_functype(par->x, s)))
				return r;
			break;
		case GN_FUNCDECL:
			if ((r = gs_field_named(par->list, par->nlist, s)) ||
			    (r = gs_field_named(par->list2, par->nlist2, s)) ||
			    (r = gs_decl_in_functype(par->x, s)))
				return r;
			break;
		case GN_TYPESPEC:
			if ((r = gs_field_named(par->list, par->nlist, s)))
				return r;
			break;
		case GN_FILE:
			if ((r = decl_in_file(par, s)))
				return r;
			return decl_in_package(par, s);
		default:
			break;
		}
	}
	return NULL;
}

const gnode *gosrc_package_func(const gnode *n, const char *name, gosrc **in)
{
	const gnode *f = gs_file_of(n), *d = f ? decl_in_file(f, name) : NULL;

	/* n's file first; a method of that name is no match */
	for (int i = 0; f && !(d && d->kind == GN_FUNCDECL && !d->nlist) &&
			i < gs_npackage_files; i++) {
		const gnode *g = gs_package_ast(i);
		d = g && g != f ? decl_in_file(g, name) : NULL;
	}
	if (!d || d->kind != GN_FUNCDECL || d->nlist)
		return NULL;
	*in = gs_src_of_ast(gs_file_of(d));
	return *in ? d : NULL;
}

/* ------------------------------------------------------------------ */
/* Looping labels and gc's dead code                                   */
/* ------------------------------------------------------------------ */

/* The expression giving constant `name` of spec its value, and the iota
 * it is evaluated with (implicit repetition in const groups). */
const gnode *gs_const_value_expr(const gnode *spec, const char *name,
				 long long *iota)
{
	const gnode *grp = spec->parent;
	int i, si;

	for (i = 0; i < spec->nlist; i++)
		if (gs_name_is(spec->list[i], name))
			break;
	if (i == spec->nlist)
		return NULL;
	if (!grp || grp->kind != GN_DECLSTMT) {
		*iota = 0;
		return i < spec->nlist2 ? spec->list2[i] : NULL;
	}
	for (si = 0; si < grp->nlist && grp->list[si] != spec; si++)
		;
	*iota = si;
	for (int k = si; k >= 0; k--) {
		const gnode *s = grp->list[k];

		if (s->kind != GN_CONSTSPEC)
			return NULL;
		if (s->nlist2 > 0)
			return i < s->nlist2 ? s->list2[i] : NULL;
	}
	return NULL;
}

/* The value of a boolean constant expression, as far as syntax and the
 * file's constants tell. */
static bool const_bool(const gnode *n, bool *v, int depth)
{
	long long a, b, iota;
	bool x, y;

	n = gs_unparen(n);
	if (!n || depth > MAX_EVAL_DEPTH)
		return false;
	switch (n->kind) {
	case GN_NAME: {
		const gnode *d = gosrc_resolve(n), *e;

		if (!d) {
			if (strcmp(n->text, "true") == 0 ||
			    strcmp(n->text, "false") == 0) {
				*v = n->text[0] == 't';
				return true;
			}
			return false;
		}
		if (d->kind != GN_CONSTSPEC)
			return false;
		e = gs_const_value_expr(d, n->text, &iota);
		return e && const_bool(e, v, depth + 1);
	}
	case GN_UNARY:
		if (n->op != '!' || !const_bool(n->x, &x, depth + 1))
			return false;
		*v = !x;
		return true;
	case GN_BINARY:
		if (n->op == GN_TOK_LAND || n->op == GN_TOK_LOR) {
			if (!const_bool(n->x, &x, depth + 1) ||
			    !const_bool(n->y, &y, depth + 1))
				return false;
			*v = n->op == GN_TOK_LAND ? x && y : x || y;
			return true;
		}
		if ((n->op == GN_TOK_EQ || n->op == GN_TOK_NE) &&
		    const_bool(n->x, &x, depth + 1) &&
		    const_bool(n->y, &y, depth + 1)) {
			*v = (x == y) == (n->op == GN_TOK_EQ);
			return true;
		}
		if (!gs_eval_int(n->x, -1, &a, depth + 1) ||
		    !gs_eval_int(n->y, -1, &b, depth + 1))
			return false;
		switch (n->op) {
		case GN_TOK_EQ: *v = a == b; return true;
		case GN_TOK_NE: *v = a != b; return true;
		case '<': *v = a < b; return true;
		case GN_TOK_LE: *v = a <= b; return true;
		case '>': *v = a > b; return true;
		case GN_TOK_GE: *v = a >= b; return true;
		}
		return false;
	default:
		return false;
	}
}

/* For "if c": the branch gc deletes when c is a constant (-1 none,
 * 0 the then block, 1 the else branch). */
int gs_dead_branch(const gnode *n)
{
	bool v;

	if (n->kind != GN_IF || !const_bool(n->y, &v, 0))
		return -1;
	return v ? 1 : 0;
}

int gosrc_in_dead_code(const gnode *n)
{
	for (const gnode *c = n; c && c->parent; c = c->parent) {
		const gnode *p = c->parent;
		int dead = p->kind == GN_IF ? gs_dead_branch(p) : -1;
		if ((dead == 0 && c == p->z) || (dead == 1 && p->nlist && c == p->list[0]))
			return 1;
	}
	return 0;
}

struct labinfo {
	const char *name;
	gnode *node;
	int looping;
};

/* gc's rule: a label is looping when a goto to it follows it (in source
 * order, dead code excluded) within the same function. */
static void scan_labels(gnode *body)
{
	struct labinfo *l = NULL;
	int nl = 0, cap = 0;
	nstack s = { 0 };

	gs_ns_push(&s, body);
	while (s.n) {
		gnode *n = s.v[--s.n];
		int dead;

		if (n->kind == GN_FUNCLIT)
			continue;
		if (n->kind == GN_LABELED && n->text &&
		    strcmp(n->text, "_") != 0) {
			if (nl == cap) {
				cap = cap ? 2 * cap : 8;
				l = xrealloc(l, cap * sizeof(*l));
			}
			l[nl].name = n->text;
			l[nl].node = n;
			l[nl].looping = 0;
			nl++;
		}
		if (n->kind == GN_BRANCH && n->op == GN_TOK_GOTO && n->text)
			for (int i = 0; i < nl; i++)
				if (strcmp(l[i].name, n->text) == 0)
					l[i].looping = 1;
		dead = gs_dead_branch(n);
		for (int i = n->nlist2 - 1; i >= 0; i--)
			if (n->list2[i] && n->list2[i]->parent == n)
				gs_ns_push(&s, n->list2[i]);
		for (int i = n->nlist - 1; i >= 0; i--)
			if (n->list[i] && n->list[i]->parent == n &&
			    dead != 1)
				gs_ns_push(&s, n->list[i]);
		if (n->z && n->z->parent == n && dead != 0)
			gs_ns_push(&s, n->z);
		if (n->y && n->y->parent == n)
			gs_ns_push(&s, n->y);
		if (n->x && n->x->parent == n)
			gs_ns_push(&s, n->x);
	}
	for (int i = 0; i < nl; i++)
		if (l[i].looping)
			gs_looping_label(l[i].node);
	free(l);
	free(s.v);
}

static void mark_looping_labels(gnode *root)
{
	nstack s = { 0 };

	gs_ns_push(&s, root);
	while (s.n) {
		gnode *n = s.v[--s.n];

		if ((n->kind == GN_FUNCDECL || n->kind == GN_FUNCLIT) && n->y)
			scan_labels(n->y);
		gs_push_owned(&s, n);
	}
	free(s.v);
}

/* ------------------------------------------------------------------ */
/* Literals and constants                                              */
/* ------------------------------------------------------------------ */

/* One escape sequence after the backslash at s; returns its length or 0.
 * *byte is set when the escape denotes a byte (\x, octal) rather than a
 * code point. */
static size_t unescape(const char *s, size_t n, unsigned long *v, bool *byte)
{
	int k = 0, base = 0;

	*byte = false;
	if (n < 2)
		return 0;
	switch (s[1]) {
	case 'a': *v = 7; return 2;
	case 'b': *v = 8; return 2;
	case 'f': *v = 12; return 2;
	case 'n': *v = 10; return 2;
	case 'r': *v = 13; return 2;
	case 't': *v = 9; return 2;
	case 'v': *v = 11; return 2;
	case '\\': *v = '\\'; return 2;
	case '\'': *v = '\''; return 2;
	case '"': *v = '"'; return 2;
	case 'x': k = 2; base = 16; *byte = true; break;
	case 'u': k = 4; base = 16; break;
	case 'U': k = 8; base = 16; break;
	default:
		if (s[1] >= '0' && s[1] <= '7') {
			k = 3;
			base = 8;
			*byte = true;
			if ((size_t)k + 1 > n)
				return 0;
			*v = 0;
			for (int i = 0; i < k; i++) {
				if (s[1 + i] < '0' || s[1 + i] > '7')
					return 0;
				*v = *v * 8 + (unsigned long)(s[1 + i] - '0');
			}
			return (size_t)k + 1;
		}
		return 0;
	}
	if ((size_t)k + 2 > n)
		return 0;
	*v = 0;
	for (int i = 0; i < k; i++) {
		int h = hex_digit((unsigned char)s[2 + i]);

		if (h < 0)
			return 0;
		*v = *v * (unsigned long)base + (unsigned long)h;
	}
	return (size_t)k + 2;
}

/* The bytes of a string literal (quoted or raw), malloc'd; NULL if the
 * literal is not a string. */
char *gs_string_value(const char *lit, size_t *len)
{
	size_t n = strlen(lit), o = 0;
	char *b;

	if (n < 2 || (lit[0] != '"' && lit[0] != '`'))
		return NULL;
	b = xmalloc(n + 1);
	if (lit[0] == '`') {
		for (size_t i = 1; i + 1 < n; i++)
			if (lit[i] != '\r')
				b[o++] = lit[i];
	} else {
		for (size_t i = 1; i + 1 < n;) {
			unsigned long v;
			bool byte;
			size_t k;

			if (lit[i] == '\\' &&
			    (k = unescape(lit + i, n - 1 - i, &v, &byte))) {
				if (byte)
					b[o++] = (char)v;
				else
					o += utf8_encode(v, b + o);
				i += k;
			} else {
				b[o++] = lit[i++];
			}
		}
	}
	b[o] = 0;
	*len = o;
	return b;
}

static bool rune_value(const char *lit, long long *v)
{
	size_t n = strlen(lit);
	unsigned long r;
	bool byte;

	if (n < 3 || lit[0] != '\'' || lit[n - 1] != '\'')
		return false;
	if (lit[1] == '\\') {
		if (unescape(lit + 1, n - 2, &r, &byte) != n - 2)
			return false;
	} else if (utf8_decode((const unsigned char *)lit + 1, n - 2, &r) !=
		   n - 2) {
		return false;
	}
	*v = (long long)r;
	return true;
}

static bool int_value(const char *lit, long long *v)
{
	unsigned long long r = 0;
	int base = 10;
	const char *s = lit;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
		base = 2;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
		base = 8;
		s += 2;
	} else if (s[0] == '0' && s[1]) {
		base = 8;
	}
	if (!*s)
		return false;
	for (; *s; s++) {
		int d;

		if (*s == '_')
			continue;
		d = hex_digit((unsigned char)*s);
		if (d < 0 || d >= base)
			return false;
		if (r > (unsigned long long)LLONG_MAX / (unsigned)base)
			return false;
		r = r * (unsigned)base + (unsigned)d;
		if (r > (unsigned long long)LLONG_MAX)
			return false;
	}
	*v = (long long)r;
	return true;
}

/* A predeclared name (type or function) not shadowed in the file. */
bool gs_predeclared(const gnode *n, bool (*pred)(const char *))
{
	n = gs_unparen(n);
	return n && n->kind == GN_NAME && n->text && pred(n->text) &&
	       !gosrc_resolve(n);
}

/* The value of constant `name` declared by spec. */
static bool eval_const_name(const gnode *spec, const char *name, long long *v,
			    int depth)
{
	long long iota;
	const gnode *e = gs_const_value_expr(spec, name, &iota);

	return e && gs_eval_int(e, iota, v, depth + 1);
}

bool gs_eval_int(const gnode *n, long long iota, long long *v, int depth)
{
	long long a, b;

	n = gs_unparen(n);
	if (!n || depth > MAX_EVAL_DEPTH)
		return false;
	switch (n->kind) {
	case GN_BASICLIT:
		if (n->text[0] == '\'')
			return rune_value(n->text, v);
		return int_value(n->text, v);
	case GN_NAME: {
		const gnode *d = gosrc_resolve(n);

		if (!d && strcmp(n->text, "iota") == 0 && iota >= 0) {
			*v = iota;
			return true;
		}
		if (d && d->kind == GN_CONSTSPEC)
			return eval_const_name(d, n->text, v, depth);
		return false;
	}
	case GN_UNARY:
		if (!gs_eval_int(n->x, iota, &a, depth + 1))
			return false;
		switch (n->op) {
		case '+': *v = a; return true;
		case '-': if (a == LLONG_MIN) return false; *v = -a; return true;
		case '^': *v = ~a; return true;
		}
		return false;
	case GN_BINARY:
		if (!gs_eval_int(n->x, iota, &a, depth + 1) ||
		    !gs_eval_int(n->y, iota, &b, depth + 1))
			return false;
		switch (n->op) {
		case '+': return !__builtin_add_overflow(a, b, v);
		case '-': return !__builtin_sub_overflow(a, b, v);
		case '*': return !__builtin_mul_overflow(a, b, v);
		case '/':
			if (b == 0 || (a == LLONG_MIN && b == -1))
				return false;
			*v = a / b;
			return true;
		case '%':
			if (b == 0 || (a == LLONG_MIN && b == -1))
				return false;
			*v = a % b;
			return true;
		case '&': *v = a & b; return true;
		case '|': *v = a | b; return true;
		case '^': *v = a ^ b; return true;
		case GN_TOK_ANDNOT: *v = a & ~b; return true;
		case GN_TOK_SHL:
			if (b < 0 || b > 62 || a < 0 || (a >> (62 - b)) != 0)
				return false;
			*v = a << b;
			return true;
		case GN_TOK_SHR:
			if (b < 0)
				return false;
			*v = b > 62 ? (a < 0 ? -1 : 0) : a >> b;
			return true;
		}
		return false;
	case GN_CALL: {
		const gnode *f = gs_unparen(n->x);

		if (n->nlist != 1 || !f || f->kind != GN_NAME)
			return false;
		if (gs_predeclared(f, gs_is_int_type_name))
			return gs_eval_int(n->list[0], iota, v, depth + 1);
		if (strcmp(f->text, "len") == 0 && !gosrc_resolve(f)) {
			const gnode *s = gs_unparen(n->list[0]);
			size_t len;
			char *b2;

			if (!s || s->kind != GN_BASICLIT)
				return false;
			b2 = gs_string_value(s->text, &len);
			if (!b2)
				return false;
			free(b2);
			*v = (long long)len;
			return true;
		}
		return false;
	}
	default:
		return false;
	}
}

/* Internal gnode.flags bits caching gs_is_const (the tree is ours; the
 * printer's const pointers are cast for this cache only). */
enum { GNF_CONST_KNOWN = 1 << 12, GNF_CONST_YES = 1 << 13 };

/* Whether gc folds n to a constant (then it prints the source text).
 * Results cut short by the depth limit count as "no" and are not
 * cached. */
bool gs_is_const(const gnode *n, int depth)
{
	return is_const_rec(n, depth) > 0;
}

static int const_and(int a, int b)
{
	if (a == 0 || b == 0)
		return 0;
	return a < 0 || b < 0 ? -1 : 1;
}

static int is_const_rec(const gnode *n, int depth)
{
	gnode *m = gs_unparen(n);
	int r;

	if (!m)
		return 0;
	if (m->flags & GNF_CONST_KNOWN)
		return (m->flags & GNF_CONST_YES) ? 1 : 0;
	if (depth > MAX_EVAL_DEPTH)
		return -1;
	r = is_const_uncached(m, depth);
	if (r >= 0)
		m->flags |= GNF_CONST_KNOWN | (r ? GNF_CONST_YES : 0);
	return r;
}

static int is_const_uncached(const gnode *n, int depth)
{
	const gnode *d, *f;

	switch (n->kind) {
	case GN_BASICLIT:
		return true;
	case GN_NAME:
		d = gosrc_resolve(n);
		if (!d)
			return strcmp(n->text, "true") == 0 ||
			       strcmp(n->text, "false") == 0 ||
			       strcmp(n->text, "iota") == 0;
		return d->kind == GN_CONSTSPEC;
	case GN_UNARY:
		if (n->op == '&' || n->op == GN_TOK_ARROW || n->op == '~')
			return false;
		return is_const_rec(n->x, depth + 1);
	case GN_BINARY:
		/* the right operand first: long chains grow to the left */
		return const_and(is_const_rec(n->y, depth + 1),
				 is_const_rec(n->x, depth + 1));
	case GN_CALL:
		f = gs_unparen(n->x);
		if (!f)
			return false;
		if (f->kind == GN_SELECTOR && gs_name_is(gs_unparen(f->x), "unsafe") &&
		    (strcmp(f->text, "Sizeof") == 0 ||
		     strcmp(f->text, "Alignof") == 0 ||
		     strcmp(f->text, "Offsetof") == 0))
			return true;
		if (f->kind != GN_NAME || (n->flags & GNF_DDD))
			return false;
		d = gosrc_resolve(f);
		if (!d && (strcmp(f->text, "len") == 0 ||
			   strcmp(f->text, "cap") == 0 ||
			   strcmp(f->text, "real") == 0 ||
			   strcmp(f->text, "imag") == 0 ||
			   gs_is_predeclared_type(f->text))) {
			if (strcmp(f->text, "any") == 0 ||
			    strcmp(f->text, "error") == 0)
				return false;
			return n->nlist == 1 ?
			       is_const_rec(n->list[0], depth + 1) : 0;
		}
		if (!d && strcmp(f->text, "complex") == 0)
			return n->nlist == 2 ?
			       const_and(is_const_rec(n->list[0], depth + 1),
					 is_const_rec(n->list[1], depth + 1)) : 0;
		if (d && d->kind == GN_TYPESPEC && n->nlist == 1)
			return is_const_rec(n->list[0], depth + 1);
		return false;
	default:
		return false;
	}
}
