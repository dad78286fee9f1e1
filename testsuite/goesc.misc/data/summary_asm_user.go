package main

import "summary_asm"

func G() {
	x := 1
	summary_asm.Clear(&x)
}

func H() {
	y := 1
	summary_asm.Keep(&y)
}

func main() {}
