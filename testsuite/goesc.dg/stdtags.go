// Calls into the standard library use gc's own escape tags for it
// (goesc-std.tags, made from gc 1.19's messages on the library), not
// gccgo's: gccgo's libgo and its analysis say that bufio's WriteString
// keeps nothing and that reflect.Value.Elem leaks its receiver's content,
// gc says the opposite, and gc's verdicts follow gc's tags.
// (Expected lines: gc 1.19 -m -l.)
package main

import (
	"bufio"
	"reflect"
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

func main() {}
// { dg-message {12: leaking param content: w} "" { target *-*-* } 14 }
// { dg-message {29: line does not escape} "" { target *-*-* } 14 }
// { dg-message {20: " " + line escapes to heap} "" { target *-*-* } 15 }
// { dg-message {13: leaking param: v to result ~r0 level=0} "" { target *-*-* } 18 }
