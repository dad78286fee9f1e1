/* analyse.c: the whole unit, once every function is in the IR.
 *
 * The GIMPLE pass hands each function's IR here.  When all are in (the IPA
 * pass after "build_ssa_passes"), calls are bound to what is known of their
 * callees (a function of this unit, an imported function's export data, or
 * nothing), the functions are solved callees first, one strongly connected
 * component of the call graph at a time, each solved function leaving a
 * summary of its parameters for its callers, and the verdicts are printed
 * and dumped.
 */
#include "goesc-gcc.h"
#include "core.h"

#include "analyse.h"
#include "diag.h"
#include "goesc.h"
#include "stack.h"

static VEC(esc_fn *) unit;
static VEC(int) *closures_of;	/* per function of the unit: its closures */
static VEC(int) *shared_with;	/* per function: the functions it shares a
				   method value's thunk with (and the thunk's
				   with them) */
static esc_msgs unit_msgs;	/* the unit's notes, emitted at its end */
static intmap fn_index;		/* DECL_UID of a function + 1 -> index */
static int dump_pass = -1;

void goesc_analyse_add(esc_fn *fn, int pass_number)
{
	if (!fn)
		return;
	dump_pass = pass_number;
	intmap_put(&fn_index, DECL_UID((tree)fn->user) + 1, unit.n);
	VEC_PUSH(unit, fn);
}

/* A hash of name[0..len), never 0, for finding functions by name. */
static unsigned long long name_key(const char *name, size_t len)
{
	unsigned long long h = 1469598103934665603ull;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)name[i]) * 1099511628211ull;
	return h ? h : 1;
}

static esc_fn *local_fn(tree decl)
{
	int i = decl ? intmap_get(&fn_index, DECL_UID(decl) + 1, -1) : -1;

	return i >= 0 ? unit.a[i] : NULL;
}

/* The package part of the unit's assembler names ("math_1big" in
 * "math_1big.addVV": gccgo encodes the path, so it ends at the first
 * dot), or NULL before goesc_analyse_unit sets it. */
static char *own_pkg;

static const char *asm_package(tree decl, size_t *len)
{
	const char *a = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));
	const char *dot = strchr(a, '.');

	*len = dot ? (size_t)(dot - a) : 0;
	return dot ? a : NULL;
}

static void find_own_package(void)
{
	for (int i = 0; i < unit.n && !own_pkg; i++) {
		tree decl = (tree)unit.a[i]->user;
		size_t n;
		const char *a = asm_package(decl, &n);
		if (a && !DECL_EXTERNAL(decl) && strncmp(a, "__go_", 5) != 0)
			own_pkg = xstrndup(a, n);
	}
	if (own_pkg)
		return;
	/* a unit of no function (a package of body-less ones): the path
	   gccgo gives the package, -fgo-pkgpath, else PREFIX.NAME ("go"
	   by default, "main" alone for package main), encoded */
	const char *pkgpath = NULL, *prefix = "go";
	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		const cl_decoded_option *o = &save_decoded_options[i];
		if (o->opt_index == OPT_fgo_pkgpath_ && o->arg)
			pkgpath = o->arg;
		else if (o->opt_index == OPT_fgo_prefix_ && o->arg)
			prefix = o->arg;
	}
	gosrc *src = main_input_filename ? gosrc_get(main_input_filename) : NULL;
	gnode *file = src ? gosrc_ast(src) : NULL;
	if (!pkgpath && (!file || !file->text))
		return;
	char *path = pkgpath ? xstrdup(pkgpath)
		     : strcmp(file->text, "main") == 0 ? xstrdup("main")
		     : xasprintf("%s.%s", prefix, file->text);
	own_pkg = mangle_encode_id(path, strlen(path));
	free(path);
}

/* The package's functions declared without a body, in the compile's own
 * files, join the unit with an IR of their own (core/bodyless.c): gc
 * reports their parameters, and their callers bind to them.  Their
 * handle is gccgo's declaration when a call made one, else a declaration
 * made here for the purpose (never emitted). */
