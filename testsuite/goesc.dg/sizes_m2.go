// gc's rules that decide without any flow, and the sites that had no test
// of their own: implicit allocations over 64 KiB (new, &T{}, composite
// literals) are too large for the stack; a variable over 10 MiB is moved
// to the heap, and what it holds goes there; a variable declared outside a
// loop outlives what is allocated in it; array literals, a named result
// moved to the heap.
// Expected lines: gc 1.19 -m=2 -l.  (A value array or struct literal's
// elements are left out: gc notes them as "array literal element", goesc
// does not yet.)
package main

type big [70000]byte
type huge [11 << 20]byte

var sink *int

func implicit() {
	a := new(big)
	b := &big{}
	c := []byte{65535: 1}
	c2 := []byte{65536: 1}
	d := [70000]byte{1}
	e := &[8]int{1}
	_, _, _, _, _, _ = a, b, c, c2, d, e
}

func variables() {
	var h huge
	var small [100]int
	_, _ = h, small
	x := [2]*int{}
	_ = x
}

func hugeHolds(x *int) {
	var b [11 << 20 / 8]*int
	b[0] = x
	_ = b
}

func loops(n int) *int {
	var keep *int
	for i := 0; i < n; i++ {
		v := i
		keep = &v
		w := new(int)
		_ = w
	}
	return keep
}

func arrays(p *int) *int {
	b := &[3]int{1, 2, 3}
	_ = b
	return p
}

func namedResult() (r int) {
	sink = &r
	return 5
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {10: new(big) escapes to heap:} "" { target *-*-* } 18 }
// { dg-message {10:   flow: {heap} = &{storage for new(big)}:} "" { target *-*-* } 18 }
// { dg-message {10:     from new(big) (too large for stack) at @FILE@:18:10} "" { target *-*-* } 18 }
// { dg-message {7: &big{} escapes to heap:} "" { target *-*-* } 19 }
// { dg-message {7:   flow: {heap} = &{storage for &big{}}:} "" { target *-*-* } 19 }
// { dg-message {7:     from &big{} (too large for stack) at @FILE@:19:7} "" { target *-*-* } 19 }
// { dg-message {10: new(big) escapes to heap} "" { target *-*-* } 18 }
// { dg-message {7: &big{} escapes to heap} "" { target *-*-* } 19 }
// { dg-message {13: []byte{...} does not escape} "" { target *-*-* } 20 }
// { dg-message {14: []byte{...} does not escape} "" { target *-*-* } 21 }
// { dg-message {7: &[8]int{...} does not escape} "" { target *-*-* } 23 }
// { dg-message {6: h escapes to heap:} "" { target *-*-* } 28 }
// { dg-message {6:   flow: {heap} = &h:} "" { target *-*-* } 28 }
// { dg-message {6:     from h (too large for stack) at @FILE@:28:6} "" { target *-*-* } 28 }
// { dg-message {6: moved to heap: h} "" { target *-*-* } 28 }
// { dg-message {6: b escapes to heap:} "" { target *-*-* } 36 }
// { dg-message {6:   flow: {heap} = &b:} "" { target *-*-* } 36 }
// { dg-message {6:     from b (too large for stack) at @FILE@:36:6} "" { target *-*-* } 36 }
// { dg-message {16: parameter x leaks to b with derefs=0:} "" { target *-*-* } 35 }
// { dg-message {16:   flow: b = x:} "" { target *-*-* } 35 }
// { dg-message {16:     from b[0] = x (assign) at @FILE@:37:7} "" { target *-*-* } 35 }
// { dg-message {16: leaking param: x} "" { target *-*-* } 35 }
// { dg-message {6: moved to heap: b} "" { target *-*-* } 36 }
// { dg-message {3: v escapes to heap:} "" { target *-*-* } 44 }
// { dg-message {3:   flow: keep = &v:} "" { target *-*-* } 44 }
// { dg-message {3:     from &v (address-of) at @FILE@:45:10} "" { target *-*-* } 44 }
// { dg-message {3:     from keep = &v (assign) at @FILE@:45:8} "" { target *-*-* } 44 }
// { dg-message {3: moved to heap: v} "" { target *-*-* } 44 }
// { dg-message {11: new(int) does not escape} "" { target *-*-* } 46 }
// { dg-message {13: parameter p leaks to ~r0 with derefs=0:} "" { target *-*-* } 52 }
// { dg-message {13:   flow: ~r0 = p:} "" { target *-*-* } 52 }
// { dg-message {13:     from return p (return) at @FILE@:55:2} "" { target *-*-* } 52 }
// { dg-message {13: leaking param: p to result ~r0 level=0} "" { target *-*-* } 52 }
// { dg-message {7: &[3]int{...} does not escape} "" { target *-*-* } 53 }
// { dg-message {21: r escapes to heap:} "" { target *-*-* } 58 }
// { dg-message {21:   flow: {heap} = &r:} "" { target *-*-* } 58 }
// { dg-message {21:     from &r (address-of) at @FILE@:59:9} "" { target *-*-* } 58 }
// { dg-message {21:     from sink = &r (assign) at @FILE@:59:7} "" { target *-*-* } 58 }
// { dg-message {21: moved to heap: r} "" { target *-*-* } 58 }
