// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// A defer that runs at most once per call (on no cycle of the control flow
// graph) gets its record in the frame: deferprocStack.  One in a loop,
// whether a for or a goto that jumps back, keeps deferproc, and the
// argument records it keeps are on the heap, one per turn.

package main

var out []int

//go:noinline
func once(n int) (r int) {
	defer func() { r += n }()
	defer func() {
		if e := recover(); e != nil {
			r = 100
		}
	}()
	if n < 0 {
		panic("negative")
	}
	return n * 2
}

//go:noinline
func loop(n int) {
	for i := 0; i < n; i++ {
		defer func(k int) { out = append(out, k) }(i)
	}
}

//go:noinline
func gotoloop(n int) {
	i := 0
again:
	defer func(k int) { out = append(out, k*10) }(i)
	i++
	if i < n {
		goto again
	}
}

func main() {
	total := 0
	for i := -5; i < 300; i++ {
		total += once(i)
	}
	loop(4)
	gotoloop(3)
	println(total, len(out), out[0], out[3], out[4], out[6])
}

// { dg-output "135035 7 3 0 20 0" }
// { dg-final { scan-goesc-dump "15:8: func literal: frame" } }
// { dg-final { scan-goesc-dump "2 defer records in the frame" } }
// { dg-final { scan-assembler-times "call\truntime\\.deferprocStack" 2 } }
// { dg-final { scan-assembler-times "call\truntime\\.deferproc@" 2 } }
// { dg-final { scan-tree-dump "^  2 defer records in the frame$" "goesc" } }
