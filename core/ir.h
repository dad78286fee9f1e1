/* ir.h: the analysis's own small IR, what the GIMPLE walk produces.
 *
 * A function is a list of values and a list of statements over them.
 *
 * Values are the things that can hold a pointer: every SSA name, every local
 * variable kept in memory (aggregates such as slices, strings, interfaces and
 * arrays count as one value: the analysis is field-insensitive, as gc's is),
 * the parameters and results, the storage of each allocation site, and the
 * heap (which stands for globals and any memory the analysis cannot name).
 * Value 0 is "nothing": constants, addresses of functions and type
 * descriptors.
 *
 * Statements say how pointers move, each with the source position gccgo gave
 * the GIMPLE statement:
 *
 *   ASSIGN  dst = src    with derefs: -1 "dst = &src", 0 "dst = src",
 *                        k > 0 "dst = *...*src" (k loads)
 *   STORE   *dst = src   (same derefs on src): a store through a pointer
 *   CALL    a call, with its arguments (each a value and derefs) and the
 *           values that receive its results
 *
 * Allocation sites carry what gc needs to name and judge them: their kind,
 * gccgo's position (the naming step turns it into gc's position and text),
 * their size when known, and a reason that forces them to the heap
 * whatever the flow ("too large for stack", "non-constant size").
 *
 * The analysis runs in two models over the same IR (see docs/design.md):
 * ESC_MODEL_GC decides what gc 1.19 would for this code, which is what is
 * reported; ESC_MODEL_GCCGO decides what is true of the code gccgo made
 * (closures capture by reference, go and defer hand a record to the
 * runtime, callees are libgo's), which the stack transform acts on.  A
 * statement made for one model only says so (esc_stmt.only).
 *
 * The IR knows nothing about GCC; the unit tests build it by hand.
 */
#ifndef GOESC_IR_H
#define GOESC_IR_H

#include "pos.h"
#include "leaks.h"
#include "util.h"

/* gc's reasons for a flow, which -m=2 prints in "from x (REASON) at ...",
 * and for sending a site to the heap whatever its flow: the words are
 * esc_why_text's. */
enum esc_why {
	WHY_NONE,
	WHY_ASSIGN,		/* assign */
	WHY_RETURN,		/* return */
	WHY_SWITCH_CASE,	/* switch case */
	WHY_SPILL,		/* spill */
	WHY_ADDRESS_OF,		/* address-of */
	WHY_CAPTURED,		/* captured by a closure */
	WHY_REFERENCE,		/* reference */
	WHY_CONVERTED,		/* interface-converted */
	WHY_STRUCT_ELEM,	/* struct literal element */
	WHY_ARRAY_ELEM,		/* array literal element */
	WHY_SLICE_ELEM,		/* slice-literal-element */
	WHY_CALL_PARAM,		/* call parameter */
	WHY_SEND,		/* send */
	WHY_MAP_KEY,		/* key of map put */
	WHY_RANGE,		/* range */
	WHY_RANGE_DEREF,	/* range-deref */
	WHY_TOO_LARGE,		/* too large for stack */
	WHY_NONCONST,		/* non-constant size */
	WHY_COUNT
};

/* gc's words for w ("assign", "call parameter", ...); NULL for WHY_NONE. */
const char *esc_why_text(enum esc_why w);

enum esc_vkind {
	EV_NONE,	/* value 0 only */
	EV_HEAP,	/* value 1: the heap */
	EV_TEMP,	/* compiler temporary: SSA name without a Go name,
			   gccgo's GOTMP.n and gimplifier temporaries */
	EV_VAR,		/* a Go local variable */
	EV_PARAM,	/* a parameter; index = its position, receiver first */
	EV_RESULT,	/* a result; index = its position */
	EV_ALLOC,	/* the storage of allocation site `site` */
	EV_CAPTURE,	/* in a closure: what its enclosing function stored in
			   field `name` of its record (for gccgo, a captured
			   variable's address) */
};

enum {
	ESC_NOVAL = 0,
	ESC_HEAP = 1,
};

