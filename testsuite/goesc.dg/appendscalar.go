// append copies the old elements into its new array: they escape only
// when they hold pointers (gc's "appendee slice"), so a []byte parameter's
// content does not leak.
// Expected lines: gc 1.19 -m -l.
package p

func AppendX(dst []byte, s string) []byte {
	return append(dst, s...)
}

func AppendP(dst []*int, p *int) []*int {
	return append(dst, p)
}
// { dg-message {14: leaking param: dst to result ~r0 level=0} "" { target *-*-* } 7 }
// { dg-message {26: s does not escape} "" { target *-*-* } 7 }
// { dg-message {14: leaking param content: dst} "" { target *-*-* } 11 }
// { dg-message {14: leaking param: dst to result ~r0 level=0} "" { target *-*-* } 11 }
// { dg-message {26: leaking param: p} "" { target *-*-* } 11 }
