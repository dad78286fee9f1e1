// One of each allocation site gccgo produces, named and placed as gc
// does: new(T), &T{...}, heap variables, slice, array and map literals,
// make of maps, slices and channels (no line for channels), func literals,
// method values, boxing, the variadic "... argument", concatenation and
// string conversions.  Expected lines: gc 1.19 -m -l.
package main

import "fmt"

type T struct{ a, b int }

func (t T) M() int  { return t.a }
func (t *T) P() int { return t.a }

var sink interface{}
var gp *T

func newT() {
	x := new(T)
	gp = x
	y := new(T)
	_ = y
}

func ptrlit() {
	gp = &T{1, 2}
	z := &T{}
	_ = z
}

func heapvar(n int) *int {
	v := 5
	gp = &T{v, 1}
	return &n
}

func slicelit() {
	s := []int{1, 2, 3}
	sink = s
	t := []int{4}
	_ = t
	a := [2]int{1, 2}
	sink = a
}

func maps(n int) {
	m := map[int]int{1: 2}
	sink = m
	m2 := make(map[int]int)
	sink = m2
	m3 := make(map[int]int, n)
	_ = m3
	m4 := map[string]int{}
	_ = m4
}

func closures(n int) {
	c := func() int { return n }
	sink = c
}

func methodvalue(y *T, z T) {
	mv := y.P
	sink = mv
	mv2 := z.M
	_ = mv2()
}

func boxing(n int, s string, b []byte, r rune) {
	sink = n
	sink = s + "x"
	sink = []byte(s)
	sink = string(b)
	sink = string(r)
	sink = []rune(s)
	var i interface{} = n
	_ = i
}

func variadic(a, b int) {
	fmt.Println(a, b)
	fmt.Printf("%d %d\n", a, b)
}

func makes(n int) {
	s := make([]int, n)
	_ = s
	t := make([]int, 10)
	_ = t
	u := make([]int, 10, 20)
	sink = u
	c := make(chan int, 1)
	_ = c
}

func convs(s string, b []byte) {
	x := []byte(s)
	_ = x
	y := string(b)
	_ = y
	z := s + "y"
	_ = z
}

func main() {}
// { dg-message {7: t does not escape} "" { target *-*-* } 13 }
// { dg-message {10: new(T) escapes to heap} "" { target *-*-* } 19 }
// { dg-message {10: new(T) does not escape} "" { target *-*-* } 21 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 26 }
// { dg-message {7: &T{} does not escape} "" { target *-*-* } 27 }
// { dg-message {14: moved to heap: n} "" { target *-*-* } 31 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 33 }
// { dg-message {12: []int{...} escapes to heap} "" { target *-*-* } 38 }
// { dg-message {2: s escapes to heap} "" { target *-*-* } 39 }
// { dg-message {12: []int{...} does not escape} "" { target *-*-* } 40 }
// { dg-message {2: a escapes to heap} "" { target *-*-* } 43 }
// { dg-message {18: map[int]int{...} escapes to heap} "" { target *-*-* } 47 }
// { dg-message {12: make(map[int]int) escapes to heap} "" { target *-*-* } 49 }
// { dg-message {12: make(map[int]int, n) does not escape} "" { target *-*-* } 51 }
// { dg-message {22: map[string]int{} does not escape} "" { target *-*-* } 53 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 58 }
// { dg-message {18: leaking param: y} "" { target *-*-* } 62 }
// { dg-message {9: y.P escapes to heap} "" { target *-*-* } 63 }
// { dg-message {10: z.M does not escape} "" { target *-*-* } 65 }
// { dg-message {20: s does not escape} "" { target *-*-* } 69 }
// { dg-message {30: b does not escape} "" { target *-*-* } 69 }
// { dg-message {2: n escapes to heap} "" { target *-*-* } 70 }
// { dg-message {2: s + "x" escapes to heap} "" { target *-*-* } 71 }
// { dg-message {11: s + "x" escapes to heap} "" { target *-*-* } 71 }
// { dg-message {2: ([]byte)(s) escapes to heap} "" { target *-*-* } 72 }
// { dg-message {15: ([]byte)(s) escapes to heap} "" { target *-*-* } 72 }
// { dg-message {2: string(b) escapes to heap} "" { target *-*-* } 73 }
// { dg-message {15: string(b) escapes to heap} "" { target *-*-* } 73 }
// { dg-message {2: string(r) escapes to heap} "" { target *-*-* } 74 }
// { dg-message {15: string(r) escapes to heap} "" { target *-*-* } 74 }
// { dg-message {2: ([]rune)(s) escapes to heap} "" { target *-*-* } 75 }
// { dg-message {15: ([]rune)(s) escapes to heap} "" { target *-*-* } 75 }
// { dg-message {22: n does not escape} "" { target *-*-* } 76 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 81 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 81 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 81 }
// { dg-message {12: ... argument does not escape} "" { target *-*-* } 82 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 82 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 82 }
// { dg-message {11: make([]int, n) escapes to heap} "" { target *-*-* } 86 }
// { dg-message {11: make([]int, 10) does not escape} "" { target *-*-* } 88 }
// { dg-message {11: make([]int, 10, 20) escapes to heap} "" { target *-*-* } 90 }
// { dg-message {2: u escapes to heap} "" { target *-*-* } 91 }
// { dg-message {12: s does not escape} "" { target *-*-* } 96 }
// { dg-message {22: b does not escape} "" { target *-*-* } 96 }
// { dg-message {13: ([]byte)(s) does not escape} "" { target *-*-* } 97 }
// { dg-message {13: string(b) does not escape} "" { target *-*-* } 99 }
// { dg-message {9: s + "y" does not escape} "" { target *-*-* } 101 }
