// A select of several cases: gccgo passes selectgo an array of {channel,
// &value}; a sent value escapes as it does with a plain send, the
// channels and the receiving temporaries do not.
// Expected lines: gc 1.19 -m -l.
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
// { dg-message {10: c does not escape} "" { target *-*-* } 7 }
// { dg-message {23: d does not escape} "" { target *-*-* } 7 }
// { dg-message {35: leaking param: p} "" { target *-*-* } 7 }
// { dg-message {11: c does not escape} "" { target *-*-* } 14 }
// { dg-message {14: d does not escape} "" { target *-*-* } 14 }
// { dg-message {12: c does not escape} "" { target *-*-* } 26 }
// { dg-message {25: d does not escape} "" { target *-*-* } 26 }
// { dg-message {2: moved to heap: n} "" { target *-*-* } 27 }
// { dg-message {2: moved to heap: q} "" { target *-*-* } 28 }
