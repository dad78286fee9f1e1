/* analyse.c: the whole unit, once every function is in the IR.
 *
 * The GIMPLE pass hands each function's IR here.  When all are in (the IPA
 * pass after "build_ssa_passes"), the core's driver (core/driver.h) runs
 * the analysis; this file gives it what only GCC knows (the package's
 * assembler name, the functions declared without a body, the options) and
 * does the input and output around it: dumps, dot files, the JSON log and
 * the stack transform per batch, the notes and the summary file at the
 * end.
 */
#include "goesc-gcc.h"
#include "core.h"

#include "analyse.h"
#include "diag.h"
#include "goesc.h"
#include "stack.h"

static esc_unit unit;
static int dump_pass = -1;

void goesc_analyse_add(esc_fn *fn, int pass_number)
{
	if (!fn)
		return;
	dump_pass = pass_number;
	fn->external = DECL_EXTERNAL((tree)fn->user);
	esc_unit_add(&unit, fn);
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
	for (int i = 0; i < unit.fns.n && !own_pkg; i++) {
		tree decl = (tree)unit.fns.a[i]->user;
		size_t n;
		const char *a = asm_package(decl, &n);
		if (a && !DECL_EXTERNAL(decl) && !mangle_is_support(a))
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
		if (gimple_has_body_p(d) || esc_unit_fn(&unit, d) || !*name)
			continue;
		VEC_PUSH(found, d);
		intmap_put(&decls, str_key(name, strlen(name)), found.n);
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
			int k = intmap_get(&decls, str_key(lookup, strlen(lookup)), 0);
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
			esc_fn *fn = esc_unit_fn(&unit, decl) ? NULL : esc_bodyless_new(src, d, goname);
			free(goname);
			if (!fn)
				continue;
			fn->user = decl;
			fn->external = DECL_EXTERNAL(decl);
			esc_unit_add(&unit, fn);
		}
	}
	intmap_free(&decls);
	VEC_FREE(found);
	free(path);
}

static bool summaries_off(void)
{
	return goesc_opts.summaries && strcmp(goesc_opts.summaries, "off") == 0;
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

/* The summaries into the object too, in a section of their own that the
 * linker drops (as gccgo writes .go_export): they travel with it into
 * archives and build caches, and importers read a summary file only if
 * the object carries its header. */
static void embed_summaries(const char *header, strbuf *body)
{
	section *sec = get_section(ESC_SUMMARIES_SECTION,
				   SECTION_DEBUG | SECTION_EXCLUDE, NULL);
	char *text = xasprintf("%s\n%s", header, sb_str(body));

	switch_to_section(sec);
	assemble_string(text, strlen(text));
	free(text);
}

/* Write the summaries of this unit's own functions (not closures, thunks
 * or imported inline bodies), for the packages that import it, and stamp
 * the object with their header. */
static void write_summaries(void)
{
	char *prefix = NULL;
	strbuf body = {NULL, 0, 0};

	for (int i = 0; i < unit.fns.n; i++) {
		esc_fn *fn = unit.fns.a[i];
		tree decl = (tree)fn->user;
		const char *asmname = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));
		const char *dot = strchr(asmname, '.');
		/* a body-less function's too, unless a //go:linkname named
		   it after another package's */
		if (!fn->summary || (DECL_EXTERNAL(decl) && !fn->bodyless) || !dot ||
		    !own_pkg || strlen(own_pkg) != (size_t)(dot - asmname) ||
		    strncmp(asmname, own_pkg, strlen(own_pkg)) != 0 ||
		    strstr(asmname, "..") || mangle_is_support(asmname))
			continue;
		if (!prefix)
			prefix = xstrndup(asmname, (size_t)(dot - asmname));
		esc_summaries_func(&body, asmname, fn->nparams, fn->summary);
		if (fn->gccgo_summary)
			esc_summaries_gccgo_func(&body, asmname, fn->nparams,
						 fn->gccgo_summary);
	}
	if (!prefix)
		return;
	char *header = esc_summaries_header(sb_str(&body), body.len);
	char *path = summaries_path(prefix);
	FILE *f = path ? fopen(path, "w") : NULL;
	if (path && !f && goesc_opts.summaries)
		error("goesc: cannot write %qs: %s", path, xstrerror(errno));
	if (f) {
		fprintf(f, "%s\n", header);
		fwrite(sb_str(&body), 1, body.len, f);
		if (fclose(f) != 0)
			error("goesc: cannot write %qs: %s", path, xstrerror(errno));
	}
	if (!summaries_off())
		embed_summaries(header, &body);
	free(header);
	sb_free(&body);
	free(prefix);
	free(path);
}

