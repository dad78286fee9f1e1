package main

import "fmt"

var sink interface{}

func v(a int, xs ...*int) { sink = xs }

func f(s string, n int, p *int) {
	fmt.Printf("%s %d\n", s, n, p)
	v(1, p, p)
	v(2)
	v(3, []*int{p}...)
	sink = n
	var q interface{} = n
	_ = q
	var r interface{}
	r = s
	sink, r = s, n
	_ = r
}
