// Seed case 4: make with a size that is not a constant always escapes,
// even when the variable holds a small constant (at -m=1 and -m=2).
package main

func foo() {
    n := 1
    s := make([]int, n)
// { dg-message {14: make([]int, n) escapes to heap:} "" { target m2 } .-1 }
// { dg-message {14:   flow: {heap} = &{storage for make([]int, n)}:} "" { target m2 } .-2 }
// { dg-message {14:     from make([]int, n) (non-constant size) at @FILE@:@.-3@:14} "" { target m2 } .-3 }
// { dg-message {14: make([]int, n) escapes to heap} "" { target *-*-* } .-4 }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
// { dg-goesc-levels 1 2 }
