// A type switch's variable is one variable per clause for gc, placed at
// the clause's colon; at -m=2 its value comes "from case T: ... (switch
// case)".  Expected lines: gc 1.19 -m -l and -m=2 -l.
package main

func foo153(v interface{}) *int {
// { dg-message {13: v does not escape} "" { target *-*-* } .-1 }
	switch x := v.(type) {
	case int:
// { dg-message {10: x escapes to heap:} "" { target m2 } .-1 }
// { dg-message {10:   flow: ~r0 = &x:} "" { target m2 } .-2 }
// { dg-message {10:     from &x (address-of) at @FILE@:@.+3@:10} "" { target m2 } .-3 }
// { dg-message {10:     from return &x (return) at @FILE@:@.+2@:3} "" { target m2 } .-4 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } .-5 }
		return &x
	case string:
		_ = x
	}
	panic(0)
// { dg-message {7: 0 escapes to heap:} "" { target m2 } .-1 }
// { dg-message {7:   flow: {heap} = &{storage for 0}:} "" { target m2 } .-2 }
// { dg-message {7:     from 0 (spill) at @FILE@:@.-3@:7} "" { target m2 } .-3 }
// { dg-message {7:     from panic(0) (call parameter) at @FILE@:@.-4@:7} "" { target m2 } .-4 }
// { dg-message {7: 0 escapes to heap} "" { target *-*-* } .-5 }
}

func two(v interface{}) (*int, *string) {
// { dg-message {10: parameter v leaks to x with derefs=1:} "" { target m2 } .-1 }
// { dg-message {10:   flow: x = *v:} "" { target m2 } .-2 }
// { dg-message {10:     from case string: return nil, &x (switch case) at @FILE@:@.+10@:2} "" { target m2 } .-3 }
// { dg-message {10: leaking param content: v} "" { target *-*-* } .-4 }
	switch x := v.(type) {
	case int:
// { dg-message {10: x escapes to heap:} "" { target m2 } .-1 }
// { dg-message {10:   flow: ~r0 = &x:} "" { target m2 } .-2 }
// { dg-message {10:     from &x (address-of) at @FILE@:@.+3@:10} "" { target m2 } .-3 }
// { dg-message {10:     from return &x, nil (return) at @FILE@:@.+2@:3} "" { target m2 } .-4 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } .-5 }
		return &x, nil
	case string:
// { dg-message {13: x escapes to heap:} "" { target m2 } .-1 }
// { dg-message {13:   flow: ~r1 = &x:} "" { target m2 } .-2 }
// { dg-message {13:     from &x (address-of) at @FILE@:@.+3@:15} "" { target m2 } .-3 }
// { dg-message {13:     from return nil, &x (return) at @FILE@:@.+2@:3} "" { target m2 } .-4 }
// { dg-message {13: moved to heap: x} "" { target *-*-* } .-5 }
		return nil, &x
	}
	return nil, nil
}

func main() {}
// { dg-goesc-levels 1 2 }
