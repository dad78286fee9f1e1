/* walk.c: lowering one function's GIMPLE into the analysis IR.
 *
 * The walk runs just after the "ssa" pass, before any optimisation, and
 * reads gccgo's GIMPLE (it never changes it).  What it relies on, checked
 * against gccgo-12 with -fno-go-optimize-allocs:
 *
 *  - Every allocation is a call into libgo's runtime (runtime.newobject,
 *    runtime.makeslice, ...); runtime.c says what each runtime call does.
 *    The call's position is the construct's first token or the callee's
 *    name; sites.c turns it into gc's position.
 *  - A variable gccgo puts on the heap x is a pointer VAR_DECL with the Go
 *    name, assigned once from the newobject call whose position is the
 *    declaration's: `_4 = runtime.newobject (&int..d); ...; x_7 = _4'.
 *    Uses of x_7 stand for "&x"; loads and stores through it are x itself.
 *    A parameter moved to the heap arrives as a PARM_DECL copied into such a
 *    variable at the same position.
 *  - Interface values, slices and strings are small structs; boxing a value
 *    stores a newobject result into an interface's "__object" field.
 *  - Results are VAR_DECLs ($retN for unnamed ones, the Go name otherwise)
 *    copied into the returned value, through a struct named RESULT.n when
 *    there are several.
 *  - Pointer stores to globals and the heap may go through
 *    runtime.gcWriteBarrier (dst, (uint64) val); the runtime table reads it
 *    as *dst = val.
 *  - Temporaries are GOTMP.n variables, gimplifier temporaries and SSA
 *    names without a variable: every SSA version of a temporary is its own
 *    value, while every version of a Go variable is the same value (the
 *    analysis, like gc's, does not distinguish assignments to one variable).
 *
 * Everything else is read conservatively: a store through a pointer the
 * walk cannot follow goes to the heap; a call it knows nothing about makes
 * its arguments escape.
 */
#include "goesc-gcc.h"
#include "core.h"

#include "cycles.h"
#include "walk.h"

/* An operand as the IR sees it: value `val` with derefs (-1 its address,
 * 0 itself, k: k loads). */
struct ref {
	int val;
	int derefs;
};

static const struct ref NOREF = {ESC_NOVAL, 0};

/* Where an assignment puts its value. */
enum hole_kind { HOLE_NONE, HOLE_ASSIGN, HOLE_STORE };

struct hole {
	enum hole_kind kind;
	int val;	/* the destination, or the pointer stored through */
};

struct pending {
	tree var;	/* heap variable candidate, or NULL */
	tree rhs;	/* what was assigned / stored */
	tree ptr;	/* store: the pointer */
};

/* A store into a field of a local aggregate, which may be a closure
 * record: GOTMP.2.f = main.outer..func1; GOTMP.2.x1 = x_47. */
struct field_store {
	unsigned record;	/* DECL_UID of the aggregate */
	const char *field;
	struct ref val;
	int stmt;		/* the IR statement it became, or -1 */
};

/* An interface's data word stored: which slot of which array, or which
 * interface temporary, got it (to name the box as gc does). */
struct box_store {
	tree rhs;		/* SSA name of the box pointer, or NULL */
	int site;		/* or the site itself (a boxed constant) */
	int slot, nelems;
	unsigned iface;		/* DECL_UID of the interface temporary, or 0 */
	int conv;		/* its entry in esc_fn.convs */
};

/* An interface temporary copied into an array's element (a map literal's
 * entries): which element, and whether as the key. */
struct iface_copy {
	unsigned uid;
	int slot, nelems, key;
};

/* A local aggregate passed by value: argument `arg` of IR call `call`. */
struct decl_arg {
	unsigned uid;
	int call, arg;
};

struct heap_result {
	int index;
	tree ptr;		/* the pointer's variable */
};

/* A temporary holding a call's several results, one value per field. */
struct split {
	int first;		/* the value of field 0; field k is first + k */
	int nfields;
};

struct walker {
	function *fun;
	esc_fn *fn;
	tree chain;		/* a closure's static chain ($closure) */
	int last_literal;	/* the last static func literal evaluated */
	VEC(struct field_store) fields;
	intmap records;		/* DECL_UID of a closure record -> index of
				   the closure's decl in closures, + 1 */
	VEC(tree) closures;
	int *ssa_vals;		/* SSA version -> value (0: not yet) */
	intmap decl_vals;	/* DECL_UID -> value */
	intmap result_index;	/* DECL_UID -> result index + 1 */
	/* named results gccgo keeps on the heap (a closure captures them):
	   returned as *r, r the heap variable's pointer */
	VEC(struct heap_result) heap_results;
	intmap ssa_site;	/* tree_key of an allocation's result -> the
				   site's value */
	intmap decl_defs;	/* DECL_UID of a local assigned as a whole ->
				   index + 1 into defs, or -1 when assigned
				   more than once */
	VEC(gimple *) defs;
	intmap partial_defs;	/* DECL_UID of a local written in part -> 1 */
	intmap addr_taken;	/* DECL_UID of a local whose address the
				   statements take -> 1 */
	intmap map_keys;	/* DECL_UID of a local passed by address as
				   the key of a map read, write or delete */
	intmap select_cases;	/* DECL_UID of the array of cases passed to
				   runtime.selectgo -> 1 */
	intmap split_index;	/* DECL_UID -> index + 1 into splits, or -1:
				   not split */
	VEC(struct split) splits;
	VEC(tree) site_results;	/* per site (by site index): its result */
	VEC(struct pending) heapvars;	/* x_7 = <maybe newobject> */
	VEC(struct pending) boxes;	/* iface.__object = <maybe newobject>,
					   slice.__values = <maybe newobject> */
	VEC(struct box_store) box_stores;
	VEC(struct decl_arg) decl_args;	/* calls' by-value aggregate args */
	VEC(struct iface_copy) iface_copies;
	VEC(struct pending) stores;	/* *<maybe newobject> = v */
	gpos pos;		/* of the statement being walked */
	int loop_depth;		/* of its block */
	bool on_cycle;		/* its block is on a cycle of the CFG */
	char *cycles;		/* per block index: on a cycle */
	VEC(tree) loose_returns;/* returned values find_results could not
				   trace to a result variable */
	const char *only_file;	/* walk only statements from this file */
};

static gpos gpos_of(location_t loc)
{
	gpos p = {0, 0};

	if (loc == UNKNOWN_LOCATION || loc == BUILTINS_LOCATION)
		return p;
	expanded_location x = expand_location(loc);
	p.line = x.line;
	p.col = x.column;
	return gosrc_gccgo_pos(gosrc_get(x.file), p);
}

static const char *decl_name(tree decl)
{
	tree name = DECL_NAME(decl);

	return name ? IDENTIFIER_POINTER(name) : NULL;
}

/* A Go variable's name (not a gccgo or gimplifier temporary's). */
static bool is_go_name(const char *name)
{
	if (!name || !*name || name[0] == '$')
		return false;
	return strchr(name, '.') == NULL;
}

/* Whether values of type t hold pointers (gc reports only such params). */
static bool has_pointers(tree t, int depth)
{
	if (!t)
		return false;
	if (depth > 20)
		return true;	/* too deep to tell: it may */
	switch (TREE_CODE(t)) {
	case POINTER_TYPE:
	case REFERENCE_TYPE:
	case FUNCTION_TYPE:
		return true;
	case RECORD_TYPE:
	case UNION_TYPE:
	case QUAL_UNION_TYPE:
		for (tree f = TYPE_FIELDS(t); f; f = DECL_CHAIN(f))
			if (TREE_CODE(f) == FIELD_DECL &&
			    has_pointers(TREE_TYPE(f), depth + 1))
				return true;
		return false;
	case ARRAY_TYPE:
		if (TYPE_SIZE(t) && integer_zerop(TYPE_SIZE(t)))
			return false;
		return has_pointers(TREE_TYPE(t), depth + 1);
	default:
		return false;
	}
}

static int new_value(struct walker *w, enum esc_vkind kind, const char *name,
		     gpos pos)
{
	int v = esc_val_new(w->fn, kind, name, pos);

	esc_v(w->fn, v)->loop_depth = kind == EV_VAR ? INT_MAX : 0;
	return v;
}

/* A declaration of the Go source's own (not one of gccgo's temporaries). */
static bool is_go_variable(tree decl)
{
	return is_go_name(decl_name(decl)) && !DECL_ARTIFICIAL(decl);
}

/* The value standing for a local declaration. */
static int decl_value(struct walker *w, tree decl)
{
	int v = intmap_get(&w->decl_vals, DECL_UID(decl), 0);

	if (v)
		return v;
	const char *name = decl_name(decl);
	gpos pos = gpos_of(DECL_SOURCE_LOCATION(decl));
	int ri = intmap_get(&w->result_index, DECL_UID(decl), 0) - 1;
	if (TREE_CODE(decl) == PARM_DECL) {
		/* the static chain ($closure) and anything unexpected */
		v = new_value(w, EV_PARAM, name ? name : "?", pos);
		esc_v(w->fn, v)->flags |= VF_NOREPORT;
		esc_v(w->fn, v)->index = -1;
	} else if (ri >= 0) {
		v = new_value(w, EV_RESULT, name, pos);
		esc_v(w->fn, v)->index = ri;
		if (!is_go_name(name)) {
			char buf[32];
			snprintf(buf, sizeof buf, "~r%d", ri);
			esc_v(w->fn, v)->name = esc_fn_str(w->fn, buf);
		}
	} else if (is_go_variable(decl)) {
		v = new_value(w, EV_VAR, name, pos);
	} else {
		v = new_value(w, EV_TEMP, name ? name : "", pos);
	}
	intmap_put(&w->decl_vals, DECL_UID(decl), v);
	return v;
}

static bool is_local_decl(tree t)
{
	switch (TREE_CODE(t)) {
	case VAR_DECL:
		return !is_global_var(t);
	case PARM_DECL:
	case RESULT_DECL:
		return true;
	default:
		return false;
	}
}

/* Every version of a Go variable, parameter or result is the variable;
 * every version of a temporary is a value of its own. */
static int ssa_value(struct walker *w, tree t)
{
	unsigned ver = SSA_NAME_VERSION(t);
	tree var = SSA_NAME_VAR(t);

	if (w->ssa_vals[ver])
		return w->ssa_vals[ver];
	int v;
	if (var && is_local_decl(var) &&
	    (TREE_CODE(var) == PARM_DECL ||
	     intmap_get(&w->result_index, DECL_UID(var), 0) ||
	     is_go_variable(var)))
		v = decl_value(w, var);
	else {
		tree id = SSA_NAME_IDENTIFIER(t);
		v = new_value(w, EV_TEMP, id ? IDENTIFIER_POINTER(id) : "", w->pos);
	}
	w->ssa_vals[ver] = v;
	return v;
}

static struct ref addr_of(struct walker *w, tree t);

/* The name of a FIELD_DECL, or "". */
static const char *field_name(tree t)
{
	if (TREE_CODE(t) != COMPONENT_REF)
		return "";
	tree f = TREE_OPERAND(t, 1);
	return f && DECL_NAME(f) ? IDENTIFIER_POINTER(DECL_NAME(f)) : "";
}

/* A func literal that captures nothing is a static descriptor,
 * &f..func2..f: no allocation, but gc reports the literal, so it gets a
 * site (one per place it is used). */
