// A func literal made in a loop and kept outside it (in a variable
// declared before the loop) escapes: its storage would be reused by the
// next iteration.  Expected lines: gc 1.19 -m -l and -m=2 -l.
package main

func kept() {
	var array [3]func()
	s := []int{3, 2, 1}
// { dg-message {12: []int{...} does not escape} "" { target *-*-* } .-1 }
	for i, v := range s {
		vv := v
// { dg-message {3: kept capturing by value: vv (addr=false assign=false width=8)} "" { target m2 } .-1 }
		array[i] = func() {
// { dg-message {14: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {14:   flow: array = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {14:     from func literal (spill) at @FILE@:@.-3@:14} "" { target m2 } .-3 }
// { dg-message {14:     from array[i] = func literal (assign) at @FILE@:@.-4@:12} "" { target m2 } .-4 }
// { dg-message {14: func literal escapes to heap} "" { target *-*-* } .-5 }
			println(vv)
		}
	}
}

func lastOnly() {
	var f func()
	for i := 0; i < 3; i++ {
		x := new(int)
// { dg-message {3: lastOnly capturing by value: x (addr=false assign=false width=8)} "" { target m2 } .-1 }
// { dg-message {11: new(int) escapes to heap:} "" { target m2 } .-2 }
// { dg-message {11:   flow: x = &{storage for new(int)}:} "" { target m2 } .-3 }
// { dg-message {11:     from new(int) (spill) at @FILE@:@.-4@:11} "" { target m2 } .-4 }
// { dg-message {11:     from x := new(int) (assign) at @FILE@:@.-5@:5} "" { target m2 } .-5 }
// { dg-message {11:   flow: {storage for func literal} = x:} "" { target m2 } .-6 }
// { dg-message {11:     from x (captured by a closure) at @FILE@:@.+8@:13} "" { target m2 } .-7 }
// { dg-message {11: new(int) escapes to heap} "" { target *-*-* } .-8 }
		f = func() {
// { dg-message {7: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {7:   flow: f = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {7:     from func literal (spill) at @FILE@:@.-3@:7} "" { target m2 } .-3 }
// { dg-message {7:     from f = func literal (assign) at @FILE@:@.-4@:5} "" { target m2 } .-4 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } .-5 }
			println(*x)
		}
	}
	f()
}

func inside() {
	for i := 0; i < 3; i++ {
// { dg-message {6: inside capturing by ref: i (addr=false assign=true width=8)} "" { target m2 } .-1 }
		g := func() int { return i }
// { dg-message {8: func literal does not escape} "" { target *-*-* } .-1 }
		_ = g()
	}
}

func main() {}
// { dg-goesc-levels 1 2 }
