// A func literal made in a loop and kept outside it (in a variable
// declared before the loop) escapes: its storage would be reused by the
// next iteration.  Expected lines: gc 1.19 -m=2 -l.
package main

func kept() {
	var array [3]func()
	s := []int{3, 2, 1}
	for i, v := range s {
		vv := v
		array[i] = func() {
			println(vv)
		}
	}
}

func lastOnly() {
	var f func()
	for i := 0; i < 3; i++ {
		x := new(int)
		f = func() {
			println(*x)
		}
	}
	f()
}

func inside() {
	for i := 0; i < 3; i++ {
		g := func() int { return i }
		_ = g()
	}
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {3: kept capturing by value: vv (addr=false assign=false width=8)} "" { target *-*-* } 10 }
// { dg-message {14: func literal escapes to heap:} "" { target *-*-* } 11 }
// { dg-message {14:   flow: array = &{storage for func literal}:} "" { target *-*-* } 11 }
// { dg-message {14:     from func literal (spill) at @FILE@:11:14} "" { target *-*-* } 11 }
// { dg-message {14:     from array[i] = func literal (assign) at @FILE@:11:12} "" { target *-*-* } 11 }
// { dg-message {12: []int{...} does not escape} "" { target *-*-* } 8 }
// { dg-message {14: func literal escapes to heap} "" { target *-*-* } 11 }
// { dg-message {3: lastOnly capturing by value: x (addr=false assign=false width=8)} "" { target *-*-* } 20 }
// { dg-message {7: func literal escapes to heap:} "" { target *-*-* } 21 }
// { dg-message {7:   flow: f = &{storage for func literal}:} "" { target *-*-* } 21 }
// { dg-message {7:     from func literal (spill) at @FILE@:21:7} "" { target *-*-* } 21 }
// { dg-message {7:     from f = func literal (assign) at @FILE@:21:5} "" { target *-*-* } 21 }
// { dg-message {11: new(int) escapes to heap:} "" { target *-*-* } 20 }
// { dg-message {11:   flow: x = &{storage for new(int)}:} "" { target *-*-* } 20 }
// { dg-message {11:     from new(int) (spill) at @FILE@:20:11} "" { target *-*-* } 20 }
// { dg-message {11:     from x := new(int) (assign) at @FILE@:20:5} "" { target *-*-* } 20 }
// { dg-message {11:   flow: {storage for func literal} = x:} "" { target *-*-* } 20 }
// { dg-message {11:     from x (captured by a closure) at @FILE@:22:13} "" { target *-*-* } 20 }
// { dg-message {11: new(int) escapes to heap} "" { target *-*-* } 20 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 21 }
// { dg-message {6: inside capturing by ref: i (addr=false assign=true width=8)} "" { target *-*-* } 29 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 30 }
