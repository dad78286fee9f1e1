// Values converted to interfaces: gc names each by the converted
// expression and places it by its context (a call argument at the call's
// '(' or at the last argument before it that is not a plain name, a
// literal's element at itself or its ':', an assignment at its left-hand
// side, a declaration's or return's value at itself); constants are boxed
// too.  Expected lines: gc 1.19 -m -l.
package main

import "fmt"

type T struct{ a int }

var sink interface{}

func take(x interface{}, y int, z interface{}) {}

func boxes(n int, s string, t T, p *T) {
	take(n, 1, s)
	take(s+"x", 2, t)
	arr := []interface{}{n, "x", s, t}
	sink = arr
	sink = (n)
	sink = T{1}
	sink = &T{2}
	m := map[string]interface{}{"k": n}
	sink = m
	var j interface{} = n
	sink = j
	k := interface{}(n)
	sink = k
	sink = n + 1
	ch := make(chan interface{}, 1)
	ch <- n
}

func ret(n int) interface{} {
	return n
}

func variadic(a, b int, s string, t T, p *T, sl []int) {
	fmt.Println(a, "x", b)
	fmt.Println(a, b, "y")
	fmt.Println(1, a)
	fmt.Printf("%d %d\n", a, b)
	fmt.Println(a, s+"z", b)
	fmt.Println(a, len(s), b)
	fmt.Println(a, t.a, a)
	fmt.Println(a, sl[0], a)
	fmt.Println(a, -a, a)
	fmt.Println(a, T{1}, a)
	fmt.Println(a, float64(a), a)
	fmt.Println(a, *p, a)
	fmt.Println(
		a,
		"q",
		b,
	)
}

func main() {}
// { dg-message {11: x does not escape} "" { target *-*-* } 15 }
// { dg-message {33: z does not escape} "" { target *-*-* } 15 }
// { dg-message {19: leaking param: s} "" { target *-*-* } 17 }
// { dg-message {34: p does not escape} "" { target *-*-* } 17 }
// { dg-message {6: n does not escape} "" { target *-*-* } 18 }
// { dg-message {10: s does not escape} "" { target *-*-* } 18 }
// { dg-message {8: s + "x" does not escape} "" { target *-*-* } 19 }
// { dg-message {8: s + "x" does not escape} "" { target *-*-* } 19 }
// { dg-message {14: t does not escape} "" { target *-*-* } 19 }
// { dg-message {22: []interface {}{...} escapes to heap} "" { target *-*-* } 20 }
// { dg-message {23: n escapes to heap} "" { target *-*-* } 20 }
// { dg-message {26: "x" escapes to heap} "" { target *-*-* } 20 }
// { dg-message {31: s escapes to heap} "" { target *-*-* } 20 }
// { dg-message {34: t escapes to heap} "" { target *-*-* } 20 }
// { dg-message {2: arr escapes to heap} "" { target *-*-* } 21 }
// { dg-message {2: n escapes to heap} "" { target *-*-* } 22 }
// { dg-message {2: T{...} escapes to heap} "" { target *-*-* } 23 }
// { dg-message {9: &T{...} escapes to heap} "" { target *-*-* } 24 }
// { dg-message {29: map[string]interface {}{...} escapes to heap} "" { target *-*-* } 25 }
// { dg-message {33: n escapes to heap} "" { target *-*-* } 25 }
// { dg-message {22: n escapes to heap} "" { target *-*-* } 27 }
// { dg-message {18: (interface {})(n) escapes to heap} "" { target *-*-* } 29 }
// { dg-message {2: n + 1 escapes to heap} "" { target *-*-* } 31 }
// { dg-message {8: n escapes to heap} "" { target *-*-* } 33 }
// { dg-message {9: n escapes to heap} "" { target *-*-* } 37 }
// { dg-message {25: s does not escape} "" { target *-*-* } 40 }
// { dg-message {40: p does not escape} "" { target *-*-* } 40 }
// { dg-message {46: sl does not escape} "" { target *-*-* } 40 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 41 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 41 }
// { dg-message {17: "x" escapes to heap} "" { target *-*-* } 41 }
// { dg-message {17: b escapes to heap} "" { target *-*-* } 41 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 42 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 42 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 42 }
// { dg-message {20: "y" escapes to heap} "" { target *-*-* } 42 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 43 }
// { dg-message {14: 1 escapes to heap} "" { target *-*-* } 43 }
// { dg-message {14: a escapes to heap} "" { target *-*-* } 43 }
// { dg-message {12: ... argument does not escape} "" { target *-*-* } 44 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 44 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 44 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 45 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 45 }
// { dg-message {18: s + "z" escapes to heap} "" { target *-*-* } 45 }
// { dg-message {18: s + "z" escapes to heap} "" { target *-*-* } 45 }
// { dg-message {18: b escapes to heap} "" { target *-*-* } 45 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 46 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 46 }
// { dg-message {20: len(s) escapes to heap} "" { target *-*-* } 46 }
// { dg-message {20: b escapes to heap} "" { target *-*-* } 46 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 47 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 47 }
// { dg-message {18: t.a escapes to heap} "" { target *-*-* } 47 }
// { dg-message {18: a escapes to heap} "" { target *-*-* } 47 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 48 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 48 }
// { dg-message {19: sl[0] escapes to heap} "" { target *-*-* } 48 }
// { dg-message {19: a escapes to heap} "" { target *-*-* } 48 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 49 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 49 }
// { dg-message {17: -a escapes to heap} "" { target *-*-* } 49 }
// { dg-message {17: a escapes to heap} "" { target *-*-* } 49 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 50 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 50 }
// { dg-message {18: T{...} escapes to heap} "" { target *-*-* } 50 }
// { dg-message {18: a escapes to heap} "" { target *-*-* } 50 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 51 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 51 }
// { dg-message {24: float64(a) escapes to heap} "" { target *-*-* } 51 }
// { dg-message {24: a escapes to heap} "" { target *-*-* } 51 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 52 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 52 }
// { dg-message {17: *p escapes to heap} "" { target *-*-* } 52 }
// { dg-message {17: a escapes to heap} "" { target *-*-* } 52 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 53 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 53 }
// { dg-message {3: "q" escapes to heap} "" { target *-*-* } 55 }
// { dg-message {3: b escapes to heap} "" { target *-*-* } 55 }
