package main

func f(n int) {
	if n > 0 {
		var y int
		var r = 'a'
		var a, b = 1.5, "s"
		{
			n = 2
		}
	L:
		n = 3
		if n = 4; n > 0 {
			goto L
		}
		const k = 1
		type T int
		_, _, _, _ = y, r, a, b
	}
	x := 0
	for x < n {
		x++
		if x > 1 { break }
	}
	for {
		x--
		if x < 0 { return }
	}
}
