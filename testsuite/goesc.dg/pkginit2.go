// Package-level values: gc initialises composite literals (not maps) and
// &T{...} statically, element by element; a call such as new(T), a map
// literal or a call's argument runs in the init function and gets gc's
// verdicts, though gccgo made static data of some (no call to see).
// Expected lines: gc 1.19 -m -l.
package p

import "reflect"

type emptyCtx int

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

type BitString struct{ a []byte }

var bitStringType = reflect.TypeOf(BitString{})

type StdSizes struct{ a, b int64 }

var sizes = map[string]*StdSizes{
	"386":   &StdSizes{4, 4},
	"amd64": &StdSizes{8, 8},
}

type IPAddr struct{ IP []byte }

func IPv4(a, b, c, d byte) []byte { return []byte{a, b, c, d} }

type test struct {
	net  string
	addr *IPAddr
}

var tests = []test{
	{"ip", &IPAddr{IP: IPv4(127, 0, 0, 1)}},
	{"ip4", &IPAddr{IP: []byte{1, 2}}},
}

func Background() *emptyCtx { return background }
// { dg-message {50: []byte{...} escapes to heap} "" { target *-*-* } 30 }
// { dg-message {18: new(emptyCtx) escapes to heap} "" { target *-*-* } 13 }
// { dg-message {18: new(emptyCtx) escapes to heap} "" { target *-*-* } 14 }
// { dg-message {45: BitString{} escapes to heap} "" { target *-*-* } 19 }
// { dg-message {33: map[string]*StdSizes{...} escapes to heap} "" { target *-*-* } 23 }
// { dg-message {11: &StdSizes{...} escapes to heap} "" { target *-*-* } 24 }
// { dg-message {11: &StdSizes{...} escapes to heap} "" { target *-*-* } 25 }
