// gccgo makes one thunk per method for its method values: every function
// taking the method value shares it, and each gets the verdicts gc gives
// (the receiver goes where the method sends it; through an interface,
// to the heap).
// Expected lines: gc 1.19 -m -l.
package main

type T struct{ a int }

type I interface{ M() int }

var g *T

func (t *T) leak() { g = t }

func (t *T) M() int { return t.a }

func leak1(n int) {
	q := &T{a: n}
	m := q.leak
	m()
}

func leak2(n int) {
	q := &T{a: n}
	m := q.leak
	m()
}

func keep1(n int) int {
	r := &T{a: n}
	f := r.M
	return f()
}

func keep2(n int) int {
	r := &T{a: n}
	f := r.M
	return f()
}

func iface1(i I) int {
	f := i.M
	return f()
}

func iface2(e interface{}) int {
	f := e.(I).M
	return f()
}

func iface3(n int) int {
	var i I = &T{a: n}
	f := i.M
	return f()
}

func main() {}
// { dg-message {7: leaking param: t} "" { target *-*-* } 14 }
// { dg-message {7: t does not escape} "" { target *-*-* } 16 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 19 }
// { dg-message {8: q.leak does not escape} "" { target *-*-* } 20 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 25 }
// { dg-message {8: q.leak does not escape} "" { target *-*-* } 26 }
// { dg-message {7: &T{...} does not escape} "" { target *-*-* } 31 }
// { dg-message {8: r.M does not escape} "" { target *-*-* } 32 }
// { dg-message {7: &T{...} does not escape} "" { target *-*-* } 37 }
// { dg-message {8: r.M does not escape} "" { target *-*-* } 38 }
// { dg-message {13: leaking param: i} "" { target *-*-* } 42 }
// { dg-message {8: i.M does not escape} "" { target *-*-* } 43 }
// { dg-message {13: leaking param: e} "" { target *-*-* } 47 }
// { dg-message {12: e.(I).M does not escape} "" { target *-*-* } 48 }
// { dg-message {12: &T{...} escapes to heap} "" { target *-*-* } 53 }
// { dg-message {8: i.M does not escape} "" { target *-*-* } 54 }
