// One of each allocation site gccgo produces, named and placed as gc
// does: new(T), &T{...}, heap variables, slice, array and map literals,
// make of maps, slices and channels (no line for channels), func literals,
// method values, boxing, the variadic "... argument", concatenation and
// string conversions, with gc's -m=2 explanations.  Expected lines:
// gc 1.19 -m=2 -l.
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

func closures(n *int) {
	c := func() int { return *n }
	sink = c
}

func methodvalue(y *T, z T) {
	mv := z.M
	sink = mv
	_ = y
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
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {7: t does not escape} "" { target *-*-* } 14 }
// { dg-message {10: new(T) escapes to heap:} "" { target *-*-* } 20 }
// { dg-message {10:   flow: x = &{storage for new(T)}:} "" { target *-*-* } 20 }
// { dg-message {10:     from new(T) (spill) at @FILE@:20:10} "" { target *-*-* } 20 }
// { dg-message {10:     from x := new(T) (assign) at @FILE@:20:4} "" { target *-*-* } 20 }
// { dg-message {10:   flow: {heap} = x:} "" { target *-*-* } 20 }
// { dg-message {10:     from gp = x (assign) at @FILE@:21:5} "" { target *-*-* } 20 }
// { dg-message {10: new(T) escapes to heap} "" { target *-*-* } 20 }
// { dg-message {10: new(T) does not escape} "" { target *-*-* } 22 }
// { dg-message {7: &T{...} escapes to heap:} "" { target *-*-* } 27 }
// { dg-message {7:   flow: {heap} = &{storage for &T{...}}:} "" { target *-*-* } 27 }
// { dg-message {7:     from &T{...} (spill) at @FILE@:27:7} "" { target *-*-* } 27 }
// { dg-message {7:     from gp = &T{...} (assign) at @FILE@:27:5} "" { target *-*-* } 27 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 27 }
// { dg-message {7: &T{} does not escape} "" { target *-*-* } 28 }
// { dg-message {7: &T{...} escapes to heap:} "" { target *-*-* } 34 }
// { dg-message {7:   flow: {heap} = &{storage for &T{...}}:} "" { target *-*-* } 34 }
// { dg-message {7:     from &T{...} (spill) at @FILE@:34:7} "" { target *-*-* } 34 }
// { dg-message {7:     from gp = &T{...} (assign) at @FILE@:34:5} "" { target *-*-* } 34 }
// { dg-message {14: parameter n leaks to ~r0 with derefs=0:} "" { target *-*-* } 32 }
// { dg-message {14:   flow: ~r0 = &n:} "" { target *-*-* } 32 }
// { dg-message {14:     from &n (address-of) at @FILE@:35:9} "" { target *-*-* } 32 }
// { dg-message {14:     from return &n (return) at @FILE@:35:2} "" { target *-*-* } 32 }
// { dg-message {14: n escapes to heap:} "" { target *-*-* } 32 }
// { dg-message {14:   flow: ~r0 = &n:} "" { target *-*-* } 32 }
// { dg-message {14:     from &n (address-of) at @FILE@:35:9} "" { target *-*-* } 32 }
// { dg-message {14:     from return &n (return) at @FILE@:35:2} "" { target *-*-* } 32 }
// { dg-message {14: moved to heap: n} "" { target *-*-* } 32 }
// { dg-message {7: &T{...} escapes to heap} "" { target *-*-* } 34 }
// { dg-message {2: s escapes to heap:} "" { target *-*-* } 40 }
// { dg-message {2:   flow: {heap} = &{storage for s}:} "" { target *-*-* } 40 }
// { dg-message {2:     from s (spill) at @FILE@:40:2} "" { target *-*-* } 40 }
// { dg-message {2:     from sink = s (assign) at @FILE@:40:7} "" { target *-*-* } 40 }
// { dg-message {2: a escapes to heap:} "" { target *-*-* } 44 }
// { dg-message {2:   flow: {heap} = &{storage for a}:} "" { target *-*-* } 44 }
// { dg-message {2:     from a (spill) at @FILE@:44:2} "" { target *-*-* } 44 }
// { dg-message {2:     from sink = a (assign) at @FILE@:44:7} "" { target *-*-* } 44 }
// { dg-message {12: []int{...} escapes to heap:} "" { target *-*-* } 39 }
// { dg-message {12:   flow: s = &{storage for []int{...}}:} "" { target *-*-* } 39 }
// { dg-message {12:     from []int{...} (spill) at @FILE@:39:12} "" { target *-*-* } 39 }
// { dg-message {12:     from s := []int{...} (assign) at @FILE@:39:4} "" { target *-*-* } 39 }
// { dg-message {12:   flow: {storage for s} = s:} "" { target *-*-* } 39 }
// { dg-message {12:     from s (interface-converted) at @FILE@:40:2} "" { target *-*-* } 39 }
// { dg-message {12: []int{...} escapes to heap} "" { target *-*-* } 39 }
// { dg-message {2: s escapes to heap} "" { target *-*-* } 40 }
// { dg-message {12: []int{...} does not escape} "" { target *-*-* } 41 }
// { dg-message {2: a escapes to heap} "" { target *-*-* } 44 }
// { dg-message {12: make(map[int]int) escapes to heap:} "" { target *-*-* } 50 }
// { dg-message {12:   flow: m2 = &{storage for make(map[int]int)}:} "" { target *-*-* } 50 }
// { dg-message {12:     from make(map[int]int) (spill) at @FILE@:50:12} "" { target *-*-* } 50 }
// { dg-message {12:     from m2 := make(map[int]int) (assign) at @FILE@:50:5} "" { target *-*-* } 50 }
// { dg-message {12:   flow: {heap} = m2:} "" { target *-*-* } 50 }
// { dg-message {12:     from m2 (interface-converted) at @FILE@:51:2} "" { target *-*-* } 50 }
// { dg-message {12:     from sink = m2 (assign) at @FILE@:51:7} "" { target *-*-* } 50 }
// { dg-message {18: map[int]int{...} escapes to heap:} "" { target *-*-* } 48 }
// { dg-message {18:   flow: m = &{storage for map[int]int{...}}:} "" { target *-*-* } 48 }
// { dg-message {18:     from map[int]int{...} (spill) at @FILE@:48:18} "" { target *-*-* } 48 }
// { dg-message {18:     from m := map[int]int{...} (assign) at @FILE@:48:4} "" { target *-*-* } 48 }
// { dg-message {18:   flow: {heap} = m:} "" { target *-*-* } 48 }
// { dg-message {18:     from m (interface-converted) at @FILE@:49:2} "" { target *-*-* } 48 }
// { dg-message {18:     from sink = m (assign) at @FILE@:49:7} "" { target *-*-* } 48 }
// { dg-message {18: map[int]int{...} escapes to heap} "" { target *-*-* } 48 }
// { dg-message {12: make(map[int]int) escapes to heap} "" { target *-*-* } 50 }
// { dg-message {12: make(map[int]int, n) does not escape} "" { target *-*-* } 52 }
// { dg-message {22: map[string]int{} does not escape} "" { target *-*-* } 54 }
// { dg-message {15: closures capturing by value: n (addr=false assign=false width=8)} "" { target *-*-* } 58 }
// { dg-message {7: func literal escapes to heap:} "" { target *-*-* } 59 }
// { dg-message {7:   flow: c = &{storage for func literal}:} "" { target *-*-* } 59 }
// { dg-message {7:     from func literal (spill) at @FILE@:59:7} "" { target *-*-* } 59 }
// { dg-message {7:     from c := func literal (assign) at @FILE@:59:4} "" { target *-*-* } 59 }
// { dg-message {7:   flow: {heap} = c:} "" { target *-*-* } 59 }
// { dg-message {7:     from c (interface-converted) at @FILE@:60:2} "" { target *-*-* } 59 }
// { dg-message {7:     from sink = c (assign) at @FILE@:60:7} "" { target *-*-* } 59 }
// { dg-message {15: parameter n leaks to {storage for func literal} with derefs=0:} "" { target *-*-* } 58 }
// { dg-message {15:   flow: {storage for func literal} = n:} "" { target *-*-* } 58 }
// { dg-message {15:     from n (captured by a closure) at @FILE@:59:28} "" { target *-*-* } 58 }
// { dg-message {15: leaking param: n} "" { target *-*-* } 58 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 59 }
// { dg-message {9: z.M escapes to heap:} "" { target *-*-* } 64 }
// { dg-message {9:   flow: mv = &{storage for z.M}:} "" { target *-*-* } 64 }
// { dg-message {9:     from z.M (spill) at @FILE@:64:9} "" { target *-*-* } 64 }
// { dg-message {9:     from mv := z.M (assign) at @FILE@:64:5} "" { target *-*-* } 64 }
// { dg-message {9:   flow: {heap} = mv:} "" { target *-*-* } 64 }
// { dg-message {9:     from mv (interface-converted) at @FILE@:65:2} "" { target *-*-* } 64 }
// { dg-message {9:     from sink = mv (assign) at @FILE@:65:7} "" { target *-*-* } 64 }
// { dg-message {18: y does not escape} "" { target *-*-* } 63 }
// { dg-message {9: z.M escapes to heap} "" { target *-*-* } 64 }
// { dg-message {10: z.M does not escape} "" { target *-*-* } 67 }
// { dg-message {2: n escapes to heap:} "" { target *-*-* } 72 }
// { dg-message {2:   flow: {heap} = &{storage for n}:} "" { target *-*-* } 72 }
// { dg-message {2:     from n (spill) at @FILE@:72:2} "" { target *-*-* } 72 }
// { dg-message {2:     from sink = n (assign) at @FILE@:72:7} "" { target *-*-* } 72 }
// { dg-message {2: s + "x" escapes to heap:} "" { target *-*-* } 73 }
// { dg-message {2:   flow: {heap} = &{storage for s + "x"}:} "" { target *-*-* } 73 }
// { dg-message {2:     from s + "x" (spill) at @FILE@:73:2} "" { target *-*-* } 73 }
// { dg-message {2:     from sink = s + "x" (assign) at @FILE@:73:7} "" { target *-*-* } 73 }
// { dg-message {11: s + "x" escapes to heap:} "" { target *-*-* } 73 }
// { dg-message {11:   flow: {storage for s + "x"} = &{storage for s + "x"}:} "" { target *-*-* } 73 }
// { dg-message {11:     from s + "x" (spill) at @FILE@:73:11} "" { target *-*-* } 73 }
// { dg-message {11:     from s + "x" (interface-converted) at @FILE@:73:2} "" { target *-*-* } 73 }
// { dg-message {2: ([]byte)(s) escapes to heap:} "" { target *-*-* } 74 }
// { dg-message {2:   flow: {heap} = &{storage for ([]byte)(s)}:} "" { target *-*-* } 74 }
// { dg-message {2:     from ([]byte)(s) (spill) at @FILE@:74:2} "" { target *-*-* } 74 }
// { dg-message {2:     from sink = ([]byte)(s) (assign) at @FILE@:74:7} "" { target *-*-* } 74 }
// { dg-message {15: ([]byte)(s) escapes to heap:} "" { target *-*-* } 74 }
// { dg-message {15:   flow: {storage for ([]byte)(s)} = &{storage for ([]byte)(s)}:} "" { target *-*-* } 74 }
// { dg-message {15:     from ([]byte)(s) (spill) at @FILE@:74:15} "" { target *-*-* } 74 }
// { dg-message {15:     from ([]byte)(s) (interface-converted) at @FILE@:74:2} "" { target *-*-* } 74 }
// { dg-message {2: string(b) escapes to heap:} "" { target *-*-* } 75 }
// { dg-message {2:   flow: {heap} = &{storage for string(b)}:} "" { target *-*-* } 75 }
// { dg-message {2:     from string(b) (spill) at @FILE@:75:2} "" { target *-*-* } 75 }
// { dg-message {2:     from sink = string(b) (assign) at @FILE@:75:7} "" { target *-*-* } 75 }
// { dg-message {15: string(b) escapes to heap:} "" { target *-*-* } 75 }
// { dg-message {15:   flow: {storage for string(b)} = &{storage for string(b)}:} "" { target *-*-* } 75 }
// { dg-message {15:     from string(b) (spill) at @FILE@:75:15} "" { target *-*-* } 75 }
// { dg-message {15:     from string(b) (interface-converted) at @FILE@:75:2} "" { target *-*-* } 75 }
// { dg-message {2: string(r) escapes to heap:} "" { target *-*-* } 76 }
// { dg-message {2:   flow: {heap} = &{storage for string(r)}:} "" { target *-*-* } 76 }
// { dg-message {2:     from string(r) (spill) at @FILE@:76:2} "" { target *-*-* } 76 }
// { dg-message {2:     from sink = string(r) (assign) at @FILE@:76:7} "" { target *-*-* } 76 }
// { dg-message {15: string(r) escapes to heap:} "" { target *-*-* } 76 }
// { dg-message {15:   flow: {storage for string(r)} = &{storage for string(r)}:} "" { target *-*-* } 76 }
// { dg-message {15:     from string(r) (spill) at @FILE@:76:15} "" { target *-*-* } 76 }
// { dg-message {15:     from string(r) (interface-converted) at @FILE@:76:2} "" { target *-*-* } 76 }
// { dg-message {2: ([]rune)(s) escapes to heap:} "" { target *-*-* } 77 }
// { dg-message {2:   flow: {heap} = &{storage for ([]rune)(s)}:} "" { target *-*-* } 77 }
// { dg-message {2:     from ([]rune)(s) (spill) at @FILE@:77:2} "" { target *-*-* } 77 }
// { dg-message {2:     from sink = ([]rune)(s) (assign) at @FILE@:77:7} "" { target *-*-* } 77 }
// { dg-message {15: ([]rune)(s) escapes to heap:} "" { target *-*-* } 77 }
// { dg-message {15:   flow: {storage for ([]rune)(s)} = &{storage for ([]rune)(s)}:} "" { target *-*-* } 77 }
// { dg-message {15:     from ([]rune)(s) (spill) at @FILE@:77:15} "" { target *-*-* } 77 }
// { dg-message {15:     from ([]rune)(s) (interface-converted) at @FILE@:77:2} "" { target *-*-* } 77 }
// { dg-message {20: s does not escape} "" { target *-*-* } 71 }
// { dg-message {30: b does not escape} "" { target *-*-* } 71 }
// { dg-message {2: n escapes to heap} "" { target *-*-* } 72 }
// { dg-message {2: s + "x" escapes to heap} "" { target *-*-* } 73 }
// { dg-message {11: s + "x" escapes to heap} "" { target *-*-* } 73 }
// { dg-message {2: ([]byte)(s) escapes to heap} "" { target *-*-* } 74 }
// { dg-message {15: ([]byte)(s) escapes to heap} "" { target *-*-* } 74 }
// { dg-message {2: string(b) escapes to heap} "" { target *-*-* } 75 }
// { dg-message {15: string(b) escapes to heap} "" { target *-*-* } 75 }
// { dg-message {2: string(r) escapes to heap} "" { target *-*-* } 76 }
// { dg-message {15: string(r) escapes to heap} "" { target *-*-* } 76 }
// { dg-message {2: ([]rune)(s) escapes to heap} "" { target *-*-* } 77 }
// { dg-message {15: ([]rune)(s) escapes to heap} "" { target *-*-* } 77 }
// { dg-message {22: n does not escape} "" { target *-*-* } 78 }
// { dg-message {13: b escapes to heap:} "" { target *-*-* } 84 }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for b}:} "" { target *-*-* } 84 }
// { dg-message {13:     from b (spill) at @FILE@:84:13} "" { target *-*-* } 84 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target *-*-* } 84 }
// { dg-message {13:     from ... argument (spill) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13: a escapes to heap:} "" { target *-*-* } 84 }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for a}:} "" { target *-*-* } 84 }
// { dg-message {13:     from a (spill) at @FILE@:84:13} "" { target *-*-* } 84 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target *-*-* } 84 }
// { dg-message {13:     from ... argument (spill) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at @FILE@:84:12} "" { target *-*-* } 84 }
// { dg-message {13: b escapes to heap:} "" { target *-*-* } 83 }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for b}:} "" { target *-*-* } 83 }
// { dg-message {13:     from b (spill) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target *-*-* } 83 }
// { dg-message {13:     from ... argument (spill) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:     from fmt.Println(... argument...) (call parameter) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13: a escapes to heap:} "" { target *-*-* } 83 }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for a}:} "" { target *-*-* } 83 }
// { dg-message {13:     from a (spill) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target *-*-* } 83 }
// { dg-message {13:     from ... argument (spill) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13:     from fmt.Println(... argument...) (call parameter) at @FILE@:83:13} "" { target *-*-* } 83 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 83 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 83 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 83 }
// { dg-message {12: ... argument does not escape} "" { target *-*-* } 84 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 84 }
// { dg-message {13: b escapes to heap} "" { target *-*-* } 84 }
// { dg-message {2: u escapes to heap:} "" { target *-*-* } 93 }
// { dg-message {2:   flow: {heap} = &{storage for u}:} "" { target *-*-* } 93 }
// { dg-message {2:     from u (spill) at @FILE@:93:2} "" { target *-*-* } 93 }
// { dg-message {2:     from sink = u (assign) at @FILE@:93:7} "" { target *-*-* } 93 }
// { dg-message {11: make([]int, n) escapes to heap:} "" { target *-*-* } 88 }
// { dg-message {11:   flow: {heap} = &{storage for make([]int, n)}:} "" { target *-*-* } 88 }
// { dg-message {11:     from make([]int, n) (non-constant size) at @FILE@:88:11} "" { target *-*-* } 88 }
// { dg-message {11: make([]int, 10, 20) escapes to heap:} "" { target *-*-* } 92 }
// { dg-message {11:   flow: u = &{storage for make([]int, 10, 20)}:} "" { target *-*-* } 92 }
// { dg-message {11:     from make([]int, 10, 20) (spill) at @FILE@:92:11} "" { target *-*-* } 92 }
// { dg-message {11:     from u := make([]int, 10, 20) (assign) at @FILE@:92:4} "" { target *-*-* } 92 }
// { dg-message {11:   flow: {storage for u} = u:} "" { target *-*-* } 92 }
// { dg-message {11:     from u (interface-converted) at @FILE@:93:2} "" { target *-*-* } 92 }
// { dg-message {11: make([]int, n) escapes to heap} "" { target *-*-* } 88 }
// { dg-message {11: make([]int, 10) does not escape} "" { target *-*-* } 90 }
// { dg-message {11: make([]int, 10, 20) escapes to heap} "" { target *-*-* } 92 }
// { dg-message {2: u escapes to heap} "" { target *-*-* } 93 }
// { dg-message {12: s does not escape} "" { target *-*-* } 98 }
// { dg-message {22: b does not escape} "" { target *-*-* } 98 }
// { dg-message {13: ([]byte)(s) does not escape} "" { target *-*-* } 99 }
// { dg-message {13: string(b) does not escape} "" { target *-*-* } 101 }
// { dg-message {9: s + "y" does not escape} "" { target *-*-* } 103 }
