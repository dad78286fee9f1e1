// Self-assignments whose indexes gc deems unable to change memory:
// len(x), arithmetic, dereferences, fields, indexing.
// Expected lines: gc 1.19 -m -l.
package p

type S struct {
	css []*int
	v   struct{ a []int }
	p   *S
}

func f(s *S, i int) {
	s.css[i] = s.css[len(s.css)-1]
	s.v.a[i] = s.v.a[i+1]
	s.css[*s.css[0]] = s.css[0]
	s.css[i] = s.css[-i]
}
// { dg-message {11: f ignoring self-assignment in s.css[i] = s.css[len(s.css) - 1]} "" { target *-*-* } 13 }
// { dg-message {11: f ignoring self-assignment in s.v.a[i] = s.v.a[i + 1]} "" { target *-*-* } 14 }
// { dg-message {19: f ignoring self-assignment in s.css[*s.css[0]] = s.css[0]} "" { target *-*-* } 15 }
// { dg-message {11: f ignoring self-assignment in s.css[i] = s.css[-i]} "" { target *-*-* } 16 }
// { dg-message {8: s does not escape} "" { target *-*-* } 12 }
