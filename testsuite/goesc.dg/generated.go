// gccgo generates functions gc does not have (type equality and hash
// functions for map keys, method stubs, go/defer thunks, the package
// initialiser): none of them may be reported.  Unexported functions that
// nothing calls are still reported, as gc reports every function.  A value
// receiver is reported at its own name.  (gc 1.19 -m -l prints these lines.)
package main

type P struct {
	x, y int
	s    string
}

func (p P) M() int { return p.x } // { dg-message {7: p does not escape} }

func unused(n int) *int { // { dg-message {13: moved to heap: n} }
	return &n
}

func work(a, b int) {}

func main() {
	m := map[P]int{} // { dg-message {16: map[P]int{} does not escape} }
	m[P{1, 2, "a"}]++
	f := P{}.M // { dg-message {10: P{}.M does not escape} }
	_ = f()
	go work(1, 2)
	defer work(3, 4)
}
