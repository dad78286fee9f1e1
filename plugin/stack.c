/* stack.c: the stack transform, in GIMPLE.
 *
 * What core/stackplan.c places in the frame is rewritten as gccgo's
 * frontend would have written it had its own analysis proved the same
 * (gccgo-12 -fgo-optimize-allocs, checked against its GIMPLE):
 *
 *   lhs = runtime.newobject (&T..d)        T goesc.new = {};  lhs = &goesc.new
 *   lhs = runtime.makeslice (&T..d, n, c)  T goesc.array[c] = {};  lhs = &goesc.array
 *                                          (n and c constants, n <= c)
 *   lhs = runtime.makemap (t, hint, 0B)    hmap goesc.map = {};
 *                                          lhs = runtime.makemap (t, hint, &goesc.map)
 *   lhs = runtime.makemap__small ()        hmap goesc.map = {};
 *                                          goesc.map.hash0 = runtime.fastrand ();
 *                                          lhs = &goesc.map   (makemap_small's work)
 *   runtime.concatstrings (0B, ...)        the buffer argument becomes &goesc.buf:
 *   and the string conversions             [32]byte, [32]rune for []rune(s),
 *                                          [4]byte for string(r)
 *   runtime.deferproc (&f, fn, arg)        runtime.deferprocStack (&goesc.defer, &f, fn, arg)
 *                                          when the call is on no cycle of the
 *                                          control flow graph (it runs at most
 *                                          once per call, so one record does)
 *
 * The type of what newobject and makeslice allocate is the pointer type
 * gccgo converts their result to (the call returns void *); a site whose
 * result is not so converted, or whose type's size is not the one the plan
 * counted, stays on the heap.  Objects wider than a word are given 8-byte
 * alignment, as libgo's allocator gives them.
 *
 * With stack=check every object so placed is overwritten with 0xd7 bytes
 * just before the function returns (after deferred calls ran): a pointer
 * to it that outlives the frame, which a wrong verdict would leave, then
 * reads a value no Go program makes (a pointer that faults), instead of
 * what happens to be left in the frame.
 *
 * After rewriting a function: dead EH edges of calls that could throw and
 * no longer do are purged, virtual operands are renamed and the call
 * graph's edges rebuilt.
 */
#include "goesc-gcc.h"
#include "core.h"
#include "hash-set.h"
#include "tree-eh.h"
#include "tree-into-ssa.h"
#include "tree-ssa-operands.h"
#include "stor-layout.h"
#include "fold-const.h"
#include "cfganal.h"

#include "cycles.h"
#include "goesc.h"
#include "stack.h"

/* One object the transform put in the current function's frame. */
struct frame_obj {
	tree var;
	long long bytes;
};

struct rewriter {
	function *fun;
	VEC(struct frame_obj) objs;
	bitmap purge;		/* blocks whose EH edges may be dead */
	int changed;
};

/* libgo's functions the rewrite calls that gccgo declares only when its
 * own stack allocation is on; made once per compile. */
static tree deferprocstack_decl, fastrand_decl;

static const char *callee_name(gcall *call)
{
	tree fn = gimple_call_fndecl(call);

	return fn ? IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fn)) : "";
}

/* A new object of `bytes` bytes in the frame, named goesc.WHAT: an
 * array of bytes (which aliases whatever type it is read as), aligned as
 * an object of that size may need (8 bytes from 8 bytes up, as libgo's
 * allocator aligns them). */
static tree frame_var(struct rewriter *r, long long bytes, const char *what)
{
	char name[32];
	unsigned align = 1;

	if (bytes < 1)
		bytes = 1;	/* a zero-size object: any address will do */
	while (align < 8 && (long long)align * 2 <= bytes)
		align *= 2;
	snprintf(name, sizeof name, "goesc.%s", what);
	tree type = build_array_type_nelts(unsigned_char_type_node,
					   (unsigned HOST_WIDE_INT)bytes);
	tree var = create_tmp_var(type, name);
	TREE_ADDRESSABLE(var) = 1;
	if (DECL_ALIGN(var) < align * BITS_PER_UNIT) {
		SET_DECL_ALIGN(var, align * BITS_PER_UNIT);
		DECL_USER_ALIGN(var) = 1;
	}
	struct frame_obj o = {var, bytes};
	VEC_PUSH(r->objs, o);
	return var;
}

/* `var = {}` before gsi's statement. */
static void zero_before(gimple_stmt_iterator *gsi, tree var)
{
	gimple *z = gimple_build_assign(var, build_zero_cst(TREE_TYPE(var)));

	gimple_set_location(z, gimple_location(gsi_stmt(*gsi)));
	gsi_insert_before(gsi, z, GSI_SAME_STMT);
}

