package main

import b2 "bytes"

type G2[P, Q any] struct{ v P }
type I2 interface{ m(); N() }
type J interface{ I2; K() }

var sink interface{}

func f(x interface{}) {
	sink = new(interface{ m(); N() })
	sink = new(G2[int, string])
	sink = new(b2.Buffer)
	sink = x.(J)
	sink = new(J)
	sink = new(interface{ J })
}
