// No self-assignment where gc sees none: a promoted field is a field of
// the embedded one (s.Line is s.Pos.Line), a method value is no field.
// Expected lines: gc 1.19 -m -l.
package p

type Pos struct{ Line, Column int }

type Scanner struct {
	Pos
	line   int
	column int
}

type common struct{ duration int }

type B struct {
	common
	previousDuration int
}

type F struct {
	Usage func()
	x     int
}

func (f *F) defaultUsage() {}

func (s *Scanner) Scan() {
	s.Line = s.line
	s.Column = s.column
}

func (b *B) runN() {
	b.previousDuration = b.duration
}

func NewF() *F {
	f := &F{}
	f.Usage = f.defaultUsage
	return f
}
// { dg-message {7: f does not escape} "" { target *-*-* } 26 }
// { dg-message {7: s does not escape} "" { target *-*-* } 28 }
// { dg-message {7: b does not escape} "" { target *-*-* } 33 }
// { dg-message {7: &F{} escapes to heap} "" { target *-*-* } 38 }
// { dg-message {13: f.defaultUsage escapes to heap} "" { target *-*-* } 39 }
