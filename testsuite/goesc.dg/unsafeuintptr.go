// A body-less function's uintptr parameters (a type defined as uintptr
// too) are kept alive across calls, gc says: "assuming a1 is unsafe
// uintptr" (syscall.Syscall's); no line for other scalars.
// Expected lines: gc 1.19 -m -l.
package p

import "unsafe"

type Handle uintptr

func Syscall(trap, a1, a2 uintptr, p unsafe.Pointer) (r1 uintptr, err error)

func raw(h Handle, uintptr, n int)

//go:noescape
func ne(a uintptr, p *int)
// { dg-message {14: assuming trap is unsafe uintptr} "" { target *-*-* } 11 }
// { dg-message {20: assuming a1 is unsafe uintptr} "" { target *-*-* } 11 }
// { dg-message {24: assuming a2 is unsafe uintptr} "" { target *-*-* } 11 }
// { dg-message {36: leaking param: p} "" { target *-*-* } 11 }
// { dg-message {10: assuming h is unsafe uintptr} "" { target *-*-* } 13 }
// { dg-message {9: assuming a is unsafe uintptr} "" { target *-*-* } 16 }
// { dg-message {20: p does not escape} "" { target *-*-* } 16 }
