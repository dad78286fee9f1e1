package summary_p

// F is not inlined into importers: they know it only by its summary.
//
//go:noinline
func F(x *int) *int {
	return x
}
