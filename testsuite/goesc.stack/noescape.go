// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// A function declared without a body under //go:noescape: gc takes the
// directive at its word, and so does gccgo's frontend, but the stack
// transform cannot see the code behind it, so what it is given stays on
// the heap.  Here the directive is wrong on purpose: keep (linked to
// KeepImpl) keeps its argument, which must still be good after f returns.

package main

import _ "unsafe"

var global *int

//go:noinline
func KeepImpl(p *int) { global = p }

//go:noescape
//go:linkname keep main.KeepImpl
func keep(p *int)

//go:noinline
func f(n int) {
	x := n
	keep(&x)
}

//go:noinline
func clobber() int {
	var a [64]int
	for i := range a {
		a[i] = i
	}
	return a[63]
}

func main() {
	f(42)
	clobber()
	println(*global)
}

// { dg-output "42" }
// { dg-final { scan-goesc-dump "25:2: x: escapes" } }
