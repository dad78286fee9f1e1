// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// A call of an imported function whose body gccgo put into the unit to
// inline it: what both the body and libgo's escape notes allow holds.
// bytes.IndexByte's body calls internal/bytealg, which has no notes; its
// own note says b goes nowhere.  A strings.Builder's WriteString copies
// what it is given, and keeps its receiver only behind noescape.  The
// size of another package's type (bytes.Buffer) is not in its descriptor:
// it is the type gccgo's code reads the pointer as, which has the
// descriptor's name (the package imports no unsafe: see check.go).

package main

import (
	"bytes"
	"strings"
)

//go:noinline
func index(s string) int {
	b := []byte(s)
	return bytes.IndexByte(b, 'l')
}

//go:noinline
func buffered(s string) int {
	b := new(bytes.Buffer)
	b.WriteString(s)
	return b.Len()
}

//go:noinline
func build(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(string(rune('a' + i)))
	}
	return sb.String()
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += index("hello, world")
	}
	println(total, build(5), buffered("xyz"))
}

// { dg-output "2000 abcde 3" }
// { dg-final { scan-goesc-dump "22:13: (\[\]byte)(s): frame" } }
// { dg-final { scan-goesc-dump "35:6: sb: frame" } }
// { dg-final { scan-goesc-dump "37:24: string(rune('a' + i)): frame" } }
// { dg-final { scan-goesc-dump "28:10: new(bytes.Buffer): frame" } }
