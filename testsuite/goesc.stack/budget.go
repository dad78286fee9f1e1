// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=on -fplugin-arg-goesc-stack-frame=100 -fplugin-arg-goesc-dump -fchecking" }

// -fplugin-arg-goesc-stack-frame=BYTES: the objects moved into one frame
// take at most BYTES, sites taken in order; the rest stay on the heap.
// gc's size limits hold whatever the budget: 64 KiB for new(T).

package main

type T struct{ a [5]int64 }

type Big struct{ a [70000]byte }

//go:noinline
func f(n int) int {
	p := new(T)
	q := new(T)
	r := new(T)
	b := new(Big)
	p.a[0], q.a[1], r.a[2] = int64(n), 2, 3
	b.a[69999] = 4
	return int(p.a[0]+q.a[1]+r.a[2]) + int(b.a[69999])
}

func main() {
	println(f(1))
}

// { dg-output "10" }
// { dg-final { scan-goesc-dump "16:10: new(T): frame" } }
// { dg-final { scan-goesc-dump "17:10: new(T): frame" } }
// { dg-final { scan-goesc-dump "18:10: new(T): frame budget spent" } }
// { dg-final { scan-goesc-dump "19:10: new(Big): too large for stack" } }
// { dg-final { scan-goesc-dump "frame: 80 bytes of objects" } }
// { dg-final { scan-assembler-times "call\truntime\\.newobject" 2 } }
