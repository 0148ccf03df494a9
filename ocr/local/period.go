package local

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// longTerm is how the card writes a period without end (age 46 and up).
const longTerm = "长期"

var periodDigits = regexp.MustCompile(`^(\d{8})(\d{8}|长期)$`)

// normalisePeriod turns a reading of the validity period into
// YYYY.MM.DD-YYYY.MM.DD or YYYY.MM.DD-长期. It accepts dots or none, and a
// half-read 长期 (one of its two characters). ok is false when the
// reading cannot be put in that form or names an impossible date.
func normalisePeriod(s string) (string, bool) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r == '长' || r == '期':
			return r
		}
		return -1
	}, s)
	if strings.ContainsAny(s, "长期") {
		s = strings.TrimRight(s, "长期") + longTerm
	}

	m := periodDigits.FindStringSubmatch(s)
	if m == nil {
		return s, false
	}
	from, ok := parseDate(m[1])
	if !ok {
		return s, false
	}
	if m[2] == longTerm {
		return from.Format("2006.01.02") + "-" + longTerm, true
	}
	to, ok := parseDate(m[2])
	return from.Format("2006.01.02") + "-" + to.Format("2006.01.02"), ok
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse("20060102", s)
	return t, err == nil && t.Year() >= 1900
}

// periodSpanOK checks the law's spans: 5, 10 or 20 years to the day, or
// 长期. A normalised period that fails this was probably misread.
func periodSpanOK(p string) bool {
	from, to, ok := strings.Cut(p, "-")
	if !ok {
		return false
	}
	if to == longTerm {
		return true
	}
	f, err1 := time.Parse("2006.01.02", from)
	t, err2 := time.Parse("2006.01.02", to)
	if err1 != nil || err2 != nil {
		return false
	}
	for _, years := range []int{5, 10, 20} {
		if f.AddDate(years, 0, 0).Equal(t) || sameDayLater(f, t, years) {
			return true
		}
	}
	return false
}

// sameDayLater allows a period from 29 February, which AddDate moves
// to 1 March.
func sameDayLater(f, t time.Time, years int) bool {
	return t.Year() == f.Year()+years && fmt.Sprint(t.Month(), t.Day()) == fmt.Sprint(f.Month(), f.Day())
}
