package idcard

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Number is a citizen identity number (公民身份号码) as GB 11643-1999 lays
// it out: region code, birth date, sequence and check character.
type Number struct {
	Value    string    // the 18-character form; the check character X in upper case
	Upgraded bool      // Value was computed from a 15-digit legacy number
	Region   string    // the GB/T 2260 code of the first registration
	Birth    time.Time // midnight UTC
	Male     bool      // the sequence (17th digit) is odd
}

// ParseNumber reads an 18-character number, or a 15-digit legacy one which it
// upgrades to 18. It fails on a wrong length or character, a wrong check
// character, a province prefix outside 11-82 or a birth date that does not
// exist or falls before 1900. Whether the region code is known, and whether
// the birth date is in the future, are for Check to judge.
func ParseNumber(s string) (Number, error) {
	v, upgraded, err := canonical(s)
	if err != nil {
		return Number{}, err
	}
	if err := verifyCheck(v); err != nil {
		return Number{}, err
	}
	if err := verifyPrefix(v); err != nil {
		return Number{}, err
	}
	birth, err := birthIn(v)
	if err != nil {
		return Number{}, err
	}
	return Number{Value: v, Upgraded: upgraded, Region: v[:6], Birth: birth, Male: isMale(v)}, nil
}

// canonical returns the 18-character form of s, upgrading a 15-digit number
// by writing its two-digit year in full and adding the check character.
func canonical(s string) (v string, upgraded bool, err error) {
	s = normalize(s)
	if n := utf8.RuneCountInString(s); n != 15 && n != 18 {
		return "", false, errorf("number_length",
			"号码应为 18 位（旧版 15 位），实为 %d 位",
			"number should have 18 characters (15 when legacy), found %d", n)
	}
	if err := verifyChars(s); err != nil {
		return "", false, err
	}
	if len(s) == 15 {
		body := s[:6] + "19" + s[6:]
		return body + string(checkChar(body)), true, nil
	}
	if s[17] == 'x' {
		s = s[:17] + "X"
	}
	return s, false, nil
}

// verifyChars wants digits throughout, except an X (or x) as the 18th.
func verifyChars(s string) error {
	for i, r := range []rune(s) {
		if r >= '0' && r <= '9' || i == 17 && (r == 'X' || r == 'x') {
			continue
		}
		return errorf("number_chars",
			"号码第 %d 位“%c”不是数字", "character %d of the number is %q, not a digit", i+1, r)
	}
	return nil
}

// checkChar computes the ISO 7064 MOD 11-2 check character of GB 11643 for
// the first 17 digits. Counting the check character as position 1 from the
// right, position i weighs 2^(i-1) mod 11, and the check character makes
// the weighted sum come to 1 mod 11; a value of 10 is written X.
func checkChar(body string) byte {
	sum, weight := 0, 2
	for i := len(body) - 1; i >= 0; i-- {
		sum += int(body[i]-'0') * weight
		weight = weight * 2 % 11
	}
	c := (12 - sum%11) % 11
	if c == 10 {
		return 'X'
	}
	return byte('0' + c)
}

func verifyCheck(v string) error {
	if want := checkChar(v[:17]); v[17] != want {
		return errorf("number_checksum",
			"校验位应为 %c，实为 %c", "check character should be %c, found %c", want, v[17])
	}
	return nil
}

// verifyPrefix applies the structural rule: the first two digits name a
// province-level division, and those run from 11 (Beijing) to 82 (Macao).
func verifyPrefix(v string) error {
	if p := atoi(v[:2]); p < 11 || p > 82 {
		return errorf("number_region_prefix",
			"地区码前两位 %s 不是省级代码（应在 11–82 之间）",
			"region code starts with %s, not a province code (11-82)", v[:2])
	}
	return nil
}

// birthIn reads digits 7-14, which must be a real date no earlier than 1900.
func birthIn(v string) (time.Time, error) {
	y, m, d := atoi(v[6:10]), atoi(v[10:12]), atoi(v[12:14])
	t, ok := day(y, m, d)
	if !ok {
		return time.Time{}, errorf("number_birth_date",
			"号码中的出生日期 %s 不存在", "birth date %s in the number does not exist", dashed(v[6:14]))
	}
	if y < 1900 {
		return time.Time{}, errorf("number_birth_date",
			"号码中的出生日期 %s 早于 1900 年", "birth date %s in the number is before 1900", dashed(v[6:14]))
	}
	return t, nil
}

// dashed writes the eight digits YYYYMMDD as YYYY-MM-DD.
func dashed(ymd string) string { return fmt.Sprintf("%s-%s-%s", ymd[:4], ymd[4:6], ymd[6:]) }

func isMale(v string) bool { return (v[16]-'0')%2 == 1 }
