// No self-assignment where gc sees none: a promoted field is a field of
// the embedded one (s.Line is s.Pos.Line), a method value is no field;
// two fields promoted through the same embedded field are one.
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

type Header struct{ Size, FileSize int }

type Section struct {
	Header
	sr int
}

func fix(s *Section) {
	s.Size = s.FileSize
	s.Header.Size = s.Header.FileSize
}
// { dg-message {7: f does not escape} "" { target *-*-* } 27 }
// { dg-message {7: s does not escape} "" { target *-*-* } 29 }
// { dg-message {7: b does not escape} "" { target *-*-* } 34 }
// { dg-message {7: &F{} escapes to heap} "" { target *-*-* } 39 }
// { dg-message {13: f.defaultUsage escapes to heap} "" { target *-*-* } 40 }
// { dg-message {9: fix ignoring self-assignment in s.Header.Size = s.Header.FileSize} "" { target *-*-* } 52 }
// { dg-message {16: fix ignoring self-assignment in s.Header.Size = s.Header.FileSize} "" { target *-*-* } 53 }
// { dg-message {10: s does not escape} "" { target *-*-* } 51 }
