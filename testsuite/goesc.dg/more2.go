// Still more of gc's rules: a receiver moved to the heap is placed at its
// name; a box returned among several results is named by its own result;
// a func literal called through a variable is called directly; string
// conversions and concatenations passed to calls; panic's argument.
// Expected lines: gc 1.19 -m -l.
package main

import "errors"

type U [4]int

func (u *U) Set(i int) { u[i] = i }

func (u U) Copy() *U {
	u.Set(0)
	return &u
}

type lenErr struct{ n int }

func (e lenErr) Error() string { return "bad length" }

func parse(s string) (U, error) {
	var u U
	if len(s) != 4 {
		return u, lenErr{len(s)}
	}
	return u, nil
}

func write(lines []string) error {
	var out []string
	ws := func(s string) error {
		out = append(out, s)
		return nil
	}
	for _, line := range lines {
		if err := ws(" " + line); err != nil {
			return err
		}
	}
	return errors.New(out[0])
}

func scan(b []byte, f func(string)) {
	f(string(b))
}

func check(err error) {
	if err != nil {
		panic(err.Error())
	}
}

func main() {}
// { dg-message {7: u does not escape} "" { target *-*-* } 12 }
// { dg-message {7: moved to heap: u} "" { target *-*-* } 14 }
// { dg-message {12: s does not escape} "" { target *-*-* } 23 }
// { dg-message {19: lenErr{...} escapes to heap} "" { target *-*-* } 26 }
// { dg-message {12: lines does not escape} "" { target *-*-* } 31 }
// { dg-message {13: leaking param: s} "" { target *-*-* } 33 }
// { dg-message {8: func literal does not escape} "" { target *-*-* } 33 }
// { dg-message {20: " " + line escapes to heap} "" { target *-*-* } 38 }
// { dg-message {11: b does not escape} "" { target *-*-* } 45 }
// { dg-message {21: f does not escape} "" { target *-*-* } 45 }
// { dg-message {10: string(b) escapes to heap} "" { target *-*-* } 46 }
// { dg-message {12: leaking param: err} "" { target *-*-* } 49 }
// { dg-message {18: err.Error() escapes to heap} "" { target *-*-* } 51 }
