// gc prints a call of a method of a concrete type as T.M(x) or (*T).M(x):
// for another package's type too, where goesc learns the method from the
// compiler's call.  (Expected lines: gc 1.19 -m -l.)
package main

import (
	"bytes"
	"reflect"
)

type U [16]byte

func (u U) String() string { return string(u[:]) }

type B struct{ n int }

func (b *B) Get() int { return b.n }

var sink interface{}

func f(w *bytes.Buffer, v reflect.Value, u U, b B, pb *B) {
	sink = string(w.Bytes())
	sink = v.String()
	sink = u.String()
	sink = b.Get()
	sink = pb.Get()
}

func main() {}
// { dg-message {43: string(u[:]) escapes to heap} "" { target *-*-* } 13 }
// { dg-message {7: b does not escape} "" { target *-*-* } 17 }
// { dg-message {8: w does not escape} "" { target *-*-* } 21 }
// { dg-message {25: leaking param: v} "" { target *-*-* } 21 }
// { dg-message {52: pb does not escape} "" { target *-*-* } 21 }
// { dg-message {2: string((*bytes.Buffer).Bytes(w)) escapes to heap} "" { target *-*-* } 22 }
// { dg-message {15: string((*bytes.Buffer).Bytes(w)) escapes to heap} "" { target *-*-* } 22 }
// { dg-message {2: reflect.Value.String(v) escapes to heap} "" { target *-*-* } 23 }
// { dg-message {2: U.String(u) escapes to heap} "" { target *-*-* } 24 }
// { dg-message {2: (*B).Get(b) escapes to heap} "" { target *-*-* } 25 }
// { dg-message {2: (*B).Get(pb) escapes to heap} "" { target *-*-* } 26 }
