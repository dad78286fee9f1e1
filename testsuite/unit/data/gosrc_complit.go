package main

type T struct {
	x int
	p *int
}

var sink interface{}

func f() {
	sink = []*T{{x: 1}, {}}
	sink = map[string]*T{"a": {x: 1}}
	sink = [][]int{{1}, {}}
	sink = []map[int]int{{1: 2}}
	sink = []interface{}{1, "a", 2.5, T{}, &T{}}
	var a = [...]*[]int{{1}}
	sink = a[0]
}
