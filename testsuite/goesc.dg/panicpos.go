// panic(T{...}): gc converts the literal where its typechecker stood
// after the last element that moves it (a name, a call's '('), else at
// the literal's '{'.
// Expected lines: gc 1.19 -m -l.
package p

import "errors"

type gobError struct{ err error }

type importError struct {
	pos int
	err error
}

type bailout struct {
	pos int
	msg string
}

func pos() int { return 1 }

func f(err error, e interface{}, s string, n int) {
	if n == 0 {
		panic(gobError{err})
	}
	if n == 1 {
		panic(gobError{errors.New(s)})
	}
	if n == 2 {
		panic(importError{pos(), e.(error)})
	}
	if n == 3 {
		panic(bailout{pos: n, msg: "exceeded"})
	}
	if n == 4 {
		panic(bailout{1, "x"})
	}
	panic("a" + s)
}
// { dg-message {8: leaking param: err} "" { target *-*-* } 23 }
// { dg-message {19: leaking param: e} "" { target *-*-* } 23 }
// { dg-message {34: leaking param: s} "" { target *-*-* } 23 }
// { dg-message {18: gobError{...} escapes to heap} "" { target *-*-* } 25 }
// { dg-message {28: gobError{...} escapes to heap} "" { target *-*-* } 28 }
// { dg-message {28: importError{...} escapes to heap} "" { target *-*-* } 31 }
// { dg-message {22: bailout{...} escapes to heap} "" { target *-*-* } 34 }
// { dg-message {16: bailout{...} escapes to heap} "" { target *-*-* } 37 }
// { dg-message {14: "a" + s escapes to heap} "" { target *-*-* } 39 }
// { dg-message {12: "a" + s escapes to heap} "" { target *-*-* } 39 }
