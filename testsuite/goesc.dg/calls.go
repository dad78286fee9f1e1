// Calls of every kind use what the callee does with its arguments, and
// every parameter gets gc's tag: a package function, a method (value and
// pointer receivers), a closure called in place, an imported function
// (from its export data's notes), a call through an interface and through
// a func value (their arguments escape), go and defer, mutual recursion
// (solved together), results at every level.  Expected: gc 1.19 -m -l.
package main

import "strings"

type T struct{ p *int }

var sink interface{}
var gp *int

func id(p *int) *int { return p }

func deref(pp **int) *int { return *pp }

func store(p *int) { gp = p }

func content(pp **int) { gp = *pp }

func two(a, b *int) (*int, *int) { return b, a }

func named(p *int) (r *int) {
	r = p
	return
}

func (t T) Get() *int { return t.p }

func (t *T) Set(p *int) { t.p = p }

func even(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return odd(n-1, p)
}

func odd(n int, p *int) *int {
	if n == 0 {
		return nil
	}
	return even(n-1, p)
}

type I interface{ M(*int) }

func callers(i I, f func(*int), s string) int {
	a, b, c, d, e := 1, 2, 3, 4, 5
	x := id(&a)
	y := deref(&x)
	_ = y
	store(&b)
	var t T
	t.Set(&c)
	_ = t.Get()
	u, v := two(&d, &e)
	_, _ = u, v
	r := func(q *int) *int { return q }(new(int))
	_ = r
	i.M(new(int))
	f(new(int))
	go store(new(int))
	defer store(new(int))
	_ = even(3, new(int))
	return strings.Index(s, "x")
}

func main() {}
// { dg-message {9: leaking param: p to result ~r0 level=0} "" { target *-*-* } 16 }
// { dg-message {12: leaking param: pp to result ~r0 level=1} "" { target *-*-* } 18 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 20 }
// { dg-message {14: leaking param content: pp} "" { target *-*-* } 22 }
// { dg-message {10: leaking param: a to result ~r1 level=0} "" { target *-*-* } 24 }
// { dg-message {13: leaking param: b to result ~r0 level=0} "" { target *-*-* } 24 }
// { dg-message {12: leaking param: p to result r level=0} "" { target *-*-* } 26 }
// { dg-message {7: leaking param: t to result ~r0 level=0} "" { target *-*-* } 31 }
// { dg-message {7: t does not escape} "" { target *-*-* } 33 }
// { dg-message {17: leaking param: p} "" { target *-*-* } 33 }
// { dg-message {18: leaking param: p} "" { target *-*-* } 35 }
// { dg-message {17: leaking param: p} "" { target *-*-* } 42 }
// { dg-message {14: leaking param: i} "" { target *-*-* } 51 }
// { dg-message {19: f does not escape} "" { target *-*-* } 51 }
// { dg-message {33: s does not escape} "" { target *-*-* } 51 }
// { dg-message {12: leaking param: q} "" { target *-*-* } 62 }
// { dg-message {5: moved to heap: b} "" { target *-*-* } 52 }
// { dg-message {8: moved to heap: c} "" { target *-*-* } 52 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 62 }
// { dg-message {41: new(int) does not escape} "" { target *-*-* } 62 }
// { dg-message {9: new(int) escapes to heap} "" { target *-*-* } 64 }
// { dg-message {7: new(int) escapes to heap} "" { target *-*-* } 65 }
// { dg-message {14: new(int) escapes to heap} "" { target *-*-* } 66 }
// { dg-message {17: new(int) escapes to heap} "" { target *-*-* } 67 }
// { dg-message {17: new(int) escapes to heap} "" { target *-*-* } 68 }