/* Replace the call at gsi, which defines lhs, by lhs = &var (after
 * zeroing var). */
static void replace_by_address(struct rewriter *r, gimple_stmt_iterator *gsi,
			       tree lhs, tree var)
{
	gimple *call = gsi_stmt(*gsi);

	zero_before(gsi, var);
	gimple *a = gimple_build_assign(lhs, build_fold_addr_expr(var));
	gimple_set_location(a, gimple_location(call));
	gsi_replace(gsi, a, true);
	bitmap_set_bit(r->purge, gimple_bb(a)->index);
}

/* lhs = runtime.newobject (&T..d), lhs = runtime.makeslice (&T..d, len,
 * cap) with len <= cap constants: `bytes` (the plan's, from the
 * descriptor) in the frame */
static bool rewrite_object(struct rewriter *r, gimple_stmt_iterator *gsi,
			   const esc_site *s, long long bytes)
{
	gcall *call = as_a<gcall *>(gsi_stmt(*gsi));
	tree lhs = gimple_call_lhs(call);

	if (!lhs || TREE_CODE(lhs) != SSA_NAME)
		return false;
	if (s->alloc == SITE_MAKESLICE) {
		if (gimple_call_num_args(call) != 3)
			return false;
		tree len = gimple_call_arg(call, 1), cap = gimple_call_arg(call, 2);
		if (TREE_CODE(len) != INTEGER_CST || TREE_CODE(cap) != INTEGER_CST ||
		    !tree_fits_shwi_p(len) || !tree_fits_shwi_p(cap) ||
		    tree_to_shwi(cap) != s->count || tree_to_shwi(len) < 0 ||
		    tree_to_shwi(len) > tree_to_shwi(cap))
			return false;
	}
	replace_by_address(r, gsi, lhs,
			   frame_var(r, bytes, s->alloc == SITE_MAKESLICE ? "array" : "new"));
	return true;
}

/* lhs = runtime.makemap (t, hint, 0B), makemap64 */
static bool rewrite_makemap(struct rewriter *r, gimple_stmt_iterator *gsi)
{
	gcall *call = as_a<gcall *>(gsi_stmt(*gsi));

	if (gimple_call_num_args(call) != 3 || !integer_zerop(gimple_call_arg(call, 2)))
		return false;
	tree h = frame_var(r, ESC_HMAP_BYTES, "map");
	zero_before(gsi, h);
	gimple_call_set_arg(call, 2, build_fold_addr_expr(h));
	update_stmt(call);
	return true;
}

static tree runtime_decl(tree *cache, const char *name, tree type, bool nothrow)
{
	if (!*cache) {
		tree d = build_fn_decl(name, type);
		DECL_EXTERNAL(d) = 1;
		TREE_PUBLIC(d) = 1;
		DECL_ARTIFICIAL(d) = 1;
		TREE_NOTHROW(d) = nothrow;
		SET_DECL_ASSEMBLER_NAME(d, get_identifier(name));
		*cache = d;
	}
	return *cache;
}

/* lhs = runtime.makemap__small (): what it does, on a frame hmap
 * (libgo's hmap: count, flags, B, noverflow, then hash0 at byte 12). */
static bool rewrite_makemap_small(struct rewriter *r, gimple_stmt_iterator *gsi)
{
	gcall *call = as_a<gcall *>(gsi_stmt(*gsi));
	tree lhs = gimple_call_lhs(call);
	location_t loc = gimple_location(call);

	if (!lhs || TREE_CODE(lhs) != SSA_NAME || gimple_call_num_args(call) != 0)
		return false;
	tree h = frame_var(r, ESC_HMAP_BYTES, "map");
	zero_before(gsi, h);
	tree fr = runtime_decl(&fastrand_decl, "runtime.fastrand",
			       build_function_type_list(unsigned_type_node, NULL_TREE),
			       true);
	tree seed = make_ssa_name(unsigned_type_node);
	gcall *c = gimple_build_call(fr, 0);
	gimple_call_set_lhs(c, seed);
	gimple_set_location(c, loc);
	gsi_insert_before(gsi, c, GSI_SAME_STMT);
	tree at = build2(MEM_REF, unsigned_type_node, build_fold_addr_expr(h),
			 build_int_cst(build_pointer_type(char_type_node), 12));
	gimple *st = gimple_build_assign(at, seed);
	gimple_set_location(st, loc);
	gsi_insert_before(gsi, st, GSI_SAME_STMT);
	gimple *a = gimple_build_assign(lhs, build_fold_addr_expr(h));
	gimple_set_location(a, loc);
	gsi_replace(gsi, a, true);
	bitmap_set_bit(r->purge, gimple_bb(a)->index);
	return true;
}

