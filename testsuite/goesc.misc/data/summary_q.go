package main

import "summary_p"

func G() *int {
	x := 1
	return summary_p.F(&x)
}

func H() {
	y := 1
	_ = summary_p.F(&y)
}

func main() {}
