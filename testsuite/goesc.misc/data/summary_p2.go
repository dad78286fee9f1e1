package summary_p

// summary_p.go changed: F now keeps its argument, so a summary written
// for summary_p.go is stale for this package.
var kept *int

//go:noinline
func F(x *int) *int {
	kept = x
	return x
}
