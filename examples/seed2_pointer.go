package main

func foo() *int {
    a := 666
    return &a
}

func main() {
    _ = foo()
}
