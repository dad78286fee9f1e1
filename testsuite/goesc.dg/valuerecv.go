// An imported method with a value receiver: gccgo passes the receiver by
// address, and the escape note in the export data is about the value, so
// what the note says applies to the receiver's value, as in gc.
// (Expected lines: gc 1.19 -m -l.)
package main

import (
	"reflect"
	"time"
)

func index(a reflect.Value) bool {
	av := a.Index(0)
	return av.Interface() == nil
}

func first(a reflect.Value) reflect.Value {
	return a.Index(0)
}

func kind(a reflect.Value) bool {
	return a.Kind() == reflect.Bool
}

func str(d time.Duration) string {
	return d.String()
}

func main() {}
// { dg-message {12: leaking param: a} "" { target *-*-* } 12 }
// { dg-message {12: leaking param: a to result ~r0 level=0} "" { target *-*-* } 17 }
// { dg-message {11: a does not escape} "" { target *-*-* } 21 }
