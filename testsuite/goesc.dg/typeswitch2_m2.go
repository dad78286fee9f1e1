// At -m=2: a type switch's variable takes the operand through gc's
// temporary when several clauses' variables hold pointers, through the
// box for a type that is not pointer-shaped, noted "switch case" at its
// clause ("case T: body").
// Expected lines: gc 1.19 -m=2 -l.
package p

import "fmt"

var g *int
var gs string

func several(x interface{}) *int {
	switch v := x.(type) {
	case *int:
		return v
	case fmt.Stringer:
		_ = v.String()
	case string:
		gs = v
	}
	return nil
}

func one(x interface{}) {
	switch v := x.(type) {
	case *int:
		g = v
	case int:
		_ = v
	}
}

type T struct{ p *int }

func boxed(x interface{}) {
	switch v := x.(type) {
	case T:
		g = v.p
	case []*int:
		g = v[0]
	}
}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {14: parameter x leaks to {heap} with derefs=1:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: {temp} = x:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: v = *{temp}:} "" { target *-*-* } 13 }
// { dg-message {14:     from case string: gs = v (switch case) at @FILE@:19:2} "" { target *-*-* } 13 }
// { dg-message {14:   flow: {heap} = v:} "" { target *-*-* } 13 }
// { dg-message {14:     from gs = v (assign) at @FILE@:20:6} "" { target *-*-* } 13 }
// { dg-message {14: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: {temp} = x:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: v = {temp}:} "" { target *-*-* } 13 }
// { dg-message {14:     from case fmt.Stringer: _ = v.String() (switch case) at @FILE@:17:2} "" { target *-*-* } 13 }
// { dg-message {14:   flow: {heap} = v:} "" { target *-*-* } 13 }
// { dg-message {14:     from v.String() (call parameter) at @FILE@:18:15} "" { target *-*-* } 13 }
// { dg-message {14: parameter x leaks to ~r0 with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: {temp} = x:} "" { target *-*-* } 13 }
// { dg-message {14:   flow: v = {temp}:} "" { target *-*-* } 13 }
// { dg-message {14:     from case *int: return v (switch case) at @FILE@:15:2} "" { target *-*-* } 13 }
// { dg-message {14:   flow: ~r0 = v:} "" { target *-*-* } 13 }
// { dg-message {14:     from return v (return) at @FILE@:16:3} "" { target *-*-* } 13 }
// { dg-message {14: leaking param: x} "" { target *-*-* } 13 }
// { dg-message {10: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 25 }
// { dg-message {10:   flow: v = x:} "" { target *-*-* } 25 }
// { dg-message {10:     from case *int: g = v (switch case) at @FILE@:27:2} "" { target *-*-* } 25 }
// { dg-message {10:   flow: {heap} = v:} "" { target *-*-* } 25 }
// { dg-message {10:     from g = v (assign) at @FILE@:28:5} "" { target *-*-* } 25 }
// { dg-message {10: leaking param: x} "" { target *-*-* } 25 }
// { dg-message {12: parameter x leaks to {heap} with derefs=2:} "" { target *-*-* } 36 }
// { dg-message {12:   flow: {temp} = x:} "" { target *-*-* } 36 }
// { dg-message {12:   flow: v = *{temp}:} "" { target *-*-* } 36 }
// { dg-message {12:     from case []*int: g = v[0] (switch case) at @FILE@:40:2} "" { target *-*-* } 36 }
// { dg-message {12:   flow: {heap} = *v:} "" { target *-*-* } 36 }
// { dg-message {12:     from v[0] (dot of pointer) at @FILE@:41:8} "" { target *-*-* } 36 }
// { dg-message {12:     from g = v[0] (assign) at @FILE@:41:5} "" { target *-*-* } 36 }
// { dg-message {12: parameter x leaks to {heap} with derefs=0:} "" { target *-*-* } 36 }
// { dg-message {12:   flow: {temp} = x:} "" { target *-*-* } 36 }
// { dg-message {12:   flow: v = {temp}:} "" { target *-*-* } 36 }
// { dg-message {12:     from case T: g = v.p (switch case) at @FILE@:38:2} "" { target *-*-* } 36 }
// { dg-message {12:   flow: {heap} = v:} "" { target *-*-* } 36 }
// { dg-message {12:     from v.p (dot) at @FILE@:39:8} "" { target *-*-* } 36 }
// { dg-message {12:     from g = v.p (assign) at @FILE@:39:5} "" { target *-*-* } 36 }
// { dg-message {12: leaking param: x} "" { target *-*-* } 36 }
