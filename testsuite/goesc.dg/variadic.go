// A variadic method called through a selector: its "... argument" is
// placed at the call's '(', not taken for a method value at the '.'.
// Expected lines: gc 1.19 -m -l.
package main

type F struct{ name string }

func (f *F) failf(format string, a ...interface{}) error { return nil }

func parse(f *F, s string) error {
	if len(s) == 0 {
		return f.failf("bad flag syntax: %s", s)
	}
	return nil
}

func main() {}
// { dg-message {7: f does not escape} "" { target *-*-* } 8 }
// { dg-message {19: format does not escape} "" { target *-*-* } 8 }
// { dg-message {34: a does not escape} "" { target *-*-* } 8 }
// { dg-message {12: f does not escape} "" { target *-*-* } 10 }
// { dg-message {18: s does not escape} "" { target *-*-* } 10 }
// { dg-message {17: ... argument does not escape} "" { target *-*-* } 12 }
// { dg-message {18: s does not escape} "" { target *-*-* } 12 }