enum esc_model {
	ESC_MODEL_GC,		/* gc's decisions: the report */
	ESC_MODEL_GCCGO,	/* what gccgo's code does: the stack transform */
};

/* esc_stmt.only: the model a statement is for, when not both */
enum { ESC_ONLY_BOTH, ESC_ONLY_GC, ESC_ONLY_GCCGO };

/* esc_val.flags */
enum {
	VF_POINTERS = 1,	/* its type holds pointers (params: reported) */
	VF_ADDRTAKEN = 2,	/* its address is taken somewhere */
	VF_TRANSPARENT = 4,	/* a heap variable's pointer: stands for the
				   address of its site, not a Go variable */
	VF_NOREPORT = 8,	/* a parameter gc reports otherwise (unnamed,
				   "_", or moved to the heap) */
	VF_TEE = 16,		/* gc's {temp} between an argument and the
				   several places a callee's tags send it */
	VF_UINTPTR = 32,	/* a body-less function's uintptr parameter,
				   which gc keeps alive across the call */
};

typedef struct esc_val {
	enum esc_vkind kind;
	unsigned flags;
	const char *name;	/* Go name; gccgo's name for temporaries */
	gpos pos;		/* declaration position (gccgo's) */
	int index;		/* EV_PARAM, EV_RESULT */
	int site;		/* EV_ALLOC: index into esc_fn.sites */
	int loop_depth;		/* gc's loop depth of its declaration */
	int cfg_loop_depth;	/* EV_ALLOC: the natural loops of the control
				   flow graph around it; gccgo's model takes
				   the deeper of the two */
	int heapvar;		/* EV_PARAM: the heap copy gccgo made of it
				   (an EV_ALLOC value), 0 if none */
} esc_val;

enum esc_site_kind {
	SITE_NEW,		/* new(T) */
	SITE_PTRLIT,		/* &T{...} */
	SITE_HEAPVAR,		/* a variable gccgo put on the heap: "moved to
				   heap: x" when it must stay there */
	SITE_MAKESLICE,		/* make([]T, n[, m]) */
	SITE_SLICELIT,		/* []T{...} or [N]T{...} backing array */
	SITE_VARIADIC,		/* the "... argument" array of a variadic call */
	SITE_BOX,		/* a value converted to an interface */
	SITE_CLOSURE,		/* func literal */
	SITE_METHODVALUE,	/* t.M */
	SITE_MAKEMAP,		/* make(map[K]V) */
	SITE_MAPLIT,		/* map[K]V{...} */
	SITE_CONCAT,		/* a + b */
	SITE_STR2BYTES,		/* ([]byte)(s) */
	SITE_BYTES2STR,		/* string(b) */
	SITE_RUNESTR,		/* string(r) */
	SITE_STR2RUNES,		/* ([]rune)(s) */
	SITE_SILENT,		/* gc prints nothing (make(chan), append) */
	SITE_KIND_COUNT
};

