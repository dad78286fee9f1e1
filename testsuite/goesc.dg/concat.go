// Concatenations as gc sees them: s += t is s = t (no site, t flows to
// s) unless t is itself a concatenation, which is then the site; string(b)
// as an operand is converted in a temporary that does not escape (gccgo
// reads b in place).  Expected lines: gc 1.19 -m -l and -m=2 -l.
package main

func addstr1() {
	s0 := "a"
	s1 := "b"
	s := "c"
	s += s0 + s1
// { dg-message {10: s0 + s1 does not escape} "" { target *-*-* } .-1 }
	_ = s
}
func addstr2() {
	b := make([]byte, 20)
// { dg-message {11: make([]byte, 20) does not escape} "" { target *-*-* } .-1 }
	s0 := "a"
	s := string(b) + s0
// { dg-message {17: string(b) + s0 does not escape} "" { target *-*-* } .-1 }
// { dg-message {13: string(b) does not escape} "" { target *-*-* } .-2 }
	_ = s
}
func addstr3(s0 string) string {
// { dg-message {14: parameter s0 leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {14:   flow: s = s0:} "" { target m2 } .-2 }
// { dg-message {14:     from s += s0 (assign) at @FILE@:@.+5@:4} "" { target m2 } .-3 }
// { dg-message {14:   flow: ~r0 = s:} "" { target m2 } .-4 }
// { dg-message {14:     from return s (return) at @FILE@:@.+4@:2} "" { target m2 } .-5 }
// { dg-message {14: leaking param: s0 to result ~r0 level=0} "" { target *-*-* } .-6 }
	s := "c"
	s += s0
	return s
}

func main() {}
// { dg-goesc-levels 1 2 }
