// A call argument converted to an interface is placed where gc's
// typechecker stood: a name (a variable of this package or, by its export
// data, of another) leaves it at the '(' or the last other argument; an
// imported constant has its own position.
// Expected lines: gc 1.19 -m -l.
package p

import (
	"math"
	"encoding/binary"
	"fmt"
	"os"
)

var local struct{ a, b int }

var sink interface{}

func f() {
	fmt.Println(local)
	fmt.Println(binary.BigEndian, os.Args)
	sink = binary.LittleEndian
	var bo binary.ByteOrder = binary.BigEndian
	sink = bo
	g(binary.BigEndian)
}

func g(x interface{}) { sink = x }
func h(x int) {
	fmt.Println(x, math.Pi, os.ModeDir, math.MaxInt8)
	fmt.Println(math.Pi)
}
// { dg-message {8: leaking param: x} "" { target *-*-* } 28 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 20 }
// { dg-message {13: local escapes to heap} "" { target *-*-* } 20 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 21 }
// { dg-message {13: binary.BigEndian escapes to heap} "" { target *-*-* } 21 }
// { dg-message {13: os.Args escapes to heap} "" { target *-*-* } 21 }
// { dg-message {2: binary.LittleEndian escapes to heap} "" { target *-*-* } 22 }
// { dg-message {34: binary.BigEndian escapes to heap} "" { target *-*-* } 23 }
// { dg-message {3: binary.BigEndian escapes to heap} "" { target *-*-* } 25 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 30 }
// { dg-message {13: x escapes to heap} "" { target *-*-* } 30 }
// { dg-message {21: math.Pi escapes to heap} "" { target *-*-* } 30 }
// { dg-message {28: os.ModeDir escapes to heap} "" { target *-*-* } 30 }
// { dg-message {42: math.MaxInt8 escapes to heap} "" { target *-*-* } 30 }
// { dg-message {13: ... argument does not escape} "" { target *-*-* } 31 }
// { dg-message {18: math.Pi escapes to heap} "" { target *-*-* } 31 }
