// Calls into the standard library use gc's own escape tags for it
// (goesc-std.tags, made from gc 1.19's messages on the library), not
// gccgo's: gccgo's libgo and its analysis say that bufio's WriteString
// keeps nothing and that reflect.Value.Elem leaks its receiver's content,
// gc says the opposite, and gc's verdicts follow gc's tags.  A method whose
// parameters hold no pointers (time.Duration.String, on a value receiver
// gccgo passes by address) keeps nothing.
// (Expected lines: gc 1.19 -m -l.)
package main

import (
	"bufio"
	"reflect"
	"time"
)

func write(w *bufio.Writer, line string) {
	w.WriteString(" " + line)
}

func unpack(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	return v
}

type durationValue time.Duration

func (d *durationValue) String() string { return (*time.Duration)(d).String() }

func main() {}
// { dg-message {12: leaking param content: w} "" { target *-*-* } 17 }
// { dg-message {29: line does not escape} "" { target *-*-* } 17 }
// { dg-message {20: " " + line escapes to heap} "" { target *-*-* } 18 }
// { dg-message {13: leaking param: v to result ~r0 level=0} "" { target *-*-* } 21 }
// { dg-message {7: d does not escape} "" { target *-*-* } 30 }
