// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// make([]T, n, c) with constant n <= c and no escape becomes an array in
// the frame; appends within its capacity write into it, past it move to
// the heap.  A size that is not a constant, or over 64 KiB, stays on the
// heap.  A zero-size one takes a byte (any address will do).

package main

type T struct {
	s string
	p *int
}

//go:noinline
func f(n int) int {
	a := make([]int, 10)
	for i := range a {
		a[i] = i * n
	}
	b := make([]T, 2, 8)
	b = append(b, T{s: "x"}, T{s: "yy"})
	c := make([]byte, n)
	big := make([]int64, 10000)
	big[9999] = int64(n)
	e := make([]int, 0)
	e = append(e, n, n)
	sum := 0
	for _, v := range a {
		sum += v
	}
	for _, t := range b {
		sum += len(t.s)
	}
	return sum + len(b) + cap(c) + int(big[9999]) + e[1]
}

func main() {
	total := 0
	for i := 0; i < 500; i++ {
		total += f(i)
	}
	println(f(7), total)
}

// { dg-output "343 5991500" }
// { dg-final { scan-goesc-dump "18:11: make(\[\]int, 10): frame" } }
// { dg-final { scan-goesc-dump "22:11: make(\[\]T, 2, 8): frame" } }
// { dg-final { scan-goesc-dump "24:11: make(\[\]byte, n): non-constant size" } }
// { dg-final { scan-goesc-dump "25:13: make(\[\]int64, 10000): too large for stack" } }
// { dg-final { scan-goesc-dump "27:11: make(\[\]int, 0): frame" } }
// { dg-final { scan-assembler-times "call\truntime\\.makeslice" 2 } }
// { dg-final { scan-tree-dump-times "make\\(\\\[\\\]\\w+, \\d+(, \\d+)?\\): frame$" 3 "goesc" } }
