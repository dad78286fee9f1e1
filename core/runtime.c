/* runtime.c: the table of gccgo runtime functions (see runtime.h).
 *
 * Facts behind the entries (gccgo-12, libgo):
 *   newobject(type) *T                      new(T), &T{}, heap variables,
 *                                           literals' backing arrays, boxes
 *   makeslice(type, len, cap) unsafe.Pointer make([]T, len, cap)
 *   makemap__small() / makemap(type, hint, h) make(map[K]V)
 *   makechan(type, size)                    make(chan T): gc says nothing
 *   growslice(type, old, len, cap, newlen)  append's new backing array: the
 *                                           old elements are copied into it
 *                                           (old points to them: typed as
 *                                           such, they may hold nothing)
 *   typedmemmove(type, dst, src)            *dst = *src
 *   gcWriteBarrier(dst, val)                *dst = val (val as an integer)
 *   typedslicecopy(type, dp, dn, sp, sn)    copy(): *dp = *sp
 *   memmove(dst, src, n)                    copies memory without pointers
 *                                           (the typed forms copy the rest)
 *   concatstrings(buf, &parts, n)           a + b + ...
 *   stringtoslicebyte(buf, s) and friends   conversions that allocate
 *   mapassign*(type, h, &key) *V            (fast forms are spelled
 *                                           mapassign__fast64, two '_')
 *                                           the key and (through the
 *                                           returned slot) the value are
 *                                           stored in the map: heap
 *   chansend1(c, &v)                        a sent value escapes
 *   selectgo(&cases, &order, pc, ns, nr, b) a select of several cases:
 *                                           cases[i] = {c, &v}, keeps
 *                                           none; *v escapes when sent
 *   gopanic(e)                              a panic value escapes
 *   __go_construct_map(type, n, esize,      map[K]V{...}: the entries
 *                      voff, &entries)      are stored in the map
 *   __go_go(thunk, arg)                     go f(x): the argument record
 *                                           is handed to a new goroutine:
 *                                           what it holds escapes (gc has
 *                                           no record, its wrapper holds
 *                                           the arguments); in gccgo's
 *                                           model the record itself does
 *   deferproc(&frame, thunk, arg)           defer f(x): run before return;
 *                                           in a loop the record is on the
 *                                           heap (gc: the call's arguments
 *                                           escape); in gccgo's model the
 *                                           record itself then does: one
 *                                           per turn, all kept until the
 *                                           function returns
 *   ifaceE2T2(type, e, &ret) bool           v, ok := e.(T): *ret = *e.data
 *   ifaceE2T2P(type, e) (p, ok)             pointer-shaped T: e.data
 */
#include "runtime.h"
#include "gosrc.h"
#include "mangle.h"

#include <string.h>

#define NONE {RT_END, 0, 0, 0, WHY_NONE, 0, 0}
#define ALLOC {RT_ALLOC, 0, 0, 0, WHY_NONE, 0, 0}
#define STORE(d, s, k) {RT_STORE, d, s, k, WHY_NONE, 0, 0}
#define RESULT(s, k) {RT_RESULT, 0, s, k, WHY_NONE, 0, 0}
#define HEAP(s, k) {RT_HEAP, 0, s, k, WHY_NONE, 0, 0}
/* to the heap, gc saying why and naming node kind `n` of the statement */
#define HEAP_AS(s, k, why, n) {RT_HEAP, 0, s, k, why, n, 0}
#define HEAP_ELEMS(s, k) {RT_HEAP_ELEMS, 0, s, k, WHY_NONE, 0, 0}
#define HEAP_IN_LOOP(s, k) {RT_HEAP_IN_LOOP, 0, s, k, WHY_NONE, 0, 0}
#define CALL(f, a) {RT_CALL, f, a, 0, WHY_NONE, 0, 0}
/* in gccgo's model only */
#define GCCGO_HEAP(s, k) {RT_HEAP, 0, s, k, WHY_NONE, 0, ESC_ONLY_GCCGO}
#define GCCGO_HEAP_IN_LOOP(s, k) {RT_HEAP_IN_LOOP, 0, s, k, WHY_NONE, 0, ESC_ONLY_GCCGO}