static int literal_site(struct walker *w, tree addr)
{
	tree d = TREE_OPERAND(addr, 0);
	const char *name = TREE_CODE(d) == VAR_DECL && TREE_STATIC(d) ? decl_name(d) : NULL;
	if (!name || !mangle_has_suffix(name, "f") || !mangle_is_closure(name))
		return 0;
	gpos pos = EXPR_HAS_LOCATION(addr) ? gpos_of(EXPR_LOCATION(addr)) : w->pos;
	for (int i = 0; i < w->fn->sites.n; i++)
		if (w->fn->sites.a[i].kind == SITE_CLOSURE &&
		    gpos_same(w->fn->sites.a[i].gccgo_pos, pos))
			return esc_val_of_site(w->fn, i);
	int v = esc_site_new(w->fn, SITE_CLOSURE, pos);
	esc_site_of(w->fn, v)->size = 0;
	esc_v(w->fn, v)->loop_depth = w->loop_depth;
	VEC_PUSH(w->site_results, NULL_TREE);
	return v;
}

/* A key for an SSA name or a local declaration in the walker's maps. */
static unsigned long long tree_key(tree t)
{
	if (TREE_CODE(t) == SSA_NAME)
		return 2ull * SSA_NAME_VERSION(t) + 1;
	return 2ull * DECL_UID(t) + 2;
}

/* The statement defining t: an SSA name's, or, for a local variable kept
 * in memory (at -O0 gccgo's temporaries are), its only assignment as a
 * whole; NULL otherwise. */
static gimple *def_of(struct walker *w, tree t)
{
	if (TREE_CODE(t) == SSA_NAME)
		return SSA_NAME_DEF_STMT(t);
	if (!DECL_P(t) || !is_local_decl(t))
		return NULL;
	int i = intmap_get(&w->decl_defs, DECL_UID(t), 0);
	return i > 0 ? w->defs.a[i - 1] : NULL;
}

static bool note_addr_taken(gimple *, tree base, tree, void *data)
{
	struct walker *w = (struct walker *)data;

	if (base && DECL_P(base) && is_local_decl(base))
		intmap_put(&w->addr_taken, DECL_UID(base), 1);
	return false;
}

static const char *asm_name(tree fndecl);
static struct ref eval(struct walker *w, tree t);
static void flow(struct walker *w, struct hole h, struct ref r);
static struct ref deref(struct ref r, int k);

/* selectgo(&cases, &order, ...): remember the array of cases. */
static void note_select_cases(struct walker *w, gimple *st)
{
	tree fn = is_gimple_call(st) ? gimple_call_fndecl(st) : NULL_TREE;
	if (!fn || gimple_call_num_args(st) < 1 ||
	    strcmp(asm_name(fn), "runtime.selectgo") != 0)
		return;
	tree a = gimple_call_arg(st, 0);
	if (TREE_CODE(a) == ADDR_EXPR && DECL_P(TREE_OPERAND(a, 0)) &&
	    is_local_decl(TREE_OPERAND(a, 0)))
		intmap_put(&w->select_cases, DECL_UID(TREE_OPERAND(a, 0)), 1);
}

/* cases[i].c = ch; cases[i].elem = &v: a select with several cases, as
 * gccgo lowers it.  selectgo keeps neither word: it sends *elem (which
 * then escapes, as chansend1's value does) or receives into it, and
 * waits on the channel.  Returns whether lhs was such a store. */
static bool walk_select_case(struct walker *w, tree lhs, tree rhs)
{
	if (TREE_CODE(lhs) != COMPONENT_REF)
		return false;
	tree base = TREE_OPERAND(lhs, 0);
	while (TREE_CODE(base) == ARRAY_REF || TREE_CODE(base) == COMPONENT_REF)
		base = TREE_OPERAND(base, 0);
	if (!DECL_P(base) || !intmap_get(&w->select_cases, DECL_UID(base), 0))
		return false;
	if (strcmp(field_name(lhs), "elem") == 0) {
		struct hole heap = {HOLE_ASSIGN, ESC_HEAP};
		int n0 = w->fn->stmts.n;
		flow(w, heap, deref(eval(w, rhs), 1));
		for (int s = n0; s < w->fn->stmts.n; s++) {
			w->fn->stmts.a[s].why = WHY_SEND;
			w->fn->stmts.a[s].node = GN_SEND;
		}
	}
	return true;
}

static void index_decl_defs(struct walker *w)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, w->fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *st = gsi_stmt(gsi);
			tree lhs = gimple_get_lhs(st);
			walk_stmt_load_store_addr_ops(st, w, NULL, NULL,
						      note_addr_taken);
			note_select_cases(w, st);
			if (lhs && !DECL_P(lhs) && TREE_CODE(lhs) != SSA_NAME) {
				tree base = get_base_address(lhs);
				if (base && DECL_P(base) && is_local_decl(base))
					intmap_put(&w->partial_defs, DECL_UID(base), 1);
			}
			if (!lhs || !DECL_P(lhs) || !is_local_decl(lhs))
				continue;
			int old = intmap_get(&w->decl_defs, DECL_UID(lhs), 0);
			if (old) {
				intmap_put(&w->decl_defs, DECL_UID(lhs), -1);
				continue;
			}
			VEC_PUSH(w->defs, st);
			intmap_put(&w->decl_defs, DECL_UID(lhs), w->defs.n);
		}
	}
}

/* $closure->x1 in a closure: what the enclosing function put there. */
static int capture_value(struct walker *w, tree ref)
{
	tree base = TREE_OPERAND(ref, 0);

	if (!w->chain || TREE_CODE(base) != MEM_REF ||
	    !integer_zerop(TREE_OPERAND(base, 1)))
		return 0;
	tree p = TREE_OPERAND(base, 0);
	if (TREE_CODE(p) == SSA_NAME)
		p = SSA_NAME_VAR(p);
	if (p != w->chain)
		return 0;
	const char *field = field_name(ref);
	for (int v = 2; v < w->fn->vals.n; v++) {
		esc_val *x = esc_v(w->fn, v);
		if (x->kind == EV_CAPTURE && strcmp(x->name, field) == 0)
			return v;
	}
	return new_value(w, EV_CAPTURE, field, w->pos);
}

/* Several results.
 *
 * gccgo returns a function's several results in a struct, which the
 * caller takes apart:
 *   D.396 = f (q, p);  GOTMP.3 = D.396;  a_4 = GOTMP.3.res0;  b_5 = GOTMP.3.res1;
 * Read field-insensitively, a would get what f returns in res1 as well.  A
 * temporary whose one definition is a call the walk treats as a call (not
 * a builtin or a runtime call of the table), or a copy of such a
 * temporary, and that no statement writes in part or takes the address of
 * has one value per field.  (Not TREE_ADDRESSABLE: at -O0 that marks a
 * result returned in memory though no statement takes its address.)  The
 * call's results go into the fields one by one, as far as the callee's
 * results match them (see esc_call_result_map), and reading the temporary
 * whole reads them all. */
static int struct_fields(tree type)
{
	int n = 0;

	if (!type || TREE_CODE(type) != RECORD_TYPE)
		return 0;
	for (tree f = TYPE_FIELDS(type); f; f = DECL_CHAIN(f))
		if (TREE_CODE(f) == FIELD_DECL)
			n++;
	return n;
}

static const char *asm_name(tree fndecl);
static int field_index(tree field);

static bool generic_call(gimple *st)
{
	gcall *call = dyn_cast<gcall *>(st);

	if (!call || gimple_call_internal_p(call))
		return false;
	tree fndecl = gimple_call_fndecl(call);
	return !fndecl || (!fndecl_built_in_p(fndecl) &&
			   !esc_runtime_lookup(asm_name(fndecl)));
}

static tree strip_view(tree t)
{
	while (t && TREE_CODE(t) == VIEW_CONVERT_EXPR)
		t = TREE_OPERAND(t, 0);
	return t;
}

/* The split of local variable decl (see above), or NULL. */
static struct split *split_of(struct walker *w, tree decl)
{
	if (!decl || TREE_CODE(decl) != VAR_DECL || !is_local_decl(decl))
		return NULL;
	int i = intmap_get(&w->split_index, DECL_UID(decl), 0);
	if (i)
		return i > 0 ? &w->splits.a[i - 1] : NULL;
	intmap_put(&w->split_index, DECL_UID(decl), -1);	/* also on a cycle */
	int nf = struct_fields(TREE_TYPE(decl));
	const char *name = decl_name(decl);
	gimple *def = def_of(w, decl);
	if (nf < 2 || intmap_get(&w->addr_taken, DECL_UID(decl), 0) || !def ||
	    is_go_variable(decl) ||
	    intmap_get(&w->result_index, DECL_UID(decl), 0) ||
	    intmap_get(&w->partial_defs, DECL_UID(decl), 0))
		return NULL;
	if (is_gimple_assign(def)) {
		tree src = gimple_assign_single_p(def)
				   ? strip_view(gimple_assign_rhs1(def)) : NULL_TREE;
		struct split *from = src ? split_of(w, src) : NULL;
		if (!from || from->nfields != nf)
			return NULL;
	} else if (!generic_call(def)) {
		return NULL;
	}
	struct split sp = {0, nf};
	int whole = decl_value(w, decl);
	for (int k = 0; k < nf; k++) {
		int v = new_value(w, EV_TEMP, name ? name : "", w->pos);
		if (k == 0)
			sp.first = v;
		esc_assign(w->fn, whole, v, 0, w->pos);
	}
	VEC_PUSH(w->splits, sp);
	intmap_put(&w->split_index, DECL_UID(decl), w->splits.n);
	return &w->splits.a[w->splits.n - 1];
}

/* The value of field reference t of a split temporary, or 0. */
static int split_field(struct walker *w, tree t)
{
	tree base = strip_view(TREE_OPERAND(t, 0));
	struct split *sp = DECL_P(base) ? split_of(w, base) : NULL;
	int k = sp ? field_index(TREE_OPERAND(t, 1)) : -1;

	return k >= 0 && k < sp->nfields ? sp->first + k : 0;
}

/* lhs = rhs between split temporaries: field by field. */
static bool split_copy(struct walker *w, tree lhs, tree rhs)
{
	struct split *p = DECL_P(lhs) ? split_of(w, lhs) : NULL;
	struct split d = p ? *p : (struct split){0, 0};	/* splits may grow */
	tree src = strip_view(rhs);
	struct split *s = p && DECL_P(src) ? split_of(w, src) : NULL;

	if (!s)
		return false;
	for (int k = 0; k < d.nfields; k++)
		esc_assign(w->fn, d.first + k, s->first + k, 0, w->pos);
	return true;
}

/* What reading operand t gives. */
static struct ref eval(struct walker *w, tree t)
{
	struct ref r = NOREF;

	if (!t)
		return r;
	switch (TREE_CODE(t)) {
	case SSA_NAME:
		r.val = ssa_value(w, t);
		return r;
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
		/* a global's value is already on the heap: reading it moves
		   nothing the analysis must follow (gc ignores it too) */
		if (!is_local_decl(t))
			return r;
		r.val = decl_value(w, t);
		return r;
	case ADDR_EXPR:
		r.val = literal_site(w, t);
		if (r.val) {
			r.derefs = -1;
			w->last_literal = r.val;
			return r;
		}
		return addr_of(w, TREE_OPERAND(t, 0));
	case COMPONENT_REF:
		r.val = capture_value(w, t);
		if (!r.val)
			r.val = split_field(w, t);
		if (r.val)
			return r;
		/* fall through */
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	case BIT_FIELD_REF:
	case REALPART_EXPR:
	case IMAGPART_EXPR:
	case VIEW_CONVERT_EXPR:
		/* field-insensitive: a part of x is x */
		return eval(w, TREE_OPERAND(t, 0));
	case MEM_REF:
	case TARGET_MEM_REF:
		r = eval(w, TREE_OPERAND(t, 0));
		if (r.val != ESC_NOVAL)
			r.derefs++;
		return r;
	case OBJ_TYPE_REF:
		return eval(w, OBJ_TYPE_REF_EXPR(t));
	case INTEGER_CST:
	case REAL_CST:
	case COMPLEX_CST:
	case VECTOR_CST:
	case STRING_CST:
	case CONSTRUCTOR:
	case FUNCTION_DECL:
	case LABEL_DECL:
	case CONST_DECL:
		return r;
	default:
		/* an operand the walk does not know: read its first operand,
		   if any, so that a pointer inside still flows */
		esc_fn_unknown(w->fn, get_tree_code_name(TREE_CODE(t)));
		if (EXPR_P(t) && TREE_OPERAND_LENGTH(t) > 0)
			return eval(w, TREE_OPERAND(t, 0));
		return r;
	}
}

