// Allocations used only inside their function stay on the stack, and
// parameters that go nowhere do not escape (gc 1.19 -m -l prints these
// lines exactly).
package main

type T struct{ a, b int }

func local(x *T) int { // { dg-message {12: x does not escape} }
	p := &T{1, 2} // { dg-message {7: &T{...} does not escape} }
	q := new(T) // { dg-message {10: new(T) does not escape} }
	q.a = p.b + x.a
	return p.a + q.a
}

func main() {
	_ = local(&T{}) // { dg-message {12: &T{} does not escape} }
}
