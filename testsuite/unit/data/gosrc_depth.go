package main

func h(s []int) int {
	var p *int
	for _, v := range s {
		p = &v
	}
	return *p
}

func h2(s []int) int {
	var p *int
	for i := 0; i < 3; i++ {
		p = &i
	}
	return *p
}

func h3(s []int) int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

func h4(n int) int {
	var p *int
L:
	x := n
	p = &x
	if n > 0 {
		n--
		goto L
	}
	return *p
}

func h5(n int) int {
	var p *int
	if n > 0 {
		goto L
	}
	n++
L:
	x := n
	p = &x
	return *p
}
