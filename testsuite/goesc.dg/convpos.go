// Where gc places an implicit conversion to an interface in a list of
// values: in a return, at the last value so far that is not a variable's
// name (a constant, a call, a sum), else at the value; in var x, y I =
// a, b, all of them at the last value that is a variable's name.  And a
// named result a deferred closure captures (gccgo keeps it on the heap)
// is still the result.  Expected lines: gc 1.19 -m -l.
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
// { dg-message {9: leaking param: v to result ~r0 level=0} "" { target *-*-* } 13 }
// { dg-message {65: in escapes to heap} "" { target *-*-* } 13 }
// { dg-message {9: v does not escape} "" { target *-*-* } 14 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 14 }
// { dg-message {9: leaking param: v to result ~r0 level=0} "" { target *-*-* } 15 }
// { dg-message {73: in escapes to heap} "" { target *-*-* } 15 }
// { dg-message {9: v does not escape} "" { target *-*-* } 16 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 16 }
// { dg-message {9: v does not escape} "" { target *-*-* } 17 }
// { dg-message {62: in escapes to heap} "" { target *-*-* } 17 }
// { dg-message {9: v does not escape} "" { target *-*-* } 18 }
// { dg-message {75: in escapes to heap} "" { target *-*-* } 18 }
// { dg-message {75: in escapes to heap} "" { target *-*-* } 18 }
// { dg-message {9: v does not escape} "" { target *-*-* } 19 }
// { dg-message {63: in escapes to heap} "" { target *-*-* } 19 }
// { dg-message {9: v does not escape} "" { target *-*-* } 20 }
// { dg-message {64: v + "a" escapes to heap} "" { target *-*-* } 20 }
// { dg-message {64: in escapes to heap} "" { target *-*-* } 20 }
// { dg-message {9: v does not escape} "" { target *-*-* } 22 }
// { dg-message {56: in does not escape} "" { target *-*-* } 22 }
// { dg-message {56: "x" does not escape} "" { target *-*-* } 22 }
// { dg-message {9: v does not escape} "" { target *-*-* } 23 }
// { dg-message {68: in does not escape} "" { target *-*-* } 23 }
// { dg-message {68: "x" does not escape} "" { target *-*-* } 23 }
// { dg-message {68: v does not escape} "" { target *-*-* } 23 }
// { dg-message {9: v does not escape} "" { target *-*-* } 24 }
// { dg-message {69: "x" does not escape} "" { target *-*-* } 24 }
// { dg-message {69: k() does not escape} "" { target *-*-* } 24 }
// { dg-message {69: in does not escape} "" { target *-*-* } 24 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 29 }
// { dg-message {9: in escapes to heap} "" { target *-*-* } 34 }
// { dg-message {17: leaking param: p to result r level=0} "" { target *-*-* } 37 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 38 }