typedef struct esc_site {
	enum esc_site_kind kind;
	enum esc_site_kind alloc;	/* what its runtime call allocates, as
					   runtime.c's table says (naming
					   refines `kind`, this stays) */
	gpos gccgo_pos;		/* the allocation call's position */
	long long size;		/* bytes of what is allocated, -1 unknown */
	long long exact_size;	/* the same (for make, of an element), known
				   for sure: from the type descriptor, the
				   heap variable's type, ... (see walk.c);
				   -1 when only `size`'s estimate is */
	long long named_size;	/* when the descriptor is another package's
				   (T's size is not in it): the size of the
				   type the result is read as, which has T's
				   name; sure when no conversion through
				   unsafe.Pointer can read it as another
				   type (esc_settle_sizes), else -1 */
	long long elemsize;	/* SITE_MAKESLICE: bytes per element, -1 */
	long long count;	/* SITE_MAKESLICE: constant capacity, -1 when
				   not a constant */
	enum esc_why heap_reason;/* forces the heap regardless of flow; set
				   by esc_judge_sites() from gc's rules */
	enum esc_why heap_note;	/* forces the heap by construction (a func
				   literal run by go): gc's note for it */
	unsigned hints;		/* what the walk saw done with it (SH_*) */
	/* SITE_BOX: where the interface value went, for naming it */
	int slot;		/* element number in a literal's or a variadic
				   call's array, -1 */
	int nelems;		/* that array's length */
	int mapkey;		/* a map literal's key (else its value), or
				   ESC_MAPKEY_INDEX: the key of m[k] put or
				   deleted, ESC_MAPKEY_READ: read */
	int field1;		/* an element's field (struct elements of a
				   literal): its index + 1, 0 for none */
	const char *fieldname;	/* and its name */
	int call, arg;		/* passed as argument `arg` of IR call `call`,
				   -1 */
	int value;		/* in esc_fn.convs: the stored site's value */
	int operands;		/* SITE_CONCAT: the value of the array of
				   strings concatenated, 0 if not known */
	int result;		/* returned as result number `result`, -1 */
	const char *varname;	/* SITE_HEAPVAR: the variable; SITE_BOX: the
				   boxed variable, when it is one */
	void *stmt;		/* the plugin's handle for the runtime call
				   that allocates it, NULL when the site is
				   not one (a static literal, a big variable) */
	/* Filled by naming (sites.c): gc's text and position. */
	char *name;
	gpos pos;
	gpos start, end;	/* the named expression's extent (gc prints an
				   expression's sites before those inside it) */
} esc_site;

/* esc_site.hints: uses that tell what a runtime.newobject is for */
enum {
	SH_BOXED = 1,		/* stored as an interface's data word */
	SH_BACKING = 2,		/* stored as a slice's array pointer */
	SH_ADDRTAKEN = 4,	/* SITE_HEAPVAR: "&x" used other than by a
				   closure capturing x */
	SH_CAPTURED = 8,	/* SITE_HEAPVAR: captured by a closure */
	SH_BYVAL = 16,		/* captured by value, as gc decides */
	SH_REASSIGNED = 64,	/* SITE_HEAPVAR: assigned after its
				   declaration (gc's "assign=true") */
	SH_RECORD = 128,	/* the argument record go or defer hands to
				   its thunk: gc has no such allocation */
	SH_GOARG = 256,		/* the argument go passes straight to its
				   function (gccgo places it at the "go") */
	SH_WRAPPED = 32,	/* SITE_VARIADIC of a go or defer statement's
				   call: gc builds it inside the wrapper it
				   runs, so only its elements are captured */
	SH_OPASSIGN = 512,	/* SITE_CONCAT of s += t: gc has no site, and
				   reads it as s = t */
	SH_INDIRECT = 1024,	/* SITE_HEAPVAR of a pointer or a slice:
				   x.f = v and x[i] = v write elsewhere */
};

enum esc_op {
	EOP_ASSIGN,
	EOP_STORE,
	EOP_CALL,
};

enum { ESC_ELEM_FIELD = -1, ESC_ELEM_INDEX = -2 };
enum { ESC_MAPKEY_INDEX = 2, ESC_MAPKEY_READ = 3 };

typedef struct esc_stmt {
	enum esc_op op;
	int dst;		/* ASSIGN: destination; STORE: the pointer */
	int src;
	int derefs;
	gpos pos;
	int call;		/* EOP_CALL: index into esc_fn.calls */
	int capture;		/* ASSIGN: stores a captured variable into a
				   closure record: the site of that variable */
	int cap;		/* ASSIGN into a closure record: index into
				   esc_fn.captures, or -1 */
	int weak;		/* STORE of a value without pointers (gccgo's
				   copy of a scalar parameter into its heap
				   variable): kept only when gc captures that
				   variable by value */
	int selfassign;		/* STORE: the Go statement has the shape gc
				   ignores (b.buf = b.buf[1:2], x.f = x.g):
				   how many of its pairs do */
	int conv;		/* ASSIGN: stores into an interface's data
				   word: index into esc_fn.convs, or -1 */
	int elem;		/* into a field of element elem - 1 of a
				   literal's array ([]T{{x, ...}}), into a
				   field (ESC_ELEM_FIELD) or an element
				   (ESC_ELEM_INDEX) of a variable; 0: none */
	enum esc_why why;	/* gc's reason for the flow when it is not the
				   statement's ("send", "key of map put"), and */
	int node;		/* the kind of node inside the statement gc
				   names then (an enum gn_kind) */
	int only;		/* ESC_ONLY_*: the model it is for */
	unsigned facts;		/* SF_*: what its Go statement is, from the
				   source (esc_stmt_facts, before the graph) */
} esc_stmt;

