package main

import "fmt"

type T struct{ x int; p *int }

func (t *T) M() {}

var sink interface{}
var gp *T

func f1() *int {
	a := 1
	return &a
}

func f2() {
	y := &T{}
	sink = y
	var z = &T{x: 1}
	gp = z
	var q, r = new(int), new(int)
	sink, sink = q, r
	t := T{}
	sink = t.M
	s := "abc"
	sink = []byte(s)
	b := []byte{1}
	sink = string(b)
	fmt.Println(a(), b)
	go fmt.Println(s)
	defer fmt.Println(s)
	c := make(chan *int)
	c <- new(int)
	x := 1
	x += 2
	x++
	var arr [3]*int
	arr[1] = new(int)
	gp = &T{p: arr[1]}
}

func a() int { return 1 }
