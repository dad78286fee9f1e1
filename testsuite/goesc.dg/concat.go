// Concatenations as gc sees them: s += t is s = t (no site, t flows to
// s) unless t is itself a concatenation, which is then the site; string(b)
// as an operand is converted in a temporary that does not escape (gccgo
// reads b in place).  Expected lines: gc 1.19 -m -l.
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
// { dg-message {10: s0 + s1 does not escape} "" { target *-*-* } 11 }
// { dg-message {11: make([]byte, 20) does not escape} "" { target *-*-* } 15 }
// { dg-message {17: string(b) + s0 does not escape} "" { target *-*-* } 17 }
// { dg-message {13: string(b) does not escape} "" { target *-*-* } 17 }
// { dg-message {14: leaking param: s0 to result ~r0 level=0} "" { target *-*-* } 20 }
