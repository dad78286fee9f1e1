// Boxes of call arguments: an interface method call's arguments are boxes
// (gccgo places them at the method's '.', where a method value would be);
// a constant argument is converted at its own position, a variable's at
// the last argument before it that is not a variable.  (Expected lines: gc
// 1.19 -m -l.)
package main

import "context"

type contextKey int

const (
	varsKey contextKey = iota
	routeKey
)

func Vars(ctx context.Context) map[string]string {
	if rv := ctx.Value(varsKey); rv != nil {
		return rv.(map[string]string)
	}
	return nil
}

func With(ctx context.Context, vars map[string]string) context.Context {
	return context.WithValue(ctx, varsKey, vars)
}

func With2(c func() context.Context, vars map[string]string) context.Context {
	return context.WithValue(c(), varsKey, vars)
}

var sink interface{}

func consts(n int) {
	ctx := context.Background()
	sink = context.WithValue(ctx, routeKey, true)
}

func main() {}
// { dg-message {11: leaking param: ctx} "" { target *-*-* } 17 }
// { dg-message {21: varsKey escapes to heap} "" { target *-*-* } 18 }
// { dg-message {11: leaking param: ctx} "" { target *-*-* } 24 }
// { dg-message {32: leaking param: vars} "" { target *-*-* } 24 }
// { dg-message {32: varsKey escapes to heap} "" { target *-*-* } 25 }
// { dg-message {12: c does not escape} "" { target *-*-* } 28 }
// { dg-message {38: leaking param: vars} "" { target *-*-* } 28 }
// { dg-message {32: varsKey escapes to heap} "" { target *-*-* } 29 }
// { dg-message {32: routeKey escapes to heap} "" { target *-*-* } 36 }
// { dg-message {42: true escapes to heap} "" { target *-*-* } 36 }
