// Seed case 3: a constant-size make over 64 KiB (10000 ints) is too large
// for the stack.  At -m=2: the reason is the size, not a flow.
package main

func foo() {
    s := make([]int, 10000, 10000)
// { dg-message {14: make([]int, 10000, 10000) escapes to heap:} "" { target m2 } .-1 }
// { dg-message {14:   flow: {heap} = &{storage for make([]int, 10000, 10000)}:} "" { target m2 } .-2 }
// { dg-message {14:     from make([]int, 10000, 10000) (too large for stack) at @FILE@:@.-3@:14} "" { target m2 } .-3 }
// { dg-message {14: make([]int, 10000, 10000) escapes to heap} "" { target *-*-* } .-4 }
    for i := 0; i < len(s); i++ {
        s[i] = i
    }
}

func main() {
    foo()
}
// { dg-goesc-levels 1 2 }
