// gc's rules that decide without any flow, and the sites that had no test
// of their own: implicit allocations over 64 KiB (new, &T{}, composite
// literals) are too large for the stack; a variable over 10 MiB is moved
// to the heap, and what it holds goes there; a variable declared outside a
// loop outlives what is allocated in it; array literals, a named result
// moved to the heap.
// Expected lines: gc 1.19 -m -l.
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

func arrays(p *int) [2]*int {
	a := [2]*int{p, nil}
	b := &[3]int{1, 2, 3}
	_ = b
	return a
}

func namedResult() (r int) {
	sink = &r
	return 5
}

func main() {}
// { dg-message {10: new(big) escapes to heap} "" { target *-*-* } 16 }
// { dg-message {7: &big{} escapes to heap} "" { target *-*-* } 17 }
// { dg-message {13: []byte{...} does not escape} "" { target *-*-* } 18 }
// { dg-message {14: []byte{...} does not escape} "" { target *-*-* } 19 }
// { dg-message {7: &[8]int{...} does not escape} "" { target *-*-* } 21 }
// { dg-message {6: moved to heap: h} "" { target *-*-* } 26 }
// { dg-message {16: leaking param: x} "" { target *-*-* } 33 }
// { dg-message {6: moved to heap: b} "" { target *-*-* } 34 }
// { dg-message {3: moved to heap: v} "" { target *-*-* } 42 }
// { dg-message {11: new(int) does not escape} "" { target *-*-* } 44 }
// { dg-message {13: leaking param: p to result ~r0 level=0} "" { target *-*-* } 50 }
// { dg-message {7: &[3]int{...} does not escape} "" { target *-*-* } 52 }
// { dg-message {21: moved to heap: r} "" { target *-*-* } 57 }
