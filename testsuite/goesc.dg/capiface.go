// An interface variable captured by a closure and never reassigned is
// captured by value, as gc does: gccgo's stores into its heap copy (one
// per word, through the write barrier) take no address of it.
// Expected lines: gc 1.19 -m -l.
package p

func use(e error) {}

func f(e error) func() {
	var op func()
	ovfl := e
	op = func() {
		use(ovfl)
	}
	return op
}

func g(e error) func() {
	ovfl := e
	return func() {
		use(ovfl)
	}
}
type T interface{ Len() int }

func overflow2(s string) error { return nil }

func use2(t T, e error) {}

func f2(typ T, name string, k int) func() {
	var op func()
	switch t := typ; k {
	case 1:
		ovfl := overflow2(name)
		op = func() {
			use2(t, ovfl)
		}
	case 2:
		ovfl := overflow2(name)
		op = func() {
			use2(t, ovfl)
		}
	}
	return op
}
// { dg-message {10: e does not escape} "" { target *-*-* } 7 }
// { dg-message {8: leaking param: e} "" { target *-*-* } 9 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 12 }
// { dg-message {8: leaking param: e} "" { target *-*-* } 18 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } 20 }
// { dg-message {16: s does not escape} "" { target *-*-* } 26 }
// { dg-message {11: t does not escape} "" { target *-*-* } 28 }
// { dg-message {16: e does not escape} "" { target *-*-* } 28 }
// { dg-message {9: leaking param: typ} "" { target *-*-* } 30 }
// { dg-message {16: name does not escape} "" { target *-*-* } 30 }
// { dg-message {8: func literal escapes to heap} "" { target *-*-* } 35 }
// { dg-message {8: func literal escapes to heap} "" { target *-*-* } 40 }