/* What &t gives. */
static struct ref addr_of(struct walker *w, tree t)
{
	struct ref r = NOREF;

	switch (TREE_CODE(t)) {
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
		if (!is_local_decl(t))
			return r;	/* &global: nothing to follow */
		r.val = decl_value(w, t);
		r.derefs = -1;
		return r;
	case COMPONENT_REF:
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	case BIT_FIELD_REF:
	case REALPART_EXPR:
	case IMAGPART_EXPR:
	case VIEW_CONVERT_EXPR:
		return addr_of(w, TREE_OPERAND(t, 0));
	case MEM_REF:
	case TARGET_MEM_REF:
		return eval(w, TREE_OPERAND(t, 0));	/* &*p is p */
	default:
		return r;	/* functions, labels, constants */
	}
}

static bool reflect_header_data(tree t);

/* The destination of an assignment to t. */
static struct hole lhs_hole(struct walker *w, tree t)
{
	struct hole h = {HOLE_ASSIGN, ESC_HEAP};

	if (reflect_header_data(t))
		return h;	/* gc: a store into a header's Data escapes */

	while (TREE_CODE(t) == COMPONENT_REF || TREE_CODE(t) == ARRAY_REF ||
	       TREE_CODE(t) == ARRAY_RANGE_REF || TREE_CODE(t) == BIT_FIELD_REF ||
	       TREE_CODE(t) == REALPART_EXPR || TREE_CODE(t) == IMAGPART_EXPR ||
	       TREE_CODE(t) == VIEW_CONVERT_EXPR)
		t = TREE_OPERAND(t, 0);
	switch (TREE_CODE(t)) {
	case SSA_NAME:
		h.val = ssa_value(w, t);
		return h;
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
		if (is_local_decl(t))
			h.val = decl_value(w, t);
		return h;	/* a global: the heap */
	case MEM_REF:
	case TARGET_MEM_REF: {
		struct ref p = eval(w, TREE_OPERAND(t, 0));
		if (p.val == ESC_NOVAL)
			return h;
		if (p.derefs == -1)
			h.val = p.val;	/* *&x = v is x = v */
		else if (p.derefs == 0) {
			h.kind = HOLE_STORE;
			h.val = p.val;
		}
		return h;	/* **p = v: the heap, as gc has it */
	}
	default:
		esc_fn_unknown(w->fn, get_tree_code_name(TREE_CODE(t)));
		return h;	/* stored who knows where: the heap */
	}
}

static void flow(struct walker *w, struct hole h, struct ref r)
{
	if (r.val == ESC_NOVAL || h.kind == HOLE_NONE)
		return;
	if (h.kind == HOLE_STORE)
		esc_store(w->fn, h.val, r.val, r.derefs, w->pos);
	else
		esc_assign(w->fn, h.val, r.val, r.derefs, w->pos);
	if (h.kind == HOLE_ASSIGN && h.val != ESC_HEAP) {
		esc_val *d = esc_v(w->fn, h.val);
		if (d->kind == EV_VAR && w->loop_depth < d->loop_depth)
			d->loop_depth = w->loop_depth;
	}
}

/* A store through the pointer operand p: *p = r. */
static void store_through(struct walker *w, struct ref p, struct ref r)
{
	struct hole h = {HOLE_ASSIGN, ESC_HEAP};

	if (p.val == ESC_NOVAL)
		return;
	if (p.derefs == -1)
		h.val = p.val;
	else if (p.derefs == 0) {
		h.kind = HOLE_STORE;
		h.val = p.val;
	}
	flow(w, h, r);
}

static struct ref deref(struct ref r, int k)
{
	if (r.val != ESC_NOVAL)
		r.derefs += k;
	return r;
}

/* Is fndecl a function literal's body (gccgo names them f..funcN)? */
static bool is_closure_fn(tree fndecl)
{
	tree name = DECL_NAME(fndecl);
	return name && mangle_is_closure(IDENTIFIER_POINTER(name));
}

/* Is fndecl one of gccgo's thunks (p.go..thunkN): for a method value
 * x.M, the function its record's "fn" field holds, which calls M with
 * the receiver the record's "val" field holds. */
static bool is_thunk_fn(tree fndecl)
{
	tree name = DECL_NAME(fndecl);
	return name && mangle_is_thunk(IDENTIFIER_POINTER(name));
}

/* rec.field = rhs: remember it, and which records are closures'.  `stmt`
 * is the index the statement's IR got, if it got any. */
static void note_field_store(struct walker *w, tree lhs, tree rhs, int stmt)
{
	tree rec = TREE_OPERAND(lhs, 0);
	const char *field = field_name(lhs);
	tree fn = TREE_CODE(rhs) == ADDR_EXPR ? TREE_OPERAND(rhs, 0) : rhs;

	if (TREE_CODE(fn) == FUNCTION_DECL &&
	    ((strcmp(field, "f") == 0 && is_closure_fn(fn)) ||
	     (strcmp(field, "fn") == 0 && is_thunk_fn(fn)))) {
		VEC_PUSH(w->closures, fn);
		intmap_put(&w->records, DECL_UID(rec), w->closures.n);
		return;
	}
	struct field_store fs;
	fs.record = DECL_UID(rec);
	fs.field = field;
	fs.val = eval(w, rhs);
	fs.stmt = stmt < w->fn->stmts.n ? stmt : -1;
	VEC_PUSH(w->fields, fs);
}

/* gccgo boxes a constant as the address of static data (go..C12): no
 * allocation, but gc reports it like any other conversion. */
static bool is_static_constant(tree t)
{
	if (TREE_CODE(t) != ADDR_EXPR)
		return false;
	t = TREE_OPERAND(t, 0);
	return TREE_CODE(t) == VAR_DECL && TREE_STATIC(t) && decl_name(t) &&
	       mangle_is_constant(decl_name(t));
}

/* ARRAY[i]: i, and the array's length in *nelems; -1 if not so. */
static int array_slot(tree ref, int *nelems)
{
	*nelems = -1;
	if (TREE_CODE(ref) != ARRAY_REF ||
	    TREE_CODE(TREE_OPERAND(ref, 1)) != INTEGER_CST ||
	    !tree_fits_shwi_p(TREE_OPERAND(ref, 1)))
		return -1;
	tree at = TREE_TYPE(TREE_OPERAND(ref, 0));
	if (TREE_CODE(at) == ARRAY_TYPE && TYPE_DOMAIN(at) &&
	    TYPE_MAX_VALUE(TYPE_DOMAIN(at)) &&
	    tree_fits_shwi_p(TYPE_MAX_VALUE(TYPE_DOMAIN(at))))
		*nelems = (int)tree_to_shwi(TYPE_MAX_VALUE(TYPE_DOMAIN(at))) + 1;
	return (int)tree_to_shwi(TREE_OPERAND(ref, 1));
}

/* x.__object = rhs: remember where the box went; a boxed constant gets a
 * site of its own, returned. */
static int note_box_store(struct walker *w, tree lhs, tree rhs)
{
	struct box_store b = {NULL_TREE, 0, -1, -1, 0, -1};
	tree base = TREE_OPERAND(lhs, 0);

	int field1 = 0;
	const char *fieldname = NULL;
	b.slot = array_slot(base, &b.nelems);
	if (b.slot < 0 && TREE_CODE(base) == COMPONENT_REF &&
	    TREE_CODE(TREE_OPERAND(base, 0)) == ARRAY_REF) {
		/* a field of a struct element: []T{{x, ...}} */
		b.slot = array_slot(TREE_OPERAND(base, 0), &b.nelems);
		field1 = b.slot >= 0 ? field_index(TREE_OPERAND(base, 1)) + 1 : 0;
		fieldname = field_name(base);
	} else if (b.slot < 0 && TREE_CODE(base) == COMPONENT_REF &&
		   DECL_P(TREE_OPERAND(base, 0))) {
		/* a field of a struct built in a temporary: &T{f: x} */
		field1 = field_index(TREE_OPERAND(base, 1)) + 1;
		fieldname = field_name(base);
	}
	if (b.slot < 0 && DECL_P(base)) {
		b.iface = DECL_UID(base);
	}
	if (is_static_constant(rhs)) {
		b.site = esc_site_new(w->fn, SITE_NEW, w->pos);
		esc_site *s = esc_site_of(w->fn, b.site);
		s->hints |= SH_BOXED;
		tree sz = TYPE_SIZE_UNIT(TREE_TYPE(TREE_OPERAND(rhs, 0)));
		s->size = sz && tree_fits_shwi_p(sz) ? tree_to_shwi(sz) : -1;
		esc_v(w->fn, b.site)->loop_depth = w->loop_depth;
		VEC_PUSH(w->site_results, NULL_TREE);
	} else if (TREE_CODE(rhs) == SSA_NAME || (DECL_P(rhs) && is_local_decl(rhs))) {
		b.rhs = rhs;
	} else {
		return 0;
	}
	/* the conversion, named like a box, for the -m=2 note */
	esc_site c;
	memset(&c, 0, sizeof c);
	c.kind = SITE_BOX;
	c.gccgo_pos = w->pos;
	c.slot = b.slot;
	c.nelems = b.nelems;
	c.field1 = field1;
	c.fieldname = fieldname ? esc_fn_str(w->fn, fieldname) : NULL;
	c.call = c.arg = -1;
	c.size = c.elemsize = c.count = -1;
	tree rvar = rhs && TREE_CODE(rhs) == SSA_NAME ? SSA_NAME_VAR(rhs) : rhs;
	if (rvar && DECL_P(rvar) && is_go_name(decl_name(rvar)))
		c.varname = decl_name(rvar);
	VEC_PUSH(w->fn->convs, c);
	b.conv = w->fn->convs.n - 1;
	VEC_PUSH(w->box_stores, b);
	return b.site;
}

/* x.Data of a reflect.SliceHeader or StringHeader: gc follows the pointer
 * such a uintptr holds (its unsafe rules), and a store into it goes to the
 * heap.  (The type's package is not in gccgo's type name: any type so
 * named is read so, which only adds flows.) */
static bool reflect_header_data(tree t)
{
	if (TREE_CODE(t) != COMPONENT_REF || strcmp(field_name(t), "Data") != 0)
		return false;
	tree n = TYPE_NAME(TREE_TYPE(TREE_OPERAND(t, 0)));
	if (n && TREE_CODE(n) == TYPE_DECL)
		n = DECL_NAME(n);
	const char *name = n && TREE_CODE(n) == IDENTIFIER_NODE ? IDENTIFIER_POINTER(n) : "";
	return strcmp(name, "SliceHeader") == 0 || strcmp(name, "StringHeader") == 0;
}

/* A temporary of gccgo's or of the gimplifier (not a Go variable): an SSA
 * name of none, or a local declaration without a Go name. */
