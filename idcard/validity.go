package idcard

import (
	"strings"
	"time"
)

// Validity is the card's period of validity (有效期限).
type Validity struct {
	Start, End time.Time // End is zero when LongTerm
	LongTerm   bool      // 长期: no end date
}

// ParseValidity reads the period as the back of the card prints it:
// 2016.05.14-2036.05.14, 20160514-20360514, or either start with -长期.
// OCR's long dashes, ~ and 至 are taken as the hyphen.
func ParseValidity(s string) (Validity, error) {
	s = normalize(s)
	bad := errorf("validity_format",
		"有效期限“%s”无法识别，应如 2016.05.14-2036.05.14 或 2016.05.14-长期",
		"validity %q is not a period such as 2016.05.14-2036.05.14 or 2016.05.14-长期", clip(s))
	first, second, ok := splitPeriod(s)
	if !ok {
		return Validity{}, bad
	}
	start, ok := validityDate(first)
	if !ok {
		return Validity{}, bad
	}
	if second == "长期" {
		return Validity{Start: start, LongTerm: true}, nil
	}
	end, ok := validityDate(second)
	if !ok {
		return Validity{}, bad
	}
	if !end.After(start) {
		return Validity{}, errorf("validity_order", "有效期截止日 %s 不晚于起始日 %s",
			"validity ends on %s, not after its start on %s", dotted(end), dotted(start))
	}
	return Validity{Start: start, End: end}, nil
}

// splitPeriod cuts s at its one separator.
func splitPeriod(s string) (first, second string, ok bool) {
	s = strings.NewReplacer("—", "-", "–", "-", "~", "-", "至", "-").Replace(s)
	first, second, ok = strings.Cut(s, "-")
	if !ok || strings.Contains(second, "-") {
		return "", "", false
	}
	return first, second, true
}

// validityDate reads 2016.05.14 (zeros optional) or 20160514.
func validityDate(s string) (time.Time, bool) {
	if len(s) == 8 && isDigits(s) {
		return day(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	}
	p := strings.Split(s, ".")
	if len(p) != 3 {
		return time.Time{}, false
	}
	return dateParts(p[0], p[1], p[2])
}

// termFor gives the term in years of a card issued at the given age, under
// the Resident Identity Card Law; 0 means 长期.
func termFor(age int) int {
	switch {
	case age < 16:
		return 5
	case age <= 25:
		return 10
	case age <= 45:
		return 20
	}
	return 0
}

// onAnniversary reports whether end falls on start's month and day, some
// years on. A term starting on Feb 29 may end on Feb 28 or Mar 1 (or Feb 29
// when the end year is a leap year too).
func onAnniversary(start, end time.Time) bool {
	if end.Month() == start.Month() && end.Day() == start.Day() {
		return true
	}
	if start.Month() != time.February || start.Day() != 29 {
		return false
	}
	return end.Month() == time.February && end.Day() == 28 ||
		end.Month() == time.March && end.Day() == 1
}

// dotted writes a date as the card's validity does: 2016.05.14.
func dotted(t time.Time) string { return t.Format("2006.01.02") }
