//go:build !race

package testtier

// Race says whether the race detector is on.
const Race = false
