// More of gc's rules: package-level initialisers gc cannot do statically
// (make) are reported, literals it can are not; panic's argument is boxed
// at the call's '('; a chain of concatenations is one site at its last
// '+'; a range over a map reads its content; self-assignments in a tuple
// assignment.  Expected lines: gc 1.19 -m -l.
package main

type items []*int

type T struct{ p *int }

var nilItems = make(items, 16)

var table = []T{{nil}, {nil}}

var sink interface{}

func bad(s string) {
	if s == "" {
		panic("empty")
	}
	sink = s + ": " + s + "!"
}

func keep(m map[string]*int) {
	for _, v := range m {
		sink = v
	}
}

func (s *items) truncate(index int) {
	var toClear items
	*s, toClear = (*s)[:index], (*s)[index:]
	_ = toClear
}

type edges []*int

func (e edges) Swap(i, j int) {
	e[i], e[j] = e[j], e[i]
}

func main() {}
// { dg-message {10: s does not escape} "" { target *-*-* } 18 }
// { dg-message {8: "empty" escapes to heap} "" { target *-*-* } 20 }
// { dg-message {2: s + ": " + s + "!" escapes to heap} "" { target *-*-* } 22 }
// { dg-message {22: s + ": " + s + "!" escapes to heap} "" { target *-*-* } 22 }
// { dg-message {11: leaking param content: m} "" { target *-*-* } 25 }
// { dg-message {14: (*items).truncate ignoring self-assignment in *s, toClear = (*s)[:index], (*s)[index:]} "" { target *-*-* } 33 }
// { dg-message {7: s does not escape} "" { target *-*-* } 31 }
// { dg-message {13: edges.Swap ignoring self-assignment in e[i], e[j] = e[j], e[i]} "" { target *-*-* } 40 }
// { dg-message {13: edges.Swap ignoring self-assignment in e[i], e[j] = e[j], e[i]} "" { target *-*-* } 40 }
// { dg-message {7: e does not escape} "" { target *-*-* } 39 }
// { dg-message {20: make(items, 16) escapes to heap} "" { target *-*-* } 12 }
