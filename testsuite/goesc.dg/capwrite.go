// A variable a closure captures is captured by value (gc's rule: at most
// 128 bytes, never assigned after its declaration) when the closure only
// writes through it: t.x = v and s[i] = v write what a pointer or a slice
// points to, not the variable; for a struct or an array they assign it.
// Expected lines: gc 1.19 -m -l.
package main

type T struct{ x int }

func (t *T) ptrRecv(f func(func())) {
	f(func() { t.x++ })
}

func ptrParam(t *T, f func(func())) {
	f(func() { t.x = 1 })
}

func (t T) valRecv(f func(func())) {
	f(func() { t.x++ })
}

func slice(s []int, f func(func())) {
	f(func() { s[0] = 1 })
}

func array(f func(func())) {
	var a [4]int
	f(func() { a[1] = 2 })
}

func ptrToArray(p *[4]int, f func(func())) {
	f(func() { p[1] = 2 })
}

func mapWrite(m map[int]int, f func(func())) {
	f(func() { m[1] = 2 })
}

func reassigned(t *T, f func(func())) {
	f(func() { t = nil })
}

func main() {}
// { dg-message {7: leaking param: t} "" { target *-*-* } 10 }
// { dg-message {21: f does not escape} "" { target *-*-* } 10 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 11 }
// { dg-message {15: leaking param: t} "" { target *-*-* } 14 }
// { dg-message {21: f does not escape} "" { target *-*-* } 14 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 15 }
// { dg-message {20: f does not escape} "" { target *-*-* } 18 }
// { dg-message {7: moved to heap: t} "" { target *-*-* } 18 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 19 }
// { dg-message {12: leaking param: s} "" { target *-*-* } 22 }
// { dg-message {21: f does not escape} "" { target *-*-* } 22 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 23 }
// { dg-message {12: f does not escape} "" { target *-*-* } 26 }
// { dg-message {6: moved to heap: a} "" { target *-*-* } 27 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 28 }
// { dg-message {17: leaking param: p} "" { target *-*-* } 31 }
// { dg-message {28: f does not escape} "" { target *-*-* } 31 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 32 }
// { dg-message {15: leaking param: m} "" { target *-*-* } 35 }
// { dg-message {30: f does not escape} "" { target *-*-* } 35 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 36 }
// { dg-message {23: f does not escape} "" { target *-*-* } 39 }
// { dg-message {17: moved to heap: t} "" { target *-*-* } 39 }
// { dg-message {4: func literal escapes to heap} "" { target *-*-* } 40 }
