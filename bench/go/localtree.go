// localtree.go -- the allocation shape of bench/programs/local-tree.c's
// window_stats: a search tree built node by node in a loop, walked, and
// dropped when the function returns.

package main

type node struct {
	value, count int
	left, right  *node
}

func walk(n *node, rank *int, k int, kth *int) {
	if n == nil {
		return
	}
	walk(n.left, rank, k, kth)
	if *rank <= k && k < *rank+n.count {
		*kth = n.value
	}
	*rank += n.count
	walk(n.right, rank, k, kth)
}

func windowStats(samples []int) int64 {
	var root *node
	distinct := 0
	for _, v := range samples {
		link := &root
		for *link != nil && (*link).value != v {
			if v < (*link).value {
				link = &(*link).left
			} else {
				link = &(*link).right
			}
		}
		if *link != nil {
			(*link).count++
			continue
		}
		*link = &node{value: v, count: 1}
		distinct++
	}
	rank, median := 0, 0
	walk(root, &rank, len(samples)/2, &median)
	return int64(distinct)*1000 + int64(median)
}