/* esc_stmt.facts */
enum {
	SF_RESULTS = 1,		/* assigns a call's several results
				   (a, b := f()): gc notes nothing for it */
	SF_CASE = 2,		/* sets a type switch clause's variable */
	SF_LITERAL = 4,		/* assigns, returns or declares with a value
				   literal (T{...}, [N]T{...}) */
	SF_ADDR = 8,		/* copies a closure's capture: writes "&x" of
				   the variable it captured by reference */
};

/* A value the function stored into field `field` of the record of the
 * closure `closure` (the plugin's handle for its function). */
typedef struct esc_capture {
	void *closure;
	const char *field;
	int val;
	int derefs;
} esc_capture;

enum esc_callee_kind {
	CALLEE_UNKNOWN,		/* nothing known: every argument escapes */
	CALLEE_TAGGED,		/* per-argument leaks known (export data,
				   or an analysed function of this unit) */
	CALLEE_LOCAL,		/* a function of this unit: see `fn` */
};

typedef struct esc_arg {
	int val;
	int derefs;
	int tee;		/* its VF_TEE value once the graph made one */
	int addr;		/* a heap variable's pointer the call's
				   statement writes as "&x" (esc_stmt_facts) */
} esc_arg;

struct esc_fn;

typedef struct esc_call {
	enum esc_callee_kind kind;
	const char *callee;	/* assembler name */
	void *decl;		/* the plugin's handle for the callee */
	struct esc_fn *fn;	/* CALLEE_LOCAL */
	int variadic;		/* the callee's last parameter is ...T */
	int nfixed;		/* then: parameters before it, receiver not
				   counted (gc prints "f(x, ... argument...)") */
	int chain;		/* the last argument is a closure's record */
	int imported;		/* CALLEE_LOCAL into an imported function's
				   inline body whose tags and gccgo_tags were
				   read from its package: 1, 2 when gc's tags
				   stand for it too (see analyse.c) */
	int chain_site;		/* a call through a func value: the site of
				   the func literal it holds, if the walk
				   could tell (gc calls such a literal
				   directly), else 0 */
	int nargs;
	esc_arg *args;
	leaks *tags;		/* CALLEE_TAGGED: one per argument, as gc
				   would have them (ESC_MODEL_GC) */
	leaks *gccgo_tags;	/* and as true of the code that runs:
				   libgo's export data or goesc's own
				   summaries, never gc's std tags
				   (ESC_MODEL_GCCGO) */
	int nresults;
	int *results;		/* values receiving the results (0 = dropped):
				   one per field of the struct gccgo returns
				   several results in, else one */
	int loop_depth;		/* gc's loop depth at the call, from the source
				   (esc_stmt_facts), 0 if not known */
	int callee_nresults;	/* the callee's results when known, else -1:
				   results[r] is its result r only when the
				   counts agree (see esc_call_result_map) */
	gpos pos;
} esc_call;

