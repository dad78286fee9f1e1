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
 *   typedmemmove(type, dst, src)            *dst = *src
 *   gcWriteBarrier(dst, val)                *dst = val (val as an integer)
 *   typedslicecopy(type, dp, dn, sp, sn)    copy(): *dp = *sp
 *   memmove(dst, src, n)                    *dst = *src
 *   concatstrings(buf, &parts, n)           a + b + ...
 *   stringtoslicebyte(buf, s) and friends   conversions that allocate
 *   mapassign*(type, h, &key) *V            the key and (through the
 *                                           returned slot) the value are
 *                                           stored in the map: heap
 *   chansend1(c, &v)                        a sent value escapes
 *   gopanic(e)                              a panic value escapes
 *   __go_construct_map(type, n, esize,      map[K]V{...}: the entries
 *                      voff, &entries)      are stored in the map
 *   __go_go(thunk, arg)                     go f(x): the argument record
 *                                           is handed to a new goroutine
 *   deferproc(&frame, thunk, arg)           defer f(x): run before return
 */
#include "runtime.h"

#include <string.h>

#define NONE {RT_END, 0, 0, 0}
#define ALLOC {RT_ALLOC, 0, 0, 0}
#define STORE(d, s, k) {RT_STORE, d, s, k}
#define RESULT(s, k) {RT_RESULT, 0, s, k}
#define HEAP(s, k) {RT_HEAP, 0, s, k}

static const rt_func table[] = {
	{"runtime.newobject", SITE_NEW, -1, {ALLOC}},
	{"runtime.makeslice", SITE_MAKESLICE, 2, {ALLOC}},
	{"runtime.makeslice64", SITE_MAKESLICE, 2, {ALLOC}},
	{"runtime.makemap__small", SITE_MAKEMAP, -1, {ALLOC}},
	{"runtime.makemap", SITE_MAKEMAP, -1, {ALLOC}},
	{"runtime.makemap64", SITE_MAKEMAP, -1, {ALLOC}},
	{"runtime.makechan", SITE_SILENT, -1, {ALLOC}},
	{"runtime.makechan64", SITE_SILENT, -1, {ALLOC}},
	{"runtime.growslice", SITE_KIND_COUNT, -1, {RESULT(1, 0), HEAP(1, 1)}},
	{"runtime.typedmemmove", SITE_KIND_COUNT, -1, {STORE(1, 2, 1)}},
	{"runtime.gcWriteBarrier", SITE_KIND_COUNT, -1, {STORE(0, 1, 0)}},
	{"runtime.typedslicecopy", SITE_KIND_COUNT, -1, {STORE(1, 3, 1)}},
	{"runtime.slicecopy", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memmove", SITE_KIND_COUNT, -1, {STORE(0, 1, 1)}},
	{"runtime.concatstrings", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.concatstring2", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.concatstring3", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.concatstring4", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.concatstring5", SITE_CONCAT, -1, {ALLOC}},
	{"runtime.stringtoslicebyte", SITE_STR2BYTES, -1, {ALLOC}},
	{"runtime.stringtoslicerune", SITE_STR2RUNES, -1, {ALLOC}},
	{"runtime.slicebytetostring", SITE_BYTES2STR, -1, {ALLOC}},
	{"runtime.slicerunetostring", SITE_BYTES2STR, -1, {ALLOC}},
	{"runtime.intstring", SITE_RUNESTR, -1, {ALLOC}},
	{"runtime.mapaccess1", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1_fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2_fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1_fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2_fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1_faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2_faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess1_fat", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapaccess2_fat", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapassign", SITE_KIND_COUNT, -1, {HEAP(2, 1)}},
	{"runtime.mapassign_fast32", SITE_KIND_COUNT, -1, {HEAP(2, 0)}},
	{"runtime.mapassign_fast64", SITE_KIND_COUNT, -1, {HEAP(2, 0)}},
	{"runtime.mapassign_fast32ptr", SITE_KIND_COUNT, -1, {HEAP(2, 0)}},
	{"runtime.mapassign_fast64ptr", SITE_KIND_COUNT, -1, {HEAP(2, 0)}},
	{"runtime.mapassign_faststr", SITE_KIND_COUNT, -1, {HEAP(2, 0)}},
	{"runtime.mapdelete", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete_fast32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete_fast64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapdelete_faststr", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapiterinit", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.mapiternext", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.chansend1", SITE_KIND_COUNT, -1, {HEAP(1, 1)}},
	{"runtime.chanrecv1", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.chanrecv2", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.closechan", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.gopanic", SITE_KIND_COUNT, -1, {HEAP(0, 0)}},
	{"__go_construct_map", SITE_MAPLIT, -1, {ALLOC, HEAP(4, 1)}},
	{"__go_go", SITE_KIND_COUNT, -1, {HEAP(1, 0)}},
	{"runtime.deferproc", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.deferprocStack", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.deferreturn", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.checkdefer", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal8", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal16", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal32", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal64", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.memequal128", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.efaceeq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifaceeq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.efacevaleq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifacevaleq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.ifaceefaceeq", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.strequal", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.cmpstring", SITE_KIND_COUNT, -1, {NONE}},
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
	{"runtime.panicdottypeE", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicdottypeI", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.panicnildottype", SITE_KIND_COUNT, -1, {NONE}},
	{"runtime.block", SITE_KIND_COUNT, -1, {NONE}},
};

const rt_func *esc_runtime_lookup(const char *name)
{
	if (!name || (strncmp(name, "runtime.", 8) != 0 &&
		      strncmp(name, "__go_", 5) != 0))
		return NULL;
	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}