/* A conversion or concatenation given no buffer: give it one. */
static bool rewrite_buffer(struct rewriter *r, gimple_stmt_iterator *gsi,
			   long long bytes)
{
	gcall *call = as_a<gcall *>(gsi_stmt(*gsi));

	if (gimple_call_num_args(call) < 1 || !integer_zerop(gimple_call_arg(call, 0)))
		return false;
	tree buf = frame_var(r, bytes, "buf");
	gimple_call_set_arg(call, 0, build_fold_addr_expr(buf));
	update_stmt(call);
	return true;
}

/* Rewrite the call at gsi for site s as the plan says. */
static bool rewrite_site(struct rewriter *r, gimple_stmt_iterator *gsi,
			 const esc_site *s, long long bytes)
{
	const char *name = callee_name(as_a<gcall *>(gsi_stmt(*gsi)));

	switch (s->alloc) {
	case SITE_NEW:
		return strcmp(name, "runtime.newobject") == 0 &&
		       rewrite_object(r, gsi, s, bytes);
	case SITE_MAKESLICE:
		return (strcmp(name, "runtime.makeslice") == 0 ||
			strcmp(name, "runtime.makeslice64") == 0) &&
		       rewrite_object(r, gsi, s, bytes);
	case SITE_MAKEMAP:
		if (strcmp(name, "runtime.makemap__small") == 0)
			return rewrite_makemap_small(r, gsi);
		return (strcmp(name, "runtime.makemap") == 0 ||
			strcmp(name, "runtime.makemap64") == 0) &&
		       rewrite_makemap(r, gsi);
	case SITE_CONCAT:
	case SITE_STR2BYTES:
	case SITE_BYTES2STR:
	case SITE_STR2RUNES:
	case SITE_RUNESTR:
		return rewrite_buffer(r, gsi, bytes);
	default:
		return false;
	}
}

/* runtime.deferproc (&frame, fn, arg) on no cycle of the CFG:
 * runtime.deferprocStack (&record, &frame, fn, arg). */
static int rewrite_defers(struct rewriter *r)
{
	char *cycles = NULL;
	basic_block bb;
	int n = 0;

	FOR_EACH_BB_FN(bb, r->fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gcall *call = dyn_cast<gcall *>(gsi_stmt(gsi));
			if (!call || gimple_call_num_args(call) != 3 ||
			    strcmp(callee_name(call), "runtime.deferproc") != 0)
				continue;
			if (!cycles)
				cycles = goesc_blocks_on_cycles(r->fun);
			if (cycles[bb->index])
				continue;
			tree a0 = gimple_call_arg(call, 0), a1 = gimple_call_arg(call, 1),
			     a2 = gimple_call_arg(call, 2);
			tree type = build_function_type_list(void_type_node, ptr_type_node,
							     TREE_TYPE(a0), TREE_TYPE(a1),
							     TREE_TYPE(a2), NULL_TREE);
			tree fn = runtime_decl(&deferprocstack_decl,
					       "runtime.deferprocStack", type, false);
			tree d = frame_var(r, ESC_DEFER_BYTES, "defer");
			zero_before(&gsi, d);
			gcall *c = gimple_build_call(fn, 4, build_fold_addr_expr(d), a0, a1, a2);
			gimple_set_location(c, gimple_location(call));
			gsi_replace(&gsi, c, true);
			n++;
		}
	}
	free(cycles);
	return n;
}

/* stack=check: overwrite every frame object with 0xd7 bytes before each
 * return, and keep the stores (an asm that reads the object follows). */
static int poison_at_returns(struct rewriter *r)
{
	tree memset_fn = builtin_decl_explicit(BUILT_IN_MEMSET);
	basic_block bb;
	int n = 0;

	if (!memset_fn || !r->objs.n)
		return 0;
	FOR_EACH_BB_FN(bb, r->fun) {
		gimple *last = last_stmt(bb);
		if (!last || gimple_code(last) != GIMPLE_RETURN)
			continue;
		n++;
		gimple_stmt_iterator gsi = gsi_for_stmt(last);
		for (int i = 0; i < r->objs.n; i++) {
			tree addr = build_fold_addr_expr(r->objs.a[i].var);
			gcall *c = gimple_build_call(memset_fn, 3, addr,
						     build_int_cst(integer_type_node, 0xd7),
						     size_int(r->objs.a[i].bytes));
			gimple_set_location(c, gimple_location(last));
			gsi_insert_before(&gsi, c, GSI_SAME_STMT);
			vec<tree, va_gc> *inputs = NULL;
			vec<tree, va_gc> *clobbers = NULL;
			vec_safe_push(inputs, build_tree_list(build_tree_list(NULL_TREE,
									      build_string(1, "r")),
							      addr));
			vec_safe_push(clobbers, build_tree_list(NULL_TREE,
								build_string(6, "memory")));
			gasm *a = gimple_build_asm_vec("", inputs, NULL, clobbers, NULL);
			gimple_asm_set_volatile(a, true);
			gsi_insert_before(&gsi, a, GSI_SAME_STMT);
		}
	}
	return n;
}

