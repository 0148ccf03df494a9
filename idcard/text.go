package idcard

import (
	"strings"
	"unicode"
)

// normalize undoes what OCR tends to add: spaces anywhere, and full-width
// forms of ASCII (１９８９．１２) which the card never prints.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		}
		return r
	}, s)
}

// clip shortens s for quoting in a reason, so a garbled field cannot flood
// the review page.
func clip(s string) string {
	const max = 24
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}

// isDigits reports whether s is non-empty and all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi reads a string that isDigits has accepted; it is never long enough
// to overflow.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
