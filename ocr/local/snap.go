package local

import (
	"strings"
	"unicode"

	"kycreview/idcard"
)

// distance is the Levenshtein edit distance between two strings, counted
// in characters.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// nearest returns the candidate closest to s and its distance. A tie goes
// to the candidate sharing more characters with s (景 is nearer 景颇 than
// 汉, though both are one edit away), then to the first listed, so put
// the more common names first.
func nearest(s string, candidates []string) (string, int) {
	best, bestD, bestShared := "", -1, 0
	for _, c := range candidates {
		d, sh := distance(s, c), shared(s, c)
		if bestD < 0 || d < bestD || (d == bestD && sh > bestShared) {
			best, bestD, bestShared = c, d, sh
		}
	}
	return best, bestD
}

// shared counts the characters of a that also occur in b.
func shared(a, b string) int {
	n := 0
	for _, r := range a {
		if strings.ContainsRune(b, r) {
			n++
		}
	}
	return n
}

// snapNation maps a reading to one of the 56 names. ok is false when the
// reading is too far from any name to trust the guess: one slip is
// forgiven only in names of three or more characters.
func snapNation(s string) (string, bool) {
	s = strings.TrimSuffix(han(s), "族")
	if s == "" {
		return "", false
	}
	name, d := nearest(s, idcard.Nations())
	return name, d == 0 || (d == 1 && len([]rune(name)) >= 3)
}

// isNation reports whether a reading is one of the 56 names as it stands,
// with or without 族.
func isNation(s string) bool {
	_, d := nearest(strings.TrimSuffix(han(s), "族"), idcard.Nations())
	return d == 0
}

// isSex reports whether a reading is exactly 男 or 女.
func isSex(s string) bool {
	s = han(s)
	return s == "男" || s == "女"
}

// nationChars is every character of the 56 names, the whitelist for the
// nation region.
func nationChars() string {
	seen := map[rune]bool{}
	var b strings.Builder
	for _, n := range idcard.Nations() {
		for _, r := range n {
			if !seen[r] {
				seen[r] = true
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// snapProvince replaces the address's first characters with the nearest
// province name when they are one character off it. ok is false when no
// province is near.
func snapProvince(addr string) (string, bool) {
	r := []rune(addr)
	best, bestD, bestLen := "", 99, 0
	for _, p := range idcard.Provinces() {
		n := len([]rune(p))
		if len(r) < n {
			continue
		}
		if d := distance(string(r[:n]), p); d < bestD {
			best, bestD, bestLen = p, d, n
		}
	}
	if bestD > 1 || (bestD == 1 && bestLen < 3 && !provinceSuffix(r, bestLen)) {
		return addr, false
	}
	return best + string(r[bestLen:]), true
}

// provinceSuffix reports whether the characters after a two-character
// guess are 省, 市 or the start of 自治区, which makes a one-character
// slip in the name itself believable.
func provinceSuffix(r []rune, n int) bool {
	return len(r) > n && strings.ContainsRune("省市自", r[n])
}

// han keeps the Chinese characters of s, dropping spaces and the stray
// punctuation Tesseract sees in background patterns.
func han(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return r
		}
		return -1
	}, s)
}

// hanOrDigit keeps Chinese characters, ASCII digits and letters, which is
// what an address is written in.
func hanOrDigit(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) || (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') {
			return r
		}
		return -1
	}, s)
}
