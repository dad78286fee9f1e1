// { dg-options "-fplugin-arg-goesc-m=2" }
// Seed case 2 at -m=2: the flow from &a to the result ~r0.
package main

func foo() *int {
    a := 666 // { dg-message {5: a escapes to heap:} }
// { dg-message {5:   flow: ~r0 = &a:} "" { target *-*-* } 6 }
// { dg-message {5:     from &a (address-of) at @FILE@:13:12} "" { target *-*-* } 6 }
// { dg-message {5:     from return &a (return) at @FILE@:13:5} "" { target *-*-* } 6 }
// { dg-message {5: moved to heap: a} "" { target *-*-* } 6 }
// The return statement below is line 13.

    return &a
}

func main() {
    _ = foo()
}
