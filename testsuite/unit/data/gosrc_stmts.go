package main

import "fmt"

type T struct {
	x int
	p *int
}

type I interface{ M() }

func (t T) M() {}

var sink interface{}

func g() (int, error) { return 0, nil }

func f(n int, s string, b []byte, m map[string]int, c chan int, i interface{}, pp **int) {
	var x = 1
	var y int
	var a, bb = 1, 2
	var e1, e2 = g()
	z := x + y*2 - (a - bb)
	z += 3
	z <<= 1
	z &^= 4
	z++
	z--
	if z > 0 {
		z = 1
	} else if z < 0 {
		z = 2
	} else {
		var q = 3
		z = q
	}
	if v := z; v > 1 {
	}
	for i := 0; i < n; i++ {
		continue
	}
	for k, v := range m {
		_, _ = k, v
	}
	switch z {
	case 1, 2:
		fallthrough
	default:
		break
	}
	switch t := i.(type) {
	case int:
		_ = t
	}
	select {
	case v := <-c:
		_ = v
	case c <- 1:
	default:
	}
	c <- z
	_ = <-c
	v, ok := <-c
	_, _ = v, ok
	w, ok2 := m["a"]
	_, _ = w, ok2
	tt, ok3 := i.(T)
	_, _ = tt, ok3
	sink = s[1:2]
	sink = s[:]
	sink = b[1:2:3]
	sink = m["k"]
	sink = -z
	sink = !ok
	sink = ^z
	sink = *pp
	sink = **pp
	sink = &z
	sink = len(s)
	sink = append(b, 1, 2)
	sink = append(b, b...)
	sink = []interface{}{1}
	sink = map[string][]int{}
	sink = struct{ a, b int }{1, 2}
	sink = [...]int{1, 2, 3}
	sink = [2][]int{{1}, {2}}
	sink = []*T{{x: 1}}
	sink = T.M
	sink = (*T).M
	sink = i.(I)
	sink = i.(interface{ M() })
	sink = func(a int, b ...string) (int, error) { return 0, nil }
	sink = (chan<- int)(c)
	sink = (<-chan int)(c)
	sink = make(chan chan int, 2)
	sink = make(map[string]int, 10)
	sink = make(map[string]int, n)
	sink = new(struct{})
	sink = new(func(int) string)
	sink = new(map[*T]chan<- error)
	sink = z == 1 && ok || !ok
	sink = float64(z) * 1.5
	sink = complex(1, float64(z))
	sink = string(rune(z))
	sink = []rune(s)
	sink = s + "a" + s
	sink = s + (s + "b")
	copy(b, s)
	delete(m, "a")
	fmt.Printf("%d %s\n", z, s)
	defer func() { recover() }()
	go func(x int) {}(z)
	panic(fmt.Sprint(e1, e2))
	return
}
