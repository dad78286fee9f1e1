// Func literals gccgo compiles without an allocation (they capture
// nothing): gc still reports them; run by go, or deferred inside a loop,
// they escape.  Expected lines: gc 1.19.
package main

func f(n int) {
	go func() {}()
	defer func() {}()
	for i := 0; i < n; i++ {
		defer func() {}()
	}
	func() {}()
	d := func() {}
	d()
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {5: func literal escapes to heap:} "" { target *-*-* } 7 }
// { dg-message {5:   flow: {heap} = &{storage for func literal}:} "" { target *-*-* } 7 }
// { dg-message {5:     from func literal (spill) at @FILE@:7:5} "" { target *-*-* } 7 }
// { dg-message {9: func literal escapes to heap:} "" { target *-*-* } 10 }
// { dg-message {9:   flow: {heap} = &{storage for func literal}:} "" { target *-*-* } 10 }
// { dg-message {9:     from func literal (spill) at @FILE@:10:9} "" { target *-*-* } 10 }
// { dg-message {5: func literal escapes to heap} "" { target *-*-* } 7 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 8 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } 10 }
// { dg-message {2: func literal does not escape} "" { target *-*-* } 12 }
// { dg-message {7: func literal does not escape} "" { target *-*-* } 13 }
