// A function that calls recover: gccgo splits it into a stub and F..r, its
// body; the verdicts are the body's, under F's name at -m=2, as gc prints
// them.  (Expected lines: gc 1.19 -m -l and -m=2 -l.)
package main

import (
	"fmt"
	"io"
)

var sink interface{}

type T struct{ p *int }

func CatchPanic(w io.Writer, v *int) {
// { dg-message {17: parameter w leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {17:   flow: {heap} = w:} "" { target m2 } .-2 }
// { dg-message {17:     from fmt.Fprintf(w, "%v", ... argument...) (call parameter) at @FILE@:@.+4@:14} "" { target m2 } .-3 }
// { dg-message {17: leaking param: w} "" { target *-*-* } .-4 }
// { dg-message {30: v does not escape} "" { target *-*-* } .-5 }
	if err := recover(); err != nil {
		fmt.Fprintf(w, "%v", err)
// { dg-message {14: ... argument does not escape} "" { target *-*-* } .-1 }
	}
}

func (t *T) M(q *int) {
// { dg-message {15: parameter q leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {15:   flow: {heap} = q:} "" { target m2 } .-2 }
// { dg-message {15:     from q (interface-converted) at @FILE@:@.+5@:3} "" { target m2 } .-3 }
// { dg-message {15:     from sink = q (assign) at @FILE@:@.+4@:8} "" { target m2 } .-4 }
// { dg-message {7: t does not escape} "" { target *-*-* } .-5 }
// { dg-message {15: leaking param: q} "" { target *-*-* } .-6 }
	if r := recover(); r != nil {
		sink = q
	}
}

func F(n int) (err error) {
	x := 0
// { dg-message {2: F capturing by ref: x (addr=false assign=true width=8)} "" { target m2 } .-1 }
	defer func() {
// { dg-message {8: func literal does not escape} "" { target *-*-* } .-1 }
		if r := recover(); r != nil {
			x++
			sink = r
		}
	}()
	return nil
}

func G(p *int) *int {
// { dg-message {8: parameter p leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {8:   flow: ~r0 = p:} "" { target m2 } .-2 }
// { dg-message {8:     from return p (return) at @FILE@:@.+3@:2} "" { target m2 } .-3 }
// { dg-message {8: leaking param: p to result ~r0 level=0} "" { target *-*-* } .-4 }
	recover()
	return p
}

func main() {}
// { dg-goesc-levels 1 2 }
