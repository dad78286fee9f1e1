// At -m=2: the expression a value goes through inside a statement gets
// gc's notes, innermost first: dot, dot of pointer (a pointer's field, a
// slice's element), fixed-array-index-of, indirection, address-of, slice
// (with the address-of an array it slices), a type assertion's dot, the
// embedded fields of a promoted field, and a range's {temp}.
// Expected lines: gc 1.19 -m=2 -l.
package p

type T struct {
	f *int
	i int
	s []*int
	a [2]*int
	t *T
	E
}

type E struct{ q *int }

var sink interface{}
var g *int

func dotptr(p *T) {
	g = p.t.t.f
}

func index(p T) {
	g = p.s[1]
	g = p.a[0]
}

func slice(p *T) {
	sink = p.s[1:]
}

func indirect(p *T) {
	x := *p
	g = x.f
}

func ret(p *T) *int {
	return p.t.f
}

func arg(p *T) {
	h(p.t.f)
}

//go:noinline
func h(x *int) { g = x }

func addr(p *T) {
	g = &p.i
}

func addrlocal() {
	var x T
	g = &x.i
}

func elem(p *T) {
	sink = T{f: p.f}
}

func arrayslice() {
	var a [3]int
	s := a[:]
	sink = s
}

func assert(p interface{}) {
	g = p.(*int)
}

func promoted(p *T) {
	g = p.q
}

func arrayptr(p *[4]*int) {
	g = p[1]
}

func send(p *T) {
	ch := make(chan *int, 1)
	ch <- p.f
	sink = ch
}

func rangeslice(p *T) {
	for _, x := range p.s {
		g = x
	}
}

