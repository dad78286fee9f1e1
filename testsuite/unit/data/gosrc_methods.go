package main

import "fmt"

type Inner struct{ v int }

func (i *Inner) Get() int { return i.v }
func (i Inner) Val() int  { return i.v }

type Outer struct {
	Inner
	name string
}

type Num int64

func (a Num) Plus(b Num) Num       { return a + b }
func (a *Num) Add(b ...Num)       { *a += b[0] }
func (a Num) Pair() (Num, Num)     { return a, a }
func (a Num) Log(f string, v ...interface{}) { fmt.Printf(f, v...) }

var sink interface{}

func f(o *Outer, n Num, ns []Num) {
	sink = o.Get()
	sink = o.Val()
	sink = o.v
	sink = o.Inner.Get()
	sink = n.Plus(n)
	n.Add(1, 2)
	x, y := n.Pair()
	sink = x.Plus(y)
	for _, m := range ns {
		sink = m.Plus(1)
	}
	n.Log("%d", 1, 2)
	n.Log("none")
	sink = o.Get
	sink = fmt.Sprint()
	sink = fmt.Sprintf("%d", n)
}
