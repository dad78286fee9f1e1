// gc's self-assignments, from the source: every pair of every
// assignment (x.a = x.b of scalars too, each pair of a swap, op-assigns),
// not one converting to an interface (its type another package's) nor
// s.f = s.f[i:] of a struct value; in a closure, the closure's name.
// Expected lines: gc 1.19 -m -l.
package p

import "io"

type S struct {
	io.ReaderAt
	sr   *io.SectionReader
	a, b int
	s    []int
	arr  [4]int
	p    *int
	q    *int
}

func swap(c *S, i, j int) {
	c.s[i], c.s[j] = c.s[j], c.s[i]
	c.a = c.b
	c.a += c.b
	c.p = c.q
	c.ReaderAt = c.sr
	c.s = c.s[1:]
	c.s = c.s[:copy(c.s, c.s[1:])]
	c.s = c.arr[1:]
	var v S
	v.a = v.b
	v.s = v.s[1:]
	c.arr[i], c.arr[j] = c.arr[j], c.arr[i]
	_, c.a = c.b, c.b
	f := func() { c.a = c.b }
	f()
}
// { dg-message {17: swap ignoring self-assignment in c.s[i], c.s[j] = c.s[j], c.s[i]} "" { target *-*-* } 21 }
// { dg-message {17: swap ignoring self-assignment in c.s[i], c.s[j] = c.s[j], c.s[i]} "" { target *-*-* } 21 }
// { dg-message {6: swap ignoring self-assignment in c.a = c.b} "" { target *-*-* } 22 }
// { dg-message {6: swap ignoring self-assignment in c.a += c.b} "" { target *-*-* } 23 }
// { dg-message {6: swap ignoring self-assignment in c.p = c.q} "" { target *-*-* } 24 }
// { dg-message {6: swap ignoring self-assignment in c.s = c.s[1:]} "" { target *-*-* } 26 }
// { dg-message {6: swap ignoring self-assignment in c.s = c.s[:copy(c.s, c.s[1:])]} "" { target *-*-* } 27 }
// { dg-message {6: swap ignoring self-assignment in v.a = v.b} "" { target *-*-* } 30 }
// { dg-message {21: swap ignoring self-assignment in c.arr[i], c.arr[j] = c.arr[j], c.arr[i]} "" { target *-*-* } 32 }
// { dg-message {21: swap ignoring self-assignment in c.arr[i], c.arr[j] = c.arr[j], c.arr[i]} "" { target *-*-* } 32 }
// { dg-message {9: swap ignoring self-assignment in _, c.a = c.b, c.b} "" { target *-*-* } 33 }
// { dg-message {20: swap.func1 ignoring self-assignment in c.a = c.b} "" { target *-*-* } 34 }
// { dg-message {11: leaking param: c} "" { target *-*-* } 20 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 34 }
