// Package-level code: the package's own init functions are reported like
// any function; a func literal that a package-level variable holds (alone
// or in a composite literal) is initialised statically, as gc does, and
// gets no verdict; one called in an initialiser runs in the package's
// init and does not escape.  At -m=2, gc names a package-level func literal glob..funcN, and a closure
// capturing what its closure captured says so again.  (Expected lines: gc
// 1.19 -m=2 -l.)
package main

var sink interface{}

var f = func() int { return 1 }

var g = func() int {
	sink = "a"
	return 2
}()

var h = []func() int{func() int { return 3 }}

var y int

var k = func() *int { return &y }

var z = func() int { x := 1; return func() int { return x }() }()

func init() {
	x := 1
	sink = &x
}

func init() {
	sink = "b"
}

func nested() int {
	x := 1
	return func() int {
		return func() int { return x }()
	}()
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {2: "a" escapes to heap:} "" { target *-*-* } 15 }
// { dg-message {2:   flow: {heap} = &{storage for "a"}:} "" { target *-*-* } 15 }
// { dg-message {2:     from "a" (spill) at @FILE@:15:2} "" { target *-*-* } 15 }
// { dg-message {2:     from sink = "a" (assign) at @FILE@:15:7} "" { target *-*-* } 15 }
// { dg-message {2: "a" escapes to heap} "" { target *-*-* } 15 }
// { dg-message {22: glob..func5 capturing by value: x (addr=false assign=false width=8)} "" { target *-*-* } 25 }
// { dg-message {37: func literal does not escape} "" { target *-*-* } 25 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 28 }
// { dg-message {2:   flow: {heap} = &x:} "" { target *-*-* } 28 }
// { dg-message {2:     from &x (address-of) at @FILE@:29:9} "" { target *-*-* } 28 }
// { dg-message {2:     from &x (interface-converted) at @FILE@:29:2} "" { target *-*-* } 28 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:29:7} "" { target *-*-* } 28 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 28 }
// { dg-message {2: "b" escapes to heap:} "" { target *-*-* } 33 }
// { dg-message {2:   flow: {heap} = &{storage for "b"}:} "" { target *-*-* } 33 }
// { dg-message {2:     from "b" (spill) at @FILE@:33:2} "" { target *-*-* } 33 }
// { dg-message {2:     from sink = "b" (assign) at @FILE@:33:7} "" { target *-*-* } 33 }
// { dg-message {2: "b" escapes to heap} "" { target *-*-* } 33 }
// { dg-message {2: nested capturing by value: x (addr=false assign=false width=8)} "" { target *-*-* } 37 }
// { dg-message {2: nested capturing by value: x (addr=false assign=false width=8)} "" { target *-*-* } 37 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 38 }
// { dg-message {10: func literal does not escape} "" { target *-*-* } 39 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 14 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 25 }
