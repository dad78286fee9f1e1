// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// runtime.newobject sites that do not escape go into the frame: new(T),
// &T{...}, a variable whose address is taken, a value converted to an
// interface, a slice literal's array, a "... argument", a method value, a
// func literal's record and the variables it captures.  None is left.

package main

type T struct {
	a, b int
	p    *int
}

func (t T) sum() int { return t.a + t.b }

func count(xs ...int) int { return len(xs) }

func show(v interface{}) int {
	if n, ok := v.(int); ok {
		return n
	}
	return -1
}

//go:noinline
func f(n int) int {
	p := new(T)
	p.a = n
	q := &T{a: 1, b: n}
	x := n * 2
	px := &x
	*px += 1
	s := []int{n, n + 1, n + 2}
	m := q.sum
	c := 0
	inc := func() { c += n }
	inc()
	inc()
	return p.a + q.b + x + s[2] + count(1, 2, 3) + m() + show(n) + c
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += f(i)
	}
	println(f(3), total)
}

// { dg-output "34 4502500" }
// { dg-final { scan-goesc-dump "28:8: n: frame" } }
// { dg-final { scan-goesc-dump "29:10: new(T): frame" } }
// { dg-final { scan-goesc-dump "31:7: &T{...}: frame" } }
// { dg-final { scan-goesc-dump "32:2: x: frame" } }
// { dg-final { scan-goesc-dump "35:12: \[\]int{...}: frame" } }
// { dg-final { scan-goesc-dump "36:8: q.sum: frame" } }
// { dg-final { scan-goesc-dump "37:2: c: frame" } }
// { dg-final { scan-goesc-dump "38:9: func literal: frame" } }
// { dg-final { scan-goesc-dump "41:37: ... argument: frame" } }
// { dg-final { scan-goesc-dump "41:59: n: frame" } }
// { dg-final { scan-assembler-not "call\truntime\\.newobject" } }
// { dg-final { scan-tree-dump-times ": frame$" 10 "goesc" } }
// { dg-final { scan-tree-dump-not ": escapes$" "goesc" } }
