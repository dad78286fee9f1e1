// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// stack=check overwrites what the transform put in a frame with 0xd7
// bytes when the function returns.  A pointer hidden in a uintptr (which
// escape analysis does not follow, in gc or here) then reads the poison,
// not the value the dead frame happens to hold.

package main

import (
	"bytes"
	"unsafe"
)

type T struct{ a, b int64 }

var hidden uintptr

//go:noinline
func f() {
	x := new(T)
	x.a = 42
	hidden = uintptr(unsafe.Pointer(x))
	// in a package that imports unsafe, another package's type is not
	// known for sure by the type its pointer is read as
	b := new(bytes.Buffer)
	b.WriteString("x")
}

func main() {
	f()
	p := (*T)(unsafe.Pointer(hidden))
	println(p.a)
}

// { dg-output "-2893606913523066921" }
// { dg-final { scan-goesc-dump "22:10: new(T): frame" } }
// { dg-final { scan-goesc-dump "poisoned at 1 return" } }
// { dg-final { scan-goesc-dump "27:10: new(bytes.Buffer): size unknown" } }
