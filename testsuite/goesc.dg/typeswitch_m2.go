// A type switch's variable is one variable per clause for gc, placed at
// the clause's colon; at -m=2 its value comes "from case T: ... (switch
// case)".  Expected lines: gc 1.19 -m=2 -l.
package main

func foo153(v interface{}) *int {
	switch x := v.(type) {
	case int:
		return &x
	case string:
		_ = x
	}
	panic(0)
}

func two(v interface{}) (*int, *string) {
	switch x := v.(type) {
	case int:
		return &x, nil
	case string:
		return nil, &x
	}
	return nil, nil
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {7: 0 escapes to heap:} "" { target *-*-* } 13 }
// { dg-message {7:   flow: {heap} = &{storage for 0}:} "" { target *-*-* } 13 }
// { dg-message {7:     from 0 (spill) at @FILE@:13:7} "" { target *-*-* } 13 }
// { dg-message {7:     from panic(0) (call parameter) at @FILE@:13:7} "" { target *-*-* } 13 }
// { dg-message {10: x escapes to heap:} "" { target *-*-* } 8 }
// { dg-message {10:   flow: ~r0 = &x:} "" { target *-*-* } 8 }
// { dg-message {10:     from &x (address-of) at @FILE@:9:10} "" { target *-*-* } 8 }
// { dg-message {10:     from return &x (return) at @FILE@:9:3} "" { target *-*-* } 8 }
// { dg-message {13: v does not escape} "" { target *-*-* } 6 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } 8 }
// { dg-message {7: 0 escapes to heap} "" { target *-*-* } 13 }
// { dg-message {13: x escapes to heap:} "" { target *-*-* } 20 }
// { dg-message {13:   flow: ~r1 = &x:} "" { target *-*-* } 20 }
// { dg-message {13:     from &x (address-of) at @FILE@:21:15} "" { target *-*-* } 20 }
// { dg-message {13:     from return nil, &x (return) at @FILE@:21:3} "" { target *-*-* } 20 }
// { dg-message {10: parameter v leaks to x with derefs=1:} "" { target *-*-* } 16 }
// { dg-message {10:   flow: x = *v:} "" { target *-*-* } 16 }
// { dg-message {10:     from case string: return nil, &x (switch case) at @FILE@:20:2} "" { target *-*-* } 16 }
// { dg-message {10: x escapes to heap:} "" { target *-*-* } 18 }
// { dg-message {10:   flow: ~r0 = &x:} "" { target *-*-* } 18 }
// { dg-message {10:     from &x (address-of) at @FILE@:19:10} "" { target *-*-* } 18 }
// { dg-message {10:     from return &x, nil (return) at @FILE@:19:3} "" { target *-*-* } 18 }
// { dg-message {10: leaking param content: v} "" { target *-*-* } 16 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } 18 }
// { dg-message {13: moved to heap: x} "" { target *-*-* } 20 }