static bool is_temp_operand(tree t)
{
	if (TREE_CODE(t) == SSA_NAME)
		t = SSA_NAME_VAR(t);
	if (!t)
		return true;
	return TREE_CODE(t) == VAR_DECL && is_local_decl(t) && !is_go_variable(t);
}

/* gc drops a value whose type holds no pointers (it flows to its "blank"
 * location).  gccgo also passes pointers as integers to gcWriteBarrier, so
 * a conversion from a pointer keeps its flow. */
static bool carries_pointers(tree lhs, tree rhs, enum tree_code code)
{
	if (reflect_header_data(lhs) || reflect_header_data(rhs))
		return true;
	/* an integer copied between temporaries may be a pointer on its way
	   from a load (atomic.LoadPointer's) to its conversion back */
	if ((code == SSA_NAME || code == VAR_DECL) && INTEGRAL_TYPE_P(TREE_TYPE(lhs)) &&
	    is_temp_operand(lhs) && is_temp_operand(rhs))
		return true;
	if (has_pointers(TREE_TYPE(lhs), 0))
		return true;
	if (CONVERT_EXPR_CODE_P(code))
		return rhs && (has_pointers(TREE_TYPE(rhs), 0) ||
			       INTEGRAL_TYPE_P(TREE_TYPE(rhs)));
	/* uintptr arithmetic on a converted pointer, as in
	   unsafe.Pointer(uintptr(p) + off): gc follows it too */
	return TREE_CODE(lhs) == SSA_NAME &&
	       (code == PLUS_EXPR || code == MINUS_EXPR || code == BIT_AND_EXPR ||
		code == BIT_IOR_EXPR || code == BIT_XOR_EXPR);
}

/* The statements from `first` on store into lhs: if that is a field of a
 * struct element of a literal's array, X[i].f (or X[i].f.__object), say
 * which element. */
static void mark_element(struct walker *w, tree lhs, int first)
{
	tree el = lhs;
	int nel, mark = 0;

	while (TREE_CODE(el) == COMPONENT_REF &&
	       TREE_CODE(TREE_OPERAND(el, 0)) == COMPONENT_REF)
		el = TREE_OPERAND(el, 0);
	/* gccgo's own fields (an interface's, a slice's) are not Go's */
	while (TREE_CODE(el) == COMPONENT_REF && strncmp(field_name(el), "__", 2) == 0)
		el = TREE_OPERAND(el, 0);
	if (TREE_CODE(el) == COMPONENT_REF) {
		int slot = array_slot(TREE_OPERAND(el, 0), &nel);
		if (slot >= 0)
			mark = slot + 1;	/* []T{{x, ...}} */
		else if (DECL_P(TREE_OPERAND(el, 0)))
			mark = ESC_ELEM_FIELD;	/* v := T{x, ...} */
	} else if (TREE_CODE(el) == ARRAY_REF && DECL_P(TREE_OPERAND(el, 0)) &&
		   array_slot(el, &nel) >= 0) {
		mark = ESC_ELEM_INDEX;		/* a := [2]T{x, y} */
	}
	for (int k = first; mark && k < w->fn->stmts.n; k++)
		w->fn->stmts.a[k].elem = mark;
}

static void walk_assign(struct walker *w, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	tree rhs1 = gimple_assign_rhs1(stmt);
	if (split_copy(w, lhs, rhs1) || walk_select_case(w, lhs, rhs1))
		return;
	struct hole h = lhs_hole(w, lhs);
	int nstmts = w->fn->stmts.n;

	/* gccgo's copy of a parameter into its heap variable keeps its flow
	   whatever the type: gc's parameter is that variable, and a closure
	   capturing it records where it goes */
	bool param_copy = TREE_CODE(rhs1) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF(rhs1) &&
			  SSA_NAME_VAR(rhs1) && TREE_CODE(SSA_NAME_VAR(rhs1)) == PARM_DECL &&
			  TREE_CODE(lhs) == MEM_REF;
	w->last_literal = 0;
	bool weak = !carries_pointers(lhs, rhs1, code);
	if (weak && !param_copy)
		h.kind = HOLE_NONE;
	if (strcmp(field_name(lhs), "__object") == 0) {
		int site = note_box_store(w, lhs, rhs1);
		if (site) {
			struct ref r = {site, -1};
			flow(w, h, r);
			mark_element(w, lhs, nstmts);
			return;
		}
	}

	switch (get_gimple_rhs_class(code)) {
	case GIMPLE_SINGLE_RHS:
		flow(w, h, eval(w, rhs1));
		break;
	case GIMPLE_UNARY_RHS:
		if (CONVERT_EXPR_CODE_P(code) || code == VIEW_CONVERT_EXPR ||
		    code == NON_LVALUE_EXPR)
			flow(w, h, eval(w, rhs1));
		break;
	case GIMPLE_BINARY_RHS:
		/* pointer arithmetic stays inside the object; integer
		   arithmetic carries a converted pointer on */
		if (code == POINTER_PLUS_EXPR)
			flow(w, h, eval(w, rhs1));
		else if (code == PLUS_EXPR || code == MINUS_EXPR ||
			 code == BIT_AND_EXPR || code == BIT_IOR_EXPR ||
			 code == BIT_XOR_EXPR) {
			flow(w, h, eval(w, rhs1));
			flow(w, h, eval(w, gimple_assign_rhs2(stmt)));
		}
		break;
	case GIMPLE_TERNARY_RHS:
		if (code == COND_EXPR || code == VEC_COND_EXPR) {
			flow(w, h, eval(w, gimple_assign_rhs2(stmt)));
			flow(w, h, eval(w, gimple_assign_rhs3(stmt)));
		}
		break;
	default:
		break;
	}

	if (weak && param_copy && w->fn->stmts.n > nstmts)
		w->fn->stmts.a[nstmts].weak = 1;
	mark_element(w, lhs, nstmts);

	/* d := func() {...}: a static literal, for calls through d */
	if (w->last_literal && (TREE_CODE(lhs) == SSA_NAME || DECL_P(lhs)))
		intmap_put(&w->ssa_site, tree_key(lhs), w->last_literal);

	/* a value stored into an interface: its conversion, for -m=2 */
	if (strcmp(field_name(lhs), "__object") == 0 && w->box_stores.n &&
	    w->box_stores.a[w->box_stores.n - 1].rhs == rhs1 &&
	    w->fn->stmts.n > nstmts)
		w->fn->stmts.a[nstmts].conv = w->box_stores.a[w->box_stores.n - 1].conv;

	/* remember what may turn allocations into heap variables and
	   boxes: decided once every site is known */
	tree lvar = TREE_CODE(lhs) == SSA_NAME ? SSA_NAME_VAR(lhs) : lhs;
	bool rhs_name = TREE_CODE(rhs1) == SSA_NAME ||
			(DECL_P(rhs1) && is_local_decl(rhs1));
	if (lvar && TREE_CODE(lvar) == VAR_DECL && is_local_decl(lvar) && rhs_name) {
		struct pending p = {lvar, rhs1, NULL_TREE};
		VEC_PUSH(w->heapvars, p);
	}
	if ((strcmp(field_name(lhs), "__object") == 0 ||
	     strcmp(field_name(lhs), "__values") == 0) && rhs_name) {
		struct pending p = {lhs, rhs1, NULL_TREE};
		VEC_PUSH(w->boxes, p);
	}
	if (TREE_CODE(lhs) == COMPONENT_REF && DECL_P(TREE_OPERAND(lhs, 0)))
		note_field_store(w, lhs, rhs1, nstmts);
	if (TREE_CODE(lhs) == COMPONENT_REF && DECL_P(rhs1)) {
		struct iface_copy c = {DECL_UID(rhs1), -1, -1, 0};
		c.slot = array_slot(TREE_OPERAND(lhs, 0), &c.nelems);
		c.key = strcmp(field_name(lhs), "__key") == 0;
		if (c.slot >= 0)
			VEC_PUSH(w->iface_copies, c);
	}
	if (TREE_CODE(lhs) == MEM_REF && TREE_CODE(TREE_OPERAND(lhs, 0)) == SSA_NAME &&
	    rhs_name) {
		struct pending p = {NULL_TREE, rhs1, TREE_OPERAND(lhs, 0)};
		VEC_PUSH(w->stores, p);
	}
}

static struct hole call_result_hole(struct walker *w, gcall *call)
{
	tree lhs = gimple_call_lhs(call);
	struct hole none = {HOLE_NONE, ESC_NOVAL};

	return lhs && has_pointers(TREE_TYPE(lhs), 0) ? lhs_hole(w, lhs) : none;
}

/* The number of bytes a pointer-typed tree points to, or -1. */
static long long pointee_bytes(tree type)
{
	if (!type || !POINTER_TYPE_P(type))
		return -1;
	tree to = TREE_TYPE(type);
	if (!to || VOID_TYPE_P(to) || !TYPE_SIZE_UNIT(to) ||
	    !tree_fits_shwi_p(TYPE_SIZE_UNIT(to)))
		return -1;
	return tree_to_shwi(TYPE_SIZE_UNIT(to));
}

/* gccgo returns allocations as void *; the first typed pointer the
 * result is copied into says what was allocated: its pointer type, or
 * NULL.  (An estimate: unsafe.Pointer conversions can make it any.) */
static tree allocated_pointer_type(tree result)
{
	tree todo[16];
	int n = 0;

	if (!result || TREE_CODE(result) != SSA_NAME)
		return NULL_TREE;
	todo[n++] = result;
	for (int i = 0; i < n; i++) {
		imm_use_iterator it;
		use_operand_p use;
		FOR_EACH_IMM_USE_FAST(use, it, todo[i]) {
			gimple *u = USE_STMT(use);
			if (!is_gimple_assign(u))
				continue;
			tree lhs = gimple_assign_lhs(u);
			if (pointee_bytes(TREE_TYPE(lhs)) >= 0)
				return TREE_TYPE(lhs);
			if (TREE_CODE(lhs) == SSA_NAME && n < 16)
				todo[n++] = lhs;
		}
	}
	return NULL_TREE;
}

static long long allocated_bytes(tree result)
{
	return pointee_bytes(allocated_pointer_type(result));
}

/* The size of the type a descriptor argument &T..d describes: its first
 * word, when the descriptor is defined in this unit (gccgo defines those
 * of the package's own and of unnamed and predeclared types); -1 else. */
static long long descriptor_size(tree arg)
{
	if (!arg || TREE_CODE(arg) != ADDR_EXPR || !VAR_P(TREE_OPERAND(arg, 0)))
		return -1;
	tree init = DECL_INITIAL(TREE_OPERAND(arg, 0));
	for (int depth = 0; depth < 4 && init && TREE_CODE(init) == CONSTRUCTOR;
	     depth++)
		init = CONSTRUCTOR_NELTS(init) ? CONSTRUCTOR_ELT(init, 0)->value : NULL_TREE;
	return init && TREE_CODE(init) == INTEGER_CST && tree_fits_shwi_p(init)
		       ? tree_to_shwi(init)
		       : -1;
}

/* The Go name of the type descriptor &PKG.T..d describes: "T". */
static const char *descriptor_type_name(tree arg, size_t *len)
{
	if (!arg || TREE_CODE(arg) != ADDR_EXPR || !VAR_P(TREE_OPERAND(arg, 0)))
		return NULL;
	const char *n = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(TREE_OPERAND(arg, 0)));
	size_t l = strlen(n);
	if (!mangle_has_suffix(n, "d"))
		return NULL;
	const char *end = n + l - 3, *start = end;
	while (start > n && start[-1] != '.')
		start--;
	*len = (size_t)(end - start);
	return start;
}

