// Sites inside composite literals and constant conversions, named and
// placed as gc does: a value converted to an interface in a field of a
// struct element ({v: x}, {x, "c", 3.5}), an elided &T{...} in []*T{...},
// []byte of a constant (a conversion for gc, a copy for gccgo) and []rune
// of a constant (folded by gc into []rune{...}).  Expected lines: gc 1.19
// -m -l.
package main

import "math"

type E struct {
	v   interface{}
	tag string
	w   interface{}
}

var sink []E
var sinkp []*E
var sinke E
var sinkb []byte
var sinkr []rune

const K = "konst"

func elements(x int, s string) {
	sink = []E{
		{v: x, tag: "a"},
		{tag: "b", w: s},
		{x, "c", 3.5},
	}
	sinkp = []*E{{v: x}}
	arr := [2]E{{v: x}, {w: s}}
	_ = arr
}

func fields(x int) {
	var t E
	t.v = x
	sinke = t
	u := E{v: x, tag: "t"}
	sinke = u
}

var m = map[string]interface{}{}

func init() {
	var list = []struct {
		v   interface{}
		tag string
	}{
		{true, "a"},
		{math.NaN(), "b"},
		{"<<", "c"},
	}
	for _, item := range list {
		m[item.tag] = item.v
	}
}

func use(b []byte, x bool) bool { return len(b) > 0 && x }

func conversions(s string) bool {
	sinkb = []byte("abc")
	sinkr = []rune("héllo")
	r := []rune(K + "x")
	_ = r
	sinkr = []rune(s)
	return use([]byte("..."), true)
}

func main() {}
// { dg-message {22: leaking param: s} "" { target *-*-* } 25 }
// { dg-message {12: []E{...} escapes to heap} "" { target *-*-* } 26 }
// { dg-message {5: x escapes to heap} "" { target *-*-* } 27 }
// { dg-message {15: s escapes to heap} "" { target *-*-* } 28 }
// { dg-message {4: x escapes to heap} "" { target *-*-* } 29 }
// { dg-message {12: 3.5 escapes to heap} "" { target *-*-* } 29 }
// { dg-message {14: []*E{...} escapes to heap} "" { target *-*-* } 31 }
// { dg-message {15: &E{...} escapes to heap} "" { target *-*-* } 31 }
// { dg-message {17: x escapes to heap} "" { target *-*-* } 31 }
// { dg-message {16: x does not escape} "" { target *-*-* } 32 }
// { dg-message {24: s does not escape} "" { target *-*-* } 32 }
// { dg-message {2: x escapes to heap} "" { target *-*-* } 38 }
// { dg-message {10: x escapes to heap} "" { target *-*-* } 40 }
// { dg-message {3: []struct { v interface {}; tag string }{...} does not escape} "" { target *-*-* } 50 }
// { dg-message {4: true escapes to heap} "" { target *-*-* } 51 }
// { dg-message {12: math.NaN() escapes to heap} "" { target *-*-* } 52 }
// { dg-message {4: "<<" escapes to heap} "" { target *-*-* } 53 }
// { dg-message {10: b does not escape} "" { target *-*-* } 60 }
// { dg-message {18: s does not escape} "" { target *-*-* } 62 }
// { dg-message {16: ([]byte)("abc") escapes to heap} "" { target *-*-* } 63 }
// { dg-message {16: []rune{...} escapes to heap} "" { target *-*-* } 64 }
// { dg-message {13: []rune{...} does not escape} "" { target *-*-* } 65 }
// { dg-message {16: ([]rune)(s) escapes to heap} "" { target *-*-* } 67 }
// { dg-message {19: ([]byte)("...") does not escape} "" { target *-*-* } 68 }
// { dg-message {31: map[string]interface {}{} escapes to heap} "" { target *-*-* } 44 }