static void add_bodyless_functions(void)
{
	intmap decls = {NULL, NULL, 0, 0};	/* name key -> index + 1 */
	VEC(tree) found = {0, 0, 0};
	cgraph_node *node;
	/* gccgo names a function PATH.NAME (its assembler name encodes the
	   path) */
	char *path = own_pkg ? mangle_decode_id(own_pkg, strlen(own_pkg)) : NULL;

	if (!path)
		return;
	FOR_EACH_FUNCTION(node) {
		tree d = node->decl;
		const char *name = DECL_NAME(d) ? IDENTIFIER_POINTER(DECL_NAME(d)) : "";
		if (gimple_has_body_p(d) || local_fn(d) || !*name)
			continue;
		VEC_PUSH(found, d);
		intmap_put(&decls, name_key(name, strlen(name)), found.n);
	}
	for (unsigned f = 0; f < num_in_fnames; f++) {
		gosrc *src = gosrc_get(in_fnames[f]);
		gnode *file = src ? gosrc_ast(src) : NULL;
		for (int i = 0; file && i < file->nlist; i++) {
			gnode *d = file->list[i];
			if (!d || d->kind != GN_FUNCDECL || d->y || d->nlist || !d->text ||
			    strcmp(d->text, "_") == 0)
				continue;
			/* gccgo's declaration has the name a //go:linkname
			   gives it */
			char *goname = xasprintf("%s.%s", path, d->text);
			char *target = esc_bodyless_linkname(src, d);
			const char *lookup = target ? target : goname;
			int k = intmap_get(&decls, name_key(lookup, strlen(lookup)), 0);
			tree decl = k ? found.a[k - 1] : NULL_TREE;
			if (decl && strcmp(IDENTIFIER_POINTER(DECL_NAME(decl)), lookup) != 0)
				decl = NULL_TREE;	/* a key two names share */
			free(target);
			if (!decl) {
				/* gccgo made none (nothing calls it): one to
				   stand for it, with the assembler name
				   gccgo would give it, which only its
				   summary uses */
				strbuf enc = {NULL, 0, 0};
				char *id = mangle_encode_id(d->text, strlen(d->text));
				sb_addf(&enc, "%s.%s", own_pkg, id ? id : d->text);
				free(id);
				decl = build_decl(UNKNOWN_LOCATION, FUNCTION_DECL,
						  get_identifier(goname),
						  build_function_type_list(void_type_node,
									   NULL_TREE));
				SET_DECL_ASSEMBLER_NAME(decl, get_identifier(sb_str(&enc)));
				DECL_EXTERNAL(decl) = 1;
				TREE_PUBLIC(decl) = 1;
				sb_free(&enc);
			}
			esc_fn *fn = local_fn(decl) ? NULL : esc_bodyless_new(src, d, goname);
			free(goname);
			if (!fn)
				continue;
			fn->user = decl;
			intmap_put(&fn_index, DECL_UID(decl) + 1, unit.n);
			VEC_PUSH(unit, fn);
		}
	}
	intmap_free(&decls);
	VEC_FREE(found);
	free(path);
}

/* A function this package declares without a body (assembly, a
 * //go:linkname to another): the export data and summaries found under
 * the package's own path are another build of it (libgo's, say), and say
 * nothing of this one. */
static bool own_bodyless(tree decl)
{
	size_t n;
	const char *a = decl && TREE_CODE(decl) == FUNCTION_DECL && !local_fn(decl)
				? asm_package(decl, &n) : NULL;

	return a && own_pkg && strlen(own_pkg) == n && strncmp(a, own_pkg, n) == 0;
}

static bool summaries_off(void)
{
	return goesc_opts.summaries && strcmp(goesc_opts.summaries, "off") == 0;
}

/* The closure whose func literal is site value v of fn: the function of
 * this unit named fn..funcN placed at the literal. */
static esc_fn *literal_fn(esc_fn *fn, int v)
{
	esc_site *s = esc_site_of(fn, v);

	if (s->kind != SITE_CLOSURE)
		return NULL;
	for (int i = 0; i < unit.n; i++)
		if (gpos_cmp(unit.a[i]->pos, s->gccgo_pos) == 0 &&
		    strstr(unit.a[i]->name, "..func") &&
		    strcmp(unit.a[i]->file, fn->file) == 0)
			return unit.a[i];
	return NULL;
}

/* gc prints a call of another package's method as T.M(x) / (*T).M(x):
 * tell the source printer which method the call at c's position calls. */