/* What newobject's or makeslice's descriptor argument describes, in
 * bytes, for sure (-1: not known).  An imported named type's descriptor
 * is not in this unit: then *named gets the size of the pointer type the
 * result is read as, when that type has T's name and the function is the
 * package's own (a conversion through unsafe.Pointer could read it as any
 * type: see esc_settle_sizes), else -1. */
static long long exact_bytes(struct walker *w, gcall *call, tree result,
			     long long *named)
{
	tree arg = gimple_call_num_args(call) ? gimple_call_arg(call, 0) : NULL_TREE;
	long long n = descriptor_size(arg);
	size_t len = 0;
	const char *name = descriptor_type_name(arg, &len);

	*named = -1;
	if (n >= 0 || !name || DECL_EXTERNAL(w->fun->decl))
		return n;
	tree pt = allocated_pointer_type(result);
	tree tn = pt ? TYPE_NAME(TREE_TYPE(pt)) : NULL_TREE;
	if (tn && TREE_CODE(tn) == TYPE_DECL)
		tn = DECL_NAME(tn);
	if (tn && TREE_CODE(tn) == IDENTIFIER_NODE && IDENTIFIER_LENGTH(tn) == len &&
	    strncmp(IDENTIFIER_POINTER(tn), name, len) == 0)
		*named = pointee_bytes(pt);
	return -1;
}

static void walk_alloc(struct walker *w, gcall *call, const rt_func *rt)
{
	int v = esc_site_new(w->fn, rt->site, w->pos);
	esc_site *s = esc_site_of(w->fn, v);
	tree lhs = gimple_call_lhs(call);
	struct ref addr = {v, -1};

	esc_v(w->fn, v)->loop_depth = w->loop_depth;
	s->stmt = call;
	VEC_PUSH(w->site_results, lhs);
	if (lhs && (TREE_CODE(lhs) == SSA_NAME || DECL_P(lhs)))
		intmap_put(&w->ssa_site, tree_key(lhs), v);
	if (rt->count_arg >= 0 && rt->count_arg < (int)gimple_call_num_args(call)) {
		tree c = gimple_call_arg(call, rt->count_arg);
		s->count = TREE_CODE(c) == INTEGER_CST && tree_fits_shwi_p(c)
				   ? tree_to_shwi(c)
				   : -1;
		s->elemsize = allocated_bytes(lhs);
		s->exact_size = exact_bytes(w, call, lhs, &s->named_size);
	} else {
		s->size = allocated_bytes(lhs);
		if (rt->site == SITE_NEW)
			s->exact_size = exact_bytes(w, call, lhs, &s->named_size);
	}
	if (rt->site == SITE_CONCAT && gimple_call_num_args(call) > 1) {
		tree parts = gimple_call_arg(call, 1);
		if (TREE_CODE(parts) == ADDR_EXPR && DECL_P(TREE_OPERAND(parts, 0)) &&
		    is_local_decl(TREE_OPERAND(parts, 0)))
			s->operands = decl_value(w, TREE_OPERAND(parts, 0));
	}
	flow(w, call_result_hole(w, call), addr);
}

static struct ref call_arg(struct walker *w, gcall *call, int i)
{
	if (i < 0 || i >= (int)gimple_call_num_args(call))
		return NOREF;
	tree arg = gimple_call_arg(call, i);
	if (!has_pointers(TREE_TYPE(arg), 0))
		return NOREF;	/* gc drops values without pointers */
	return eval(w, arg);
}

/* The function an argument names: &f, or an SSA name converted from it
 * (gccgo passes go's and defer's thunk as an integer). */
static tree function_of(tree t)
{
	for (int i = 0; i < 8 && t; i++) {
		if (TREE_CODE(t) == ADDR_EXPR)
			t = TREE_OPERAND(t, 0);
		if (TREE_CODE(t) == FUNCTION_DECL)
			return t;
		if (TREE_CODE(t) != SSA_NAME)
			return NULL_TREE;
		gimple *def = SSA_NAME_DEF_STMT(t);
		if (!is_gimple_assign(def))
			return NULL_TREE;
		t = gimple_assign_rhs1(def);
	}
	return NULL_TREE;
}

static const char *asm_name(tree fndecl);
static int site_of(struct walker *w, tree t);

/* go and defer run a thunk with an argument record: a call of it, so that
 * the record's content goes where the thunk's call sends it. */
static void walk_thunk_call(struct walker *w, gcall *call, const rt_effect *e)
{
	if (e->dst >= (int)gimple_call_num_args(call))
		return;
	tree fn = function_of(gimple_call_arg(call, e->dst));
	if (!fn)
		return;
	if (e->src < (int)gimple_call_num_args(call)) {
		int site = site_of(w, gimple_call_arg(call, e->src));
		const char *name = decl_name(fn);
		if (site)
			esc_site_of(w->fn, site)->hints |=
				name && mangle_is_thunk(name) ? SH_RECORD : SH_GOARG;
	}
	int c = esc_call_new(w->fn, CALLEE_UNKNOWN, asm_name(fn), 1, 1, w->pos);
	esc_call *ec = &w->fn->calls.a[c];
	struct ref r = call_arg(w, call, e->src);
	ec->decl = fn;
	ec->args[0].val = r.val;
	ec->args[0].derefs = r.derefs;
}

/* Does pointer t point to what holds no pointers, by its type? */
static bool points_to_scalars(tree t)
{
	tree type = t ? TREE_TYPE(t) : NULL_TREE;

	return type && POINTER_TYPE_P(type) && !VOID_TYPE_P(TREE_TYPE(type)) &&
	       COMPLETE_TYPE_P(TREE_TYPE(type)) && !has_pointers(TREE_TYPE(type), 0);
}

static void walk_runtime(struct walker *w, gcall *call, const rt_func *rt)
{
	struct hole heap = {HOLE_ASSIGN, ESC_HEAP};
	const char *name = rt->name;
	bool read = strncmp(name, "runtime.mapaccess", 17) == 0;

	/* m[k], m[k] = v, delete(m, k): the key's temporary, to name the
	   box of an interface key as gc does */
	if ((read || strcmp(name, "runtime.mapassign") == 0 ||
	     strcmp(name, "runtime.mapdelete") == 0) &&
	    gimple_call_num_args(call) > 2) {
		tree k = gimple_call_arg(call, 2);
		if (TREE_CODE(k) == ADDR_EXPR && DECL_P(TREE_OPERAND(k, 0)))
			intmap_put(&w->map_keys, DECL_UID(TREE_OPERAND(k, 0)),
				   read ? ESC_MAPKEY_READ : ESC_MAPKEY_INDEX);
	}

	for (int i = 0; i < RT_MAX_EFFECTS; i++) {
		const rt_effect *e = &rt->effects[i];
		int n0 = w->fn->stmts.n;
		switch (e->kind) {
		case RT_END:
			return;
		case RT_ALLOC:
			walk_alloc(w, call, rt);
			break;
		case RT_RESULT:
			flow(w, call_result_hole(w, call),
			     deref(call_arg(w, call, e->src), e->derefs));
			break;
		case RT_STORE:
			store_through(w, call_arg(w, call, e->dst),
				      deref(call_arg(w, call, e->src), e->derefs));
			break;
		case RT_HEAP_ELEMS:
			if (!points_to_scalars(gimple_call_arg(call, e->src)))
				flow(w, heap, deref(call_arg(w, call, e->src), e->derefs));
			break;
		case RT_HEAP:
			flow(w, heap, deref(call_arg(w, call, e->src), e->derefs));
			for (int s = n0; s < w->fn->stmts.n; s++) {
				w->fn->stmts.a[s].why = e->why;
				w->fn->stmts.a[s].node = e->node;
			}
			break;
		case RT_HEAP_IN_LOOP:
			/* gc's loops are natural loops; what runs more than
			   once is any block on a cycle */
			if (e->only == ESC_ONLY_GCCGO ? w->on_cycle : w->loop_depth > 0)
				flow(w, heap, deref(call_arg(w, call, e->src), e->derefs));
			break;
		case RT_CALL:
			walk_thunk_call(w, call, e);
			break;
		}
		for (int s = n0; s < w->fn->stmts.n; s++)
			w->fn->stmts.a[s].only = e->only;
	}
}

/* An argument of an atomic builtin: gccgo passes pointers to them as
 * 64-bit integers, so no type filter. */
static struct ref atomic_arg(struct walker *w, gcall *call, int i)
{
	if (i >= (int)gimple_call_num_args(call))
		return NOREF;
	return eval(w, gimple_call_arg(call, i));
}

/* The destination of a call's result whatever its type (NONE if none). */
static struct hole lhs_hole_any(struct walker *w, tree lhs)
{
	struct hole none = {HOLE_NONE, ESC_NOVAL};

	return lhs ? lhs_hole(w, lhs) : none;
}

static const char *asm_name(tree fndecl)
{
	return IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fndecl));
}

static void walk_call(struct walker *w, gcall *call)
{
	tree fndecl = gimple_call_fndecl(call);

	if (gimple_call_internal_p(call))
		return;
	if (fndecl && fndecl_built_in_p(fndecl, BUILT_IN_NORMAL)) {
		const char *bn = IDENTIFIER_POINTER(DECL_NAME(fndecl));
		int atomic = strncmp(bn, "__atomic_", 9) == 0 || strncmp(bn, "__sync_", 7) == 0;
		/* runtime/internal/atomic's calls of its own functions say in
		   their declarations what they do: a Go body or
		   //go:noescape leaks nothing beyond the builtin's own flows
		   below, and a result of no pointers holds none */
		int lhs_ptrs = 1;
		int own = atomic && esc_bodyless_atomic_callee(w->fn, w->pos, &lhs_ptrs);
		if (atomic && !own) {
			/* sync/atomic, which gccgo turns into these: gc's
			   functions have no Go body, so every pointer they
			   are given leaks, as to a callee nothing is known of */
			int nargs = (int)gimple_call_num_args(call);
			int c = esc_call_new(w->fn, CALLEE_UNKNOWN, NULL, nargs, 1,
					     w->pos);
			for (int i = 0; i < nargs; i++) {
				struct ref r = atomic_arg(w, call, i);
				w->fn->calls.a[c].args[i].val = r.val;
				w->fn->calls.a[c].args[i].derefs = r.derefs;
			}
		}
		switch (DECL_FUNCTION_CODE(fndecl)) {
		case BUILT_IN_ATOMIC_STORE_4:
		case BUILT_IN_ATOMIC_STORE_8:
			store_through(w, atomic_arg(w, call, 0), atomic_arg(w, call, 1));
			break;
		case BUILT_IN_ATOMIC_LOAD_4:
		case BUILT_IN_ATOMIC_LOAD_8:
			if (lhs_ptrs)
				flow(w, lhs_hole_any(w, gimple_call_lhs(call)),
				     deref(atomic_arg(w, call, 0), 1));
			break;
		case BUILT_IN_ATOMIC_EXCHANGE_4:
		case BUILT_IN_ATOMIC_EXCHANGE_8:
			store_through(w, atomic_arg(w, call, 0), atomic_arg(w, call, 1));
			if (lhs_ptrs)
				flow(w, lhs_hole_any(w, gimple_call_lhs(call)),
				     deref(atomic_arg(w, call, 0), 1));
			break;
		case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_4:
		case BUILT_IN_ATOMIC_COMPARE_EXCHANGE_8:
			store_through(w, atomic_arg(w, call, 0), atomic_arg(w, call, 2));
			break;
		default:
			break;	/* memcpy and memmove copy no pointers in gccgo's
				   code (typedmemmove does); the rest keep none */
		}
		return;
	}
	const char *name = fndecl ? asm_name(fndecl) : NULL;
	const rt_func *rt = esc_runtime_lookup(name);
	if (rt) {
		walk_runtime(w, call, rt);
		return;
	}

	/* an internal runtime function (lower case: not the runtime
	   package's Go API, which has export data) the table lacks */
	if (name && ((strncmp(name, "runtime.", 8) == 0 && ISLOWER(name[8])) ||
		     mangle_is_support(name))) {
		char *what = xasprintf("runtime call %s", name);
		esc_fn_unknown(w->fn, what);
		free(what);
	}
	int nargs = (int)gimple_call_num_args(call);
	/* the static chain of a call through a func value is the value
	   itself, which calling does not make escape (gc neither) */
	tree chain = fndecl ? gimple_call_chain(call) : NULL_TREE;
	tree lhs = gimple_call_lhs(call);
	struct split *sp = lhs && DECL_P(lhs) ? split_of(w, lhs) : NULL;
	int first = sp ? sp->first : 0;
	int c = esc_call_new(w->fn, CALLEE_UNKNOWN, name, nargs + (chain ? 1 : 0),
			     sp ? sp->nfields : 1, w->pos);
	esc_call *ec = &w->fn->calls.a[c];
	ec->decl = fndecl;
	ec->chain = chain != NULL_TREE;
	for (int i = 0; i < nargs; i++) {
		struct ref r = call_arg(w, call, i);
		ec->args[i].val = r.val;
		ec->args[i].derefs = r.derefs;
		tree arg = gimple_call_arg(call, i);
		if (DECL_P(arg)) {
			struct decl_arg d = {DECL_UID(arg), c, i};
			VEC_PUSH(w->decl_args, d);
		}
	}
	if (chain) {
		struct ref r = eval(w, chain);
		ec->args[nargs].val = r.val;
		ec->args[nargs].derefs = r.derefs;
	} else if (!fndecl && gimple_call_chain(call)) {
		/* a call through a func value holding a literal */
		ec->chain_site = site_of(w, gimple_call_chain(call));
	}
	if (sp) {
		for (int k = 0; k < ec->nresults; k++)
			ec->results[k] = first + k;
		return;
	}
	struct hole h = call_result_hole(w, call);
	if (h.kind == HOLE_ASSIGN) {
		ec->results[0] = h.val;
	} else if (h.kind == HOLE_STORE) {
		/* *p = f(): the result goes through a temporary */
		int t = new_value(w, EV_TEMP, "", w->pos);
		ec->results[0] = t;
		struct ref r = {t, 0};
		flow(w, h, r);
	}
}

