package main

type T struct{ x int }

func (t *T) a(s string) *T { return t }

func f(s string) int { return 1 }
func g() func(string) int { return f }

var log string

func h(t *T, x int) {
	if f("a"); x > 0 {
	}
	if g()("b"); x > 0 {
	}
	if t.a("c"); x > 0 {
	}
	if x = f("d"); x > 0 {
	}
	if x++; x > 0 {
	}
	if f(log + "x"); x > 0 {
	}
}
