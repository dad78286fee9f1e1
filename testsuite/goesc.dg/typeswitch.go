// A type switch's variable is one variable per clause for gc, placed at
// the clause's colon; at -m=2 its value comes "from case T: ... (switch
// case)".  Expected lines: gc 1.19 -m -l.
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
// { dg-message {13: v does not escape} "" { target *-*-* } 6 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } 8 }
// { dg-message {7: 0 escapes to heap} "" { target *-*-* } 13 }
// { dg-message {10: leaking param content: v} "" { target *-*-* } 16 }
// { dg-message {10: moved to heap: x} "" { target *-*-* } 18 }
// { dg-message {13: moved to heap: x} "" { target *-*-* } 20 }
