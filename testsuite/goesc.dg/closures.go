// Closures are analysed with the function they are in, as gc does: a
// variable gc captures by value (never reassigned, address not taken, at
// most 128 bytes) is not moved to the heap although gccgo captures it by
// reference; one reassigned inside the closure is; a func literal called
// where it is written does not escape.  (gc 1.19 -m -l prints these lines.)
package main

func outer(n int, p *int) func() int { // { dg-message {19: leaking param: p} }
	x := 0 // { dg-message {2: moved to heap: x} }
	f := func() int { x++; return n + *p } // { dg-message {7: func literal escapes to heap} }
	g := func() int { return n } // { dg-message {7: func literal does not escape} }
	_ = g()
	return f
}

func called(p *int) int { // { dg-message {13: p does not escape} }
	return func() int { return *p }() // { dg-message {9: func literal does not escape} }
}

func main() {}