/* -fplugin-arg-goesc-verbose: a summary found and not used. */
static void summary_ignored(const char *path, const char *why)
{
	inform(UNKNOWN_LOCATION, "goesc: summary %qs ignored: %s", path, why);
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

/* The driver's hooks: per batch, the plugin's outputs. */
static void batch_solved(void *, esc_graph *g)
{
	goesc_dot_batch(g);
}

static void batch_reported(void *, esc_graph *g, esc_solution *sol,
			   const esc_msgs *msgs)
{
	goesc_json_batch(g, sol, msgs);
}

static void batch_stack(void *, esc_graph *gg, strbuf *log)
{
	goesc_stack_batch(gg, log);
}

static void batch_done(void *, esc_graph *g, const esc_msgs *msgs,
		       strbuf *stack_log)
{
	dump_batch(g, msgs, stack_log);
}

void goesc_analyse_unit(void)
{
	int n = unit.fns.n;

	/* the package's files: the compile's own (a file may declare only
	   constants) and those its functions are in */
	for (unsigned i = 0; i < num_in_fnames; i++)
		gosrc_package_file(in_fnames[i]);
	for (int i = 0; i < n; i++)
		if (unit.fns.a[i]->reported)
			gosrc_package_file(unit.fns.a[i]->file);
	int imports_unsafe = 0;
	for (unsigned i = 0; i < num_in_fnames; i++) {
		gosrc *src = gosrc_get(in_fnames[i]);
		/* a file that cannot be read may import anything */
		imports_unsafe |= !src || gosrc_imports(src, "unsafe");
	}
	find_own_package();
	add_bodyless_functions();
	unit.own_pkg = own_pkg;
	unit.no_summaries = summaries_off();
	esc_summaries_set_warn(goesc_opts.verbose ? summary_ignored : NULL);
	esc_unit_prepare(&unit, imports_unsafe);
	char *unsafe_reason = goesc_opts.stack ? esc_unit_unlinked_captures(&unit) : NULL;
	int stack = goesc_opts.stack;
	if (unsafe_reason) {
		/* a note says why; the unit is reported, not rewritten */
		if (goesc_opts.verbose)
			inform(UNKNOWN_LOCATION, "goesc: stack transform off for this unit: %s",
			       unsafe_reason);
		goesc_opts.stack = GOESC_STACK_OFF;
	}
	unit.m = goesc_opts.m;
	/* the JSON log has the explanations whatever -m prints */
	unit.explain = goesc_opts.m >= 2 || goesc_opts.json;
	unit.verbose = goesc_opts.verbose;
	unit.stack = goesc_opts.stack != GOESC_STACK_OFF;
	unit.hooks.solved = batch_solved;
	unit.hooks.reported = batch_reported;
	unit.hooks.stack = batch_stack;
	unit.hooks.done = batch_done;
	esc_unit_solve(&unit);
	gosrc **files = (gosrc **)xcalloc(num_in_fnames + 1, sizeof *files);
	for (unsigned i = 0; i < num_in_fnames; i++)
		files[i] = gosrc_get(in_fnames[i]);
	esc_unit_finish(&unit, files, (int)num_in_fnames);
	free(files);
	goesc_emit(&unit.msgs);

	write_summaries();
	goesc_json_finish();
	goesc_opts.stack = stack;
	free(unsafe_reason);
	unkeep_static_functions();
	esc_unit_free(&unit);
	free(own_pkg);
	own_pkg = NULL;
	gosrc_free_all();
	xdata_free_all();
	esc_summaries_free_all();
	esc_stdtags_free();
}
