package idcard

import (
	"strings"
	"unicode"
)

// name wants at least two Chinese characters; minority names join their
// parts with a middle dot. Anything else is likely an OCR slip, so a warning.
func (r *review) name() {
	n := normalize(r.card.Name)
	if n == "" || isName(n) {
		return
	}
	r.add(FieldName, Warning, "name_chars",
		"姓名“%s”应为至少两个汉字（少数民族姓名可含间隔号 ·）",
		"name %q should be at least two Chinese characters (a middle dot · may join parts)", clip(n))
}

func isName(n string) bool {
	han, afterDot := 0, true // true at the start: no leading dot
	for _, c := range n {
		switch {
		case unicode.Is(unicode.Han, c):
			han++
			afterDot = false
		case isMiddleDot(c) && !afterDot:
			afterDot = true
		default:
			return false
		}
	}
	return han >= 2 && !afterDot
}

// isMiddleDot accepts the card's · and the look-alikes OCR returns for it.
func isMiddleDot(c rune) bool {
	return c == '·' || c == '•' || c == '・' || c == '‧'
}

// sex must be 男 or 女 and agree with the parity of the 17th digit.
func (r *review) sex() {
	s := normalize(r.card.Sex)
	if s == "" {
		return
	}
	if s != "男" && s != "女" {
		r.add(FieldSex, Error, "sex_value", "性别应为“男”或“女”，实为“%s”",
			"sex should be 男 or 女, found %q", clip(s))
		return
	}
	if r.num == nil {
		return
	}
	want, parityZH, parityEN := "女", "偶", "even"
	if r.num.Male {
		want, parityZH, parityEN = "男", "奇", "odd"
	}
	if s != want {
		r.add(FieldSex, Error, "sex_mismatch",
			"号码第 17 位 %[1]c 为%[2]s数，性别应为%[4]s，实为%[5]s",
			"the 17th digit %[1]c is %[3]s, so sex should be %[4]s, found %[5]s",
			r.num.Value[16], parityZH, parityEN, want, s)
	}
}

// nation must be one of the 56 names exactly as printed, which is without 族.
func (r *review) nation() {
	n := normalize(r.card.Nation)
	if n == "" || IsNation(n) {
		return
	}
	if base, ok := strings.CutSuffix(n, "族"); ok && IsNation(base) {
		r.add(FieldNation, Error, "nation_suffix", "民族应印作“%s”，去掉“族”字，实为“%s”",
			"nation should be printed as %s (drop 族), found %s", base, n)
		return
	}
	r.add(FieldNation, Error, "nation_unknown", "“%s”不是 56 个民族名称之一",
		"%q is not one of the 56 nation names", clip(n))
}

// birthday must read as a date, be plausible, and equal digits 7-14 of
// the number.
func (r *review) birthday() {
	if normalize(r.card.Birthday) == "" {
		return
	}
	b, err := ParseBirthday(r.card.Birthday)
	if err != nil {
		r.addErr(FieldBirthday, err)
		return
	}
	shown := b.Format("2006-01-02")
	if b.After(r.today) || b.Year() < 1900 {
		r.add(FieldBirthday, Error, "birthday_range", "出生日期 %s 不在 1900 年至今天之间",
			"birth date %s is not between 1900 and today", shown)
		return
	}
	if r.num != nil && !r.num.Birth.IsZero() && !b.Equal(r.num.Birth) {
		r.add(FieldBirthday, Error, "birthday_mismatch", "出生日期应为 %s（号码第 7–14 位），实为 %s",
			"birth date should be %s (digits 7-14 of the number), found %s",
			r.num.Birth.Format("2006-01-02"), shown)
	}
	if r.birth.IsZero() {
		r.birth = b
	}
}
