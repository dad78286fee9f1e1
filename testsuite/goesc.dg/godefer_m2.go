// At -m=2: the closure of a go or defer statement goes to the heap by its
// own spill, as in gc; the argument record gccgo builds for the statement
// is not mentioned.  A variable whose address a closure takes ("&x" in the
// closure's body) is captured by reference, and its flow notes the "&x".
// gc explains an address flowing into what already escapes as it builds
// its graph, once per flow in the source: "&x" stored twice, or captured
// by a closure that go runs, is explained twice.  (Expected lines: gc 1.19
// -m=2 -l.)
package main

var sink *int

func spawn(p *int) {
	go func() { sink = p }()
}

func deferred(n int) {
	for i := 0; i < n; i++ {
		x := i
		defer func() { sink = &x }()
	}
}

func called() {
	y := 2
	func() { sink = &y }()
}

func twice() {
	x := 1
	sink = &x
	sink = &x
}

func leak(p *int) { sink = p }

func leaktwice() {
	y := 1
	leak(&y)
	leak(&y)
}

func spawnvar() {
	x := 1
	f := func() { sink = &x }
	go f()
}

func spawnincr() {
	x := 1
	sink = &x
	go func() { x++ }()
}

func main() {}
// { dg-options "-fplugin-arg-goesc-m=2" }
// { dg-message {5: func literal escapes to heap:} "" { target *-*-* } 14 }
// { dg-message {5:   flow: {heap} = &{storage for func literal}:} "" { target *-*-* } 14 }
// { dg-message {5:     from func literal (spill) at @FILE@:14:5} "" { target *-*-* } 14 }
// { dg-message {12: spawn capturing by value: p (addr=false assign=false width=8)} "" { target *-*-* } 13 }
// { dg-message {12: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {12:   flow: {heap} = p:} "" { target *-*-* } 13 }
// { dg-message {12:     from sink = p (assign) at @FILE@:14:19} "" { target *-*-* } 13 }
// { dg-message {12: parameter p leaks to {storage for func literal} with derefs=0:} "" { target *-*-* } 13 }
// { dg-message {12:   flow: {storage for func literal} = p:} "" { target *-*-* } 13 }
// { dg-message {12:     from p (captured by a closure) at @FILE@:14:21} "" { target *-*-* } 13 }
// { dg-message {12: leaking param: p} "" { target *-*-* } 13 }
// { dg-message {5: func literal escapes to heap} "" { target *-*-* } 14 }
// { dg-message {9: func literal escapes to heap:} "" { target *-*-* } 20 }
// { dg-message {9:   flow: {heap} = &{storage for func literal}:} "" { target *-*-* } 20 }
// { dg-message {9:     from func literal (spill) at @FILE@:20:9} "" { target *-*-* } 20 }
// { dg-message {3: x escapes to heap:} "" { target *-*-* } 19 }
// { dg-message {3:   flow: {heap} = &x:} "" { target *-*-* } 19 }
// { dg-message {3:     from &x (address-of) at @FILE@:20:25} "" { target *-*-* } 19 }
// { dg-message {3:     from sink = &x (assign) at @FILE@:20:23} "" { target *-*-* } 19 }
// { dg-message {3: deferred capturing by ref: x (addr=true assign=false width=8)} "" { target *-*-* } 19 }
// { dg-message {3: x escapes to heap:} "" { target *-*-* } 19 }
// { dg-message {3:   flow: {storage for func literal} = &x:} "" { target *-*-* } 19 }
// { dg-message {3:     from x (captured by a closure) at @FILE@:20:26} "" { target *-*-* } 19 }
// { dg-message {3:     from x (reference) at @FILE@:20:26} "" { target *-*-* } 19 }
// { dg-message {3: moved to heap: x} "" { target *-*-* } 19 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } 20 }
// { dg-message {2: y escapes to heap:} "" { target *-*-* } 25 }
// { dg-message {2:   flow: {heap} = &y:} "" { target *-*-* } 25 }
// { dg-message {2:     from &y (address-of) at @FILE@:26:18} "" { target *-*-* } 25 }
// { dg-message {2:     from sink = &y (assign) at @FILE@:26:16} "" { target *-*-* } 25 }
// { dg-message {2: called capturing by ref: y (addr=true assign=false width=8)} "" { target *-*-* } 25 }
// { dg-message {2: moved to heap: y} "" { target *-*-* } 25 }
// { dg-message {2: func literal does not escape} "" { target *-*-* } 26 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 30 }
// { dg-message {2:   flow: {heap} = &x:} "" { target *-*-* } 30 }
// { dg-message {2:     from &x (address-of) at @FILE@:31:9} "" { target *-*-* } 30 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:31:7} "" { target *-*-* } 30 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 30 }
// { dg-message {2:   flow: {heap} = &x:} "" { target *-*-* } 30 }
// { dg-message {2:     from &x (address-of) at @FILE@:32:9} "" { target *-*-* } 30 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:32:7} "" { target *-*-* } 30 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 30 }
// { dg-message {11: parameter p leaks to {heap} with derefs=0:} "" { target *-*-* } 35 }
// { dg-message {11:   flow: {heap} = p:} "" { target *-*-* } 35 }
// { dg-message {11:     from sink = p (assign) at @FILE@:35:26} "" { target *-*-* } 35 }
// { dg-message {11: leaking param: p} "" { target *-*-* } 35 }
// { dg-message {2: y escapes to heap:} "" { target *-*-* } 38 }
// { dg-message {2:   flow: {heap} = &y:} "" { target *-*-* } 38 }
// { dg-message {2:     from &y (address-of) at @FILE@:39:7} "" { target *-*-* } 38 }
// { dg-message {2:     from leak(&y) (call parameter) at @FILE@:39:6} "" { target *-*-* } 38 }
// { dg-message {2: y escapes to heap:} "" { target *-*-* } 38 }
// { dg-message {2:   flow: {heap} = &y:} "" { target *-*-* } 38 }
// { dg-message {2:     from &y (address-of) at @FILE@:40:7} "" { target *-*-* } 38 }
// { dg-message {2:     from leak(&y) (call parameter) at @FILE@:40:6} "" { target *-*-* } 38 }
// { dg-message {2: moved to heap: y} "" { target *-*-* } 38 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 44 }
// { dg-message {2:   flow: {heap} = &x:} "" { target *-*-* } 44 }
// { dg-message {2:     from &x (address-of) at @FILE@:45:23} "" { target *-*-* } 44 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:45:21} "" { target *-*-* } 44 }
// { dg-message {2: spawnvar capturing by ref: x (addr=true assign=false width=8)} "" { target *-*-* } 44 }
// { dg-message {7: func literal escapes to heap:} "" { target *-*-* } 45 }
// { dg-message {7:   flow: f = &{storage for func literal}:} "" { target *-*-* } 45 }
// { dg-message {7:     from func literal (spill) at @FILE@:45:7} "" { target *-*-* } 45 }
// { dg-message {7:     from f := func literal (assign) at @FILE@:45:4} "" { target *-*-* } 45 }
// { dg-message {7:   flow: {heap} = f:} "" { target *-*-* } 45 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 44 }
// { dg-message {7: func literal escapes to heap} "" { target *-*-* } 45 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 50 }
// { dg-message {2:   flow: {heap} = &x:} "" { target *-*-* } 50 }
// { dg-message {2:     from &x (address-of) at @FILE@:51:9} "" { target *-*-* } 50 }
// { dg-message {2:     from sink = &x (assign) at @FILE@:51:7} "" { target *-*-* } 50 }
// { dg-message {5: func literal escapes to heap:} "" { target *-*-* } 52 }
// { dg-message {5:   flow: {heap} = &{storage for func literal}:} "" { target *-*-* } 52 }
// { dg-message {5:     from func literal (spill) at @FILE@:52:5} "" { target *-*-* } 52 }
// { dg-message {2: spawnincr capturing by ref: x (addr=true assign=true width=8)} "" { target *-*-* } 50 }
// { dg-message {2: x escapes to heap:} "" { target *-*-* } 50 }
// { dg-message {2:   flow: {storage for func literal} = &x:} "" { target *-*-* } 50 }
// { dg-message {2:     from x (captured by a closure) at @FILE@:52:14} "" { target *-*-* } 50 }
// { dg-message {2:     from x (reference) at @FILE@:52:14} "" { target *-*-* } 50 }
// { dg-message {2: moved to heap: x} "" { target *-*-* } 50 }
// { dg-message {5: func literal escapes to heap} "" { target *-*-* } 52 }