static void note_method_call(esc_fn *fn, const esc_call *c, const xfunc *x)
{
	const char *dot = strchr(x->name, '.');
	const char *slash = x->pkgpath ? strrchr(x->pkgpath, '/') : NULL;
	const char *pkg = slash ? slash + 1 : x->pkgpath;
	gosrc *src = dot && pkg ? gosrc_get(fn->file) : NULL;

	if (!src)
		return;
	char *m = x->value_recv
			  ? xasprintf("%s.%s", pkg, x->name)
			  : xasprintf("(*%s.%.*s)%s", pkg, (int)(dot - x->name),
				      x->name, dot);
	gosrc_add_method_call(src, c->pos, m);
	free(m);
}

/* An imported function's tags, for a call of its inline body (gccgo
 * puts the bodies of small imported functions into the unit): gc knows
 * such a function by its tags only, and gccgo's model takes what both its
 * notes and the body say (each is true of its code: see use_summaries).
 * A value receiver's note is about the value, not the address the body
 * takes: that argument keeps the body's summary alone.  False when the
 * function has no tags. */
static bool imported_tags(esc_call *c)
{
	const xfunc *x = c->callee ? xdata_lookup_symbol(c->callee) : NULL;
	int nsum = 0, nstd = 0, ngsum = 0;
	const leaks *sum = summaries_off() ? NULL : esc_summaries_lookup(c->callee, &nsum);
	const leaks *gsum = summaries_off() ? NULL
			    : esc_summaries_lookup_gccgo(c->callee, &ngsum);
	const leaks *std = !sum && x ? esc_stdtags_lookup(c->callee, &nstd) : NULL;

	if (std && nstd != x->nparams)
		std = NULL;
	if (!x && !sum)
		return false;
	for (int a = 0; a < c->nargs; a++) {
		leaks all = leaks_all_heap();
		const xparam *p = x && a < x->nparams ? &x->params[a] : NULL;
		c->tags[a] = sum ? (a < nsum ? sum[a] : all)
			     : std ? (a < nstd ? std[a] : all)
			     : p ? leaks_from_gccgo_note(p->has_esc, p->esc) : all;
		c->gccgo_tags[a] = gsum ? (a < ngsum ? gsum[a] : all)
				   : p ? leaks_from_gccgo_note_strict(p->has_esc, p->esc)
				       : all;
	}
	if (x && x->value_recv && !sum && c->nargs > 0)
		c->gccgo_tags[0] = leaks_all_heap();
	return !(x && x->value_recv && !sum);	/* gc's: the value's */
}

/* What is known of each call's callee before solving. */
static void bind_calls(esc_fn *fn)
{
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		esc_fn *callee = local_fn((tree)c->decl);
		if (!callee && c->chain_site)
			callee = literal_fn(fn, c->chain_site);
		if (callee) {
			/* a call through a func value known to hold a literal
			   is a call of that literal, as in gc */
			if (!c->decl)
				c->decl = callee->user;
			c->kind = CALLEE_LOCAL;
			c->fn = callee;
			c->callee_nresults = callee->nresults;
			if (DECL_EXTERNAL((tree)callee->user) && !callee->bodyless)
				c->imported = imported_tags(c) ? 2 : 1;
			continue;
		}
		if (own_bodyless((tree)c->decl))
			continue;	/* unknown: its arguments escape */
		const xfunc *x = c->callee ? xdata_lookup_symbol(c->callee) : NULL;
		int nsum = 0, nstd = 0, ngsum = 0;
		const leaks *sum = summaries_off() ? NULL
				   : esc_summaries_lookup(c->callee, &nsum);
		/* what the code that runs does: goesc's gccgo summary of the
		   package, else gccgo's own note, never gc's std tags */
		const leaks *gsum = summaries_off() ? NULL
				    : esc_summaries_lookup_gccgo(c->callee, &ngsum);
		/* gc's own tags for the standard library, when the function
		   has the parameters gccgo's has */
		const leaks *std = !sum && x && c->callee
					   ? esc_stdtags_lookup(c->callee, &nstd)
					   : NULL;
		if (std && nstd != x->nparams)
			std = NULL;
		if (!x && !sum)
			continue;
		c->kind = CALLEE_TAGGED;
		/* goesc's own summary of the package first: compiled with the
		   plugin, its export data has no escape notes */
		for (int a = 0; a < c->nargs; a++) {
			if (sum)
				c->tags[a] = a < nsum ? sum[a] : leaks_all_heap();
			else if (std)
				c->tags[a] = a < nstd ? std[a] : leaks_all_heap();
			else
				c->tags[a] = a < x->nparams
						     ? leaks_from_gccgo_note(x->params[a].has_esc,
									     x->params[a].esc)
						     : leaks_all_heap();
			if (gsum)
				c->gccgo_tags[a] = a < ngsum ? gsum[a] : leaks_all_heap();
			else
				c->gccgo_tags[a] =
					x && a < x->nparams
						? leaks_from_gccgo_note_strict(x->params[a].has_esc,
									       x->params[a].esc)
						: leaks_all_heap();
		}
		if (!x)
			continue;
		c->callee_nresults = x->nresults;
		note_method_call(fn, c, x);
		if (!sum && x->value_recv && c->nargs > 0 &&
		    c->args[0].val != ESC_NOVAL) {
			c->args[0].derefs++;	/* the note is about *&recv */
			/* a gccgo summary is about &recv itself: it cannot
			   be read through the extra dereference */
			if (gsum)
				c->gccgo_tags[0] = leaks_all_heap();
		}
		if (x->nparams > 0 && x->params[x->nparams - 1].variadic) {
			c->variadic = 1;
			c->nfixed = x->nparams - 1;
			if (strchr(x->name, '.'))
				c->nfixed--;	/* a method: the receiver */
		}
	}
}

