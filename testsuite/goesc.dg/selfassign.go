// Assignments gc ignores as self-assignments (a store of what was loaded
// through the same pointer): no leak for the receiver, and gc's
// "ignoring self-assignment" line.  Slicing an array field is not one.
// Deferred calls inside loops have their arguments escape.  Expected
// lines: gc 1.19 -m -l.
package main

type Buffer struct {
	arr    [64]byte
	arrPtr *[64]byte
	buf1   []byte
	buf2   []byte
	str1   string
	str2   string
}

func (b *Buffer) foo() {
	b.buf1 = b.buf1[1:2]
	b.buf1 = b.buf1[1:2:3]
	b.buf1 = b.buf2[1:2]
}

func (b *Buffer) bar() {
	b.buf1 = b.arr[1:2]
}

func (b *Buffer) arrayPtr() {
	b.buf1 = b.arrPtr[1:2]
}

func (b *Buffer) baz() {
	b.str1 = b.str2[1:2]
}

func quux(sp *string, bp *[]byte) {
	*sp = (*sp)[1:2]
	*bp = (*bp)[1:2]
}

func noop(p ...*int) {}

func loops(n int) {
	var x int
	defer noop(&x)
	for i := 0; i < n; i++ {
		var u int
		defer noop(&u)
	}
}

func main() {}
// { dg-message {9: (*Buffer).foo ignoring self-assignment in b.buf1 = b.buf1[1:2]} "" { target *-*-* } 18 }
// { dg-message {9: (*Buffer).foo ignoring self-assignment in b.buf1 = b.buf1[1:2:3]} "" { target *-*-* } 19 }
// { dg-message {9: (*Buffer).foo ignoring self-assignment in b.buf1 = b.buf2[1:2]} "" { target *-*-* } 20 }
// { dg-message {7: b does not escape} "" { target *-*-* } 17 }
// { dg-message {7: leaking param: b} "" { target *-*-* } 23 }
// { dg-message {9: (*Buffer).arrayPtr ignoring self-assignment in b.buf1 = b.arrPtr[1:2]} "" { target *-*-* } 28 }
// { dg-message {7: b does not escape} "" { target *-*-* } 27 }
// { dg-message {9: (*Buffer).baz ignoring self-assignment in b.str1 = b.str2[1:2]} "" { target *-*-* } 32 }
// { dg-message {7: b does not escape} "" { target *-*-* } 31 }
// { dg-message {6: quux ignoring self-assignment in *sp = (*sp)[1:2]} "" { target *-*-* } 36 }
// { dg-message {6: quux ignoring self-assignment in *bp = (*bp)[1:2]} "" { target *-*-* } 37 }
// { dg-message {11: sp does not escape} "" { target *-*-* } 35 }
// { dg-message {23: bp does not escape} "" { target *-*-* } 35 }
// { dg-message {11: p does not escape} "" { target *-*-* } 40 }
// { dg-message {7: moved to heap: u} "" { target *-*-* } 46 }
// { dg-message {12: ... argument does not escape} "" { target *-*-* } 44 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 47 }
