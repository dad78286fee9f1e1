// Closures are analysed with the function they are in, as gc does: a
// variable gc captures by value (never reassigned, address not taken, at
// most 128 bytes) is not moved to the heap although gccgo captures it by
// reference; one reassigned inside the closure is; a func literal called
// where it is written does not escape.  At -m=2 each capture is named
// ("capturing by value/by ref") and explained.  (Expected lines: gc 1.19
// -m -l and -m=2 -l.)
package main

func outer(n int, p *int) func() int {
// { dg-message {12: outer capturing by value: n (addr=false assign=false width=8)} "" { target m2 } .-1 }
// { dg-message {19: outer capturing by value: p (addr=false assign=false width=8)} "" { target m2 } .-2 }
// { dg-message {12: outer capturing by value: n (addr=false assign=false width=8)} "" { target m2 } .-3 }
// { dg-message {19: parameter p leaks to {storage for func literal} with derefs=0:} "" { target m2 } .-4 }
// { dg-message {19:   flow: {storage for func literal} = p:} "" { target m2 } .-5 }
// { dg-message {19:     from p (captured by a closure) at @FILE@:@.+12@:37} "" { target m2 } .-6 }
// { dg-message {12: parameter n leaks to {storage for func literal} with derefs=0:} "" { target m2 } .-7 }
// { dg-message {12:   flow: {storage for func literal} = n:} "" { target m2 } .-8 }
// { dg-message {12:     from n (captured by a closure) at @FILE@:@.+9@:32} "" { target m2 } .-9 }
// { dg-message {19: leaking param: p} "" { target *-*-* } .-10 }
	x := 0
// { dg-message {2: outer capturing by ref: x (addr=false assign=true width=8)} "" { target m2 } .-1 }
// { dg-message {2: x escapes to heap:} "" { target m2 } .-2 }
// { dg-message {2:   flow: {storage for func literal} = &x:} "" { target m2 } .-3 }
// { dg-message {2:     from x (captured by a closure) at @FILE@:@.+3@:20} "" { target m2 } .-4 }
// { dg-message {2:     from x (reference) at @FILE@:@.+2@:20} "" { target m2 } .-5 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } .-6 }
	f := func() int { x++; return n + *p }
// { dg-message {7: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {7:   flow: f = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {7:     from func literal (spill) at @FILE@:@.-3@:7} "" { target m2 } .-3 }
// { dg-message {7:     from f := func literal (assign) at @FILE@:@.-4@:4} "" { target m2 } .-4 }
// { dg-message {7:   flow: ~r0 = f:} "" { target m2 } .-5 }
// { dg-message {7:     from return f (return) at @FILE@:@.+5@:2} "" { target m2 } .-6 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } .-7 }
	g := func() int { return n }
// { dg-message {7: func literal does not escape} "" { target *-*-* } .-1 }
	_ = g()
	return f
}

func called(p *int) int {
// { dg-message {13: called capturing by value: p (addr=false assign=false width=8)} "" { target m2 } .-1 }
// { dg-message {13: p does not escape} "" { target *-*-* } .-2 }
	return func() int { return *p }()
// { dg-message {9: func literal does not escape} "" { target *-*-* } .-1 }
}

func main() {}
// { dg-goesc-levels 1 2 }
