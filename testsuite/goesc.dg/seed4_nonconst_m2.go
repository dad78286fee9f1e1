// { dg-options "-fplugin-arg-goesc-m=2" }
// Seed case 4 at -m=2.
package main

func foo() {
    n := 1
    s := make([]int, n) // { dg-message {14: make([]int, n) escapes to heap:} }
// { dg-message {14:   flow: {heap} = &{storage for make([]int, n)}:} "" { target *-*-* } 7 }
// { dg-message {14:     from make([]int, n) (non-constant size) at @FILE@:7:14} "" { target *-*-* } 7 }
// { dg-message {14: make([]int, n) escapes to heap} "" { target *-*-* } 7 }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
