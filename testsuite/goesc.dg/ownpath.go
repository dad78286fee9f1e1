// A function the package declares without a body (in assembly) is not
// looked up in the export data found under the package's own path: that
// is another build of the package (here libgo's math/big, whose addVV is
// Go that keeps nothing).  gc knows nothing of it: what it is given leaks.
// Expected lines: gc 1.19 -m -l -p math/big.
// { dg-options "-fgo-pkgpath=math/big" }
package big

type Word uint

func addVV(z, x, y []Word) (c Word)

func Add(z, x, y []Word) Word {
	return addVV(z, x, y)
}
// { dg-message {12: leaking param: z} "" { target *-*-* } 11 }
// { dg-message {15: leaking param: x} "" { target *-*-* } 11 }
// { dg-message {18: leaking param: y} "" { target *-*-* } 11 }
// { dg-message {10: leaking param: z} "" { target *-*-* } 13 }
// { dg-message {13: leaking param: x} "" { target *-*-* } 13 }
// { dg-message {16: leaking param: y} "" { target *-*-* } 13 }
