// Several results: gccgo returns them in one struct, which the caller
// takes apart; each result keeps its own flows.  Expected lines: gc 1.19
// -m -l.
package main

import "strings"

type T struct{ a, b *int }

var sink *int

func two(p, q *int) (*int, *int) { return p, q }

func named(p, q *int) (r, s *int) { return p, q }

func one(p, q *int) T { return T{p, q} }

func swapped(p, q *int) (*int, *int) { return two(q, p) }

func takenApart(p, q *int) (*int, *int) {
	a, b := two(q, p)
	return a, b
}

func namedApart(p, q *int) (r, s *int) {
	r, s = named(q, p)
	return
}

func secondOnly(p, q *int) *int {
	_, b := two(p, q)
	return b
}

func toHeap(p, q *int) {
	a, _ := two(p, q)
	sink = a
}

func structResult(p, q *int) *int {
	t := one(p, q)
	return t.b
}

func imported(s string) string {
	_, after, _ := strings.Cut(s, "=")
	return after
}

func main() {}
// { dg-message {10: leaking param: p to result ~r0 level=0} "" { target *-*-* } 12 }
// { dg-message {13: leaking param: q to result ~r1 level=0} "" { target *-*-* } 12 }
// { dg-message {12: leaking param: p to result r level=0} "" { target *-*-* } 14 }
// { dg-message {15: leaking param: q to result s level=0} "" { target *-*-* } 14 }
// { dg-message {10: leaking param: p to result ~r0 level=0} "" { target *-*-* } 16 }
// { dg-message {13: leaking param: q to result ~r0 level=0} "" { target *-*-* } 16 }
// { dg-message {14: leaking param: p to result ~r1 level=0} "" { target *-*-* } 18 }
// { dg-message {17: leaking param: q to result ~r0 level=0} "" { target *-*-* } 18 }
// { dg-message {17: leaking param: p to result ~r1 level=0} "" { target *-*-* } 20 }
// { dg-message {20: leaking param: q to result ~r0 level=0} "" { target *-*-* } 20 }
// { dg-message {17: leaking param: p to result s level=0} "" { target *-*-* } 25 }
// { dg-message {20: leaking param: q to result r level=0} "" { target *-*-* } 25 }
// { dg-message {17: p does not escape} "" { target *-*-* } 30 }
// { dg-message {20: leaking param: q to result ~r0 level=0} "" { target *-*-* } 30 }
// { dg-message {13: leaking param: p} "" { target *-*-* } 35 }
// { dg-message {16: q does not escape} "" { target *-*-* } 35 }
// { dg-message {19: leaking param: p to result ~r0 level=0} "" { target *-*-* } 40 }
// { dg-message {22: leaking param: q to result ~r0 level=0} "" { target *-*-* } 40 }
// { dg-message {15: leaking param: s to result ~r0 level=0} "" { target *-*-* } 45 }
