// Package-level code: the package's own init functions are reported like
// any function; a func literal that a package-level variable holds (alone
// or in a composite literal) is initialised statically, as gc does, and
// gets no verdict; one called in an initialiser runs in the package's
// init and does not escape.  At -m=2, gc names a package-level func
// literal glob..funcN, and a closure capturing what its closure captured
// says so again.  (Expected lines: gc 1.19 -m -l and -m=2 -l.)
package main

var sink interface{}

var f = func() int { return 1 }

var g = func() int {
// { dg-message {9: func literal does not escape} "" { target *-*-* } .-1 }
	sink = "a"
// { dg-message {2: "a" escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &{storage for "a"}:} "" { target m2 } .-2 }
// { dg-message {2:     from "a" (spill) at @FILE@:@.-3@:2} "" { target m2 } .-3 }
// { dg-message {2:     from sink = "a" (assign) at @FILE@:@.-4@:7} "" { target m2 } .-4 }
// { dg-message {2: "a" escapes to heap} "" { target *-*-* } .-5 }
	return 2
}()

var h = []func() int{func() int { return 3 }}

var y int

var k = func() *int { return &y }

var z = func() int { x := 1; return func() int { return x }() }()
// { dg-message {22: glob..func5 capturing by value: x (addr=false assign=false width=8)} "" { target m2 } .-1 }
// { dg-message {37: func literal does not escape} "" { target *-*-* } .-2 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } .-3 }

func init() {
	x := 1
// { dg-message {2: x escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &x:} "" { target m2 } .-2 }
// { dg-message {2:     from &x (address-of) at @FILE@:@.+4@:9} "" { target m2 } .-3 }
// { dg-message {2:     from &x (interface-converted) at @FILE@:@.+3@:2} "" { target m2 } .-4 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:@.+2@:7} "" { target m2 } .-5 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } .-6 }
	sink = &x
}

func init() {
	sink = "b"
// { dg-message {2: "b" escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &{storage for "b"}:} "" { target m2 } .-2 }
// { dg-message {2:     from "b" (spill) at @FILE@:@.-3@:2} "" { target m2 } .-3 }
// { dg-message {2:     from sink = "b" (assign) at @FILE@:@.-4@:7} "" { target m2 } .-4 }
// { dg-message {2: "b" escapes to heap} "" { target *-*-* } .-5 }
}

func nested() int {
	x := 1
// { dg-message {2: nested capturing by value: x (addr=false assign=false width=8)} "" { target m2 } .-1 }
// { dg-message {2: nested capturing by value: x (addr=false assign=false width=8)} "" { target m2 } .-2 }
	return func() int {
// { dg-message {9: func literal does not escape} "" { target *-*-* } .-1 }
		return func() int { return x }()
// { dg-message {10: func literal does not escape} "" { target *-*-* } .-1 }
	}()
}

func main() {}
// { dg-goesc-levels 1 2 }
