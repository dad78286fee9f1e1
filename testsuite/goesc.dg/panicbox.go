// panic's argument is converted to an interface where gc last typechecked
// it: at panic's '(' for a literal or a name, at the last operand that is
// not a literal for a sum (a call's '(', a name), at the expression
// otherwise.  A call argument's conversion is at the sum's '+'.
// (Expected lines: gc 1.19 -m -l.)
package main

import (
	"errors"
	"fmt"
)

var sink interface{}

func a(s string, err error) {
	panic(`uuid: Parse(` + s + `): ` + err.Error())
}

func b(s string, err error) {
	fmt.Println(`uuid: Parse(` + s + `): ` + err.Error())
}

func c(s string) {
	panic(fmt.Sprintf("x %s", s) +
		"yy")
}

func d(s string, err error) {
	sink = `uuid: Parse(` + s + `): ` + err.Error()
}

func e(s string, err error) {
	panic(err.Error() + s)
}

func f(s string) {
	panic(errors.New(s))
}

func main() {}
// { dg-message {8: s does not escape} "" { target *-*-* } 15 }
// { dg-message {18: leaking param: err} "" { target *-*-* } 15 }
// { dg-message {46: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 16 }
// { dg-message {35: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 16 }
// { dg-message {8: s does not escape} "" { target *-*-* } 19 }
// { dg-message {18: leaking param: err} "" { target *-*-* } 19 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 20 }
// { dg-message {41: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 20 }
// { dg-message {41: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 20 }
// { dg-message {8: leaking param: s} "" { target *-*-* } 23 }
// { dg-message {19: fmt.Sprintf("x %s", ... argument...) + "yy" escapes to heap} "" { target *-*-* } 24 }
// { dg-message {31: fmt.Sprintf("x %s", ... argument...) + "yy" escapes to heap} "" { target *-*-* } 24 }
// { dg-message {19: ... argument does not escape} "" { target *-*-* } 24 }
// { dg-message {20: s escapes to heap} "" { target *-*-* } 24 }
// { dg-message {8: s does not escape} "" { target *-*-* } 28 }
// { dg-message {18: leaking param: err} "" { target *-*-* } 28 }
// { dg-message {2: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 29 }
// { dg-message {36: `uuid: Parse(` + s + `): ` + err.Error() escapes to heap} "" { target *-*-* } 29 }
// { dg-message {8: s does not escape} "" { target *-*-* } 32 }
// { dg-message {18: leaking param: err} "" { target *-*-* } 32 }
// { dg-message {22: err.Error() + s escapes to heap} "" { target *-*-* } 33 }
// { dg-message {20: err.Error() + s escapes to heap} "" { target *-*-* } 33 }
// { dg-message {8: leaking param: s} "" { target *-*-* } 36 }
