package idcard

import "strings"

// place is an administrative name found at the start of an address or an
// authority, with every code that ever bore it (朝阳区 is in two provinces).
type place struct {
	name  string
	codes []string
}

// places splits the administrative opening of s into names the region
// table knows, taking the longest name at each step: 江苏省苏州市岔河镇...
// gives 江苏省 and 苏州市. It stops at the first text it does not know, and
// after three names, since towns and streets are not in GB/T 2260.
func places(s string) []place {
	t := regions()
	var ps []place
	rest := []rune(normalize(s))
	for len(ps) < 3 {
		p, n := t.longestPrefix(rest)
		if n == 0 {
			break
		}
		ps = append(ps, p)
		rest = rest[n:]
	}
	return ps
}

// longestPrefix finds the longest known name that s begins with.
func (t *regionTable) longestPrefix(s []rune) (place, int) {
	for n := min(len(s), t.longest); n >= 2; n-- {
		if codes, ok := t.byName[string(s[:n])]; ok {
			return place{string(s[:n]), codes}, n
		}
	}
	return place{}, 0
}

// isProvince reports whether p names a province-level division.
func (p place) isProvince() bool {
	for _, c := range p.codes {
		if strings.HasSuffix(c, "0000") {
			return true
		}
	}
	return false
}

// scope is how far down a code names a place: the province for a province
// code, the prefecture (city) for anything below it.
func scope(code string) string {
	if strings.HasSuffix(code, "0000") {
		return code[:2]
	}
	return code[:4]
}

// related reports whether some code in a and some code in b lie in the same
// prefecture, or one is the province holding the other.
func related(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			sx, sy := scope(x), scope(y)
			if strings.HasPrefix(sx, sy) || strings.HasPrefix(sy, sx) {
				return true
			}
		}
	}
	return false
}

// codesOf gathers the codes of several places.
func codesOf(ps []place) []string {
	var codes []string
	for _, p := range ps {
		codes = append(codes, p.codes...)
	}
	return codes
}
