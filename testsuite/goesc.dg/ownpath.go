// A function the package declares without a body (in assembly) is not
// looked up in the export data found under the package's own path: that
// is another build of the package (here libgo's math/big, whose addVV is
// Go that keeps nothing).  gc knows nothing of it: what it is given leaks.
// At -m=2: a body-less function of the package gets its lines and no
// explanation (as gc), its callers the explanation of a call parameter;
// libgo's export data for the package's own path is not read.
// Expected lines: gc 1.19 -m -l -p math/big and -m=2 -l -p math/big.
// { dg-options "-fgo-pkgpath=math/big" }
package big

type Word uint

func addVV(z, x, y []Word) (c Word)
// { dg-message {12: leaking param: z} "" { target *-*-* } .-1 }
// { dg-message {15: leaking param: x} "" { target *-*-* } .-2 }
// { dg-message {18: leaking param: y} "" { target *-*-* } .-3 }

func Add(z, x, y []Word) Word {
// { dg-message {16: parameter y leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {16:   flow: {heap} = y:} "" { target m2 } .-2 }
// { dg-message {16:     from addVV(z, x, y) (call parameter) at @FILE@:@.+10@:14} "" { target m2 } .-3 }
// { dg-message {13: parameter x leaks to {heap} with derefs=0:} "" { target m2 } .-4 }
// { dg-message {13:   flow: {heap} = x:} "" { target m2 } .-5 }
// { dg-message {13:     from addVV(z, x, y) (call parameter) at @FILE@:@.+7@:14} "" { target m2 } .-6 }
// { dg-message {10: parameter z leaks to {heap} with derefs=0:} "" { target m2 } .-7 }
// { dg-message {10:   flow: {heap} = z:} "" { target m2 } .-8 }
// { dg-message {10:     from addVV(z, x, y) (call parameter) at @FILE@:@.+4@:14} "" { target m2 } .-9 }
// { dg-message {10: leaking param: z} "" { target *-*-* } .-10 }
// { dg-message {13: leaking param: x} "" { target *-*-* } .-11 }
// { dg-message {16: leaking param: y} "" { target *-*-* } .-12 }
	return addVV(z, x, y)
}
// { dg-goesc-levels 1 2 }
