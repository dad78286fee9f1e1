// Concatenations as gc sees them: s += t is s = t (no site, t flows to
// s) unless t is itself a concatenation, which is then the site; string(b)
// as an operand is converted in a temporary that does not escape (gccgo
// reads b in place).  Expected lines: gc 1.19 -m=2 -l.
package main

func addstr1() {
	s0 := "a"
	s1 := "b"
	s := "c"
	s += s0 + s1
	_ = s
}
func addstr2() {
	b := make([]byte, 20)
	s0 := "a"
	s := string(b) + s0
	_ = s
}
func addstr3(s0 string) string {
	s := "c"
	s += s0
	return s
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {10: s0 + s1 does not escape} "" { target *-*-* } 11 }
// { dg-message {11: make([]byte, 20) does not escape} "" { target *-*-* } 15 }
// { dg-message {17: string(b) + s0 does not escape} "" { target *-*-* } 17 }
// { dg-message {13: string(b) does not escape} "" { target *-*-* } 17 }
// { dg-message {14: parameter s0 leaks to ~r0 with derefs=0:} "" { target *-*-* } 20 }
// { dg-message {14:   flow: s = s0:} "" { target *-*-* } 20 }
// { dg-message {14:     from s += s0 (assign) at @FILE@:22:4} "" { target *-*-* } 20 }
// { dg-message {14:   flow: ~r0 = s:} "" { target *-*-* } 20 }
// { dg-message {14:     from return s (return) at @FILE@:23:2} "" { target *-*-* } 20 }
// { dg-message {14: leaking param: s0 to result ~r0 level=0} "" { target *-*-* } 20 }
