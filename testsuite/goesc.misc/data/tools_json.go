package main

var global *int

func keep(p *int) { global = p }

func id(p *int) *int { return p }

func local(p *int) int { return *p }

type big struct{ a [20000]int }

func grow() *[]int {
	s := make([]int, 3)
	return &s
}

func main() {
	y := 2
	_ = id(&y)
	b := new(big)
	_ = b
	w := 4
	_ = local(&w)
	keep(id(new(int)))
	_ = grow()
}
