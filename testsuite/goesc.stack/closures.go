// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// Func literals inside func literals: gccgo names them all after the
// outermost function (outer..func1, outer..func2), and the record of the
// inner one is made by the outer one.  An inner closure returned out of
// the literal that made it takes what it captures to the heap; one called
// where it is made does not.

package main

//go:noinline
func outer(n int) (int, int) {
	mk := func(k int) func() int {
		v := k * 10
		return func() int { return v + 1 }
	}
	use := func(k int) int {
		w := k * 100
		get := func() int { return w + 2 }
		return get()
	}
	f := mk(n)
	return f(), use(n)
}

func main() {
	a, b := 0, 0
	for i := 0; i < 200; i++ {
		x, y := outer(i)
		a += x
		b += y
	}
	x, y := outer(3)
	println(x, y, a, b)
}

// { dg-output "31 302 199200 1990400" }
// { dg-final { scan-goesc-dump "15:3: v: escapes" } }
// { dg-final { scan-goesc-dump "16:10: func literal: escapes" } }
// { dg-final { scan-goesc-dump "19:3: w: frame" } }
// { dg-final { scan-goesc-dump "20:10: func literal: frame" } }
