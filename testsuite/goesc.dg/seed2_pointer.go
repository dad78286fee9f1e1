// Seed case 2: the address of a local variable is returned, so gccgo's
// heap copy of it must stay: "moved to heap: a" at the declaration.  At
// -m=2: the flow from &a to the result ~r0.
package main

func foo() *int {
    a := 666
// { dg-message {5: a escapes to heap:} "" { target m2 } .-1 }
// { dg-message {5:   flow: ~r0 = &a:} "" { target m2 } .-2 }
// { dg-message {5:     from &a (address-of) at @FILE@:@.+3@:12} "" { target m2 } .-3 }
// { dg-message {5:     from return &a (return) at @FILE@:@.+2@:5} "" { target m2 } .-4 }
// { dg-message {5: moved to heap: a} "" { target *-*-* } .-5 }
    return &a
}

func main() {
    _ = foo()
}
// { dg-goesc-levels 1 2 }
