// A select of several cases: gccgo passes selectgo an array of {channel,
// &value}; a sent value escapes as it does with a plain send, the
// channels and the receiving temporaries do not.
// At -m=2: a value sent in a select of several cases is named by its
// send, at the "<-" of its own case, and &n at its "&"; a received
// value and the channels do not escape.
// Expected lines: gc 1.19 -m -l and -m=2 -l.
package main

func two(c chan *int, d chan int, p *int) {
// { dg-message {35: parameter p leaks to {heap} with derefs=0:} "" { target m2 } .-1 }
// { dg-message {35:   flow: {heap} = p:} "" { target m2 } .-2 }
// { dg-message {35:     from c <- p (send) at @FILE@:@.+5@:9} "" { target m2 } .-3 }
// { dg-message {10: c does not escape} "" { target *-*-* } .-4 }
// { dg-message {23: d does not escape} "" { target *-*-* } .-5 }
// { dg-message {35: leaking param: p} "" { target *-*-* } .-6 }
	select {
	case c <- p:
	case <-d:
	}
}

func recv(c, d chan *int) *int {
// { dg-message {11: c does not escape} "" { target *-*-* } .-1 }
// { dg-message {14: d does not escape} "" { target *-*-* } .-2 }
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
// { dg-message {12: c does not escape} "" { target *-*-* } .-1 }
// { dg-message {25: d does not escape} "" { target *-*-* } .-2 }
	n := 0
// { dg-message {2: n escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &n:} "" { target m2 } .-2 }
// { dg-message {2:     from &n (address-of) at @FILE@:@.+10@:12} "" { target m2 } .-3 }
// { dg-message {2:     from c <- &n (send) at @FILE@:@.+9@:9} "" { target m2 } .-4 }
// { dg-message {2: moved to heap: n} "" { target *-*-* } .-5 }
	q := &n
// { dg-message {2: q escapes to heap:} "" { target m2 } .-1 }
// { dg-message {2:   flow: {heap} = &q:} "" { target m2 } .-2 }
// { dg-message {2:     from &q (address-of) at @FILE@:@.+5@:12} "" { target m2 } .-3 }
// { dg-message {2:     from d <- &q (send) at @FILE@:@.+4@:9} "" { target m2 } .-4 }
// { dg-message {2: moved to heap: q} "" { target *-*-* } .-5 }
	select {
	case c <- &n:
	case d <- &q:
	}
}

func main() {}
// { dg-goesc-levels 1 2 }
