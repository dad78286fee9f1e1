package main

const N = 10

var sink interface{}

func f(n int) {
	a := make([]int, 10*10)
	b := make([]int, 1<<20)
	c := make([]int, N)
	d := make([]int, N+1, 0x40)
	e := make([]int, n+2*N)
	_, _, _, _, _ = a, b, c, d, e
	sink = 'a'
	sink = "x\ty"
	sink = n + 'a'
	sink = 1.5
	sink = n * (N + 3)
	sink = -n
	sink = ^n
	sink = - -n
	sink = !(n > 2)
	sink = "a" + "b"
	sink = `raw`
}
