// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// A pointer hidden in a uintptr variable (strings.Builder's noescape;
// gc's model follows no pointer through such a variable) is still a
// pointer in the code that runs: x must stay on the heap.

package main

import "unsafe"

var global *int

//go:noinline
func hide(p *int) *int {
	u := uintptr(unsafe.Pointer(p))
	return (*int)(unsafe.Pointer(u ^ 0))
}

//go:noinline
func f(n int) {
	x := n
	global = hide(&x)
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
// { dg-final { scan-goesc-dump "22:2: x: escapes" } }
