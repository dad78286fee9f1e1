// Where gc places an implicit conversion to an interface in a list of
// values: in a return, at the last value so far that is not a variable's
// name (a constant, a call, a sum), else at the value; in var x, y I =
// a, b, all of them at the last value that is a variable's name.  And a
// named result a deferred closure captures (gccgo keeps it on the heap)
// is still the result.  (gc: a later result that is not a constant but nil
// moves a variable's conversion there, return v, err: at err; panic(x) at
// x, panic("lit") at its '('.)  Expected lines: gc 1.19 -m -l.
package main

const C = "c"

func k() string { return "" }

func r1(v string, in float64) (string, interface{}) { return v, in }
func r2(v string, in float64) (string, interface{}) { return "x", in }
func r3(v string, in float64) (string, string, interface{}) { return v, "x", in }
func r4(v string, in float64) (string, interface{}) { return C, in }
func r5(v string, in float64) (interface{}, string) { return in, "x" }
func r6(v string, in float64) (string, interface{}, interface{}) { return "x", in, in }
func r7(v string, in float64) (string, interface{}) { return k(), in }
func r8(v string, in float64) (string, interface{}) { return v + "a", in }

func v1(v string, in float64) { var x, y interface{} = in, "x"; _, _ = x, y }
func v2(v string, in float64) { var x, y, z interface{} = in, "x", v; _, _, _ = x, y, z }
func v3(v string, in float64) { var x, y, z interface{} = "x", k(), in; _, _, _ = x, y, z }

func fe() error { return nil }

func a1(v int) (interface{}, error)            { return v, nil }
func a2(v int, err error) (interface{}, error) { return v, err }
func a3(v int) (interface{}, error)            { return v, fe() }
func a4(v int) (interface{}, int)              { return v, 3 }
func a5(v int, w int) (interface{}, interface{}) { return v, w }

func p1(s string)  { panic(s) }
func p2()          { panic("lit") }
func p3(x int)     { msg := "a"; _ = x; panic(msg) }

var sink string

func deferred(in float64) (rtag string, out interface{}) {
	defer func() {
		if out == nil {
			sink = rtag
		}
	}()
	return "x", in
}

func heapResult(p *int) (r *int) {
	defer func() { _ = r }()
	return p
}

func main() {}
// { dg-message {9: leaking param: v to result ~r0 level=0} "" { target *-*-* } 15 }
// { dg-message {65: in escapes to heap} "" { target *-*-* } 15 }
// { dg-message {9: v does not escape} "" { target *-*-* } 16 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 16 }
// { dg-message {9: leaking param: v to result ~r0 level=0} "" { target *-*-* } 17 }
// { dg-message {73: in escapes to heap} "" { target *-*-* } 17 }
// { dg-message {9: v does not escape} "" { target *-*-* } 18 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 18 }
// { dg-message {9: v does not escape} "" { target *-*-* } 19 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 19 }
// { dg-message {9: v does not escape} "" { target *-*-* } 20 }
// { dg-message {75: in escapes to heap} "" { target *-*-* } 20 }
// { dg-message {75: in escapes to heap} "" { target *-*-* } 20 }
// { dg-message {9: v does not escape} "" { target *-*-* } 21 }
// { dg-message {63: in escapes to heap} "" { target *-*-* } 21 }
// { dg-message {9: v does not escape} "" { target *-*-* } 22 }
// { dg-message {64: v + "a" escapes to heap} "" { target *-*-* } 22 }
// { dg-message {64: in escapes to heap} "" { target *-*-* } 22 }
// { dg-message {9: v does not escape} "" { target *-*-* } 24 }
// { dg-message {56: in does not escape} "" { target *-*-* } 24 }
// { dg-message {56: "x" does not escape} "" { target *-*-* } 24 }
// { dg-message {9: v does not escape} "" { target *-*-* } 25 }
// { dg-message {68: in does not escape} "" { target *-*-* } 25 }
// { dg-message {68: "x" does not escape} "" { target *-*-* } 25 }
// { dg-message {68: v does not escape} "" { target *-*-* } 25 }
// { dg-message {9: v does not escape} "" { target *-*-* } 26 }
// { dg-message {69: "x" does not escape} "" { target *-*-* } 26 }
// { dg-message {69: k() does not escape} "" { target *-*-* } 26 }
// { dg-message {69: in does not escape} "" { target *-*-* } 26 }
// { dg-message {60: v escapes to heap} "" { target *-*-* } 30 }
// { dg-message {16: leaking param: err to result ~r1 level=0} "" { target *-*-* } 31 }
// { dg-message {60: v escapes to heap} "" { target *-*-* } 31 }
// { dg-message {62: v escapes to heap} "" { target *-*-* } 32 }
// { dg-message {57: v escapes to heap} "" { target *-*-* } 33 }
// { dg-message {62: v escapes to heap} "" { target *-*-* } 34 }
// { dg-message {62: w escapes to heap} "" { target *-*-* } 34 }
// { dg-message {9: leaking param: s} "" { target *-*-* } 36 }
// { dg-message {28: s escapes to heap} "" { target *-*-* } 36 }
// { dg-message {27: "lit" escapes to heap} "" { target *-*-* } 37 }
// { dg-message {47: msg escapes to heap} "" { target *-*-* } 38 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 43 }
// { dg-message {9: in escapes to heap} "" { target *-*-* } 48 }
// { dg-message {17: leaking param: p to result r level=0} "" { target *-*-* } 51 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 52 }
