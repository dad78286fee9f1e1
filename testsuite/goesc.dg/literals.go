// Func literals gccgo compiles without an allocation (they capture
// nothing): gc still reports them; run by go, or deferred inside a loop,
// they escape.  Expected lines: gc 1.19 (-m -l and -m=2 -l).
package main

func f(n int) {
	go func() {}()
// { dg-message {5: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {5:   flow: {heap} = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {5:     from func literal (spill) at @FILE@:@.-3@:5} "" { target m2 } .-3 }
// { dg-message {5: func literal escapes to heap} "" { target *-*-* } .-4 }
	defer func() {}()
// { dg-message {8: func literal does not escape} "" { target *-*-* } .-1 }
	for i := 0; i < n; i++ {
		defer func() {}()
// { dg-message {9: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {9:   flow: {heap} = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {9:     from func literal (spill) at @FILE@:@.-3@:9} "" { target m2 } .-3 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } .-4 }
	}
	func() {}()
// { dg-message {2: func literal does not escape} "" { target *-*-* } .-1 }
	d := func() {}
// { dg-message {7: func literal does not escape} "" { target *-*-* } .-1 }
	d()
}

func main() {}
// { dg-goesc-levels 1 2 }
