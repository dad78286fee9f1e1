package main

type T struct{}

var g = func() int { return 1 }

func (t *T) M() func() int {
	return func() int {
		h := func() int { return 2 }
		return h()
	}
}

func f() {
	a := func() {}
	b := func() {
		c := func() {}
		c()
	}
	a()
	b()
}