func rangearray(p T) {
	for _, x := range p.a {
		g = x
	}
}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {13: parameter p leaks to {heap} with derefs=3:} "" { target *-*-* } 23 }
// { dg-message {13:   flow: {heap} = ***p:} "" { target *-*-* } 23 }
// { dg-message {13:     from p.t (dot of pointer) at @FILE@:24:7} "" { target *-*-* } 23 }
// { dg-message {13:     from p.t.t (dot of pointer) at @FILE@:24:9} "" { target *-*-* } 23 }
// { dg-message {13:     from p.t.t.f (dot of pointer) at @FILE@:24:11} "" { target *-*-* } 23 }
// { dg-message {13:     from g = p.t.t.f (assign) at @FILE@:24:4} "" { target *-*-* } 23 }
// { dg-message {13: leaking param content: p} "" { target *-*-* } 23 }
// { dg-message {12: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 27 }
// { dg-message {12:   flow: {heap} = p:} "" { target *-*-* } 27 }
// { dg-message {12:     from p.a (dot) at @FILE@:29:7} "" { target *-*-* } 27 }
// { dg-message {12:     from p.a[0] (fixed-array-index-of) at @FILE@:29:9} "" { target *-*-* } 27 }
// { dg-message {12:     from g = p.a[0] (assign) at @FILE@:29:4} "" { target *-*-* } 27 }
// { dg-message {12: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 27 }
// { dg-message {12:   flow: {heap} = p:} "" { target *-*-* } 27 }
// { dg-message {12:     from p.a (dot) at @FILE@:29:7} "" { target *-*-* } 27 }
// { dg-message {12:     from p.a[0] (fixed-array-index-of) at @FILE@:29:9} "" { target *-*-* } 27 }
// { dg-message {12:     from g = p.a[0] (assign) at @FILE@:29:4} "" { target *-*-* } 27 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 27 }
// { dg-message {2: p.s[1:] escapes to heap:} "" { target *-*-* } 33 }
// { dg-message {2:   flow: {heap} = &{storage for p.s[1:]}:} "" { target *-*-* } 33 }
// { dg-message {2:     from p.s[1:] (spill) at @FILE@:33:2} "" { target *-*-* } 33 }
// { dg-message {2:     from sink = p.s[1:] (assign) at @FILE@:33:7} "" { target *-*-* } 33 }
// { dg-message {12: parameter p leaks to {storage for p.s[1:]} with derefs=1:} "" { target *-*-* } 32 }
// { dg-message {12:   flow: {storage for p.s[1:]} = *p:} "" { target *-*-* } 32 }
// { dg-message {12:     from p.s (dot of pointer) at @FILE@:33:10} "" { target *-*-* } 32 }
// { dg-message {12:     from p.s[1:] (slice) at @FILE@:33:12} "" { target *-*-* } 32 }
// { dg-message {12:     from p.s[1:] (interface-converted) at @FILE@:33:2} "" { target *-*-* } 32 }
// { dg-message {12: leaking param content: p} "" { target *-*-* } 32 }
// { dg-message {2: p.s[1:] escapes to heap} "" { target *-*-* } 33 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 36 }
// { dg-message {15:   flow: x = *p:} "" { target *-*-* } 36 }
// { dg-message {15:     from *p (indirection) at @FILE@:37:7} "" { target *-*-* } 36 }
// { dg-message {15:     from x := *p (assign) at @FILE@:37:4} "" { target *-*-* } 36 }
// { dg-message {15:   flow: {heap} = x:} "" { target *-*-* } 36 }
// { dg-message {15:     from x.f (dot) at @FILE@:38:7} "" { target *-*-* } 36 }
// { dg-message {15:     from g = x.f (assign) at @FILE@:38:4} "" { target *-*-* } 36 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 36 }
// { dg-message {10: parameter p leaks to ~r0 with derefs=2:} "" { target *-*-* } 41 }
// { dg-message {10:   flow: ~r0 = **p:} "" { target *-*-* } 41 }
// { dg-message {10:     from p.t (dot of pointer) at @FILE@:42:10} "" { target *-*-* } 41 }
// { dg-message {10:     from p.t.f (dot of pointer) at @FILE@:42:12} "" { target *-*-* } 41 }
// { dg-message {10:     from return p.t.f (return) at @FILE@:42:2} "" { target *-*-* } 41 }
// { dg-message {10: leaking param: p to result ~r0 level=2} "" { target *-*-* } 41 }
// { dg-message {8: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 50 }
// { dg-message {8:   flow: {heap} = x:} "" { target *-*-* } 50 }
// { dg-message {8:     from g = x (assign) at @FILE@:50:20} "" { target *-*-* } 50 }
// { dg-message {8: leaking param: x} "" { target *-*-* } 50 }
// { dg-message {10: parameter p leaks to {heap} with derefs=2:} "" { target *-*-* } 45 }
// { dg-message {10:   flow: {heap} = **p:} "" { target *-*-* } 45 }
// { dg-message {10:     from p.t (dot of pointer) at @FILE@:46:5} "" { target *-*-* } 45 }
// { dg-message {10:     from p.t.f (dot of pointer) at @FILE@:46:7} "" { target *-*-* } 45 }
// { dg-message {10:     from h(p.t.f) (call parameter) at @FILE@:46:3} "" { target *-*-* } 45 }
// { dg-message {10: leaking param content: p} "" { target *-*-* } 45 }
// { dg-message {11: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 52 }
// { dg-message {11:   flow: {heap} = p:} "" { target *-*-* } 52 }
// { dg-message {11:     from p.i (dot of pointer) at @FILE@:53:8} "" { target *-*-* } 52 }
// { dg-message {11:     from &p.i (address-of) at @FILE@:53:6} "" { target *-*-* } 52 }
// { dg-message {11:     from g = &p.i (assign) at @FILE@:53:4} "" { target *-*-* } 52 }
// { dg-message {11: leaking param: p} "" { target *-*-* } 52 }
// { dg-message {6: x escapes to heap:} "" { target *-*-* } 57 }
// { dg-message {6:   flow: {heap} = &x:} "" { target *-*-* } 57 }
// { dg-message {6:     from x.i (dot) at @FILE@:58:8} "" { target *-*-* } 57 }
// { dg-message {6:     from &x.i (address-of) at @FILE@:58:6} "" { target *-*-* } 57 }
// { dg-message {6:     from g = &x.i (assign) at @FILE@:58:4} "" { target *-*-* } 57 }
// { dg-message {6: moved to heap: x} "" { target *-*-* } 57 }
// { dg-message {2: T{...} escapes to heap:} "" { target *-*-* } 62 }
// { dg-message {2:   flow: {heap} = &{storage for T{...}}:} "" { target *-*-* } 62 }
// { dg-message {2:     from T{...} (spill) at @FILE@:62:2} "" { target *-*-* } 62 }
// { dg-message {2:     from sink = T{...} (assign) at @FILE@:62:7} "" { target *-*-* } 62 }
// { dg-message {11: parameter p leaks to {storage for T{...}} with derefs=1:} "" { target *-*-* } 61 }
// { dg-message {11:   flow: {storage for T{...}} = *p:} "" { target *-*-* } 61 }
// { dg-message {11:     from p.f (dot of pointer) at @FILE@:62:15} "" { target *-*-* } 61 }
// { dg-message {11:     from T{...} (struct literal element) at @FILE@:62:10} "" { target *-*-* } 61 }
// { dg-message {11:     from T{...} (interface-converted) at @FILE@:62:2} "" { target *-*-* } 61 }
// { dg-message {11: leaking param content: p} "" { target *-*-* } 61 }
// { dg-message {2: T{...} escapes to heap} "" { target *-*-* } 62 }
// { dg-message {2: s escapes to heap:} "" { target *-*-* } 68 }
// { dg-message {2:   flow: {heap} = &{storage for s}:} "" { target *-*-* } 68 }
// { dg-message {2:     from s (spill) at @FILE@:68:2} "" { target *-*-* } 68 }
// { dg-message {2:     from sink = s (assign) at @FILE@:68:7} "" { target *-*-* } 68 }
// { dg-message {6: a escapes to heap:} "" { target *-*-* } 66 }
// { dg-message {6:   flow: s = &a:} "" { target *-*-* } 66 }
// { dg-message {6:     from a (address-of) at @FILE@:67:7} "" { target *-*-* } 66 }
// { dg-message {6:     from a[:] (slice) at @FILE@:67:8} "" { target *-*-* } 66 }
// { dg-message {6:     from s := a[:] (assign) at @FILE@:67:4} "" { target *-*-* } 66 }
// { dg-message {6:   flow: {storage for s} = s:} "" { target *-*-* } 66 }
// { dg-message {6:     from s (interface-converted) at @FILE@:68:2} "" { target *-*-* } 66 }
// { dg-message {6: moved to heap: a} "" { target *-*-* } 66 }
// { dg-message {2: s escapes to heap} "" { target *-*-* } 68 }
// { dg-message {13: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 71 }
// { dg-message {13:   flow: {heap} = p:} "" { target *-*-* } 71 }
// { dg-message {13:     from p.(*int) (dot) at @FILE@:72:7} "" { target *-*-* } 71 }
// { dg-message {13:     from g = p.(*int) (assign) at @FILE@:72:4} "" { target *-*-* } 71 }
// { dg-message {13: leaking param: p} "" { target *-*-* } 71 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 75 }
// { dg-message {15:   flow: {heap} = *p:} "" { target *-*-* } 75 }
// { dg-message {15:     from p.E (dot of pointer) at @FILE@:76:7} "" { target *-*-* } 75 }
// { dg-message {15:     from p.E.q (dot) at @FILE@:76:7} "" { target *-*-* } 75 }
// { dg-message {15:     from g = p.E.q (assign) at @FILE@:76:4} "" { target *-*-* } 75 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 75 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 79 }
// { dg-message {15:   flow: {heap} = *p:} "" { target *-*-* } 79 }
// { dg-message {15:     from p (indirection) at @FILE@:80:6} "" { target *-*-* } 79 }
// { dg-message {15:     from p[1] (fixed-array-index-of) at @FILE@:80:7} "" { target *-*-* } 79 }
// { dg-message {15:     from g = p[1] (assign) at @FILE@:80:4} "" { target *-*-* } 79 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 79 }
// { dg-message {11: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 83 }
// { dg-message {11:   flow: {heap} = *p:} "" { target *-*-* } 83 }
// { dg-message {11:     from p.f (dot of pointer) at @FILE@:85:9} "" { target *-*-* } 83 }
// { dg-message {11:     from ch <- p.f (send) at @FILE@:85:5} "" { target *-*-* } 83 }
// { dg-message {11: leaking param content: p} "" { target *-*-* } 83 }
// { dg-message {17: parameter p leaks to {heap} with derefs=2:} "" { target *-*-* } 89 }
// { dg-message {17:   flow: {temp} = *p:} "" { target *-*-* } 89 }
// { dg-message {17:     from p.s (dot of pointer) at @FILE@:90:21} "" { target *-*-* } 89 }
// { dg-message {17:   flow: x = *{temp}:} "" { target *-*-* } 89 }
// { dg-message {17:     from for loop (range-deref) at @FILE@:90:14} "" { target *-*-* } 89 }
// { dg-message {17:   flow: {heap} = x:} "" { target *-*-* } 89 }
// { dg-message {17:     from g = x (assign) at @FILE@:91:5} "" { target *-*-* } 89 }
// { dg-message {17: leaking param content: p} "" { target *-*-* } 89 }
// { dg-message {17: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 95 }
// { dg-message {17:   flow: {temp} = p:} "" { target *-*-* } 95 }
// { dg-message {17:     from p.a (dot) at @FILE@:96:21} "" { target *-*-* } 95 }
// { dg-message {17:   flow: x = {temp}:} "" { target *-*-* } 95 }
// { dg-message {17:     from for loop (range) at @FILE@:96:14} "" { target *-*-* } 95 }
// { dg-message {17:   flow: {heap} = x:} "" { target *-*-* } 95 }
// { dg-message {17:     from g = x (assign) at @FILE@:97:5} "" { target *-*-* } 95 }
// { dg-message {17: leaking param: p} "" { target *-*-* } 95 }
