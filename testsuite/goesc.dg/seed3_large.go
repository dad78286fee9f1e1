// Seed case 3: a constant-size make over 64 KiB (10000 ints) is too large
// for the stack.
package main

func foo() {
    s := make([]int, 10000, 10000) // { dg-message {14: make([]int, 10000, 10000) escapes to heap} }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
