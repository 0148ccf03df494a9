package idcard

import "strings"

// MaskNumber hides the middle of an ID number for display: an 18-character
// number keeps its first 6 and last 4 characters. Shorter or garbled input
// keeps fewer, so that at least 8 characters (or all of a short input) stay
// hidden and the birth date is never shown whole.
func MaskNumber(n string) string {
	r := []rune(n)
	hidden := max(8, len(r)-10)
	if hidden >= len(r) {
		return strings.Repeat("*", len(r))
	}
	shown := len(r) - hidden
	tail := min(4, shown/2)
	head := shown - tail
	return string(r[:head]) + strings.Repeat("*", hidden) + string(r[len(r)-tail:])
}
