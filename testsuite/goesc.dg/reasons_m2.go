// At -m=2: the reasons gc gives for flows through the runtime (a send, a
// map key, a panic) name the send, the index or the call, at its own
// column; an element of &T{...} is an element of T{...}, at its '{'.
// (Expected lines: gc 1.19 -m=2 -l.)
package main

type C struct{ f *int }
type B struct{ c *C }

func mapkey(m map[*int]*int, k *int, v *int) {
	m[k] = v
}

func mapstr(m map[string]*int, k string, v *int) {
	m[k] = v
}

func send(c chan *int, x *int) {
	c <- x
}

func selsend(c chan *int, x *int) {
	select {
	case c <- x:
	default:
	}
}

func pn(e interface{}) {
	panic(e)
}

func newB(f *int) *B {
	return &B{
		c: &C{f: f},
	}
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {38: parameter v leaks to {heap} with derefs=0:} "" { target *-*-* } 10 }
// { dg-message {38:   flow: {heap} = v:} "" { target *-*-* } 10 }
// { dg-message {38:     from m[k] = v (assign) at @FILE@:11:7} "" { target *-*-* } 10 }
// { dg-message {30: parameter k leaks to {heap} with derefs=0:} "" { target *-*-* } 10 }
// { dg-message {30:   flow: {heap} = k:} "" { target *-*-* } 10 }
// { dg-message {30:     from m[k] (key of map put) at @FILE@:11:3} "" { target *-*-* } 10 }
// { dg-message {13: m does not escape} "" { target *-*-* } 10 }
// { dg-message {30: leaking param: k} "" { target *-*-* } 10 }
// { dg-message {38: leaking param: v} "" { target *-*-* } 10 }
// { dg-message {42: parameter v leaks to {heap} with derefs=0:} "" { target *-*-* } 14 }
// { dg-message {42:   flow: {heap} = v:} "" { target *-*-* } 14 }
// { dg-message {42:     from m[k] = v (assign) at @FILE@:15:7} "" { target *-*-* } 14 }
// { dg-message {32: parameter k leaks to {heap} with derefs=0:} "" { target *-*-* } 14 }
// { dg-message {32:   flow: {heap} = k:} "" { target *-*-* } 14 }
// { dg-message {32:     from m[k] (key of map put) at @FILE@:15:3} "" { target *-*-* } 14 }
// { dg-message {13: m does not escape} "" { target *-*-* } 14 }
// { dg-message {32: leaking param: k} "" { target *-*-* } 14 }
// { dg-message {42: leaking param: v} "" { target *-*-* } 14 }
// { dg-message {24: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 18 }
// { dg-message {24:   flow: {heap} = x:} "" { target *-*-* } 18 }
// { dg-message {24:     from c <- x (send) at @FILE@:19:4} "" { target *-*-* } 18 }
// { dg-message {11: c does not escape} "" { target *-*-* } 18 }
// { dg-message {24: leaking param: x} "" { target *-*-* } 18 }
// { dg-message {27: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 22 }
// { dg-message {27:   flow: {heap} = x:} "" { target *-*-* } 22 }
// { dg-message {27:     from c <- x (send) at @FILE@:24:9} "" { target *-*-* } 22 }
// { dg-message {14: c does not escape} "" { target *-*-* } 22 }
// { dg-message {27: leaking param: x} "" { target *-*-* } 22 }
// { dg-message {9: parameter e leaks to {heap} with derefs=0:} "" { target *-*-* } 29 }
// { dg-message {9:   flow: {heap} = e:} "" { target *-*-* } 29 }
// { dg-message {9:     from panic(e) (call parameter) at @FILE@:30:7} "" { target *-*-* } 29 }
// { dg-message {9: leaking param: e} "" { target *-*-* } 29 }
// { dg-message {9: &B{...} escapes to heap:} "" { target *-*-* } 34 }
// { dg-message {9:   flow: ~r0 = &{storage for &B{...}}:} "" { target *-*-* } 34 }
// { dg-message {9:     from &B{...} (spill) at @FILE@:34:9} "" { target *-*-* } 34 }
// { dg-message {9:     from return &B{...} (return) at @FILE@:34:2} "" { target *-*-* } 34 }
// { dg-message {6: &C{...} escapes to heap:} "" { target *-*-* } 35 }
// { dg-message {6:   flow: {storage for &B{...}} = &{storage for &C{...}}:} "" { target *-*-* } 35 }
// { dg-message {6:     from &C{...} (spill) at @FILE@:35:6} "" { target *-*-* } 35 }
// { dg-message {6:     from B{...} (struct literal element) at @FILE@:34:11} "" { target *-*-* } 35 }
// { dg-message {11: parameter f leaks to {storage for &C{...}} with derefs=0:} "" { target *-*-* } 33 }
// { dg-message {11:   flow: {storage for &C{...}} = f:} "" { target *-*-* } 33 }
// { dg-message {11:     from C{...} (struct literal element) at @FILE@:35:8} "" { target *-*-* } 33 }
// { dg-message {11: leaking param: f} "" { target *-*-* } 33 }
// { dg-message {9: &B{...} escapes to heap} "" { target *-*-* } 34 }
// { dg-message {6: &C{...} escapes to heap} "" { target *-*-* } 35 }
