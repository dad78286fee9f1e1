// A pointer-shaped value receiver (a map here) captured by a closure:
// gccgo passes it as its hidden "pointer" parameter itself and copies it
// into a heap cell for the closure; it is the receiver gc reports.
// Expected lines: gc 1.19 -m -l.
package p

type CommentMap map[int]int

func Inspect(f func(n int) bool) { f(1) }

func (cmap CommentMap) Filter() CommentMap {
	umap := make(CommentMap)
	Inspect(func(n int) bool {
		if g := cmap[n]; g != 0 {
			umap[n] = g
		}
		return true
	})
	return umap
}

var keep func() int

func (cmap CommentMap) Keep() {
	keep = func() int { return cmap[0] }
}
// { dg-message {14: f does not escape} "" { target *-*-* } 9 }
// { dg-message {7: cmap does not escape} "" { target *-*-* } 11 }
// { dg-message {14: make(CommentMap) escapes to heap} "" { target *-*-* } 12 }
// { dg-message {10: func literal does not escape} "" { target *-*-* } 13 }
// { dg-message {7: leaking param: cmap} "" { target *-*-* } 24 }
// { dg-message {9: func literal escapes to heap} "" { target *-*-* } 25 }
