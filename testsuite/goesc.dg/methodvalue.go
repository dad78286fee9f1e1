// A method value's receiver goes where the method sends it, though the
// method is called later through the func value: gccgo's thunk for q.leak
// calls leak with the receiver the method value's record holds.
// Expected lines: gc 1.19 -m -l.
package main

type T struct{ a int }

var g *T

func (t *T) leak() { g = t }

func (t *T) get() int { return t.a }

func leaked(n int) {
	q := &T{a: n}
	m := q.leak
	m()
}

func kept(n int) int {
	r := &T{a: n}
	f := r.get
	return f()
}

// { dg-message {7: leaking param: t} "" { target *-*-* } 11 }
// { dg-message {7: t does not escape} "" { target *-*-* } 13 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 16 }
// { dg-message {8: q.leak does not escape} "" { target *-*-* } 17 }
// { dg-message {7: &T{...} does not escape} "" { target *-*-* } 22 }
// { dg-message {8: r.get does not escape} "" { target *-*-* } 23 }
