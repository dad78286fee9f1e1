// At -m=2: a value sent in a select of several cases is named by its
// send, at the "<-" of its own case, and &n at its "&"; a received
// value and the channels do not escape.
// Expected lines: gc 1.19 -m=2 -l.
package main

func two(c chan *int, d chan int, p *int) {
	select {
	case c <- p:
	case <-d:
	}
}

func recv(c, d chan *int) *int {
	select {
	case x := <-c:
		return x
	case y, ok := <-d:
		if ok {
			return y
		}
	}
	return nil
}

func local(c chan *int, d chan **int) {
	n := 0
	q := &n
	select {
	case c <- &n:
	case d <- &q:
	}
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {35: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 7 }
// { dg-message {35:   flow: {heap} = p:} "" { target *-*-* } 7 }
// { dg-message {35:     from c <- p (send) at @FILE@:9:9} "" { target *-*-* } 7 }
// { dg-message {10: c does not escape} "" { target *-*-* } 7 }
// { dg-message {23: d does not escape} "" { target *-*-* } 7 }
// { dg-message {35: leaking param: p} "" { target *-*-* } 7 }
// { dg-message {11: c does not escape} "" { target *-*-* } 14 }
// { dg-message {14: d does not escape} "" { target *-*-* } 14 }
// { dg-message {2: n escapes to heap:} "" { target *-*-* } 27 }
// { dg-message {2:   flow: {heap} = &n:} "" { target *-*-* } 27 }
// { dg-message {2:     from &n (address-of) at @FILE@:30:12} "" { target *-*-* } 27 }
// { dg-message {2:     from c <- &n (send) at @FILE@:30:9} "" { target *-*-* } 27 }
// { dg-message {2: q escapes to heap:} "" { target *-*-* } 28 }
// { dg-message {2:   flow: {heap} = &q:} "" { target *-*-* } 28 }
// { dg-message {2:     from &q (address-of) at @FILE@:31:12} "" { target *-*-* } 28 }
// { dg-message {2:     from d <- &q (send) at @FILE@:31:9} "" { target *-*-* } 28 }
// { dg-message {12: c does not escape} "" { target *-*-* } 26 }
// { dg-message {25: d does not escape} "" { target *-*-* } 26 }
// { dg-message {2: moved to heap: n} "" { target *-*-* } 27 }
// { dg-message {2: moved to heap: q} "" { target *-*-* } 28 }
