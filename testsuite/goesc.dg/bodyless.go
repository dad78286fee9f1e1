// A function declared without a body: gc reads every parameter that holds
// pointers as leaking, unless //go:noescape comes before it (across blank
// lines and comments, not across another declaration); unnamed
// parameters get no line, "_" does; callers see the same.
// Expected lines: gc 1.19 -m -l.
package p

import "unsafe"

type Word uint

type S struct {
	a int
	b [2]uint8
}

type P struct{ p *int }

//go:noescape
func noesc(p *int, s []byte) int

// a comment
//go:noescape
func noesc2(p *int)

//go:noescape

func gap(p *int)

var v int

func after(p *int)

func plain(p *int, n int, w Word, s S, q P, u unsafe.Pointer, str string, e error, f func(), _ *int, arr [0]*int, ar2 [2]*int) (r *int)

func unnamed(*int, int)

func under_score(p *int)

func Use(x *int, y []byte) int {
	noesc2(x)
	under_score(x)
	return noesc(x, y)
}

func Use2(x *int) {
	gap(x)
	after(x)
}

func Use3(x *int) {
	gap(x)
}
// { dg-message {12: p does not escape} "" { target *-*-* } 20 }
// { dg-message {20: s does not escape} "" { target *-*-* } 20 }
// { dg-message {13: p does not escape} "" { target *-*-* } 24 }
// { dg-message {10: p does not escape} "" { target *-*-* } 28 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 32 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 34 }
// { dg-message {40: leaking param: q} "" { target *-*-* } 34 }
// { dg-message {45: leaking param: u} "" { target *-*-* } 34 }
// { dg-message {63: leaking param: str} "" { target *-*-* } 34 }
// { dg-message {75: leaking param: e} "" { target *-*-* } 34 }
// { dg-message {84: leaking param: f} "" { target *-*-* } 34 }
// { dg-message {94: leaking param: _} "" { target *-*-* } 34 }
// { dg-message {115: leaking param: ar2} "" { target *-*-* } 34 }
// { dg-message {18: leaking param: p} "" { target *-*-* } 38 }
// { dg-message {10: leaking param: x} "" { target *-*-* } 40 }
// { dg-message {18: y does not escape} "" { target *-*-* } 40 }
// { dg-message {11: leaking param: x} "" { target *-*-* } 46 }
// { dg-message {11: x does not escape} "" { target *-*-* } 51 }