static const rt_func table[] = {
	/* allocation */
	{"runtime.newobject", SITE_NEW, -1, {ALLOC}},
	{"runtime.makeslice", SITE_MAKESLICE, 2, {ALLOC}},
	{"runtime.makeslice64", SITE_MAKESLICE, 2, {ALLOC}},
	{"runtime.makemap__small", SITE_MAKEMAP, -1, {ALLOC}},
	{"runtime.makemap", SITE_MAKEMAP, -1, {ALLOC}},
	{"runtime.makemap64", SITE_MAKEMAP, -1, {ALLOC}},
	{"__go_construct_map", SITE_MAPLIT, -1, {ALLOC, HEAP(4, 1)}},
	{"runtime.makechan", SITE_SILENT, -1, {ALLOC}},
	{"runtime.makechan64", SITE_SILENT, -1, {ALLOC}},
	{"runtime.growslice", SITE_KIND_COUNT, -1, {RESULT(1, 0), HEAP_ELEMS(1, 1)}},
	{"runtime.concatstrings", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.stringtoslicebyte", SITE_STR2BYTES, -1, {ALLOC}},
	{"runtime.stringtoslicerune", SITE_STR2RUNES, -1, {ALLOC}},
	{"runtime.slicebytetostring", SITE_BYTES2STR, -1, {ALLOC}},
	{"runtime.slicerunetostring", SITE_BYTES2STR, -1, {ALLOC}},
	{"runtime.intstring", SITE_RUNESTR, -1, {ALLOC}},
	{"runtime.slicebytetostringtmp", SITE_KIND_COUNT, -1, {RESULT(0, 0)}},
	/* copies (memmove copies no pointers: gccgo uses the typed forms
	   for memory that holds them) */
	{"runtime.typedmemmove", SITE_KIND_COUNT, -1, {STORE(1, 2, 1)}},
	{"runtime.gcWriteBarrier", SITE_KIND_COUNT, -1, {STORE(0, 1, 0)}},
	{"runtime.typedslicecopy", SITE_KIND_COUNT, -1, {STORE(1, 3, 1)}},
	{"runtime.memmove", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.slicecopy", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.typedmemclr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memclrHasPointers", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memclrNoHeapPointers", SITE_KIND_COUNT, -1, {NONE}},
	/* maps: keys and values put in a map are on the heap, so what an
	   index expression reads carries nothing gc follows; a range over a
	   map, though, reads its content (gc: the map's content flows to the
	   key and value): the iterator points into it */
	{"runtime.mapaccess1", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1__fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2__fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1__fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2__fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1__faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2__faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1__fat", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2__fat", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapassign", SITE_KIND_COUNT, -1,
	 {HEAP_AS(2, 1, WHY_MAP_KEY, GN_INDEX)}},
	{"runtime.mapassign__fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapassign__fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapassign__fast32ptr", SITE_KIND_COUNT, -1,
	 {HEAP_AS(2, 0, WHY_MAP_KEY, GN_INDEX)}},
	{"runtime.mapassign__fast64ptr", SITE_KIND_COUNT, -1,
	 {HEAP_AS(2, 0, WHY_MAP_KEY, GN_INDEX)}},
	{"runtime.mapassign__faststr", SITE_KIND_COUNT, -1,
	 {HEAP_AS(2, 0, WHY_MAP_KEY, GN_INDEX)}},
	{"runtime.mapdelete", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete__fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete__fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete__faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapclear", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapiterinit", SITE_KIND_COUNT, -1, {STORE(2, 1, 0)}},
	{"runtime.mapiternext", SITE_KIND_COUNT, -1, {NONE}},
	/* channels and select: a sent value escapes */
	{"runtime.chansend1", SITE_KIND_COUNT, -1, {HEAP_AS(1, 1, WHY_SEND, GN_SEND)}},
	{"runtime.selectnbsend", SITE_KIND_COUNT, -1,
	 {HEAP_AS(1, 1, WHY_SEND, GN_SEND)}},
	{"runtime.chanrecv1", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.chanrecv2", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.selectnbrecv", SITE_KIND_COUNT, -1, {NONE}},
	/* its cases' stores are the walk's (plugin/walk.c) */
	{"runtime.selectgo", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.closechan", SITE_KIND_COUNT, -1, {NONE}},
	/* interfaces: a type assertion reads the boxed value (or, for
	   pointer-shaped types, the data word itself) */
	{"runtime.ifaceE2T2", SITE_KIND_COUNT, -1, {STORE(2, 1, 1)}},
	{"runtime.ifaceI2T2", SITE_KIND_COUNT, -1, {STORE(2, 1, 1)}},
	{"runtime.ifaceE2T2P", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.ifaceI2T2P", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.ifaceE2I2", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.ifaceI2I2", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.ifaceI2E2", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.ifaceE2E2", SITE_KIND_COUNT, -1, {RESULT(1, 0)}},
	{"runtime.assertitab", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifaceT2Ip", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.efaceeq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifaceeq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.efacevaleq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifacevaleq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifaceefaceeq", SITE_KIND_COUNT, -1, {NONE}},
	/* go, defer, panic */
	{"__go_go", SITE_KIND_COUNT, -1,
	 {HEAP(0, 0), HEAP(1, 1), CALL(0, 1), GCCGO_HEAP(1, 0)}},
	{"runtime.deferproc", SITE_KIND_COUNT, -1,
	 {HEAP_IN_LOOP(2, 1), CALL(1, 2), GCCGO_HEAP_IN_LOOP(2, 0)}},
	/* deferprocStack(d, &frame, thunk, arg): what the frontend's own
	   stack allocation calls, with the record d in the caller's frame */
	{"runtime.deferprocStack", SITE_KIND_COUNT, -1,
	 {HEAP_IN_LOOP(3, 1), CALL(2, 3), GCCGO_HEAP_IN_LOOP(3, 0)}},
	{"runtime.deferreturn", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.checkdefer", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.setdeferretaddr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.gopanic", SITE_KIND_COUNT, -1,
	 {HEAP_AS(0, 0, WHY_CALL_PARAM, GN_CALL)}},
	{"runtime.gorecover", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicgonil", SITE_KIND_COUNT, -1, {NONE}},
	/* println's arguments go nowhere */
	{"runtime.printbool", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printcomplex", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printeface", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printfloat", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printhex", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printiface", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printint", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printlock", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printnl", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printpointer", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printslice", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printsp", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printstring", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printuint", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.printunlock", SITE_KIND_COUNT, -1, {NONE}},
	/* comparisons, hashes and checks read their arguments only */
	{"runtime.memequal", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal0", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal8", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal16", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal128", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash8", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash16", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memhash128", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.strhash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.f32hash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.f64hash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.c64hash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.c128hash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.interhash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.nilinterhash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.decoderune", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.requireitab", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.canrecover", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.deferredrecover", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.typehash", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.strequal", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.cmpstring", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.checkMakeSlice", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.unsafeslice", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.unsafeslice64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.registerGCRoots", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.registerTypeDescriptors", SITE_KIND_COUNT, -1, {NONE}},
	/* panics with scalar arguments */
	{"runtime.goPanicIndex", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicIndexU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceAlen", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceAlenU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceAcap", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceAcapU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceB", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceBU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3Alen", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3AlenU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3Acap", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3AcapU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3B", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3BU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3C", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSlice3CU", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicSliceConvert", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.goPanicExtendIndex", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicmem", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicdivide", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicshift", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicdottype", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicmakeslicelen", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicmakeslicecap", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicunsafeslicelen", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.block", SITE_KIND_COUNT, -1, {NONE}},
};

const rt_func *esc_runtime_lookup(const char *name)
{
	if (!name || (strncmp(name, "runtime.", 8) != 0 &&
		      !mangle_is_support(name)))
		return NULL;
	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}
