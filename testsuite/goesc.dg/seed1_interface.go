// Seed case 1: a value passed to fmt.Println is boxed into an interface;
// the box escapes, the "... argument" array does not (Println only reads
// it: its export-data note is <esc:0x9>).  gc 1.19 -m -l prints exactly
// these two lines.
package main

import "fmt"

func main()  {
    a := 123
	fmt.Println(a) // { dg-message {13: ... argument does not escape} }
// { dg-message {13: a escapes to heap} "" { target *-*-* } 11 }
}
