package main

import "fmt"

func main()  {
    a := 123
	fmt.Println(a)
}
