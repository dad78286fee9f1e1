// s += t where s is reached through a pointer: gc reads it as s = t, so
// t leaks and the pointer's content does not (no site for the
// concatenation); string(s) of a string type copies nothing.
// Expected lines: gc 1.19 -m -l.
package p

type H struct{ Name string }

type StructuralError string

func (s StructuralError) Error() string { return "bzip2 data invalid: " + string(s) }

func f(h *H, elt string) {
	h.Name += "/"
	h.Name += elt
}

func g(h H) string {
	h.Name += "/"
	return h.Name
}
// { dg-message {7: s does not escape} "" { target *-*-* } 11 }
// { dg-message {73: "bzip2 data invalid: " + string(s) escapes to heap} "" { target *-*-* } 11 }
// { dg-message {8: h does not escape} "" { target *-*-* } 13 }
// { dg-message {14: leaking param: elt} "" { target *-*-* } 13 }
// { dg-message {8: leaking param: h to result ~r0 level=0} "" { target *-*-* } 18 }