/* A closure f..funcN is analysed with the function f it is in, as gc
 * does: its captured variables are f's. */
static void link_closures(void)
{
	intmap by_name = {NULL, NULL, 0, 0};

	for (int i = 0; i < unit.n; i++)
		intmap_put(&by_name, name_key(unit.a[i]->name, strlen(unit.a[i]->name)),
			   i + 1);
	for (int i = 0; i < unit.n; i++) {
		const char *name = unit.a[i]->name;
		const char *last = NULL;
		for (const char *p = strstr(name, "..func"); p; p = strstr(p + 1, "..func"))
			last = p;
		if (!last)
			continue;
		int o = intmap_get(&by_name, name_key(name, (size_t)(last - name)), 0);
		if (o) {
			unit.a[i]->outer = unit.a[o - 1];
			VEC_PUSH(closures_of[o - 1], i);
		}
		esc_mark_closure(unit.a[i]);
	}
	/* F..r, the body of a closure F that calls recover, gets F's
	   record */
	for (int i = 0; i < unit.n; i++) {
		const char *name = unit.a[i]->name;
		size_t n = strlen(name);
		if (n < 4 || strcmp(name + n - 3, "..r") != 0)
			continue;
		int f = intmap_get(&by_name, name_key(name, n - 3), 0);
		if (f && unit.a[f - 1]->outer)
			unit.a[i]->chain_user = unit.a[f - 1]->user;
	}
	/* a method value's thunk reads the record f makes: it is solved
	   with f, like a closure; gccgo makes one thunk per method, so
	   every other function making its record is solved in the same
	   batch (see goesc_analyse_unit) */
	for (int i = 0; i < unit.n; i++)
		for (int k = 0; k < unit.a[i]->captures.n; k++) {
			esc_fn *t = local_fn((tree)unit.a[i]->captures.a[k].closure);
			if (!t || t == unit.a[i] || strstr(t->name, "..func"))
				continue;
			int ti = intmap_get(&fn_index, DECL_UID((tree)t->user) + 1, -1);
			if (ti < 0 || t->outer == unit.a[i])
				continue;
			if (!t->outer) {
				t->outer = unit.a[i];
				VEC_PUSH(closures_of[i], ti);
			} else {
				VEC_PUSH(shared_with[ti], i);
				VEC_PUSH(shared_with[i], ti);
			}
		}
	for (int i = 0; i < unit.n; i++)
		esc_decide_captures(unit.a[i]);
	intmap_free(&by_name);
}

/* Every field a closure (or thunk) reads from its record must be one a
 * function making the record was seen to store: else what the closure
 * does with it would be lost, and the stack transform is off for the
 * unit (gc's model reads such a field as nothing, as before).  (Where the
 * maker is solved apart from the closure, gccgo's model lets what it
 * stores escape: see add_captures in graph.c.)  The reason, or NULL. */
static unsigned long long capture_key(const void *closure, const char *field)
{
	unsigned long long k = name_key(field, strlen(field)) ^
			       ((unsigned long long)(uintptr_t)closure * 1099511628211ull);
	return k ? k : 1;
}

