// At -m=2: the expression a value goes through inside a statement gets
// gc's notes, innermost first: dot, dot of pointer (a pointer's field, a
// slice's element), fixed-array-index-of, indirection, address-of, slice
// (with the address-of an array it slices), a type assertion's dot, the
// embedded fields of a promoted field, a range's {temp}, a method
// receiver's implicit address, what a callee adds left out.
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

type W struct {
	mu Mu
	r  *int
	f  *F
}

type Mu struct{ state int }

func (m *Mu) Lock()   {}
func (m *Mu) Unlock() {}

type F struct{ x *int }

func (f *F) Close() *int { return f.x }

var cur *W

// the receiver's address, taken implicitly
func (w *W) lock() {
	w.mu.Lock()
	keep(&w.mu)
}

//go:noinline
func keep(m *Mu) { sinkMu = m }

var sinkMu *Mu

// an element of &T{...}
func (w *W) lit() {
	cur = &W{r: w.r}
}

// what the callee adds is not the expression's
func (w *W) close() *int {
	return w.f.Close()
}

// the address of an array a slice takes, at its last variable index
func slices(i, j int) {
	var a, b, c [8]*int
	sink = a[i:j]
	sink = b[1:j]
	sink = c[:]
}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {13: parameter p leaks to {heap} with derefs=3:} "" { target *-*-* } 24 }
// { dg-message {13:   flow: {heap} = ***p:} "" { target *-*-* } 24 }
// { dg-message {13:     from p.t (dot of pointer) at @FILE@:25:7} "" { target *-*-* } 24 }
// { dg-message {13:     from p.t.t (dot of pointer) at @FILE@:25:9} "" { target *-*-* } 24 }
// { dg-message {13:     from p.t.t.f (dot of pointer) at @FILE@:25:11} "" { target *-*-* } 24 }
// { dg-message {13:     from g = p.t.t.f (assign) at @FILE@:25:4} "" { target *-*-* } 24 }
// { dg-message {13: leaking param content: p} "" { target *-*-* } 24 }
// { dg-message {12: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 28 }
// { dg-message {12:   flow: {heap} = p:} "" { target *-*-* } 28 }
// { dg-message {12:     from p.a (dot) at @FILE@:30:7} "" { target *-*-* } 28 }
// { dg-message {12:     from p.a[0] (fixed-array-index-of) at @FILE@:30:9} "" { target *-*-* } 28 }
// { dg-message {12:     from g = p.a[0] (assign) at @FILE@:30:4} "" { target *-*-* } 28 }
// { dg-message {12: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 28 }
// { dg-message {12:   flow: {heap} = p:} "" { target *-*-* } 28 }
// { dg-message {12:     from p.a (dot) at @FILE@:30:7} "" { target *-*-* } 28 }
// { dg-message {12:     from p.a[0] (fixed-array-index-of) at @FILE@:30:9} "" { target *-*-* } 28 }
// { dg-message {12:     from g = p.a[0] (assign) at @FILE@:30:4} "" { target *-*-* } 28 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 28 }
// { dg-message {2: p.s[1:] escapes to heap:} "" { target *-*-* } 34 }
// { dg-message {2:   flow: {heap} = &{storage for p.s[1:]}:} "" { target *-*-* } 34 }
// { dg-message {2:     from p.s[1:] (spill) at @FILE@:34:2} "" { target *-*-* } 34 }
// { dg-message {2:     from sink = p.s[1:] (assign) at @FILE@:34:7} "" { target *-*-* } 34 }
// { dg-message {12: parameter p leaks to {storage for p.s[1:]} with derefs=1:} "" { target *-*-* } 33 }
// { dg-message {12:   flow: {storage for p.s[1:]} = *p:} "" { target *-*-* } 33 }
// { dg-message {12:     from p.s (dot of pointer) at @FILE@:34:10} "" { target *-*-* } 33 }
// { dg-message {12:     from p.s[1:] (slice) at @FILE@:34:12} "" { target *-*-* } 33 }
// { dg-message {12:     from p.s[1:] (interface-converted) at @FILE@:34:2} "" { target *-*-* } 33 }
// { dg-message {12: leaking param content: p} "" { target *-*-* } 33 }
// { dg-message {2: p.s[1:] escapes to heap} "" { target *-*-* } 34 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 37 }
// { dg-message {15:   flow: x = *p:} "" { target *-*-* } 37 }
// { dg-message {15:     from *p (indirection) at @FILE@:38:7} "" { target *-*-* } 37 }
// { dg-message {15:     from x := *p (assign) at @FILE@:38:4} "" { target *-*-* } 37 }
// { dg-message {15:   flow: {heap} = x:} "" { target *-*-* } 37 }
// { dg-message {15:     from x.f (dot) at @FILE@:39:7} "" { target *-*-* } 37 }
// { dg-message {15:     from g = x.f (assign) at @FILE@:39:4} "" { target *-*-* } 37 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 37 }
// { dg-message {10: parameter p leaks to ~r0 with derefs=2:} "" { target *-*-* } 42 }
// { dg-message {10:   flow: ~r0 = **p:} "" { target *-*-* } 42 }
// { dg-message {10:     from p.t (dot of pointer) at @FILE@:43:10} "" { target *-*-* } 42 }
// { dg-message {10:     from p.t.f (dot of pointer) at @FILE@:43:12} "" { target *-*-* } 42 }
// { dg-message {10:     from return p.t.f (return) at @FILE@:43:2} "" { target *-*-* } 42 }
// { dg-message {10: leaking param: p to result ~r0 level=2} "" { target *-*-* } 42 }
// { dg-message {8: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 51 }
// { dg-message {8:   flow: {heap} = x:} "" { target *-*-* } 51 }
// { dg-message {8:     from g = x (assign) at @FILE@:51:20} "" { target *-*-* } 51 }
// { dg-message {8: leaking param: x} "" { target *-*-* } 51 }
// { dg-message {10: parameter p leaks to {heap} with derefs=2:} "" { target *-*-* } 46 }
// { dg-message {10:   flow: {heap} = **p:} "" { target *-*-* } 46 }
// { dg-message {10:     from p.t (dot of pointer) at @FILE@:47:5} "" { target *-*-* } 46 }
// { dg-message {10:     from p.t.f (dot of pointer) at @FILE@:47:7} "" { target *-*-* } 46 }
// { dg-message {10:     from h(p.t.f) (call parameter) at @FILE@:47:3} "" { target *-*-* } 46 }
// { dg-message {10: leaking param content: p} "" { target *-*-* } 46 }
// { dg-message {11: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 53 }
// { dg-message {11:   flow: {heap} = p:} "" { target *-*-* } 53 }
// { dg-message {11:     from p.i (dot of pointer) at @FILE@:54:8} "" { target *-*-* } 53 }
// { dg-message {11:     from &p.i (address-of) at @FILE@:54:6} "" { target *-*-* } 53 }
// { dg-message {11:     from g = &p.i (assign) at @FILE@:54:4} "" { target *-*-* } 53 }
// { dg-message {11: leaking param: p} "" { target *-*-* } 53 }
// { dg-message {6: x escapes to heap:} "" { target *-*-* } 58 }
// { dg-message {6:   flow: {heap} = &x:} "" { target *-*-* } 58 }
// { dg-message {6:     from x.i (dot) at @FILE@:59:8} "" { target *-*-* } 58 }
// { dg-message {6:     from &x.i (address-of) at @FILE@:59:6} "" { target *-*-* } 58 }
// { dg-message {6:     from g = &x.i (assign) at @FILE@:59:4} "" { target *-*-* } 58 }
// { dg-message {6: moved to heap: x} "" { target *-*-* } 58 }
// { dg-message {2: T{...} escapes to heap:} "" { target *-*-* } 63 }
// { dg-message {2:   flow: {heap} = &{storage for T{...}}:} "" { target *-*-* } 63 }
// { dg-message {2:     from T{...} (spill) at @FILE@:63:2} "" { target *-*-* } 63 }
// { dg-message {2:     from sink = T{...} (assign) at @FILE@:63:7} "" { target *-*-* } 63 }
// { dg-message {11: parameter p leaks to {storage for T{...}} with derefs=1:} "" { target *-*-* } 62 }
// { dg-message {11:   flow: {storage for T{...}} = *p:} "" { target *-*-* } 62 }
// { dg-message {11:     from p.f (dot of pointer) at @FILE@:63:15} "" { target *-*-* } 62 }
// { dg-message {11:     from T{...} (struct literal element) at @FILE@:63:10} "" { target *-*-* } 62 }
// { dg-message {11:     from T{...} (interface-converted) at @FILE@:63:2} "" { target *-*-* } 62 }
// { dg-message {11: leaking param content: p} "" { target *-*-* } 62 }
// { dg-message {2: T{...} escapes to heap} "" { target *-*-* } 63 }
// { dg-message {2: s escapes to heap:} "" { target *-*-* } 69 }
// { dg-message {2:   flow: {heap} = &{storage for s}:} "" { target *-*-* } 69 }
// { dg-message {2:     from s (spill) at @FILE@:69:2} "" { target *-*-* } 69 }
// { dg-message {2:     from sink = s (assign) at @FILE@:69:7} "" { target *-*-* } 69 }
// { dg-message {6: a escapes to heap:} "" { target *-*-* } 67 }
// { dg-message {6:   flow: s = &a:} "" { target *-*-* } 67 }
// { dg-message {6:     from a (address-of) at @FILE@:68:7} "" { target *-*-* } 67 }
// { dg-message {6:     from a[:] (slice) at @FILE@:68:8} "" { target *-*-* } 67 }
// { dg-message {6:     from s := a[:] (assign) at @FILE@:68:4} "" { target *-*-* } 67 }
// { dg-message {6:   flow: {storage for s} = s:} "" { target *-*-* } 67 }
// { dg-message {6:     from s (interface-converted) at @FILE@:69:2} "" { target *-*-* } 67 }
// { dg-message {6: moved to heap: a} "" { target *-*-* } 67 }
// { dg-message {2: s escapes to heap} "" { target *-*-* } 69 }
// { dg-message {13: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 72 }
// { dg-message {13:   flow: {heap} = p:} "" { target *-*-* } 72 }
// { dg-message {13:     from p.(*int) (dot) at @FILE@:73:7} "" { target *-*-* } 72 }
// { dg-message {13:     from g = p.(*int) (assign) at @FILE@:73:4} "" { target *-*-* } 72 }
// { dg-message {13: leaking param: p} "" { target *-*-* } 72 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 76 }
// { dg-message {15:   flow: {heap} = *p:} "" { target *-*-* } 76 }
// { dg-message {15:     from p.E (dot of pointer) at @FILE@:77:7} "" { target *-*-* } 76 }
// { dg-message {15:     from p.E.q (dot) at @FILE@:77:7} "" { target *-*-* } 76 }
// { dg-message {15:     from g = p.E.q (assign) at @FILE@:77:4} "" { target *-*-* } 76 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 76 }
// { dg-message {15: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 80 }
// { dg-message {15:   flow: {heap} = *p:} "" { target *-*-* } 80 }
// { dg-message {15:     from p (indirection) at @FILE@:81:6} "" { target *-*-* } 80 }
// { dg-message {15:     from p[1] (fixed-array-index-of) at @FILE@:81:7} "" { target *-*-* } 80 }
// { dg-message {15:     from g = p[1] (assign) at @FILE@:81:4} "" { target *-*-* } 80 }
// { dg-message {15: leaking param content: p} "" { target *-*-* } 80 }
// { dg-message {11: parameter p leaks to {heap} with derefs=1:} "" { target *-*-* } 84 }
// { dg-message {11:   flow: {heap} = *p:} "" { target *-*-* } 84 }
// { dg-message {11:     from p.f (dot of pointer) at @FILE@:86:9} "" { target *-*-* } 84 }
// { dg-message {11:     from ch <- p.f (send) at @FILE@:86:5} "" { target *-*-* } 84 }
// { dg-message {11: leaking param content: p} "" { target *-*-* } 84 }
// { dg-message {17: parameter p leaks to {heap} with derefs=2:} "" { target *-*-* } 90 }
// { dg-message {17:   flow: {temp} = *p:} "" { target *-*-* } 90 }
// { dg-message {17:     from p.s (dot of pointer) at @FILE@:91:21} "" { target *-*-* } 90 }
// { dg-message {17:   flow: x = *{temp}:} "" { target *-*-* } 90 }
// { dg-message {17:     from for loop (range-deref) at @FILE@:91:14} "" { target *-*-* } 90 }
// { dg-message {17:   flow: {heap} = x:} "" { target *-*-* } 90 }
// { dg-message {17:     from g = x (assign) at @FILE@:92:5} "" { target *-*-* } 90 }
// { dg-message {17: leaking param content: p} "" { target *-*-* } 90 }
// { dg-message {17: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 96 }
// { dg-message {17:   flow: {temp} = p:} "" { target *-*-* } 96 }
// { dg-message {17:     from p.a (dot) at @FILE@:97:21} "" { target *-*-* } 96 }
// { dg-message {17:   flow: x = {temp}:} "" { target *-*-* } 96 }
// { dg-message {17:     from for loop (range) at @FILE@:97:14} "" { target *-*-* } 96 }
// { dg-message {17:   flow: {heap} = x:} "" { target *-*-* } 96 }
// { dg-message {17:     from g = x (assign) at @FILE@:98:5} "" { target *-*-* } 96 }
// { dg-message {17: leaking param: p} "" { target *-*-* } 96 }
// { dg-message {7: m does not escape} "" { target *-*-* } 110 }
// { dg-message {7: m does not escape} "" { target *-*-* } 111 }
// { dg-message {7: parameter f leaks to ~r0 with derefs=1:} "" { target *-*-* } 115 }
// { dg-message {7:   flow: ~r0 = *f:} "" { target *-*-* } 115 }
// { dg-message {7:     from f.x (dot of pointer) at @FILE@:115:36} "" { target *-*-* } 115 }
// { dg-message {7:     from return f.x (return) at @FILE@:115:28} "" { target *-*-* } 115 }
// { dg-message {7: leaking param: f to result ~r0 level=1} "" { target *-*-* } 115 }
// { dg-message {11: parameter m leaks to {heap} with derefs=0:} "" { target *-*-* } 126 }
// { dg-message {11:   flow: {heap} = m:} "" { target *-*-* } 126 }
// { dg-message {11:     from sinkMu = m (assign) at @FILE@:126:27} "" { target *-*-* } 126 }
// { dg-message {11: leaking param: m} "" { target *-*-* } 126 }
// { dg-message {7: parameter w leaks to {heap} with derefs=0:} "" { target *-*-* } 120 }
// { dg-message {7:   flow: {heap} = w:} "" { target *-*-* } 120 }
// { dg-message {7:     from w.mu (dot of pointer) at @FILE@:122:9} "" { target *-*-* } 120 }
// { dg-message {7:     from &w.mu (address-of) at @FILE@:122:7} "" { target *-*-* } 120 }
// { dg-message {7:     from keep(&w.mu) (call parameter) at @FILE@:122:6} "" { target *-*-* } 120 }
// { dg-message {7: leaking param: w} "" { target *-*-* } 120 }
// { dg-message {8: &W{...} escapes to heap:} "" { target *-*-* } 132 }
// { dg-message {8:   flow: {heap} = &{storage for &W{...}}:} "" { target *-*-* } 132 }
// { dg-message {8:     from &W{...} (spill) at @FILE@:132:8} "" { target *-*-* } 132 }
// { dg-message {8:     from cur = &W{...} (assign) at @FILE@:132:6} "" { target *-*-* } 132 }
// { dg-message {7: parameter w leaks to {storage for &W{...}} with derefs=1:} "" { target *-*-* } 131 }
// { dg-message {7:   flow: {storage for &W{...}} = *w:} "" { target *-*-* } 131 }
// { dg-message {7:     from w.r (dot of pointer) at @FILE@:132:15} "" { target *-*-* } 131 }
// { dg-message {7:     from W{...} (struct literal element) at @FILE@:132:10} "" { target *-*-* } 131 }
// { dg-message {7: leaking param content: w} "" { target *-*-* } 131 }
// { dg-message {8: &W{...} escapes to heap} "" { target *-*-* } 132 }
// { dg-message {7: parameter w leaks to ~r0 with derefs=2:} "" { target *-*-* } 136 }
// { dg-message {7:   flow: ~r0 = **w:} "" { target *-*-* } 136 }
// { dg-message {7:     from w.f (dot of pointer) at @FILE@:137:10} "" { target *-*-* } 136 }
// { dg-message {7:     from (*F).Close(w.f) (call parameter) at @FILE@:137:18} "" { target *-*-* } 136 }
// { dg-message {7:     from return (*F).Close(w.f) (return) at @FILE@:137:2} "" { target *-*-* } 136 }
// { dg-message {7: leaking param: w to result ~r0 level=2} "" { target *-*-* } 136 }
// { dg-message {2: a[i:j] escapes to heap:} "" { target *-*-* } 143 }
// { dg-message {2:   flow: {heap} = &{storage for a[i:j]}:} "" { target *-*-* } 143 }
// { dg-message {2:     from a[i:j] (spill) at @FILE@:143:2} "" { target *-*-* } 143 }
// { dg-message {2:     from sink = a[i:j] (assign) at @FILE@:143:7} "" { target *-*-* } 143 }
// { dg-message {6: a escapes to heap:} "" { target *-*-* } 142 }
// { dg-message {6:   flow: {storage for a[i:j]} = &a:} "" { target *-*-* } 142 }
// { dg-message {6:     from a (address-of) at @FILE@:143:13} "" { target *-*-* } 142 }
// { dg-message {6:     from a[i:j] (slice) at @FILE@:143:10} "" { target *-*-* } 142 }
// { dg-message {6:     from a[i:j] (interface-converted) at @FILE@:143:2} "" { target *-*-* } 142 }
// { dg-message {2: b[1:j] escapes to heap:} "" { target *-*-* } 144 }
// { dg-message {2:   flow: {heap} = &{storage for b[1:j]}:} "" { target *-*-* } 144 }
// { dg-message {2:     from b[1:j] (spill) at @FILE@:144:2} "" { target *-*-* } 144 }
// { dg-message {2:     from sink = b[1:j] (assign) at @FILE@:144:7} "" { target *-*-* } 144 }
// { dg-message {9: b escapes to heap:} "" { target *-*-* } 142 }
// { dg-message {9:   flow: {storage for b[1:j]} = &b:} "" { target *-*-* } 142 }
// { dg-message {9:     from b (address-of) at @FILE@:144:13} "" { target *-*-* } 142 }
// { dg-message {9:     from b[1:j] (slice) at @FILE@:144:10} "" { target *-*-* } 142 }
// { dg-message {9:     from b[1:j] (interface-converted) at @FILE@:144:2} "" { target *-*-* } 142 }
// { dg-message {2: c[:] escapes to heap:} "" { target *-*-* } 145 }
// { dg-message {2:   flow: {heap} = &{storage for c[:]}:} "" { target *-*-* } 145 }
// { dg-message {2:     from c[:] (spill) at @FILE@:145:2} "" { target *-*-* } 145 }
// { dg-message {2:     from sink = c[:] (assign) at @FILE@:145:7} "" { target *-*-* } 145 }
// { dg-message {12: c escapes to heap:} "" { target *-*-* } 142 }
// { dg-message {12:   flow: {storage for c[:]} = &c:} "" { target *-*-* } 142 }
// { dg-message {12:     from c (address-of) at @FILE@:145:9} "" { target *-*-* } 142 }
// { dg-message {12:     from c[:] (slice) at @FILE@:145:10} "" { target *-*-* } 142 }
// { dg-message {12:     from c[:] (interface-converted) at @FILE@:145:2} "" { target *-*-* } 142 }
// { dg-message {6: moved to heap: a} "" { target *-*-* } 142 }
// { dg-message {9: moved to heap: b} "" { target *-*-* } 142 }
// { dg-message {12: moved to heap: c} "" { target *-*-* } 142 }
// { dg-message {2: a[i:j] escapes to heap} "" { target *-*-* } 143 }
// { dg-message {2: b[1:j] escapes to heap} "" { target *-*-* } 144 }
// { dg-message {2: c[:] escapes to heap} "" { target *-*-* } 145 }
