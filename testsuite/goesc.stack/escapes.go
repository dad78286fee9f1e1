// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// What outlives its frame stays on the heap, as gccgo's code has it
// (not always as gc's does): a closure made in a loop and kept after it,
// with the variable it captures (gccgo captures by reference: gc would
// capture k by value and report nothing for it); what a goroutine gets;
// the arguments of a defer in a loop; s += t returned; results.

package main

import "sync"

type T struct{ v int }

var global *T

//go:noinline
func kept() int {
	var last func() int
	for i := 0; i < 3; i++ {
		k := i
		f := func() int { return k }
		if i == 0 {
			last = f
		}
	}
	return last()
}

//go:noinline
func goroutine(n int) int {
	var wg sync.WaitGroup
	res := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(p *T, i int) {
			res[i] = p.v
			wg.Done()
		}(&T{v: i * i}, i)
	}
	wg.Wait()
	s := 0
	for _, v := range res {
		s += v
	}
	return s
}

//go:noinline
func concat(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune('a' + i))
	}
	return s
}

//go:noinline
func results() (*T, []byte) {
	global = &T{v: 7}
	return new(T), []byte("abc")
}

func main() {
	t, b := results()
	t.v = 1
	println(kept(), goroutine(10), concat(5), global.v, t.v, string(b))
}

// { dg-output "0 285 abcde 7 1 abc" }
// { dg-final { scan-goesc-dump "22:3: k: escapes" } }
// { dg-final { scan-goesc-dump "54:14: string(rune('a' + i)): frame" } }
// { dg-final { scan-goesc-dump "23:8: func literal: escapes" } }
// { dg-final { scan-goesc-dump "37:3: (argument record of go or defer): escapes" } }
// { dg-final { scan-goesc-dump "40:5: &T{...}: escapes" } }
// { dg-final { scan-goesc-dump "54:3: (concat): escapes" } }
// { dg-final { scan-goesc-dump "61:11: &T{...}: escapes" } }
// { dg-final { scan-goesc-dump "62:12: new(T): escapes" } }
// { dg-final { scan-goesc-dump "62:23: (\[\]byte)(\"abc\"): escapes" } }
