// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// Records whose function reads them: a method value's (gccgo's thunk
// calls the method with the receiver the record holds), and a closure
// that calls recover (gccgo moves its body into F..r, given F's record).
// What those functions do with the record's fields counts where the
// record is made.

package main

type T struct{ a int }

var g *T

func (t *T) leak() { g = t }

func (t *T) get() int { return t.a }

//go:noinline
func methodValues(n int) int {
	q := &T{a: n}
	m := q.leak
	m()
	r := &T{a: 2 * n}
	f := r.get
	return f()
}

//go:noinline
func recovering(n int) (res int) {
	p := &T{a: n}
	s := &T{a: 1}
	defer func() {
		if recover() != nil {
			g = p
			res = s.a
		}
	}()
	if n > 0 {
		panic("x")
	}
	return p.a
}

func main() {
	x := methodValues(5)
	a := g.a
	y := recovering(7)
	println(x, a, y, g.a)
}

// { dg-output "10 5 1 7" }
// { dg-final { scan-goesc-dump "22:7: &T{...}: escapes" } }
// { dg-final { scan-goesc-dump "23:8: q.leak: frame" } }
// { dg-final { scan-goesc-dump "25:7: &T{...}: frame" } }
// { dg-final { scan-goesc-dump "26:8: r.get: frame" } }
// { dg-final { scan-goesc-dump "32:7: &T{...}: escapes" } }
// { dg-final { scan-goesc-dump "32:2: p: frame" } }
// { dg-final { scan-goesc-dump "33:7: &T{...}: frame" } }
