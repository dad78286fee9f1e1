package main

import (
	"bytes"
	"errors"
	"io"
	"unsafe"
)

type T struct {
	x int
	p *int
}

type G[P any] struct{ v P }

type E struct {
	T
	*bytes.Buffer
	y, z int "tag"
	w    interface {
		m()
		N(int) (string, error)
	}
}

type MyInt int
type Alias = []int

const N = 4

var sink interface{}

func f(b []byte, bb []uint8, i interface{}, c chan int, w io.Writer, r rune, p *T) {
	sink = []byte{1}
	sink = []uint8{1}
	sink = any(i)
	sink = interface{}(i)
	sink = error(nil)
	sink = errors.New("x")
	sink = &bytes.Buffer{}
	sink = new(bytes.Buffer)
	sink = &G[int]{}
	sink = G[string]{}
	sink = new(E)
	sink = &struct {
		a int `json:"a"`
		B string
		T
	}{}
	sink = [N]int{}
	sink = [N * 2]int{}
	sink = make(chan (<-chan int))
	sink = make(chan<- chan int)
	sink = new(func(...int) (int, error))
	sink = new(func(a, b int) (x int))
	sink = new(func())
	sink = MyInt(3)
	sink = MyInt(len(b))
	sink = (*T)(p)
	sink = Alias{1}
	sink = (func())(nil)
	sink = unsafe.Pointer(p)
	sink = uintptr(unsafe.Pointer(p))
	sink = [][]int{{1}, {}}
	sink = map[string]*T{"a": {x: 1}}
	sink = []*T{{}, nil}
	sink = [...]string{5: "a"}
	sink = struct{}{}
	sink = map[T]bool{{x: 1}: true}
	sink = r
	sink = 'x'
	sink = '\n'
	sink = 'é'
	sink = "é\x00"
	sink = 0x1F
	sink = 1e3
	sink = 07
	sink = 1_000
	sink = 2i
	sink = N
	sink = -N
	sink = float32(1) / 3
	sink = int64(1) << 40
	sink = len("abc")
	sink = true
	sink = nil
	sink = !true
	sink = unsafe.Sizeof(r)
	sink = (N)
	sink = (N + 1) * 2
	sink = ((N))
	var s string
	sink = s[1]
	sink = s[1:]
	sink = &b[0]
	sink = &p.x
	sink = p.p
	sink = *p.p
	sink = -(-r)
	sink = ^-r
	sink = &(*p)
	sink = c
	sink = <-c
	sink = <-(<-chan int)(c)
}
