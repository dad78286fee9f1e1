// A branch of an if with a constant condition (if trace {...}, trace a
// false constant) is dropped by gc before escape analysis: a func literal
// in it, and what that literal's body allocates, get no line.
// Expected lines: gc 1.19 -m -l.
package p

import "fmt"

const trace = false

type C struct{ indent int }

func (c *C) tr(format string, args ...interface{}) { fmt.Println(format, args) }

func (c *C) f(pos int, s string) (res *int) {
	if trace {
		c.tr("-- %s", s)
		c.indent++
		defer func() {
			c.indent--
			c.tr("=> %s %d", s, pos)
		}()
	}
	x := 1
	return &x
}
// { dg-message {7: c does not escape} "" { target *-*-* } 13 }
// { dg-message {16: leaking param: format} "" { target *-*-* } 13 }
// { dg-message {31: leaking param: args} "" { target *-*-* } 13 }
// { dg-message {65: ... argument does not escape} "" { target *-*-* } 13 }
// { dg-message {65: format escapes to heap} "" { target *-*-* } 13 }
// { dg-message {65: args escapes to heap} "" { target *-*-* } 13 }
// { dg-message {7: c does not escape} "" { target *-*-* } 15 }
// { dg-message {24: s does not escape} "" { target *-*-* } 15 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 24 }
