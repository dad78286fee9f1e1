// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// make(map[K]V) that does not escape gets its header (libgo's hmap) in
// the frame: makemap__small's work done in place, or makemap given the
// header.  Its buckets stay on the heap, and grow there.  A map returned
// stays on the heap.

package main

//go:noinline
func f(n int) int {
	small := make(map[int]int)
	hinted := make(map[string]int, 100)
	for i := 0; i < n; i++ {
		small[i%7] += i
		hinted[string(rune('a'+i%26))] += i
	}
	delete(small, 3)
	sum := 0
	for k, v := range small {
		sum += k * v
	}
	for _, v := range hinted {
		sum += v
	}
	return sum + len(small) + len(hinted)
}

//go:noinline
func g(n int) map[int]int {
	m := make(map[int]int)
	m[n] = n
	return m
}

func main() {
	total := 0
	for i := 0; i < 300; i++ {
		total += f(i) + len(g(i))
	}
	println(f(1000), total)
}

// { dg-output "1784536 15919905" }
// { dg-final { scan-goesc-dump "13:15: make(map\[int\]int): frame" } }
// { dg-final { scan-goesc-dump "14:16: make(map\[string\]int, 100): frame" } }
// { dg-final { scan-goesc-dump "32:11: make(map\[int\]int): escapes" } }
// { dg-final { scan-assembler-times "call\truntime\\.makemap__small" 1 } }
// { dg-final { scan-assembler-times "call\truntime\\.fastrand" 1 } }
