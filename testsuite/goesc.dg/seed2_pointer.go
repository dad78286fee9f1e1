// Seed case 2: the address of a local variable is returned, so gccgo's
// heap copy of it must stay: "moved to heap: a" at the declaration.
package main

func foo() *int {
    a := 666 // { dg-message {5: moved to heap: a} }
    return &a
}

func main() {
    _ = foo()
}