static char *unlinked_captures(void)
{
	intmap stored = {NULL, NULL, 0, 0};	/* key -> index + 1 in caps */
	VEC(const esc_capture *) caps = {0, 0, 0};

	for (int i = 0; i < unit.n; i++)
		for (int k = 0; k < unit.a[i]->captures.n; k++) {
			const esc_capture *c = &unit.a[i]->captures.a[k];
			VEC_PUSH(caps, c);
			intmap_put(&stored, capture_key(c->closure, c->field), caps.n);
		}
	char *reason = NULL;
	for (int i = 0; i < unit.n && !reason; i++) {
		esc_fn *cl = unit.a[i];
		for (int v = 2; v < cl->vals.n && !reason; v++) {
			esc_val *x = esc_v(cl, v);
			if (x->kind != EV_CAPTURE)
				continue;
			void *rec = esc_fn_chain_user(cl);
			int k = intmap_get(&stored, capture_key(rec, x->name), 0) - 1;
			/* (a key two captures share says "not seen": safe) */
			if (k < 0 || caps.a[k]->closure != rec ||
			    strcmp(caps.a[k]->field, x->name) != 0)
				reason = xasprintf("%s reads field %s of its record, which "
						   "no function of the unit was seen to store",
						   cl->name, x->name);
		}
	}
	intmap_free(&stored);
	VEC_FREE(caps);
	return reason;
}

/* The file this unit's summaries go to, or NULL: DIR/PREFIX.goesc with
 * -fplugin-arg-goesc-summaries=DIR, else next to the object gccgo writes
 * (-dumpdir and -dumpbase say where: out/p.go -> out/p.goesc). */
static char *summaries_path(const char *prefix)
{
	if (summaries_off())
		return NULL;
	if (goesc_opts.summaries)
		return xasprintf("%s/%s.goesc", goesc_opts.summaries, prefix);
	const char *base = dump_base_name;
	if (!base || !*base)
		return NULL;
	const char *dirname = dump_dir_name ? dump_dir_name : "";
	if (strncmp(dirname, "/dev/", 5) == 0)
		return NULL;	/* -o /dev/null: no file beside it */
	size_t n = strlen(base);
	const char *ext = dump_base_ext ? dump_base_ext : "";
	if (*ext && n > strlen(ext) && strcmp(base + n - strlen(ext), ext) == 0)
		n -= strlen(ext);
	else if (strrchr(base, '.'))
		n = (size_t)(strrchr(base, '.') - base);
	return xasprintf("%s%.*s.goesc", strchr(base, '/') ? "" : dirname,
			 (int)n, base);
}

/* Write the summaries of this unit's own functions (not closures, thunks
 * or imported inline bodies), for the packages that import it. */
static void write_summaries(void)
{
	char *prefix = NULL;
	FILE *f = NULL;
	char *path = NULL;

	for (int i = 0; i < unit.n; i++) {
		esc_fn *fn = unit.a[i];
		tree decl = (tree)fn->user;
		const char *asmname = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));
		const char *dot = strchr(asmname, '.');
		/* a body-less function's too, unless a //go:linkname named
		   it after another package's */
		if (!fn->summary || (DECL_EXTERNAL(decl) && !fn->bodyless) || !dot ||
		    !own_pkg || strlen(own_pkg) != (size_t)(dot - asmname) ||
		    strncmp(asmname, own_pkg, strlen(own_pkg)) != 0 ||
		    strstr(asmname, "..") || strncmp(asmname, "__go_", 5) == 0)
			continue;
		if (!f) {
			prefix = xstrndup(asmname, (size_t)(dot - asmname));
			path = summaries_path(prefix);
			f = path ? fopen(path, "w") : NULL;
			if (!f) {
				if (path && goesc_opts.summaries)
					error("goesc: cannot write %qs: %s", path,
					      xstrerror(errno));
				break;
			}
			esc_summaries_header(f);
		}
		esc_summaries_func(f, asmname, fn->nparams, fn->summary);
		if (fn->gccgo_summary)
			esc_summaries_gccgo_func(f, asmname, fn->nparams,
						 fn->gccgo_summary);
	}
	if (f && fclose(f) != 0)
		error("goesc: cannot write %qs: %s", path, xstrerror(errno));
	free(prefix);
	free(path);
}

/* Calls into functions already solved use their summaries; the rest of
 * the local calls (into the batch being solved) know nothing yet. */
