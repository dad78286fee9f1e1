// { dg-options "-fplugin-arg-goesc-m=2" }
// Seed case 3 at -m=2: the reason is the size, not a flow.
package main

func foo() {
    s := make([]int, 10000, 10000) // { dg-message {14: make([]int, 10000, 10000) escapes to heap:} }
// { dg-message {14:   flow: {heap} = &{storage for make([]int, 10000, 10000)}:} "" { target *-*-* } 6 }
// { dg-message {14:     from make([]int, 10000, 10000) (too large for stack) at @FILE@:6:14} "" { target *-*-* } 6 }
// { dg-message {14: make([]int, 10000, 10000) escapes to heap} "" { target *-*-* } 6 }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
