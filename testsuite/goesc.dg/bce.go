// gc's "index bounds check elided": an index its type and form keep below
// a length known at compile time (an array's, a pointer to array's, a
// constant string's); not for constant indexes or dead code.  gc prints
// these after the escape lines, function by function, each before its
// func literals (last first).
// Expected lines: gc 1.19 -m -l.
package p

const s = "hello"

type T struct{ a [16]byte }

func f(a [4]int, b [256]int, i int, u uint, c byte, p *[8]int, t *T) int {
	x := a[i&3] + a[3&i] + a[i%4] + a[u%4] + b[c] + a[u>>62] + b[u>>56] + p[u&7] + p[u%8]
	a[i&3] = 1
	y := s[i&3] + s[u%5] + "abcd"[u&3] + t.a[u&15]
	z := a[u&^0xfffffffffffffffc] + b[uint8(i)] + a[u/(1<<62)]
	g := func() int { return a[i&1] }
	if false {
		_ = a[i&1]
	}
	h := func() int {
		k := func() int { return b[c] }
		return a[u&2] + k()
	}
	return x + int(y) + z + g() + h()
}

func g2(a [4]int, i int32, j int8) int {
	return a[i&3] + a[j&1] + a[1] + a[len(a)-1]
}
// { dg-message {53: p does not escape} "" { target *-*-* } 13 }
// { dg-message {64: t does not escape} "" { target *-*-* } 13 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 18 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 22 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 23 }
// { dg-message {8: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {17: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {35: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {44: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {51: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {62: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {73: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {82: index bounds check elided} "" { target *-*-* } 14 }
// { dg-message {3: index bounds check elided} "" { target *-*-* } 15 }
// { dg-message {8: index bounds check elided} "" { target *-*-* } 16 }
// { dg-message {17: index bounds check elided} "" { target *-*-* } 16 }
// { dg-message {31: index bounds check elided} "" { target *-*-* } 16 }
// { dg-message {42: index bounds check elided} "" { target *-*-* } 16 }
// { dg-message {35: index bounds check elided} "" { target *-*-* } 17 }
// { dg-message {11: index bounds check elided} "" { target *-*-* } 24 }
// { dg-message {29: index bounds check elided} "" { target *-*-* } 23 }
// { dg-message {28: index bounds check elided} "" { target *-*-* } 18 }
// { dg-message {10: index bounds check elided} "" { target *-*-* } 30 }
// { dg-message {19: index bounds check elided} "" { target *-*-* } 30 }