static void use_summaries(esc_fn *fn)
{
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		if (c->kind != CALLEE_LOCAL)
			continue;
		if (!c->fn->summary)
			continue;
		for (int a = 0; a < c->nargs; a++) {
			leaks body = a < c->fn->nparams ? c->fn->summary[a]
							: leaks_all_heap();
			leaks gbody = c->fn->gccgo_summary && a < c->fn->nparams
					      ? c->fn->gccgo_summary[a]
					      : leaks_all_heap();
			/* an imported function: gc uses its tags; what the
			   body and the notes both allow is true of the code */
			if (c->imported != 2)
				c->tags[a] = body;
			c->gccgo_tags[a] = c->imported ? leaks_meet(&c->gccgo_tags[a], &gbody)
						       : gbody;
		}
		c->kind = CALLEE_TAGGED;
	}
}

static void summarise(esc_graph *g, int fi)
{
	esc_fn *fn = g->fns[fi];
	leaks **summary = g->model == ESC_MODEL_GCCGO ? &fn->gccgo_summary
						      : &fn->summary;

	*summary = (leaks *)xcalloc((size_t)fn->nparams + 1, sizeof(leaks));
	for (int v = 2; v < fn->vals.n; v++) {
		esc_val *x = esc_v(fn, v);
		if (x->kind != EV_PARAM || x->index < 0 || x->index >= fn->nparams)
			continue;
		leaks l = g->locs.a[esc_loc_of(g, fi, v)].param_leaks;
		leaks_optimize(&l);
		(*summary)[x->index] = l;
	}
}

static void dump_batch(esc_graph *g, const esc_msgs *msgs, strbuf *stack)
{
	dump_flags_t flags;
	FILE *f = dump_pass >= 0 ? dump_begin(dump_pass, &flags) : NULL;

	if (!f)
		return;
	for (int fi = 0; fi < g->nfns; fi++) {
		strbuf b = {NULL, 0, 0};
		esc_fn *fn = g->fns[fi];
		sb_addf(&b, "\n;; goesc analysis of %s%s\n", fn->name,
			fn->reported ? "" : " (not reported: generated or imported)");
		esc_fn_dump(fn, &b);
		esc_graph_dump(g, fi, &b);
		sb_add(&b, "  verdicts:\n");
		for (int i = 0; i < msgs->v.n; i++) {
			const esc_msg *m = &msgs->v.a[i];
			if (strcmp(m->file, fn->file) == 0 && !m->explanation)
				sb_addf(&b, "    %d:%d: %s\n", m->pos.line,
					m->pos.col, m->text);
		}
		fputs(sb_str(&b), f);
		sb_free(&b);
	}
	if (stack)
		fputs(sb_str(stack), f);
	dump_end(dump_pass, f);
}

static void solve_batch(esc_fn **fns, int n)
{
	esc_solution sol;
	esc_msgs msgs;

	memset(&sol, 0, sizeof sol);
	memset(&msgs, 0, sizeof msgs);
	for (int i = 0; i < n; i++)
		use_summaries(fns[i]);
	esc_stmt_facts(fns, n);
	esc_graph *g = esc_graph_build(fns, n, ESC_MODEL_GC);
	/* the JSON log has the explanations whatever -m prints */
	int explain = goesc_opts.m >= 2 || goesc_opts.json;
	if (explain)
		esc_place_notes(g);
	esc_solve(g, explain, &sol);
	goesc_dot_batch(g);
	for (int i = 0; i < n; i++)
		summarise(g, i);
	esc_report(g, &sol, goesc_opts.m, &msgs);
	if (goesc_opts.verbose)
		esc_report_unknown(g, &msgs);
	goesc_json_batch(g, &sol, &msgs);
	esc_solution_free(&sol);
	strbuf stack = {NULL, 0, 0};
	if (goesc_opts.stack) {
		/* what the code that runs does, and act on it */
		esc_graph *gg = esc_graph_build(fns, n, ESC_MODEL_GCCGO);
		esc_solution gsol;
		memset(&gsol, 0, sizeof gsol);
		esc_solve(gg, 0, &gsol);
		for (int i = 0; i < n; i++)
			summarise(gg, i);
		goesc_stack_batch(gg, &stack);
		esc_solution_free(&gsol);
		esc_graph_free(gg);
	}
	dump_batch(g, &msgs, goesc_opts.stack ? &stack : NULL);
	if (goesc_opts.m > 0)
		esc_msgs_take(&unit_msgs, &msgs);
	sb_free(&stack);
	esc_msgs_free(&msgs);
	esc_graph_free(g);
	for (int i = 0; i < n; i++)
		esc_fn_release_body(fns[i]);
}

