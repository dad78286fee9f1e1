// Package-level code: the package's own init functions are reported like
// any function; a func literal that a package-level variable holds (alone
// or in a composite literal) is initialised statically, as gc does, and
// gets no verdict; one called in an initialiser runs in the package's
// init and does not escape.  (Expected lines: gc 1.19 -m -l.)
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

func main() {}
// { dg-message {2: "a" escapes to heap} "" { target *-*-* } 13 }
// { dg-message {37: func literal does not escape} "" { target *-*-* } 23 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 26 }
// { dg-message {2: "b" escapes to heap} "" { target *-*-* } 31 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 12 }
// { dg-message {9: func literal does not escape} "" { target *-*-* } 23 }
