// At -m=2: a body-less function of the package gets its lines and no
// explanation (as gc), its callers the explanation of a call parameter;
// libgo's export data for the package's own path is not read.
//
// Expected lines: gc 1.19 -m=2 -l -p math/big.
//
package big

type Word uint

func addVV(z, x, y []Word) (c Word)

func Add(z, x, y []Word) Word {
	return addVV(z, x, y)
}
// { dg-options "-fgo-pkgpath=math/big -fplugin-arg-goesc-m=2" }
// { dg-message {12: leaking param: z} "" { target *-*-* } 11 }
// { dg-message {15: leaking param: x} "" { target *-*-* } 11 }
// { dg-message {18: leaking param: y} "" { target *-*-* } 11 }
// { dg-message {16: parameter y leaks to {heap} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {16:   flow: {heap} = y:} "" { target *-*-* } 13 }
// { dg-message {16:     from addVV(z, x, y) (call parameter) at @FILE@:14:14} "" { target *-*-* } 13 }
// { dg-message {13: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {13:   flow: {heap} = x:} "" { target *-*-* } 13 }
// { dg-message {13:     from addVV(z, x, y) (call parameter) at @FILE@:14:14} "" { target *-*-* } 13 }
// { dg-message {10: parameter z leaks to {heap} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {10:   flow: {heap} = z:} "" { target *-*-* } 13 }
// { dg-message {10:     from addVV(z, x, y) (call parameter) at @FILE@:14:14} "" { target *-*-* } 13 }
// { dg-message {10: leaking param: z} "" { target *-*-* } 13 }
// { dg-message {13: leaking param: x} "" { target *-*-* } 13 }
// { dg-message {16: leaking param: y} "" { target *-*-* } 13 }
