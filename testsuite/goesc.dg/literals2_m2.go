// Sites inside composite literals and constant conversions, named and
// placed as gc does: a value converted to an interface in a field of a
// struct element ({v: x}, {x, "c", 3.5}), an elided &T{...} in []*T{...},
// []byte of a constant (a conversion for gc, a copy for gccgo) and []rune
// of a constant (folded by gc into []rune{...}), with gc's -m=2
// explanations ("struct literal element", "array literal element").
// Expected lines: gc 1.19 -m=2 -l.
package main

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

func use(b []byte, x bool) bool { return len(b) > 0 && x }

func conversions(s string) bool {
	sinkb = []byte("abc")
	r2 := []rune("héllo")
	_ = r2
	r := []rune(K + "x")
	_ = r
	sinkr = []rune(s)
	return use([]byte("..."), true)
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {12: []E{...} escapes to heap:} "" { target *-*-* } 25 }
// { dg-message {12:   flow: {heap} = &{storage for []E{...}}:} "" { target *-*-* } 25 }
// { dg-message {12:     from []E{...} (spill) at @FILE@:25:12} "" { target *-*-* } 25 }
// { dg-message {12:     from sink = []E{...} (assign) at @FILE@:25:7} "" { target *-*-* } 25 }
// { dg-message {5: x escapes to heap:} "" { target *-*-* } 26 }
// { dg-message {5:   flow: {storage for []E{...}} = &{storage for x}:} "" { target *-*-* } 26 }
// { dg-message {5:     from x (spill) at @FILE@:26:5} "" { target *-*-* } 26 }
// { dg-message {5:     from E{...} (struct literal element) at @FILE@:26:3} "" { target *-*-* } 26 }
// { dg-message {5:     from []E{...} (slice-literal-element) at @FILE@:25:12} "" { target *-*-* } 26 }
// { dg-message {15: s escapes to heap:} "" { target *-*-* } 27 }
// { dg-message {15:   flow: {storage for []E{...}} = &{storage for s}:} "" { target *-*-* } 27 }
// { dg-message {15:     from s (spill) at @FILE@:27:15} "" { target *-*-* } 27 }
// { dg-message {15:     from E{...} (struct literal element) at @FILE@:27:3} "" { target *-*-* } 27 }
// { dg-message {15:     from []E{...} (slice-literal-element) at @FILE@:25:12} "" { target *-*-* } 27 }
// { dg-message {4: x escapes to heap:} "" { target *-*-* } 28 }
// { dg-message {4:   flow: {storage for []E{...}} = &{storage for x}:} "" { target *-*-* } 28 }
// { dg-message {4:     from x (spill) at @FILE@:28:4} "" { target *-*-* } 28 }
// { dg-message {4:     from E{...} (struct literal element) at @FILE@:28:3} "" { target *-*-* } 28 }
// { dg-message {4:     from []E{...} (slice-literal-element) at @FILE@:25:12} "" { target *-*-* } 28 }
// { dg-message {12: 3.5 escapes to heap:} "" { target *-*-* } 28 }
// { dg-message {12:   flow: {storage for []E{...}} = &{storage for 3.5}:} "" { target *-*-* } 28 }
// { dg-message {12:     from 3.5 (spill) at @FILE@:28:12} "" { target *-*-* } 28 }
// { dg-message {12:     from E{...} (struct literal element) at @FILE@:28:3} "" { target *-*-* } 28 }
// { dg-message {12:     from []E{...} (slice-literal-element) at @FILE@:25:12} "" { target *-*-* } 28 }
// { dg-message {14: []*E{...} escapes to heap:} "" { target *-*-* } 30 }
// { dg-message {14:   flow: {heap} = &{storage for []*E{...}}:} "" { target *-*-* } 30 }
// { dg-message {14:     from []*E{...} (spill) at @FILE@:30:14} "" { target *-*-* } 30 }
// { dg-message {14:     from sinkp = []*E{...} (assign) at @FILE@:30:8} "" { target *-*-* } 30 }
// { dg-message {15: &E{...} escapes to heap:} "" { target *-*-* } 30 }
// { dg-message {15:   flow: {storage for []*E{...}} = &{storage for &E{...}}:} "" { target *-*-* } 30 }
// { dg-message {15:     from &E{...} (spill) at @FILE@:30:15} "" { target *-*-* } 30 }
// { dg-message {15:     from []*E{...} (slice-literal-element) at @FILE@:30:14} "" { target *-*-* } 30 }
// { dg-message {17: x escapes to heap:} "" { target *-*-* } 30 }
// { dg-message {17:   flow: {storage for &E{...}} = &{storage for x}:} "" { target *-*-* } 30 }
// { dg-message {17:     from x (spill) at @FILE@:30:17} "" { target *-*-* } 30 }
// { dg-message {17:     from E{...} (struct literal element) at @FILE@:30:15} "" { target *-*-* } 30 }
// { dg-message {22: parameter s leaks to {storage for s} with derefs=0:} "" { target *-*-* } 24 }
// { dg-message {22:   flow: {storage for s} = s:} "" { target *-*-* } 24 }
// { dg-message {22:     from s (interface-converted) at @FILE@:27:15} "" { target *-*-* } 24 }
// { dg-message {22: leaking param: s} "" { target *-*-* } 24 }
// { dg-message {12: []E{...} escapes to heap} "" { target *-*-* } 25 }
// { dg-message {5: x escapes to heap} "" { target *-*-* } 26 }
// { dg-message {15: s escapes to heap} "" { target *-*-* } 27 }
// { dg-message {4: x escapes to heap} "" { target *-*-* } 28 }
// { dg-message {12: 3.5 escapes to heap} "" { target *-*-* } 28 }
// { dg-message {14: []*E{...} escapes to heap} "" { target *-*-* } 30 }
// { dg-message {15: &E{...} escapes to heap} "" { target *-*-* } 30 }
// { dg-message {17: x escapes to heap} "" { target *-*-* } 30 }
// { dg-message {16: x does not escape} "" { target *-*-* } 31 }
// { dg-message {24: s does not escape} "" { target *-*-* } 31 }
// { dg-message {10: x escapes to heap:} "" { target *-*-* } 39 }
// { dg-message {10:   flow: u = &{storage for x}:} "" { target *-*-* } 39 }
// { dg-message {10:     from x (spill) at @FILE@:39:10} "" { target *-*-* } 39 }
// { dg-message {10:     from E{...} (struct literal element) at @FILE@:39:8} "" { target *-*-* } 39 }
// { dg-message {10:     from u := E{...} (assign) at @FILE@:39:4} "" { target *-*-* } 39 }
// { dg-message {10:   flow: {heap} = u:} "" { target *-*-* } 39 }
// { dg-message {10:     from sinke = u (assign) at @FILE@:40:8} "" { target *-*-* } 39 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 37 }
// { dg-message {2:   flow: t = &{storage for x}:} "" { target *-*-* } 37 }
// { dg-message {2:     from x (spill) at @FILE@:37:2} "" { target *-*-* } 37 }
// { dg-message {2:     from t.v = x (assign) at @FILE@:37:6} "" { target *-*-* } 37 }
// { dg-message {2:   flow: {heap} = t:} "" { target *-*-* } 37 }
// { dg-message {2:     from sinke = t (assign) at @FILE@:38:8} "" { target *-*-* } 37 }
// { dg-message {2: x escapes to heap} "" { target *-*-* } 37 }
// { dg-message {10: x escapes to heap} "" { target *-*-* } 39 }
// { dg-message {10: b does not escape} "" { target *-*-* } 43 }
// { dg-message {16: ([]byte)("abc") escapes to heap:} "" { target *-*-* } 46 }
// { dg-message {16:   flow: {heap} = &{storage for ([]byte)("abc")}:} "" { target *-*-* } 46 }
// { dg-message {16:     from ([]byte)("abc") (spill) at @FILE@:46:16} "" { target *-*-* } 46 }
// { dg-message {16:     from sinkb = ([]byte)("abc") (assign) at @FILE@:46:8} "" { target *-*-* } 46 }
// { dg-message {16: ([]rune)(s) escapes to heap:} "" { target *-*-* } 51 }
// { dg-message {16:   flow: {heap} = &{storage for ([]rune)(s)}:} "" { target *-*-* } 51 }
// { dg-message {16:     from ([]rune)(s) (spill) at @FILE@:51:16} "" { target *-*-* } 51 }
// { dg-message {16:     from sinkr = ([]rune)(s) (assign) at @FILE@:51:8} "" { target *-*-* } 51 }
// { dg-message {18: s does not escape} "" { target *-*-* } 45 }
// { dg-message {16: ([]byte)("abc") escapes to heap} "" { target *-*-* } 46 }
// { dg-message {14: []rune{...} does not escape} "" { target *-*-* } 47 }
// { dg-message {13: []rune{...} does not escape} "" { target *-*-* } 49 }
// { dg-message {16: ([]rune)(s) escapes to heap} "" { target *-*-* } 51 }
// { dg-message {19: ([]byte)("...") does not escape} "" { target *-*-* } 52 }
