// main.go -- calls each shape once, so the package builds as a program
// (README.md: what `go build -gcflags=-m` says of them).

package main

import "fmt"

func main() {
	k, c := parseConfig("a = 1\nb = 2 ")
	fmt.Println(k, c, windowStats([]int{3, 1, 3, 2}), evalRPN([]int{1, 2, -1}), fixedScratch(1))
}
