// Seed case 4: make with a size that is not a constant always escapes,
// even when the variable holds a small constant.
package main

func foo() {
    n := 1
    s := make([]int, n) // { dg-message {14: make([]int, n) escapes to heap} }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
