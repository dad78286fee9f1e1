// Source of xdata_fix.gox, the export-data fixture of test_exportdata.c.
// Regenerate with:
//   gccgo-12 -c -O2 -fgo-pkgpath=xdata_fix xdata_fix.go -o /tmp/xdata_fix.o
//   objcopy -j .go_export /tmp/xdata_fix.o xdata_fix.gox
package fix

type T struct{ p *int }

type u int

type Iface interface{ M(*int) }

var Sink *int

func (t *T) Set(q *int)  { t.p = q }
func (t T) Get() *int    { return t.p }
func (t *T) get() *int   { return t.p }
func (t *T) Keep(q *int) { Sink = q }
func (x u) Val() int     { return int(x) }

func Id(p *int) *int                 { return p }
func Keep(p *int)                    { Sink = p }
func Deref(p *int) int               { return *p }
func Var(f string, a ...interface{}) {}
func Two(a, b *int) (x, y *int)      { return b, a }
func Über(s []byte) int              { return len(s) }
func unexported(p *int) *int         { return p }
func UsesUnexported(p *int) *int     { return unexported(p) }
func NewU() u                        { return 0 }
func Sum(xs ...int) (n int) {
	for _, x := range xs {
		n += x
	}
	return
}