static void walk_phi(struct walker *w, gphi *phi)
{
	tree res = gimple_phi_result(phi);

	if (virtual_operand_p(res) || !has_pointers(TREE_TYPE(res), 0))
		return;
	struct hole h = lhs_hole(w, res);
	for (unsigned i = 0; i < gimple_phi_num_args(phi); i++)
		flow(w, h, eval(w, gimple_phi_arg_def(phi, i)));
}

static void walk_asm(struct walker *w, gasm *stmt)
{
	struct hole heap = {HOLE_ASSIGN, ESC_HEAP};

	/* what an asm does is unknown: its inputs escape */
	for (unsigned i = 0; i < gimple_asm_ninputs(stmt); i++)
		flow(w, heap, eval(w, TREE_VALUE(gimple_asm_input_op(stmt, i))));
}

static bool other_file(struct walker *w, location_t loc)
{
	const char *f;

	if (!w->only_file || loc == UNKNOWN_LOCATION || loc == BUILTINS_LOCATION)
		return false;
	f = LOCATION_FILE(loc);
	return f && strcmp(f, w->only_file) != 0;
}

static void walk_stmt(struct walker *w, gimple *stmt)
{
	gpos p = gpos_of(gimple_location(stmt));

	if (other_file(w, gimple_location(stmt)))
		return;

	if (p.line)
		w->pos = p;
	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		walk_assign(w, stmt);
		break;
	case GIMPLE_CALL:
		walk_call(w, as_a<gcall *>(stmt));
		break;
	case GIMPLE_ASM:
		walk_asm(w, as_a<gasm *>(stmt));
		break;
	case GIMPLE_COND:
	case GIMPLE_SWITCH:
	case GIMPLE_LABEL:
	case GIMPLE_GOTO:
	case GIMPLE_RETURN:
	case GIMPLE_NOP:
	case GIMPLE_DEBUG:
	case GIMPLE_PREDICT:
	case GIMPLE_RESX:
	case GIMPLE_EH_DISPATCH:
		/* control flow, labels, returns (results are variables),
		   debug statements: nothing moves */
		break;
	default:
		esc_fn_unknown(w->fn, gimple_code_name[gimple_code(stmt)]);
		break;
	}
}

/* The result variables: what the returned value is copied from. */
static tree copy_source(tree t)
{
	for (int i = 0; i < 16 && t && TREE_CODE(t) == SSA_NAME; i++) {
		gimple *def = SSA_NAME_DEF_STMT(t);
		tree var = SSA_NAME_VAR(t);
		if (var && is_local_decl(var) && decl_name(var) &&
		    (is_go_name(decl_name(var)) || decl_name(var)[0] == '$'))
			return var;
		if (gphi *phi = dyn_cast<gphi *>(def)) {
			/* several returns meet in a PHI: any of them names the
			   result variable (or loads it from the heap) */
			tree load = NULL_TREE;
			for (unsigned k = 0; k < gimple_phi_num_args(phi); k++) {
				tree arg = gimple_phi_arg_def(phi, k);
				/* itself, or nothing (a path that never sets it) */
				if (arg == t || (TREE_CODE(arg) == SSA_NAME &&
						 SSA_NAME_IS_DEFAULT_DEF(arg) &&
						 !(SSA_NAME_VAR(arg) &&
						   TREE_CODE(SSA_NAME_VAR(arg)) == PARM_DECL)))
					continue;
				tree v = copy_source(arg);
				if (v && DECL_P(v))
					return v;
				if (v && TREE_CODE(v) == MEM_REF && !load)
					load = v;
			}
			return load ? load : var;
		}
		if (!is_gimple_assign(def) || !gimple_assign_single_p(def))
			return var;
		t = gimple_assign_rhs1(def);
	}
	return t;
}

/* var holds result `index`; false if it cannot be a result variable. */
static bool set_result(struct walker *w, tree var, int index)
{
	if (!var || (TREE_CODE(var) != VAR_DECL && TREE_CODE(var) != RESULT_DECL))
		return false;
	if (!intmap_get(&w->result_index, DECL_UID(var), 0))
		intmap_put(&w->result_index, DECL_UID(var), index + 1);
	return true;
}

/* *r for r a Go variable (the pointer to a heap variable): result index is
 * that variable. */
static bool heap_result(struct walker *w, tree src, int index)
{
	if (!src || TREE_CODE(src) != MEM_REF || !integer_zerop(TREE_OPERAND(src, 1)))
		return false;
	tree p = TREE_OPERAND(src, 0);
	if (TREE_CODE(p) == SSA_NAME)
		p = SSA_NAME_VAR(p);
	if (!p || TREE_CODE(p) != VAR_DECL || !is_local_decl(p) ||
	    !is_go_name(decl_name(p)))
		return false;
	for (int i = 0; i < w->heap_results.n; i++)
		if (w->heap_results.a[i].index == index)
			return true;
	struct heap_result h = {index, p};
	VEC_PUSH(w->heap_results, h);
	return true;
}

static int field_index(tree field)
{
	int i = 0;

	for (tree f = TYPE_FIELDS(DECL_CONTEXT(field)); f; f = DECL_CHAIN(f)) {
		if (f == field)
			return i;
		if (TREE_CODE(f) == FIELD_DECL)
			i++;
	}
	return -1;
}

static void find_results(struct walker *w)
{
	basic_block bb;
	tree carrier = NULL_TREE;

	FOR_EACH_BB_FN(bb, w->fun) {
		gimple *last = last_stmt(bb);
		greturn *ret = last ? dyn_cast<greturn *>(last) : NULL;
		if (!ret || !gimple_return_retval(ret))
			continue;
		tree src = copy_source(gimple_return_retval(ret));
		if (!src) {
			VEC_PUSH(w->loose_returns, gimple_return_retval(ret));
			continue;
		}
		/* follow aggregate copies D = RESULT.n; <retval> = RESULT.n */
		for (int hop = 0; hop < 4 && DECL_P(src); hop++) {
			const char *n = decl_name(src);
			if (n && (is_go_name(n) || n[0] == '$'))
				break;
			tree from = NULL_TREE;
			basic_block b2;
			FOR_EACH_BB_FN(b2, w->fun) {
				for (gimple_stmt_iterator gsi = gsi_start_bb(b2);
				     !gsi_end_p(gsi); gsi_next(&gsi)) {
					gimple *s = gsi_stmt(gsi);
					if (is_gimple_assign(s) &&
					    gimple_assign_single_p(s) &&
					    gimple_assign_lhs(s) == src)
						from = copy_source(gimple_assign_rhs1(s));
				}
			}
			/* at -O0, D = *r for a result kept on the heap */
			if (!from || !(DECL_P(from) || TREE_CODE(from) == MEM_REF))
				break;
			src = from;
		}
		if (heap_result(w, src, 0))
			continue;
		const char *n = DECL_P(src) ? decl_name(src) : NULL;
		if (n && strncmp(n, "RESULT.", 7) == 0)
			carrier = src;
		else if (!DECL_P(src) || !set_result(w, src, 0))
			VEC_PUSH(w->loose_returns, gimple_return_retval(ret));
	}
	if (!carrier)
		return;
	/* RESULT.n.field = x: x is result number field */
	FOR_EACH_BB_FN(bb, w->fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);
			if (!is_gimple_assign(s))
				continue;
			tree lhs = gimple_assign_lhs(s);
			if (TREE_CODE(lhs) != COMPONENT_REF ||
			    TREE_OPERAND(lhs, 0) != carrier)
				continue;
			int i = field_index(TREE_OPERAND(lhs, 1));
			tree var = copy_source(gimple_assign_rhs1(s));
			bool found = false;
			if (i >= 0 && var && DECL_P(var))
				found = set_result(w, var, i);
			else if (i >= 0)
				found = heap_result(w, var, i);
			if (!found)
				VEC_PUSH(w->loose_returns, gimple_assign_rhs1(s));
		}
	}
}

/* A returned value the walk could not trace to a result variable (gccgo
 * always returns through one, so this is a safety net): in gccgo's model
 * it reaches every result, or the heap when there is none. */
static void loose_returns(struct walker *w)
{
	for (int i = 0; i < w->loose_returns.n; i++) {
		int n0 = w->fn->stmts.n, nres = 0;
		struct ref r = eval(w, w->loose_returns.a[i]);
		for (int v = 2; v < w->fn->vals.n; v++)
			if (esc_v(w->fn, v)->kind == EV_RESULT) {
				struct hole h = {HOLE_ASSIGN, v};
				flow(w, h, r);
				nres++;
			}
		if (!nres) {
			struct hole heap = {HOLE_ASSIGN, ESC_HEAP};
			flow(w, heap, r);
		}
		for (int s = n0; s < w->fn->stmts.n; s++)
			w->fn->stmts.a[s].only = ESC_ONLY_GCCGO;
	}
}

static void make_params(struct walker *w, tree fndecl)
{
	int i = 0;

	for (tree p = DECL_ARGUMENTS(fndecl); p; p = DECL_CHAIN(p), i++) {
		const char *name = decl_name(p);
		int v = new_value(w, EV_PARAM, name ? name : "",
				  gpos_of(DECL_SOURCE_LOCATION(p)));
		esc_val *x = esc_v(w->fn, v);
		x->index = i;
		if (has_pointers(TREE_TYPE(p), 0))
			x->flags |= VF_POINTERS;
		if (!is_go_name(name) || strcmp(name, "_") == 0)
			x->flags |= VF_NOREPORT;
		intmap_put(&w->decl_vals, DECL_UID(p), v);
		w->fn->nparams++;
	}
}