/* Purge dead EH edges, rename virtual operands, rebuild call edges. */
static void finish(struct rewriter *r)
{
	bitmap_iterator bi;
	unsigned i;
	bool purged = false;

	EXECUTE_IF_SET_IN_BITMAP(r->purge, 0, i, bi) {
		basic_block bb = BASIC_BLOCK_FOR_FN(r->fun, i);
		if (bb && gimple_purge_dead_eh_edges(bb))
			purged = true;
	}
	if (purged) {
		/* landing pads only those calls reached are gone too */
		free_dominance_info(CDI_DOMINATORS);
		free_dominance_info(CDI_POST_DOMINATORS);
		delete_unreachable_blocks();
		if (current_loops)
			loops_state_set(LOOPS_NEED_FIXUP);
	}
	mark_virtual_operands_for_renaming(r->fun);
	update_ssa(TODO_update_ssa_only_virtuals);
	cgraph_edge::rebuild_edges();
}

/* "LINE:COL: NAME" of a site: gc's name and position when gc has the
 * site, else gccgo's position and what it is. */
static const char *site_label(const esc_site *s, strbuf *b)
{
	sb_reset(b);
	if (s->kind != SITE_SILENT && s->name && s->pos.line)
		sb_addf(b, "%d:%d: %s", s->pos.line, s->pos.col, s->name);
	else
		sb_addf(b, "%d:%d: (%s)", s->gccgo_pos.line, s->gccgo_pos.col,
			(s->hints & SH_RECORD) ? "argument record of go or defer"
					       : esc_site_kind_name(s->alloc));
	return sb_str(b);
}

static void transform(esc_graph *g, int fi, strbuf *log)
{
	esc_fn *fn = g->fns[fi];
	tree decl = (tree)fn->user;
	function *fun = decl ? DECL_STRUCT_FUNCTION(decl) : NULL;
	esc_plan plan;
	struct rewriter r;
	strbuf label = {NULL, 0, 0};

	if (!fun || !fun->cfg || !gimple_in_ssa_p(fun) || fn->partial)
		return;
	memset(&plan, 0, sizeof plan);
	esc_stack_plan(g, fi, goesc_opts.stack_frame, &plan);
	memset(&r, 0, sizeof r);
	r.fun = fun;
	push_cfun(fun);
	r.purge = BITMAP_ALLOC(NULL);

	/* the calls still in the body, which the plan's handles must be */
	hash_set<gimple *> calls;
	basic_block bb;
	FOR_EACH_BB_FN(bb, fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi))
			if (is_gimple_call(gsi_stmt(gsi)))
				calls.add(gsi_stmt(gsi));

	sb_addf(log, "\n;; goesc stack transform of %s\n", fn->name);
	long long bytes = 0;
	for (int i = 0; i < plan.sites.n; i++) {
		esc_placement *p = &plan.sites.a[i];
		const esc_site *s = esc_site_of(fn, p->val);
		const char *what = esc_place_name(p->place);
		if (p->place == PLACE_FRAME) {
			gimple *st = (gimple *)s->stmt;
			gimple_stmt_iterator gsi;
			if (!calls.contains(st) || !is_gimple_call(st)) {
				what = "not in the body";
			} else {
				gsi = gsi_for_stmt(st);
				if (rewrite_site(&r, &gsi, s, p->bytes)) {
					bytes += p->bytes;
					r.changed++;
				} else {
					what = "not rewritten (unexpected GIMPLE)";
				}
			}
		}
		if (s->kind != SITE_SILENT || p->place != PLACE_NO_CALL)
			sb_addf(log, "  %s: %s\n", site_label(s, &label), what);
	}
	int defers = rewrite_defers(&r);
	if (defers)
		sb_addf(log, "  %d defer record%s in the frame\n", defers,
			defers > 1 ? "s" : "");
	r.changed += defers;
	sb_addf(log, "  frame: %lld bytes of objects\n", bytes);
	if (r.changed) {
		if (goesc_opts.stack == GOESC_STACK_CHECK) {
			int n = poison_at_returns(&r);
			sb_addf(log, "  poisoned at %d return%s\n", n, n == 1 ? "" : "s");
		}
		finish(&r);
	}
	BITMAP_FREE(r.purge);
	pop_cfun();
	VEC_FREE(r.objs);
	esc_plan_free(&plan);
	sb_free(&label);
}

void goesc_stack_batch(esc_graph *g, strbuf *log)
{
	for (int fi = 0; fi < g->nfns; fi++)
		transform(g, fi, log);
}

