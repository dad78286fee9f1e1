// { dg-do run }
// { dg-options "-fplugin-arg-goesc-m=0 -fplugin-arg-goesc-stack=check -fplugin-arg-goesc-dump -fchecking" }

// Conversions and concatenations whose result does not escape get a
// buffer in the frame, which libgo uses when the result fits (32 bytes,
// 32 runes, 4 bytes for string(r)); a longer result is allocated as before.
// The result of []byte(s) has the buffer's capacity: appends fill it.

package main

//go:noinline
func f(s string, b []byte, r rune, rs []rune) int {
	x := []byte(s)
	x = append(x, '!')
	y := string(b)
	z := string(r)
	w := []rune(s)
	c := s + y + "."
	v := string(rs)
	n := 0
	for _, ch := range x {
		n += int(ch)
	}
	for _, ch := range w {
		n += int(ch)
	}
	for i := 0; i < len(c); i++ {
		n += int(c[i])
	}
	return n + len(y) + len(z) + len(v)
}

func main() {
	short := "héllo"
	long := "a string of more than thirty-two bytes, so the heap"
	total := 0
	for i := 0; i < 300; i++ {
		total += f(short, []byte(long), 'é', []rune(short))
		total += f(long, []byte(short), rune(i), []rune(long))
	}
	println(f(short, []byte("ab"), 'x', []rune("xyz")), total)
}

// { dg-output "2534 6692572" }
// { dg-final { scan-goesc-dump "13:13: (\[\]byte)(s): frame" } }
// { dg-final { scan-goesc-dump "15:13: string(b): frame" } }
// { dg-final { scan-goesc-dump "16:13: string(r): frame" } }
// { dg-final { scan-goesc-dump "17:13: (\[\]rune)(s): frame" } }
// { dg-final { scan-goesc-dump "18:13: s + y + \".\": frame" } }
// { dg-final { scan-goesc-dump "19:13: string(rs): frame" } }