static void make_results(struct walker *w)
{
	int n = 0;

	for (size_t i = 0; i < w->result_index.cap; i++)
		if (w->result_index.keys[i] && w->result_index.vals[i] > n)
			n = w->result_index.vals[i];
	for (int i = 0; i < w->heap_results.n; i++)
		if (w->heap_results.a[i].index + 1 > n)
			n = w->heap_results.a[i].index + 1;
	w->fn->nresults = n;
	w->fn->results = (int *)xcalloc((size_t)n + 1, sizeof(int));
}

/* A result on the heap is what its heap variable holds when the function
 * returns: gc's result variable, which outlives the function. */
static void heap_result_values(struct walker *w)
{
	for (int i = 0; i < w->heap_results.n; i++) {
		tree p = w->heap_results.a[i].ptr;
		gpos pos = gpos_of(DECL_SOURCE_LOCATION(p));
		int v = new_value(w, EV_RESULT, decl_name(p), pos);
		esc_v(w->fn, v)->index = w->heap_results.a[i].index;
		esc_assign(w->fn, v, decl_value(w, p), 1, pos);
	}
}

/* The allocation site an SSA name is a copy of, or 0. */
static int site_of(struct walker *w, tree t)
{
	for (int i = 0; i < 16 && t && (TREE_CODE(t) == SSA_NAME || DECL_P(t)); i++) {
		int v = intmap_get(&w->ssa_site, tree_key(t), 0);
		if (v)
			return v;
		gimple *def = def_of(w, t);
		if (!def || !is_gimple_assign(def))
			return 0;
		enum tree_code code = gimple_assign_rhs_code(def);
		if (!gimple_assign_single_p(def) && !CONVERT_EXPR_CODE_P(code))
			return 0;
		t = gimple_assign_rhs1(def);
	}
	return 0;
}

/* Decide heap variables, and note boxes and backing arrays, now that
 * every site is known. */
static void classify_sites(struct walker *w)
{
	for (int i = 0; i < w->heapvars.n; i++) {
		tree var = w->heapvars.a[i].var;
		int v = site_of(w, w->heapvars.a[i].rhs);
		if (!v || !is_go_name(decl_name(var)))
			continue;
		esc_site *s = esc_site_of(w->fn, v);
		gpos dp = gpos_of(DECL_SOURCE_LOCATION(var));
		if (s->kind != SITE_NEW || !gpos_same(dp, s->gccgo_pos))
			continue;
		s->kind = SITE_HEAPVAR;
		s->varname = decl_name(var);
		tree vt = POINTER_TYPE_P(TREE_TYPE(var)) ? TREE_TYPE(TREE_TYPE(var))
							 : NULL_TREE;
		if (vt && (POINTER_TYPE_P(vt) ||
			   (TREE_CODE(vt) == RECORD_TYPE && TYPE_FIELDS(vt) &&
			    DECL_NAME(TYPE_FIELDS(vt)) &&
			    strcmp(IDENTIFIER_POINTER(DECL_NAME(TYPE_FIELDS(vt))),
				   "__values") == 0)))
			s->hints |= SH_INDIRECT;
		/* the variable is a pointer to its value's type: that is
		   what was allocated (else it is not known for sure) */
		long long vb = pointee_bytes(TREE_TYPE(var));
		if (s->exact_size < 0 || s->exact_size == vb)
			s->exact_size = vb;
		else
			s->exact_size = -1;
		int pv = decl_value(w, var);
		esc_v(w->fn, pv)->flags |= VF_TRANSPARENT;
		esc_v(w->fn, pv)->heapvar = v;
		/* a parameter gccgo copied into it is that Go parameter */
		for (int p = 2; p < w->fn->vals.n; p++) {
			esc_val *x = esc_v(w->fn, p);
			if (x->kind == EV_PARAM && x->index >= 0 &&
			    gpos_same(x->pos, dp)) {
				x->name = s->varname;
				x->heapvar = v;
				x->flags &= ~VF_NOREPORT;
			}
		}
	}
	/* the last argument use, interface copy and return of each
	   interface variable, by its DECL_UID (or value) */
	intmap last_arg = {NULL, NULL, 0, 0}, last_copy = {NULL, NULL, 0, 0};
	intmap last_ret = {NULL, NULL, 0, 0};
	for (int k = 0; w->box_stores.n && k < w->decl_args.n; k++)
		intmap_put(&last_arg, w->decl_args.a[k].uid, k + 1);
	for (int k = 0; w->box_stores.n && k < w->iface_copies.n; k++)
		intmap_put(&last_copy, w->iface_copies.a[k].uid, k + 1);
	for (int k = 0; w->box_stores.n && k < w->fn->stmts.n; k++) {
		esc_stmt *st = &w->fn->stmts.a[k];
		if (st->op == EOP_ASSIGN && st->src > ESC_HEAP &&
		    esc_v(w->fn, st->dst)->kind == EV_RESULT)
			intmap_put(&last_ret, (unsigned)st->src,
				   esc_v(w->fn, st->dst)->index + 1);
	}
	for (int i = 0; i < w->box_stores.n; i++) {
		struct box_store *b = &w->box_stores.a[i];
		int v = b->site ? b->site : site_of(w, b->rhs);
		esc_site *c = b->conv >= 0 ? &w->fn->convs.a[b->conv] : NULL;
		int k = b->iface && c ? intmap_get(&last_arg, b->iface, 0) - 1 : -1;
		if (k >= 0) {
			c->call = w->decl_args.a[k].call;
			c->arg = w->decl_args.a[k].arg;
		}
		k = b->iface && c ? intmap_get(&last_copy, b->iface, 0) - 1 : -1;
		if (k >= 0) {
			c->slot = w->iface_copies.a[k].slot;
			c->nelems = w->iface_copies.a[k].nelems;
			c->mapkey = w->iface_copies.a[k].key;
		}
		if (b->iface && c && intmap_get(&w->map_keys, b->iface, 0))
			c->mapkey = intmap_get(&w->map_keys, b->iface, 0);
		int iv = b->iface ? intmap_get(&w->decl_vals, b->iface, 0) : 0;
		k = iv && c ? intmap_get(&last_ret, (unsigned)iv, 0) - 1 : -1;
		if (k >= 0)
			c->result = k;
		if (!v)
			continue;
		esc_site *s = esc_site_of(w->fn, v);
		if (c) {
			c->value = v;
			s->slot = c->slot;
			s->nelems = c->nelems;
			s->call = c->call;
			s->arg = c->arg;
			s->mapkey = c->mapkey;
			s->result = c->result;
			s->field1 = c->field1;
			s->fieldname = c->fieldname;
		}
	}
	intmap_free(&last_arg);
	intmap_free(&last_copy);
	intmap_free(&last_ret);
	for (int i = 0; i < w->boxes.n; i++) {
		int v = site_of(w, w->boxes.a[i].rhs);
		if (v)
			esc_site_of(w->fn, v)->hints |=
				strcmp(field_name(w->boxes.a[i].var), "__object") == 0
					? SH_BOXED
					: SH_BACKING;
	}
	for (int i = 0; i < w->stores.n; i++) {
		int v = site_of(w, w->stores.a[i].ptr);
		tree rhs = w->stores.a[i].rhs;
		tree var = TREE_CODE(rhs) == SSA_NAME ? SSA_NAME_VAR(rhs) : rhs;
		if (!v || !var || !DECL_P(var) || !is_go_name(decl_name(var)))
			continue;
		esc_site *s = esc_site_of(w->fn, v);
		if (!s->varname)
			s->varname = decl_name(var);
	}
}

/* What this function stores in closure records, and how it uses the
 * address of each heap variable: captured by a closure only, or taken
 * otherwise (gc captures by value only variables whose address is not
 * taken). */
static void closure_captures(struct walker *w)
{
	esc_fn *fn = w->fn;

	for (int i = 0; i < w->fields.n; i++) {
		struct field_store *fs = &w->fields.a[i];
		int ci = intmap_get(&w->records, fs->record, 0);
		if (!ci || fs->val.val == ESC_NOVAL)
			continue;
		esc_capture c = {w->closures.a[ci - 1], fs->field, fs->val.val,
				 fs->val.derefs};
		VEC_PUSH(fn->captures, c);
		if (fs->stmt >= 0)
			fn->stmts.a[fs->stmt].cap = fn->captures.n - 1;
		esc_val *v = esc_v(fn, fs->val.val);
		if (fs->stmt >= 0 && (v->flags & VF_TRANSPARENT) && fs->val.derefs == 0) {
			fn->stmts.a[fs->stmt].capture = v->heapvar;
			fn->sites.a[esc_v(fn, v->heapvar)->site].hints |= SH_CAPTURED;
		}
	}
	/* temporaries used only as the pointer of stores, directly or
	   copied into such temporaries: gccgo's way to initialise a heap
	   variable (t = x; *t = v; for an interface also u = &t->__object;
	   *u = w, through the write barrier) takes no address */
	char *other_use = (char *)xcalloc((size_t)fn->vals.n + 1, 1);
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		if (st->src > 0 && !(st->op == EOP_ASSIGN && st->derefs == 0 &&
				     esc_v(fn, st->dst)->kind == EV_TEMP))
			other_use[st->src] = 1;
	}
	for (int i = 0; i < fn->calls.n; i++)
		for (int a = 0; a < fn->calls.a[i].nargs; a++)
			if (fn->calls.a[i].args[a].val > 0)
				other_use[fn->calls.a[i].args[a].val] = 1;
	/* a copy into a temporary used otherwise is a use: back along the
	   copies (a worklist, linear) */
	int *first = (int *)xmalloc(((size_t)fn->vals.n + 1) * sizeof(int));
	int *next = (int *)xmalloc(((size_t)fn->stmts.n + 1) * sizeof(int));
	int *work = (int *)xmalloc(((size_t)fn->vals.n + 1) * sizeof(int));
	int nwork = 0;
	for (int v = 0; v < fn->vals.n; v++) {
		first[v] = -1;
		if (other_use[v])
			work[nwork++] = v;
	}
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		next[i] = -1;
		if (st->op == EOP_ASSIGN && st->derefs == 0 && st->src > 0 &&
		    esc_v(fn, st->dst)->kind == EV_TEMP) {
			next[i] = first[st->dst];
			first[st->dst] = i;
		}
	}
	while (nwork > 0) {
		int d = work[--nwork];
		for (int i = first[d]; i >= 0; i = next[i]) {
			int src = fn->stmts.a[i].src;
			if (!other_use[src]) {
				other_use[src] = 1;
				work[nwork++] = src;
			}
		}
	}
	free(first);
	free(next);
	free(work);
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		int used = -1;
		if (st->op == EOP_ASSIGN && !st->capture && st->derefs == 0 &&
		    !(esc_v(fn, st->dst)->kind == EV_TEMP && !other_use[st->dst]))
			used = st->src;
		else if (st->op == EOP_STORE && st->derefs == 0)
			used = st->src;
		if (used > 0 && (esc_v(fn, used)->flags & VF_TRANSPARENT))
			fn->sites.a[esc_v(fn, esc_v(fn, used)->heapvar)->site].hints |=
				SH_ADDRTAKEN;
	}
	for (int i = 0; i < fn->calls.n; i++) {
		esc_call *c = &fn->calls.a[i];
		for (int a = 0; a < c->nargs; a++) {
			int used = c->args[a].val;
			if (used > 0 && c->args[a].derefs == 0 &&
			    (esc_v(fn, used)->flags & VF_TRANSPARENT))
				fn->sites.a[esc_v(fn, esc_v(fn, used)->heapvar)->site]
					.hints |= SH_ADDRTAKEN;
		}
	}
	free(other_use);
}

