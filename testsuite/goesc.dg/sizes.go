// gc's rules that decide without any flow, and the sites that had no test
// of their own: implicit allocations over 64 KiB (new, &T{}, composite
// literals) are too large for the stack; a variable over 10 MiB is moved
// to the heap, and what it holds goes there; a variable declared outside a
// loop outlives what is allocated in it; array literals, a named result
// moved to the heap.
// Expected lines: gc 1.19 -m -l and -m=2 -l.  (-m=2 once had only
// arrays2, whose array literal is not returned: gc notes a returned
// value array or struct literal's elements as "array literal element",
// which goesc did not print then; it does now, and arrays is checked at
// both levels.)
package main

type big [70000]byte
type huge [11 << 20]byte

var sink *int

func implicit() {
	a := new(big)
// { dg-message {10: new(big) escapes to heap:} "" { target m2 } .-1 }
// { dg-message {10:   flow: {heap} = &{storage for new(big)}:} "" { target m2 } .-2 }
// { dg-message {10:     from new(big) (too large for stack) at @FILE@:@.-3@:10} "" { target m2 } .-3 }
// { dg-message {10: new(big) escapes to heap} "" { target *-*-* } .-4 }
	b := &big{}
// { dg-message {7: &big{} escapes to heap:} "" { target m2 } .-1 }
// { dg-message {7:   flow: {heap} = &{storage for &big{}}:} "" { target m2 } .-2 }
// { dg-message {7:     from &big{} (too large for stack) at @FILE@:@.-3@:7} "" { target m2 } .-3 }
// { dg-message {7: &big{} escapes to heap} "" { target *-*-* } .-4 }
	c := []byte{65535: 1}
// { dg-message {13: []byte{...} does not escape} "" { target *-*-* } .-1 }
	c2 := []byte{65536: 1}
// { dg-message {14: []byte{...} does not escape} "" { target *-*-* } .-1 }
	d := [70000]byte{1}
	e := &[8]int{1}
// { dg-message {7: &[8]int{...} does not escape} "" { target *-*-* } .-1 }
	_, _, _, _, _, _ = a, b, c, c2, d, e
}

func variables() {
	var h huge
// { dg-message {6: h escapes to heap:} "" { target m2 } .-1 }
// { dg-message {6:   flow: {heap} = &h:} "" { target m2 } .-2 }
// { dg-message {6:     from h (too large for stack) at @FILE@:@.-3@:6} "" { target m2 } .-3 }
// { dg-message {6: moved to heap: h} "" { target *-*-* } .-4 }
	var small [100]int
	_, _ = h, small
	x := [2]*int{}
	_ = x
}

func hugeHolds(x *int) {
// { dg-message {16: parameter x leaks to b with derefs=0:} "" { target m2 } .-1 }
// { dg-message {16:   flow: b = x:} "" { target m2 } .-2 }
// { dg-message {16:     from b[0] = x (assign) at @FILE@:@.+7@:7} "" { target m2 } .-3 }
// { dg-message {16: leaking param: x} "" { target *-*-* } .-4 }
	var b [11 << 20 / 8]*int
// { dg-message {6: b escapes to heap:} "" { target m2 } .-1 }
// { dg-message {6:   flow: {heap} = &b:} "" { target m2 } .-2 }
// { dg-message {6:     from b (too large for stack) at @FILE@:@.-3@:6} "" { target m2 } .-3 }
// { dg-message {6: moved to heap: b} "" { target *-*-* } .-4 }
	b[0] = x
	_ = b
}

func loops(n int) *int {
	var keep *int
	for i := 0; i < n; i++ {
		v := i
// { dg-message {3: v escapes to heap:} "" { target m2 } .-1 }
// { dg-message {3:   flow: keep = &v:} "" { target m2 } .-2 }
// { dg-message {3:     from &v (address-of) at @FILE@:@.+3@:10} "" { target m2 } .-3 }
// { dg-message {3:     from keep = &v (assign) at @FILE@:@.+2@:8} "" { target m2 } .-4 }
// { dg-message {3: moved to heap: v} "" { target *-*-* } .-5 }
		keep = &v
		w := new(int)
// { dg-message {11: new(int) does not escape} "" { target *-*-* } .-1 }
		_ = w
	}
	return keep
}

func arrays(p *int) [2]*int {
// { dg-message {13: parameter p leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {13:   flow: a = p:} "" { target m2 } .-2 }
// { dg-message {13:     from [2]*int{...} (array literal element) at @FILE@:@.+5@:14} "" { target m2 } .-3 }
// { dg-message {13:     from a := [2]*int{...} (assign) at @FILE@:@.+4@:4} "" { target m2 } .-4 }
// { dg-message {13:   flow: ~r0 = a:} "" { target m2 } .-5 }
// { dg-message {13:     from return a (return) at @FILE@:@.+6@:2} "" { target m2 } .-6 }
// { dg-message {13: leaking param: p to result ~r0 level=0} "" { target *-*-* } .-7 }
	a := [2]*int{p, nil}
	b := &[3]int{1, 2, 3}
// { dg-message {7: &[3]int{...} does not escape} "" { target *-*-* } .-1 }
	_ = b
	return a
}

func arrays2(p *int) *int {
// { dg-message {14: parameter p leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {14:   flow: ~r0 = p:} "" { target m2 } .-2 }
// { dg-message {14:     from return p (return) at @FILE@:@.+5@:2} "" { target m2 } .-3 }
// { dg-message {14: leaking param: p to result ~r0 level=0} "" { target *-*-* } .-4 }
	b := &[3]int{1, 2, 3}
// { dg-message {7: &[3]int{...} does not escape} "" { target *-*-* } .-1 }
	_ = b
	return p
}

func namedResult() (r int) {
// { dg-message {21: r escapes to heap:} "" { target m2 } .-1 }
// { dg-message {21:   flow: {heap} = &r:} "" { target m2 } .-2 }
// { dg-message {21:     from &r (address-of) at @FILE@:@.+3@:9} "" { target m2 } .-3 }
// { dg-message {21:     from sink = &r (assign) at @FILE@:@.+2@:7} "" { target m2 } .-4 }
// { dg-message {21: moved to heap: r} "" { target *-*-* } .-5 }
	sink = &r
	return 5
}

func main() {}
// { dg-goesc-levels 1 2 }
