// Interface keys of map index expressions and values stored by index,
// named and placed as gc does: a constant key at the index expression, a
// call at its '(', other keys at their start; x[k] = v converts v at k;
// m[k]++ converts k once.  Expected lines: gc 1.19 -m -l.
package main

type MV int

func f(int) int { return 0 }

func r1(m map[interface{}]bool, k int) bool { return m[k] }
func r2(m map[interface{}]bool, k int) bool { v := m[k+1]; return v }
func r3(m map[interface{}]bool, k int) bool { v, ok := m[k]; return v && ok }
func w1(m map[interface{}]int, k int)      { m[k] = 1 }
func w2(m map[interface{}]int, k int)      { m[k+1]++ }
func w3(m map[interface{}]interface{}, k int, v int) { m[k] = v }
func d1(m map[interface{}]int, k int)      { delete(m, k) }
func s1(a []interface{}, i int, v int) { a[i] = v }
func s2(a []interface{}, i int)        { a[i+1] = "c" }
func s3(m map[int]interface{}, k int, v int) { m[k] = v }
func s4(m map[interface{}]int, k int)  { m[f(k)] = 1 }
func s5(m map[interface{}]int) int     { return m[MV(3)] }
func s6(m map[interface{}]int, k int) int { return m[f(k)] }

func e1(m map[interface{}]bool) bool { return m["foo"] }

func main() {}
// { dg-message {9: m does not escape} "" { target *-*-* } 11 }
// { dg-message {56: k does not escape} "" { target *-*-* } 11 }
// { dg-message {9: m does not escape} "" { target *-*-* } 12 }
// { dg-message {54: k + 1 does not escape} "" { target *-*-* } 12 }
// { dg-message {9: m does not escape} "" { target *-*-* } 13 }
// { dg-message {58: k does not escape} "" { target *-*-* } 13 }
// { dg-message {9: m does not escape} "" { target *-*-* } 14 }
// { dg-message {48: k escapes to heap} "" { target *-*-* } 14 }
// { dg-message {9: m does not escape} "" { target *-*-* } 15 }
// { dg-message {48: k + 1 escapes to heap} "" { target *-*-* } 15 }
// { dg-message {9: m does not escape} "" { target *-*-* } 16 }
// { dg-message {58: k escapes to heap} "" { target *-*-* } 16 }
// { dg-message {58: v escapes to heap} "" { target *-*-* } 16 }
// { dg-message {9: m does not escape} "" { target *-*-* } 17 }
// { dg-message {56: k does not escape} "" { target *-*-* } 17 }
// { dg-message {9: a does not escape} "" { target *-*-* } 18 }
// { dg-message {44: v escapes to heap} "" { target *-*-* } 18 }
// { dg-message {9: a does not escape} "" { target *-*-* } 19 }
// { dg-message {44: "c" escapes to heap} "" { target *-*-* } 19 }
// { dg-message {9: m does not escape} "" { target *-*-* } 20 }
// { dg-message {50: v escapes to heap} "" { target *-*-* } 20 }
// { dg-message {9: m does not escape} "" { target *-*-* } 21 }
// { dg-message {45: f(k) escapes to heap} "" { target *-*-* } 21 }
// { dg-message {9: m does not escape} "" { target *-*-* } 22 }
// { dg-message {49: MV(3) does not escape} "" { target *-*-* } 22 }
// { dg-message {9: m does not escape} "" { target *-*-* } 23 }
// { dg-message {55: f(k) does not escape} "" { target *-*-* } 23 }
// { dg-message {9: m does not escape} "" { target *-*-* } 25 }
// { dg-message {47: "foo" does not escape} "" { target *-*-* } 25 }
