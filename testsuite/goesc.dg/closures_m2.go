// At -m=2: closures are analysed with the function they are in, as gc does: a
// variable gc captures by value (never reassigned, address not taken, at
// most 128 bytes) is not moved to the heap although gccgo captures it by
// reference; one reassigned inside the closure is; a func literal called
// where it is written does not escape.  (Expected lines: gc 1.19 -m=2 -l.)
package main

func outer(n int, p *int) func() int {
	x := 0
	f := func() int { x++; return n + *p }
	g := func() int { return n }
	_ = g()
	return f
}

func called(p *int) int {
	return func() int { return *p }()
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {2: outer capturing by ref: x (addr=false assign=true width=8)} "" { target *-*-* } 9 }
// { dg-message {12: outer capturing by value: n (addr=false assign=false width=8)} "" { target *-*-* } 8 }
// { dg-message {19: outer capturing by value: p (addr=false assign=false width=8)} "" { target *-*-* } 8 }
// { dg-message {12: outer capturing by value: n (addr=false assign=false width=8)} "" { target *-*-* } 8 }
// { dg-message {7: func literal escapes to heap:} "" { target *-*-* } 10 }
// { dg-message {7:   flow: f = &{storage for func literal}:} "" { target *-*-* } 10 }
// { dg-message {7:     from func literal (spill) at @FILE@:10:7} "" { target *-*-* } 10 }
// { dg-message {7:     from f := func literal (assign) at @FILE@:10:4} "" { target *-*-* } 10 }
// { dg-message {7:   flow: ~r0 = f:} "" { target *-*-* } 10 }
// { dg-message {7:     from return f (return) at @FILE@:13:2} "" { target *-*-* } 10 }
// { dg-message {19: parameter p leaks to {storage for func literal} with derefs=0:} "" { target *-*-* } 8 }
// { dg-message {19:   flow: {storage for func literal} = p:} "" { target *-*-* } 8 }
// { dg-message {19:     from p (captured by a closure) at @FILE@:10:37} "" { target *-*-* } 8 }
// { dg-message {12: parameter n leaks to {storage for func literal} with derefs=0:} "" { target *-*-* } 8 }
// { dg-message {12:   flow: {storage for func literal} = n:} "" { target *-*-* } 8 }
// { dg-message {12:     from n (captured by a closure) at @FILE@:10:32} "" { target *-*-* } 8 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 9 }
// { dg-message {2:   flow: {storage for func literal} = &x:} "" { target *-*-* } 9 }
// { dg-message {2:     from x (captured by a closure) at @FILE@:10:20} "" { target *-*-* } 9 }
// { dg-message {2:     from x (reference) at @FILE@:10:20} "" { target *-*-* } 9 }
// { dg-message {19: leaking param: p} "" { target *-*-* } 8 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 9 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 10 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 11 }
// { dg-message {13: called capturing by value: p (addr=false assign=false width=8)} "" { target *-*-* } 16 }
// { dg-message {13: p does not escape} "" { target *-*-* } 16 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 17 }
