// A func literal made in a loop and kept outside it (in a variable
// declared before the loop) escapes: its storage would be reused by the
// next iteration.  Expected lines: gc 1.19 -m -l.
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
// { dg-message {12: []int{...} does not escape} "" { target *-*-* } 8 }
// { dg-message {14: func literal escapes to heap} "" { target *-*-* } 11 }
// { dg-message {11: new(int) escapes to heap} "" { target *-*-* } 20 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 21 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 30 }
