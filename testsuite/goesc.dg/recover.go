// A function that calls recover: gccgo splits it into a stub and F..r, its
// body; the verdicts are the body's, as gc prints them.  (Expected lines:
// gc 1.19 -m -l.)
package main

import (
	"fmt"
	"io"
)

func CatchPanic(w io.Writer, v *int) {
	if err := recover(); err != nil {
		fmt.Fprintf(w, "%v", err)
	}
}

func main() {}
// { dg-message {17: leaking param: w} "" { target *-*-* } 11 }
// { dg-message {30: v does not escape} "" { target *-*-* } 11 }
// { dg-message {14: ... argument does not escape} "" { target *-*-* } 13 }
