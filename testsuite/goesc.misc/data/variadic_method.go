package p

type positioner interface{ Pos() int }

type atPos struct{ p int }

func (a atPos) Pos() int { return a.p }

type code int

type C struct{}

const _Wrong code = 3

func inNode(n int) atPos { return atPos{n} }

func (c *C) invalidOp(at positioner, cd code, format string, args ...any) {}

func (c *C) other(at positioner) {}

func f(c *C, msg string, n int) {
	c.invalidOp(inNode(n), _Wrong, "%s %d", msg, n)
	c.other(inNode(n))
	c.other(atPos{n})
}
