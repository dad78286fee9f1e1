// A value receiver's verdict comes before its parameters', as in the
// signature (gccgo passes the receiver through a hidden pointer and
// declares its copy after the parameters).
// Expected lines: gc 1.19 -m -l.
package p

var g []byte

type R struct{ buf []byte }

func (r R) Val(p []byte) []byte { g = p; return p }

func (r R) Keep(p, q *int) *int { return q }
// { dg-message {7: r does not escape} "" { target *-*-* } 11 }
// { dg-message {16: leaking param: p} "" { target *-*-* } 11 }
// { dg-message {7: r does not escape} "" { target *-*-* } 13 }
// { dg-message {17: p does not escape} "" { target *-*-* } 13 }
// { dg-message {20: leaking param: q to result ~r0 level=0} "" { target *-*-* } 13 }
