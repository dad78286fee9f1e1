// Seed case 1: a value passed to fmt.Println is boxed into an interface;
// the box escapes, the "... argument" array does not (Println only reads
// it: its export-data note is <esc:0x9>).  gc 1.19 -m -l prints exactly
// these two lines; at -m=2 its explanation lines, all of them, come too.
package main

import "fmt"

func main()  {
    a := 123
	fmt.Println(a)
// { dg-message {13: a escapes to heap:} "" { target m2 } .-1 }
// { dg-message {13:   flow: {storage for ... argument} = &{storage for a}:} "" { target m2 } .-2 }
// { dg-message {13:     from a (spill) at @FILE@:@.-3@:13} "" { target m2 } .-3 }
// { dg-message {13:     from ... argument (slice-literal-element) at @FILE@:@.-4@:13} "" { target m2 } .-4 }
// { dg-message {13:   flow: {heap} = {storage for ... argument}:} "" { target m2 } .-5 }
// { dg-message {13:     from ... argument (spill) at @FILE@:@.-6@:13} "" { target m2 } .-6 }
// { dg-message {13:     from fmt.Println(... argument...) (call parameter) at @FILE@:@.-7@:13} "" { target m2 } .-7 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } .-8 }
// { dg-message {13: a escapes to heap} "" { target *-*-* } .-9 }
}
// { dg-goesc-levels 1 2 }
