// Several results at -m=2: each flow names the result it goes to; a
// multi-value assignment from a call notes nothing, a single one notes the
// assignment; an argument tagged for several results goes through gc's
// {temp}.  (return f() with several results is left out: gc explains it
// through .autotmp_N variables of its own.)  Expected lines: gc 1.19
// -m=2 -l.
package main

import "strings"

var sink *int

func two(p, q *int) (*int, *int) { return p, q }

func named(p, q *int) (r, s *int) { return p, q }

func takenApart(p, q *int) (*int, *int) {
	a, b := two(q, p)
	return a, b
}

func namedApart(p, q *int) (r, s *int) {
	r, s = named(q, p)
	return
}

func secondOnly(p, q *int) *int {
	_, b := two(p, q)
	return b
}

func toHeap(p, q *int) {
	a, _ := two(p, q)
	sink = a
}

func single(p, q *int) *int {
	t := first(p, q)
	return t
}

func first(p, q *int) *int { return p }

func imported(s string) string {
	_, after, _ := strings.Cut(s, "=")
	return after
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {13: parameter q leaks to ~r1 with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {13:   flow: ~r1 = q:} "" { target *-*-* } 13 }
// { dg-message {13:     from return p, q (return) at @FILE@:13:36} "" { target *-*-* } 13 }
// { dg-message {10: parameter p leaks to ~r0 with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {10:   flow: ~r0 = p:} "" { target *-*-* } 13 }
// { dg-message {10:     from return p, q (return) at @FILE@:13:36} "" { target *-*-* } 13 }
// { dg-message {10: leaking param: p to result ~r0 level=0} "" { target *-*-* } 13 }
// { dg-message {13: leaking param: q to result ~r1 level=0} "" { target *-*-* } 13 }
// { dg-message {15: parameter q leaks to s with derefs=0:} "" { target *-*-* } 15 }
// { dg-message {15:   flow: s = q:} "" { target *-*-* } 15 }
// { dg-message {15:     from return p, q (return) at @FILE@:15:37} "" { target *-*-* } 15 }
// { dg-message {12: parameter p leaks to r with derefs=0:} "" { target *-*-* } 15 }
// { dg-message {12:   flow: r = p:} "" { target *-*-* } 15 }
// { dg-message {12:     from return p, q (return) at @FILE@:15:37} "" { target *-*-* } 15 }
// { dg-message {12: leaking param: p to result r level=0} "" { target *-*-* } 15 }
// { dg-message {15: leaking param: q to result s level=0} "" { target *-*-* } 15 }
// { dg-message {17: parameter p leaks to ~r1 with derefs=0:} "" { target *-*-* } 17 }
// { dg-message {17:   flow: b = p:} "" { target *-*-* } 17 }
// { dg-message {17:     from two(q, p) (call parameter) at @FILE@:18:13} "" { target *-*-* } 17 }
// { dg-message {17:   flow: ~r1 = b:} "" { target *-*-* } 17 }
// { dg-message {17:     from return a, b (return) at @FILE@:19:2} "" { target *-*-* } 17 }
// { dg-message {20: parameter q leaks to ~r0 with derefs=0:} "" { target *-*-* } 17 }
// { dg-message {20:   flow: a = q:} "" { target *-*-* } 17 }
// { dg-message {20:     from two(q, p) (call parameter) at @FILE@:18:13} "" { target *-*-* } 17 }
// { dg-message {20:   flow: ~r0 = a:} "" { target *-*-* } 17 }
// { dg-message {20:     from return a, b (return) at @FILE@:19:2} "" { target *-*-* } 17 }
// { dg-message {17: leaking param: p to result ~r1 level=0} "" { target *-*-* } 17 }
// { dg-message {20: leaking param: q to result ~r0 level=0} "" { target *-*-* } 17 }
// { dg-message {17: parameter p leaks to s with derefs=0:} "" { target *-*-* } 22 }
// { dg-message {17:   flow: s = p:} "" { target *-*-* } 22 }
// { dg-message {17:     from named(q, p) (call parameter) at @FILE@:23:14} "" { target *-*-* } 22 }
// { dg-message {20: parameter q leaks to r with derefs=0:} "" { target *-*-* } 22 }
// { dg-message {20:   flow: r = q:} "" { target *-*-* } 22 }
// { dg-message {20:     from named(q, p) (call parameter) at @FILE@:23:14} "" { target *-*-* } 22 }
// { dg-message {17: leaking param: p to result s level=0} "" { target *-*-* } 22 }
// { dg-message {20: leaking param: q to result r level=0} "" { target *-*-* } 22 }
// { dg-message {20: parameter q leaks to ~r0 with derefs=0:} "" { target *-*-* } 27 }
// { dg-message {20:   flow: b = q:} "" { target *-*-* } 27 }
// { dg-message {20:     from two(p, q) (call parameter) at @FILE@:28:13} "" { target *-*-* } 27 }
// { dg-message {20:   flow: ~r0 = b:} "" { target *-*-* } 27 }
// { dg-message {20:     from return b (return) at @FILE@:29:2} "" { target *-*-* } 27 }
// { dg-message {17: p does not escape} "" { target *-*-* } 27 }
// { dg-message {20: leaking param: q to result ~r0 level=0} "" { target *-*-* } 27 }
// { dg-message {13: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 32 }
// { dg-message {13:   flow: a = p:} "" { target *-*-* } 32 }
// { dg-message {13:     from two(p, q) (call parameter) at @FILE@:33:13} "" { target *-*-* } 32 }
// { dg-message {13:   flow: {heap} = a:} "" { target *-*-* } 32 }
// { dg-message {13:     from sink = a (assign) at @FILE@:34:7} "" { target *-*-* } 32 }
// { dg-message {13: leaking param: p} "" { target *-*-* } 32 }
// { dg-message {16: q does not escape} "" { target *-*-* } 32 }
// { dg-message {12: parameter p leaks to ~r0 with derefs=0:} "" { target *-*-* } 42 }
// { dg-message {12:   flow: ~r0 = p:} "" { target *-*-* } 42 }
// { dg-message {12:     from return p (return) at @FILE@:42:30} "" { target *-*-* } 42 }
// { dg-message {12: leaking param: p to result ~r0 level=0} "" { target *-*-* } 42 }
// { dg-message {15: q does not escape} "" { target *-*-* } 42 }
// { dg-message {13: parameter p leaks to ~r0 with derefs=0:} "" { target *-*-* } 37 }
// { dg-message {13:   flow: t = p:} "" { target *-*-* } 37 }
// { dg-message {13:     from first(p, q) (call parameter) at @FILE@:38:12} "" { target *-*-* } 37 }
// { dg-message {13:     from t := first(p, q) (assign) at @FILE@:38:4} "" { target *-*-* } 37 }
// { dg-message {13:   flow: ~r0 = t:} "" { target *-*-* } 37 }
// { dg-message {13:     from return t (return) at @FILE@:39:2} "" { target *-*-* } 37 }
// { dg-message {13: leaking param: p to result ~r0 level=0} "" { target *-*-* } 37 }
// { dg-message {16: q does not escape} "" { target *-*-* } 37 }
// { dg-message {15: parameter s leaks to ~r0 with derefs=0:} "" { target *-*-* } 44 }
// { dg-message {15:   flow: {temp} = s:} "" { target *-*-* } 44 }
// { dg-message {15:     from strings.Cut(s, "=") (call parameter) at @FILE@:45:28} "" { target *-*-* } 44 }
// { dg-message {15:   flow: after = {temp}:} "" { target *-*-* } 44 }
// { dg-message {15:   flow: ~r0 = after:} "" { target *-*-* } 44 }
// { dg-message {15:     from return after (return) at @FILE@:46:2} "" { target *-*-* } 44 }
// { dg-message {15: leaking param: s to result ~r0 level=0} "" { target *-*-* } 44 }