/* gccgo passes a value receiver by address, as a parameter named
 * "pointer", and copies it into the receiver variable first thing:
 * t = *pointer.  The Go parameter gc reports is t; "pointer" keeps the
 * function's summary for callers, which pass &t. */
static void fix_value_receiver(struct walker *w, tree fndecl)
{
	tree first = DECL_ARGUMENTS(fndecl);
	const char *name = first ? decl_name(first) : NULL;
	esc_fn *fn = w->fn;

	/* a Go parameter named pointer has its own position; the receiver
	   gccgo made sits at the function's */
	if (!name || strcmp(name, "pointer") != 0 ||
	    DECL_SOURCE_LOCATION(first) != DECL_SOURCE_LOCATION(fndecl))
		return;
	int pv = intmap_get(&w->decl_vals, DECL_UID(first), 0);
	esc_v(fn, pv)->flags |= VF_NOREPORT;
	tree pt = TREE_TYPE(first);
	unsigned pointers = POINTER_TYPE_P(pt) && has_pointers(TREE_TYPE(pt), 0)
				    ? VF_POINTERS
				    : 0;
	int copy = 0;	/* gccgo's nil check copies it first: iftmp = pointer */
	for (int i = 0; i < fn->stmts.n; i++) {
		esc_stmt *st = &fn->stmts.a[i];
		if (st->op == EOP_ASSIGN && st->src == pv && st->derefs == 0 &&
		    esc_v(fn, st->dst)->kind == EV_TEMP && !copy)
			copy = st->dst;
		if ((st->src != pv && st->src != copy) || st->derefs < 0 ||
		    st->derefs > 1)
			continue;
		if (st->op == EOP_STORE && st->derefs == 1 && esc_v(fn, pv)->heapvar) {
			/* *heap copy of t = *pointer: t, the Go receiver,
			   is the value in between */
			int hv = esc_v(fn, pv)->heapvar;
			int t = new_value(w, EV_PARAM, esc_site_of(fn, hv)->varname,
					  esc_v(fn, pv)->pos);
			esc_v(fn, t)->index = -1;
			esc_v(fn, t)->flags |= pointers;
			esc_v(fn, t)->heapvar = hv;
			esc_v(fn, pv)->heapvar = 0;
			fn->stmts.a[i].src = t;
			fn->stmts.a[i].derefs = 0;
			esc_assign(fn, t, pv, 1, fn->stmts.a[i].pos);
			return;
		}
		if (st->op != EOP_ASSIGN)
			continue;
		/* t = *pointer, or for a struct holding just one pointer,
		   which gccgo passes as that pointer, t.p = pointer */
		esc_val *t = esc_v(fn, st->dst);
		if (t->kind == EV_TEMP && st->derefs == 1 && esc_v(fn, pv)->heapvar) {
			/* tmp = *pointer, copied into the heap copy of t: tmp
			   is the Go receiver's value */
			int hv = esc_v(fn, pv)->heapvar;
			t->kind = EV_PARAM;
			t->name = esc_site_of(fn, hv)->varname;
			t->pos = esc_v(fn, pv)->pos;
			t->index = -1;
			t->flags |= pointers;
			t->heapvar = hv;
			esc_v(fn, pv)->heapvar = 0;
			return;
		}
		if (t->kind == EV_TEMP)
			continue;	/* the nil check's copy */
		if (t->kind != EV_VAR)
			return;
		t->kind = EV_PARAM;
		t->index = -1;	/* reported, not part of the summary */
		t->flags |= pointers;
		return;
	}
	/* a pointer-shaped receiver (a map, a chan, a func, a pointer type)
	   comes in "pointer" itself, and its heap copy, for a closure, holds
	   it as it is: "pointer" is the Go receiver */
	if (esc_v(fn, pv)->heapvar && POINTER_TYPE_P(pt) &&
	    POINTER_TYPE_P(TREE_TYPE(pt)))
		esc_v(fn, pv)->flags &= ~VF_NOREPORT;
}

/* gc moves a variable over 10 MiB to the heap whatever its flow; gccgo
 * keeps it in the frame when its address is not taken.  Such a variable
 * becomes a heap-variable site of its own, which the size rule judges. */
static void big_variables(struct walker *w)
{
	unsigned i;
	tree var;

	FOR_EACH_LOCAL_DECL(w->fun, i, var) {
		const char *name = decl_name(var);
		tree size = TYPE_SIZE_UNIT(TREE_TYPE(var));
		if (TREE_CODE(var) != VAR_DECL || DECL_ARTIFICIAL(var) ||
		    !is_go_name(name) || !size || !tree_fits_shwi_p(size) ||
		    tree_to_shwi(size) <= 10LL * 1024 * 1024)
			continue;
		gpos pos = gpos_of(DECL_SOURCE_LOCATION(var));
		int v = esc_site_new(w->fn, SITE_HEAPVAR, pos);
		esc_site_of(w->fn, v)->varname = name;
		esc_site_of(w->fn, v)->size = tree_to_shwi(size);
		/* gccgo keeps it in the frame; gc's variable is on the heap:
		   the variable is its site's storage */
		intmap_put(&w->decl_vals, DECL_UID(var), v);
	}
}

static int block_loop_depth(basic_block bb)
{
	return current_loops && bb->loop_father ? (int)loop_depth(bb->loop_father)
						: 0;
}

/* gccgo splits a function F that calls recover in two: F checks whether
 * it may recover and calls F..r, the body, with its arguments.  gc's
 * verdicts are F..r's; F passes its arguments through, and its summary
 * follows from F..r's. */
static bool calls_recover_body(esc_fn *fn, const char *name)
{
	size_t n = strlen(name);

	for (int i = 0; i < fn->calls.n; i++) {
		tree d = (tree)fn->calls.a[i].decl;
		const char *callee = d && DECL_NAME(d) ? decl_name(d) : NULL;
		if (callee && strlen(callee) == n + 3 &&
		    strncmp(callee, name, n) == 0 && strcmp(callee + n, "..r") == 0)
			return true;
	}
	return false;
}

/* Whether gc reports on this function: Go code the user wrote and the
 * package initialiser, not type-equality and hash functions, stubs or
 * thunks, nor an imported function whose body was inlined in. */
static bool reported(tree fndecl, const char *name)
{
	location_t loc = DECL_SOURCE_LOCATION(fndecl);

	if (DECL_EXTERNAL(fndecl) || loc == UNKNOWN_LOCATION ||
	    loc == BUILTINS_LOCATION)
		return false;
	/* the package initialiser runs the package-level variables'
	   initialisers, whose allocations gc reports */
	if (mangle_is_pkginit(name))
		return true;
	if (mangle_is_support(name))
		return false;
	/* what follows the last "..": funcN for a function literal (in a
	   function or in a package-level initialiser), initN for the
	   package's own init functions; eq, hash, stub, thunkN ... are
	   gccgo's */
	const char *dots = mangle_last_dots(name);
	if (!dots)
		return true;
	const char *tail = dots + 2;
	/* F..r is F's body when F calls recover: F itself only passes its
	   arguments on (see calls_recover_body) */
	if (strcmp(tail, "r") == 0)
		return true;
	size_t k = strncmp(tail, "func", 4) == 0 ? 4
		   : strncmp(tail, "init", 4) == 0 ? 4 : 0;
	if (!k || !tail[k])
		return false;
	for (const char *d = tail + k; *d; d++)
		if (!ISDIGIT(*d))
			return false;
	return true;
}

int goesc_walk_files(function *fun, const char **files, int max)
{
	tree fndecl = fun->decl;
	int n = 0;

	if (!DECL_NAME(fndecl) || !mangle_is_pkginit(decl_name(fndecl)))
		return 0;
	basic_block bb;
	FOR_EACH_BB_FN(bb, fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			location_t loc = gimple_location(gsi_stmt(gsi));
			const char *f = loc == UNKNOWN_LOCATION ||
						loc == BUILTINS_LOCATION
					? NULL
					: LOCATION_FILE(loc);
			int k = 0;
			while (f && k < n && strcmp(files[k], f) != 0)
				k++;
			if (f && k == n && n < max)
				files[n++] = f;
		}
	}
	return n;
}

esc_fn *goesc_walk(function *fun, const char *only_file)
{
	tree fndecl = fun->decl;
	const char *name = DECL_NAME(fndecl) ? decl_name(fndecl) : asm_name(fndecl);
	const char *file = only_file ? only_file : DECL_SOURCE_FILE(fndecl);
	struct walker w;

	memset(&w, 0, sizeof w);
	/* the package's files, for names the source of an atomic builtin
	   call declares in another file */
	for (unsigned i = 0; i < num_in_fnames; i++)
		gosrc_package_file(in_fnames[i]);
	w.fun = fun;
	w.only_file = only_file;
	w.fn = esc_fn_new(name, file ? file : "", gpos_of(DECL_SOURCE_LOCATION(fndecl)));
	w.fn->user = fndecl;
	w.fn->chain_user = fndecl;
	w.fn->reported = file && reported(fndecl, name);
	w.fn->pkginit = mangle_is_pkginit(name);
	w.ssa_vals = (int *)xcalloc(num_ssa_names + 1, sizeof(int));
	w.chain = fun->static_chain_decl;

	find_results(&w);
	index_decl_defs(&w);
	make_params(&w, fndecl);
	make_results(&w);
	heap_result_values(&w);
	big_variables(&w);

	w.fn->partial = only_file != NULL;
	w.cycles = goesc_blocks_on_cycles(fun);
	basic_block bb;
	FOR_EACH_BB_FN(bb, fun) {
		w.loop_depth = block_loop_depth(bb);
		w.on_cycle = w.cycles[bb->index] != 0;
		for (gphi_iterator gsi = gsi_start_phis(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi))
			walk_phi(&w, gsi.phi());
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi))
			walk_stmt(&w, gsi_stmt(gsi));
	}
	loose_returns(&w);
	classify_sites(&w);
	closure_captures(&w);
	fix_value_receiver(&w, fndecl);
	if (calls_recover_body(w.fn, name))
		w.fn->reported = false;

	/* results in index order; unset variables' loop depth */
	for (int v = 2; v < w.fn->vals.n; v++) {
		esc_val *x = esc_v(w.fn, v);
		if (x->kind == EV_RESULT && x->index < w.fn->nresults)
			w.fn->results[x->index] = v;
		if (x->loop_depth == INT_MAX)
			x->loop_depth = 0;
	}

	free(w.ssa_vals);
	free(w.cycles);
	VEC_FREE(w.loose_returns);
	intmap_free(&w.decl_vals);
	intmap_free(&w.result_index);
	VEC_FREE(w.heap_results);
	intmap_free(&w.ssa_site);
	intmap_free(&w.decl_defs);
	intmap_free(&w.partial_defs);
	intmap_free(&w.addr_taken);
	intmap_free(&w.map_keys);
	intmap_free(&w.select_cases);
	intmap_free(&w.split_index);
	VEC_FREE(w.splits);
	VEC_FREE(w.defs);
	VEC_FREE(w.site_results);
	VEC_FREE(w.heapvars);
	VEC_FREE(w.boxes);
	VEC_FREE(w.stores);
	VEC_FREE(w.fields);
	VEC_FREE(w.box_stores);
	VEC_FREE(w.decl_args);
	VEC_FREE(w.iface_copies);
	VEC_FREE(w.closures);
	intmap_free(&w.records);
	return w.fn;
}
