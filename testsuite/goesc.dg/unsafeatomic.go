// Pointers through uintptr and sync/atomic, as gc sees them: a
// reflect.SliceHeader's or StringHeader's Data field is followed into an
// unsafe.Pointer and a store into it escapes; uintptr arithmetic on a
// converted pointer keeps it; sync/atomic's functions have no Go body in
// gc, so every pointer given to one leaks (gccgo turns them into atomic
// builtins).  Expected lines: gc 1.19 -m -l.
package main

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

func fromSliceData(s []int) unsafe.Pointer {
	return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data)
}

func fromStringData(s string) unsafe.Pointer {
	return unsafe.Pointer((*reflect.StringHeader)(unsafe.Pointer(&s)).Data)
}

func toSliceData(s *[]int, p unsafe.Pointer) {
	(*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(p)
}

func offset(p *[4]int) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8)
}

var ptr unsafe.Pointer

func LoadPointer(addr *unsafe.Pointer) unsafe.Pointer {
	return atomic.LoadPointer(addr)
}

func StorePointer() {
	var x int
	atomic.StorePointer(&ptr, unsafe.Pointer(&x))
}

func Count() int64 {
	var n int64
	atomic.AddInt64(&n, 1)
	return atomic.LoadInt64(&n)
}

type S struct{ v int32 }

func (s *S) Inc() { atomic.AddInt32(&s.v, 1) }

func main() {}
// { dg-message {20: leaking param: s to result ~r0 level=0} "" { target *-*-* } 15 }
// { dg-message {21: leaking param: s to result ~r0 level=0} "" { target *-*-* } 19 }
// { dg-message {18: s does not escape} "" { target *-*-* } 23 }
// { dg-message {28: leaking param: p} "" { target *-*-* } 23 }
// { dg-message {13: leaking param: p to result ~r0 level=0} "" { target *-*-* } 27 }
// { dg-message {18: leaking param: addr} "" { target *-*-* } 33 }
// { dg-message {6: moved to heap: x} "" { target *-*-* } 38 }
// { dg-message {6: moved to heap: n} "" { target *-*-* } 43 }
// { dg-message {7: leaking param: s} "" { target *-*-* } 50 }
