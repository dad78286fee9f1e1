// A function that calls recover: gccgo splits it into a stub and F..r, its
// body; the verdicts are the body's, under F's name, as gc prints them.
// (Expected lines: gc 1.19 -m=2 -l.)
package main

var sink interface{}

type T struct{ p *int }

func (t *T) M(q *int) {
	if r := recover(); r != nil {
		sink = q
	}
}

func F(n int) (err error) {
	x := 0
	defer func() {
		if r := recover(); r != nil {
			x++
			sink = r
		}
	}()
	return nil
}

func G(p *int) *int {
	recover()
	return p
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {15: parameter q leaks to {heap} with derefs=0:} "" { target *-*-* } 10 }
// { dg-message {15:   flow: {heap} = q:} "" { target *-*-* } 10 }
// { dg-message {15:     from q (interface-converted) at @FILE@:12:3} "" { target *-*-* } 10 }
// { dg-message {15:     from sink = q (assign) at @FILE@:12:8} "" { target *-*-* } 10 }
// { dg-message {7: t does not escape} "" { target *-*-* } 10 }
// { dg-message {15: leaking param: q} "" { target *-*-* } 10 }
// { dg-message {2: F capturing by ref: x (addr=false assign=true width=8)} "" { target *-*-* } 17 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 18 }
// { dg-message {8: parameter p leaks to ~r0 with derefs=0:} "" { target *-*-* } 27 }
// { dg-message {8:   flow: ~r0 = p:} "" { target *-*-* } 27 }
// { dg-message {8:     from return p (return) at @FILE@:29:2} "" { target *-*-* } 27 }
// { dg-message {8: leaking param: p to result ~r0 level=0} "" { target *-*-* } 27 }
