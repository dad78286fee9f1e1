// { dg-options "-fplugin-arg-goesc-m=2" }
// Seed case 1 at -m=2: gc 1.19's explanation lines, all of them.
package main

import "fmt"

func main()  {
    a := 123
	fmt.Println(a) // { dg-message {13: a escapes to heap:} }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for a}:} "" { target *-*-* } 9 }
// { dg-message {13:     from a (spill) at @FILE@:9:13} "" { target *-*-* } 9 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:9:13} "" { target *-*-* } 9 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target *-*-* } 9 }
// { dg-message {13:     from ... argument (spill) at @FILE@:9:13} "" { target *-*-* } 9 }
// { dg-message {13:     from fmt.Println(... argument...) (call parameter) at @FILE@:9:13} "" { target *-*-* } 9 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 9 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 9 }
}
