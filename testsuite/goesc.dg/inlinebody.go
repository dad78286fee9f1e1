// gccgo puts the bodies of small imported functions into the unit to
// inline them (bytes.IndexByte calls internal/bytealg, which has no
// escape notes); gc knows them by their tags only, and says b does not
// escape.  Expected lines: gc 1.19 -m -l.
package main

import "bytes"

func index(s string) int {
	b := []byte(s)
	return bytes.IndexByte(b, 'l')
}

// { dg-message {12: s does not escape} "" { target *-*-* } 9 }
// { dg-message {13: ([]byte)(s) does not escape} "" { target *-*-* } 10 }
