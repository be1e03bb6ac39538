// workarrays.go -- the allocation shape of bench/programs/expr-eval.c and
// var-buffers.c: work arrays sized at run time, used and dropped in the
// function.

package main

func evalRPN(tokens []int) int {
	stack := make([]int, len(tokens))
	sp := 0
	for _, t := range tokens {
		if t >= 0 {
			stack[sp] = t
			sp++
		} else {
			sp--
			stack[sp-1] += stack[sp]
		}
	}
	return stack[0]
}

func fixedScratch(x int) int {
	buf := make([]int, 64)
	for i := range buf {
		buf[i] = x + i
	}
	return buf[63]
}
