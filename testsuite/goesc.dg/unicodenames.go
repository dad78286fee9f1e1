// Identifiers with non-ASCII letters: gc places them at their first byte
// and counts columns in bytes; gccgo places one at its last non-ASCII
// letter ("äé" at the é), which goesc takes back to the start.
package p

var g *int
var gi interface{}

type Tä struct{ äé int }

func one(日 *int, p *int) { g = p }
// { dg-message {20: parameter p leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {20:   flow: {heap} = p:} "" { target m2 } .-2 }
// { dg-message {20:     from g = p (assign) at @FILE@:@.-3@:32} "" { target m2 } .-3 }
// { dg-message {10: 日 does not escape} "" { target *-*-* } .-4 }
// { dg-message {20: leaking param: p} "" { target *-*-* } .-5 }

func two(p *int, äé *int) { g = p }
// { dg-message {10: parameter p leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {10:   flow: {heap} = p:} "" { target m2 } .-2 }
// { dg-message {10:     from g = p (assign) at @FILE@:@.-3@:33} "" { target m2 } .-3 }
// { dg-message {10: leaking param: p} "" { target *-*-* } .-4 }
// { dg-message {18: äé does not escape} "" { target *-*-* } .-5 }

func three(äéü *int) {}
// { dg-message {12: äéü does not escape} "" { target *-*-* } .-1 }

func mixed(aé *int, éa *int) {}
// { dg-message {12: aé does not escape} "" { target *-*-* } .-1 }
// { dg-message {22: éa does not escape} "" { target *-*-* } .-2 }

func f(äé *int, 日本 int) *int {
// { dg-message {19: parameter 日本 leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {19:   flow: ~r0 = &日本:} "" { target m2 } .-2 }
// { dg-message {19:     from &日本 (address-of) at @FILE@:@.+35@:9} "" { target m2 } .-3 }
// { dg-message {19:     from return &日本 (return) at @FILE@:@.+34@:2} "" { target m2 } .-4 }
// { dg-message {19: 日本 escapes to heap:} "" { target m2 } .-5 }
// { dg-message {19:   flow: ~r0 = &日本:} "" { target m2 } .-6 }
// { dg-message {19:     from &日本 (address-of) at @FILE@:@.+31@:9} "" { target m2 } .-7 }
// { dg-message {19:     from return &日本 (return) at @FILE@:@.+30@:2} "" { target m2 } .-8 }
// { dg-message {8: äé does not escape} "" { target *-*-* } .-9 }
// { dg-message {19: moved to heap: 日本} "" { target *-*-* } .-10 }
	x := 1
// { dg-message {2: x escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: ößü = &x:} "" { target m2 } .-2 }
// { dg-message {2:     from &x (address-of) at @FILE@:@.+5@:12} "" { target m2 } .-3 }
// { dg-message {2:     from ößü := &x (assign) at @FILE@:@.+4@:9} "" { target m2 } .-4 }
// { dg-message {2:   flow: {heap} = ößü:} "" { target m2 } .-5 }
// { dg-message {2:     from g = ößü (assign) at @FILE@:@.+3@:4} "" { target m2 } .-6 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } .-7 }
	ößü := &x
	g = ößü
	tä := &Tä{}
// { dg-message {9: &Tä{} escapes to heap:} "" { target m2 } .-1 }
// { dg-message {9:   flow: tä = &{storage for &Tä{}}:} "" { target m2 } .-2 }
// { dg-message {9:     from &Tä{} (spill) at @FILE@:@.-3@:9} "" { target m2 } .-3 }
// { dg-message {9:     from tä := &Tä{} (assign) at @FILE@:@.-4@:6} "" { target m2 } .-4 }
// { dg-message {9:   flow: {heap} = tä:} "" { target m2 } .-5 }
// { dg-message {9:     from tä.äé (dot of pointer) at @FILE@:@.+4@:10} "" { target m2 } .-6 }
// { dg-message {9:     from &tä.äé (address-of) at @FILE@:@.+3@:6} "" { target m2 } .-7 }
// { dg-message {9:     from g = &tä.äé (assign) at @FILE@:@.+2@:4} "" { target m2 } .-8 }
// { dg-message {9: &Tä{} escapes to heap} "" { target *-*-* } .-9 }
	g = &tä.äé
	gi = 日本
// { dg-message {2: 日本 escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &{storage for 日本}:} "" { target m2 } .-2 }
// { dg-message {2:     from 日本 (spill) at @FILE@:@.-3@:2} "" { target m2 } .-3 }
// { dg-message {2:     from gi = 日本 (assign) at @FILE@:@.-4@:5} "" { target m2 } .-4 }
// { dg-message {2: 日本 escapes to heap} "" { target *-*-* } .-5 }
	return &日本
}

func (rä *Tä) mé(qü *int) *int { return &rä.äé }
// { dg-message {7: parameter rä leaks to ~r0 with derefs=0:} "" { target m2 } .-1 }
// { dg-message {7:   flow: ~r0 = rä:} "" { target m2 } .-2 }
// { dg-message {7:     from rä.äé (dot of pointer) at @FILE@:@.-3@:49} "" { target m2 } .-3 }
// { dg-message {7:     from &rä.äé (address-of) at @FILE@:@.-4@:45} "" { target m2 } .-4 }
// { dg-message {7:     from return &rä.äé (return) at @FILE@:@.-5@:38} "" { target m2 } .-5 }
// { dg-message {7: leaking param: rä to result ~r0 level=0} "" { target *-*-* } .-6 }
// { dg-message {21: qü does not escape} "" { target *-*-* } .-7 }

func h() {
	fé := func() int { return 1 }
// { dg-message {9: func literal escapes to heap:} "" { target m2 } .-1 }
// { dg-message {9:   flow: fé = &{storage for func literal}:} "" { target m2 } .-2 }
// { dg-message {9:     from func literal (spill) at @FILE@:@.-3@:9} "" { target m2 } .-3 }
// { dg-message {9:     from fé := func literal (assign) at @FILE@:@.-4@:6} "" { target m2 } .-4 }
// { dg-message {9:   flow: {heap} = fé:} "" { target m2 } .-5 }
// { dg-message {9:     from fé (interface-converted) at @FILE@:@.+3@:2} "" { target m2 } .-6 }
// { dg-message {9:     from gi = fé (assign) at @FILE@:@.+2@:5} "" { target m2 } .-7 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } .-8 }
	gi = fé
	var bä [3]int
// { dg-message {6: bä escapes to heap:} "" { target m2 } .-1 }
// { dg-message {6:   flow: {heap} = &bä:} "" { target m2 } .-2 }
// { dg-message {6:     from bä[0] (fixed-array-index-of) at @FILE@:@.+4@:10} "" { target m2 } .-3 }
// { dg-message {6:     from &bä[0] (address-of) at @FILE@:@.+3@:6} "" { target m2 } .-4 }
// { dg-message {6:     from g = &bä[0] (assign) at @FILE@:@.+2@:4} "" { target m2 } .-5 }
// { dg-message {6: moved to heap: bä} "" { target *-*-* } .-6 }
	g = &bä[0]
}
// { dg-goesc-levels 1 2 }
