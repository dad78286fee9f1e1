// A range or select-case variable moved to the heap is named at its own
// name, as gc does (gccgo places range variables at the first name and
// case variables at "case").
// Expected lines: gc 1.19 -m -l.
package p

var sink interface{}

func f(ift []*int, c chan *int) {
	for _, ifi := range ift {
		sink = &ifi
	}
	for i, v := range ift {
		sink = &i
		sink = &v
	}
	select {
	case result := <-c:
		sink = &result
	}
	select {
	case r2, ok := <-c:
		sink = &r2
		sink = &ok
	default:
	}
}
// { dg-message {8: leaking param content: ift} "" { target *-*-* } 9 }
// { dg-message {20: c does not escape} "" { target *-*-* } 9 }
// { dg-message {9: moved to heap: ifi} "" { target *-*-* } 10 }
// { dg-message {6: moved to heap: i} "" { target *-*-* } 13 }
// { dg-message {9: moved to heap: v} "" { target *-*-* } 13 }
// { dg-message {7: moved to heap: result} "" { target *-*-* } 18 }
// { dg-message {7: moved to heap: r2} "" { target *-*-* } 22 }
// { dg-message {11: moved to heap: ok} "" { target *-*-* } 22 }
