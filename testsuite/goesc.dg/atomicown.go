// gccgo compiles runtime/internal/atomic's calls of its own functions
// into atomic builtins.  gc reads them as calls of the declarations: one
// declared //go:noescape leaks nothing, one without it leaks everything
// it is given, and a load of a value with no pointers returns none.
// Expected lines: gc 1.19 -m -l.
// { dg-options "-fgo-pkgpath=runtime/internal/atomic" }
package atomic

import "unsafe"

//go:noescape
func Load(ptr *uint32) uint32

//go:noescape
func Load64(ptr *uint64) uint64

//go:noescape
func Store(ptr *uint32, val uint32)

func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

type Uint32 struct{ value uint32 }

func (u *Uint32) Load() uint32 { return Load(&u.value) }

func (u *Uint32) Store(v uint32) { Store(&u.value, v) }

type Uint64 struct{ value uint64 }

func (u *Uint64) Load() uint64 { return Load64(&u.value) }

type UnsafePointer struct{ value unsafe.Pointer }

func (u *UnsafePointer) StoreNoWB(value unsafe.Pointer) {
	StorepNoWB(unsafe.Pointer(&u.value), value)
}
// { dg-message {11: ptr does not escape} "" { target *-*-* } 12 }
// { dg-message {13: ptr does not escape} "" { target *-*-* } 15 }
// { dg-message {12: ptr does not escape} "" { target *-*-* } 18 }
// { dg-message {17: leaking param: ptr} "" { target *-*-* } 20 }
// { dg-message {37: leaking param: val} "" { target *-*-* } 20 }
// { dg-message {7: u does not escape} "" { target *-*-* } 24 }
// { dg-message {7: u does not escape} "" { target *-*-* } 26 }
// { dg-message {7: u does not escape} "" { target *-*-* } 30 }
// { dg-message {7: leaking param: u} "" { target *-*-* } 34 }
// { dg-message {35: leaking param: value} "" { target *-*-* } 34 }