typedef struct esc_fn {
	char *name;		/* gccgo's name: main.foo, main.T.M, go.p.F */
	char *file;		/* source file */
	gpos pos;		/* the declaration's position */
	int nparams;		/* values 2 .. 2+nparams-1 are the parameters */
	int nresults;
	int *results;		/* result index -> value */
	VEC(esc_val) vals;
	VEC(esc_stmt) stmts;
	VEC(esc_site) sites;
	VEC(esc_call) calls;
	int reported;		/* gc reports this function */
	int pkginit;		/* the package's variable initialisers, which
				   gc analyses after every function */
	void *user;		/* the plugin's handle (its FUNCTION_DECL) */
	void *chain_user;	/* the handle of the function whose record its
				   static chain points to: its own, or F's for
				   gccgo's F..r (the body of a closure F that
				   calls recover, given F's record) */
	leaks *summary;		/* once solved: per parameter, what the
				   function does with it (nparams entries) */
	leaks *gccgo_summary;	/* the same in ESC_MODEL_GCCGO, once solved
				   in it */
	int external;		/* another package's function (the inline body
				   of an imported one) */
	int bodyless;		/* declared without a body: its statements
				   are what gc assumes (core/bodyless.c) */
	int report_group;	/* the batch gc would put it in, numbered in
				   the order gc reports them (one solved
				   batch may hold several: see
				   plugin/analyse.c) */
	int partial;		/* walked one source file at a time (a
				   package initialiser over several): its
				   sites are never moved to the stack */
	VEC(esc_capture) captures;
	/* Values stored into interfaces: where, for naming gc's implicit
	   conversion ("from m (interface-converted)"); `site` of each is the
	   stored allocation's value when there is one (a box is its own
	   conversion). */
	VEC(esc_site) convs;
	struct esc_fn *outer;	/* a closure: the function it is in */
	int called_directly;	/* a closure: func(){...}() */
	VEC(char *) strings;	/* names the IR owns (esc_fn_str) */
	/* What the walk did not understand and read conservatively (first
	   few kinds, and how many times in all). */
	strbuf unknown;
	int nunknown;
} esc_fn;

/* The handle of the function whose record fn's static chain points to. */
static inline void *esc_fn_chain_user(const struct esc_fn *fn)
{
	return fn->chain_user ? fn->chain_user : fn->user;
}

/* Building a function. */
esc_fn *esc_fn_new(const char *name, const char *file, gpos pos);
void esc_fn_free(esc_fn *fn);
/* Once fn is solved and reported, keep only what its callers and the
 * summary file need (name, parameters' summary, handles): the body's IR
 * goes, so that memory does not grow with the unit. */
void esc_fn_release_body(esc_fn *fn);
/* Note that the walk met `what` and read it conservatively. */
void esc_fn_unknown(esc_fn *fn, const char *what);

/* A copy of s that lives as long as fn. */
const char *esc_fn_str(esc_fn *fn, const char *s);
int esc_val_new(esc_fn *fn, enum esc_vkind kind, const char *name, gpos pos);
int esc_site_new(esc_fn *fn, enum esc_site_kind kind, gpos pos);
void esc_assign(esc_fn *fn, int dst, int src, int derefs, gpos pos);
void esc_store(esc_fn *fn, int ptr, int src, int derefs, gpos pos);
/* Whether call result value r (0 <= r < c->nresults) receives the
 * callee's result k: the one of the same index when the counts agree,
 * else every one (a struct result taken apart, or a count not known). */
int esc_call_result_map(const esc_call *c, int r, int k);

int esc_call_new(esc_fn *fn, enum esc_callee_kind kind, const char *callee,
		 int nargs, int nresults, gpos pos);

static inline esc_val *esc_v(esc_fn *fn, int v)
{
	return &fn->vals.a[v];
}

/* The EV_ALLOC value of site number i. */
int esc_val_of_site(esc_fn *fn, int i);

static inline esc_site *esc_site_of(esc_fn *fn, int v)
{
	return &fn->sites.a[fn->vals.a[v].site];
}

const char *esc_site_kind_name(enum esc_site_kind k);
const char *esc_vkind_name(enum esc_vkind k);

/* The Go name of the variable a closure's capture value v (in function fi
 * of a batch fns) is the address of, when the closure captures it by
 * reference; NULL otherwise. */
const char *esc_capture_ref_name(esc_fn **fns, int nfns, int fi, int v);

/* Print the IR of fn (values, sites, statements) for -fdump-tree-goesc. */
void esc_fn_dump(esc_fn *fn, strbuf *out);

#endif
