package idcard

import (
	"strings"
	"time"
)

// day builds a calendar date at midnight UTC, reporting false when the date
// does not exist; time.Date alone would quietly roll Feb 30 into March.
func day(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// dateOf keeps only the calendar day of t, as seen where t was taken.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ageAt gives the completed years from birth to at. Someone born on Feb 29
// comes of age on Mar 1 in common years.
func ageAt(birth, at time.Time) int {
	age := at.Year() - birth.Year()
	if at.Month() < birth.Month() || at.Month() == birth.Month() && at.Day() < birth.Day() {
		age--
	}
	return age
}

// ParseBirthday reads the card's birth date in any of the forms staff and
// OCR produce: 1989-12-01, 1989.12.01, 1989/12/01, 19891201 or 1989年12月1日,
// with or without leading zeros on month and day. It checks only that the
// date exists; whether it is plausible is for Check to judge.
func ParseBirthday(s string) (time.Time, error) {
	s = normalize(s)
	if t, ok := parseDate(s); ok {
		return t, nil
	}
	return time.Time{}, errorf("birthday_format",
		"出生日期“%s”无法识别，应如 1989-12-01", "birth date %q is not a date such as 1989-12-01", clip(s))
}

func parseDate(s string) (time.Time, bool) {
	if strings.Contains(s, "年") {
		return parseHanDate(s)
	}
	if len(s) == 8 && isDigits(s) {
		return day(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	}
	for _, sep := range []string{"-", ".", "/"} {
		if p := strings.Split(s, sep); len(p) == 3 {
			return dateParts(p[0], p[1], p[2])
		}
	}
	return time.Time{}, false
}

// parseHanDate reads 1989年12月1日; the closing 日 is often lost by OCR.
func parseHanDate(s string) (time.Time, bool) {
	y, rest, ok1 := strings.Cut(s, "年")
	m, d, ok2 := strings.Cut(rest, "月")
	if !ok1 || !ok2 {
		return time.Time{}, false
	}
	return dateParts(y, m, strings.TrimSuffix(d, "日"))
}

// dateParts takes a four-digit year and a month and day of one or two digits.
func dateParts(y, m, d string) (time.Time, bool) {
	if len(y) != 4 || !isDigits(y) || !shortNumber(m) || !shortNumber(d) {
		return time.Time{}, false
	}
	return day(atoi(y), atoi(m), atoi(d))
}

func shortNumber(s string) bool { return len(s) <= 2 && isDigits(s) }