/* Tarjan's strongly connected components over the local call graph; each
 * component is complete after all the components it calls into, which is
 * the order to solve them in.  Run twice: first numbering gc's batches
 * (report groups), then solving, with the functions that share a method
 * value's thunk in one component (gccgo's sharing, not gc's). */
struct tarjan {
	int *index, *low, *onstack;
	VEC(int) stack;
	int counter;
	int numbering;		/* first run: number the components */
	int groups;
};

static void strongconnect(struct tarjan *t, int v)
{
	t->index[v] = t->low[v] = ++t->counter;
	VEC_PUSH(t->stack, v);
	t->onstack[v] = 1;
	esc_fn *fn = unit.a[v];
	int nclosures = closures_of[v].n;
	int nshared = t->numbering ? 0 : shared_with[v].n;
	for (int i = -1; i < fn->calls.n + nclosures + nshared; i++) {
		/* successors: local callees; a closure's outer function and
		   the closures of this one, so that they share a component */
		esc_fn *to = NULL;
		if (i < 0)
			to = fn->outer;
		else if (i < fn->calls.n)
			to = fn->calls.a[i].kind == CALLEE_LOCAL ? fn->calls.a[i].fn : NULL;
		else if (i < fn->calls.n + nclosures)
			to = unit.a[closures_of[v].a[i - fn->calls.n]];
		else
			to = unit.a[shared_with[v].a[i - fn->calls.n - nclosures]];
		if (!to)
			continue;
		int w = intmap_get(&fn_index, DECL_UID((tree)to->user) + 1, -1);
		if (w < 0)
			continue;
		if (!t->index[w]) {
			strongconnect(t, w);
			if (t->low[w] < t->low[v])
				t->low[v] = t->low[w];
		} else if (t->onstack[w] && t->index[w] < t->low[v]) {
			t->low[v] = t->index[w];
		}
	}
	if (t->low[v] != t->index[v])
		return;
	/* the component in the order it was reached, as gc's batches are (a
	   function before its closures) */
	VEC(esc_fn *) batch = {0, 0, 0};
	int i = t->stack.n;
	while (t->stack.a[--i] != v)
		;
	for (int k = i; k < t->stack.n; k++) {
		t->onstack[t->stack.a[k]] = 0;
		VEC_PUSH(batch, unit.a[t->stack.a[k]]);
	}
	t->stack.n = i;
	t->groups++;
	for (int k = 0; k < batch.n; k++)
		if (t->numbering)
			batch.a[k]->report_group = t->groups;
	if (!t->numbering)
		solve_batch(batch.a, batch.n);
	VEC_FREE(batch);
}

static int by_source_position(const void *a, const void *b)
{
	const esc_fn *x = unit.a[*(const int *)a], *y = unit.a[*(const int *)b];
	const esc_fn *rx = x, *ry = y;

	/* a closure or a thunk goes with the function it is in, after it */
	while (rx->outer)
		rx = rx->outer;
	while (ry->outer)
		ry = ry->outer;
	if (rx == ry && (x == rx || y == ry))
		return x == rx ? (y == ry ? 0 : -1) : 1;
	if (rx != ry) {
		x = rx;
		y = ry;
	}
	int c = x->pkginit - y->pkginit;

	if (c)
		return c;	/* gc's package init comes last */
	c = strcmp(x->file, y->file);

	if (c)
		return c;
	c = gpos_cmp(x->pos, y->pos);
	return c ? c : *(const int *)a - *(const int *)b;
}

/* With the stack transform on, the object should be what gccgo makes
 * (minus the heap allocations): the unexported functions nothing calls,
 * kept for the report only, may go again as they would without the
 * plugin, unless -fkeep-static-functions was given. */
static void unkeep_static_functions(void)
{
	cgraph_node *node;

	if (!goesc_opts.stack || goesc_user_keep_static)
		return;
	flag_keep_static_functions = 0;
	FOR_EACH_FUNCTION(node) {
		tree d = node->decl;
		if (node->force_output && !TREE_PUBLIC(d) && !DECL_EXTERNAL(d) &&
		    !DECL_PRESERVE_P(d) && !node->no_reorder &&
		    opt_for_fn(d, optimize))
			node->force_output = 0;
	}
}

void goesc_analyse_unit(void)
{
	struct tarjan t;
	int n = unit.n;

	/* the package's files: the compile's own (a file may declare only
	   constants) and those its functions are in */
	for (unsigned i = 0; i < num_in_fnames; i++)
		gosrc_package_file(in_fnames[i]);
	for (int i = 0; i < n; i++)
		if (unit.a[i]->reported)
			gosrc_package_file(unit.a[i]->file);
	int imports_unsafe = 0;
	for (unsigned i = 0; i < num_in_fnames; i++) {
		gosrc *src = gosrc_get(in_fnames[i]);
		/* a file that cannot be read may import anything */
		imports_unsafe |= !src || gosrc_imports(src, "unsafe");
	}
	find_own_package();
	add_bodyless_functions();
	n = unit.n;
	for (int i = 0; i < n; i++) {
		esc_place_params(unit.a[i]);
		esc_set_loop_depths(unit.a[i]);
		esc_classify_sites(unit.a[i]);
		esc_add_literal_sites(unit.a[i]);
		esc_mark_self_assigns(unit.a[i]);
		esc_settle_sizes(unit.a[i], imports_unsafe);
		esc_judge_sites(unit.a[i]);
		bind_calls(unit.a[i]);	/* tells the printer imported methods */
		esc_name_sites(unit.a[i]);
	}
	closures_of = (decltype(closures_of))xcalloc((size_t)n + 1, sizeof *closures_of);
	shared_with = (decltype(shared_with))xcalloc((size_t)n + 1, sizeof *shared_with);
	link_closures();
	char *unsafe_reason = goesc_opts.stack ? unlinked_captures() : NULL;
	int stack = goesc_opts.stack;
	if (unsafe_reason) {
		/* a note says why; the unit is reported, not rewritten */
		if (goesc_opts.verbose)
			inform(UNKNOWN_LOCATION, "goesc: stack transform off for this unit: %s",
			       unsafe_reason);
		goesc_opts.stack = GOESC_STACK_OFF;
	}
	memset(&t, 0, sizeof t);
	t.index = (int *)xcalloc((size_t)n + 1, sizeof(int));
	t.low = (int *)xcalloc((size_t)n + 1, sizeof(int));
	t.onstack = (int *)xcalloc((size_t)n + 1, sizeof(int));
	/* start from the functions in source order, as gc visits them, the
	   package's initialisers last, so that the batches (and their
	   messages) come out in gc's order */
	int *order = (int *)xmalloc((size_t)n * sizeof(int) + 1);
	for (int v = 0; v < n; v++)
		order[v] = v;
	qsort(order, (size_t)n, sizeof(int), by_source_position);
	for (t.numbering = 1; t.numbering >= 0; t.numbering--) {
		memset(t.index, 0, ((size_t)n + 1) * sizeof(int));
		t.counter = 0;
		for (int k = 0; k < n; k++)
			if (!t.index[order[k]])
				strongconnect(&t, order[k]);
	}
	free(order);
	/* the notes of batches solved together come out where gc has them;
	   then what gc prints as it compiles each function */
	esc_msgs_sort_groups(&unit_msgs);
	if (goesc_opts.m > 0) {
		gosrc **files = (gosrc **)xcalloc(num_in_fnames + 1, sizeof *files);
		for (unsigned i = 0; i < num_in_fnames; i++)
			files[i] = gosrc_get(in_fnames[i]);
		/* gc analyses its method wrappers after the functions */
		if (goesc_opts.m >= 2)
			esc_wrapper_report(files, (int)num_in_fnames, unit.a, n,
					   &unit_msgs);
		esc_bce_report(files, (int)num_in_fnames, &unit_msgs);
		free(files);
	}
	goesc_emit(&unit_msgs);
	esc_msgs_free(&unit_msgs);
	free(t.index);
	free(t.low);
	free(t.onstack);
	VEC_FREE(t.stack);

	write_summaries();
	goesc_json_finish();
	goesc_opts.stack = stack;
	free(unsafe_reason);
	unkeep_static_functions();
	for (int i = 0; i < n; i++) {
		esc_fn_free(unit.a[i]);
		VEC_FREE(closures_of[i]);
		VEC_FREE(shared_with[i]);
	}
	free(closures_of);
	free(shared_with);
	free(own_pkg);
	own_pkg = NULL;
	closures_of = NULL;
	shared_with = NULL;
	VEC_FREE(unit);
	intmap_free(&fn_index);
	gosrc_free_all();
	xdata_free_all();
	esc_summaries_free_all();
	esc_stdtags_free();
}
