package idcard

import (
	"cmp"
	"slices"
)

// validity judges the period against today and against the holder's age
// when the card was issued.
func (r *review) validity() {
	if normalize(r.card.Timelimit) == "" {
		return
	}
	v, err := ParseValidity(r.card.Timelimit)
	if err != nil {
		r.addErr(FieldTimelimit, err)
		return
	}
	if v.Start.After(r.today) {
		r.add(FieldTimelimit, Error, "validity_start_future", "有效期起始日 %s 晚于今天",
			"validity starts on %s, in the future", dotted(v.Start))
	}
	if !r.birth.IsZero() && v.Start.Before(r.birth) {
		r.add(FieldTimelimit, Error, "validity_before_birth", "有效期起始日 %s 早于出生日期 %s",
			"validity starts on %s, before the birth date %s", dotted(v.Start), dotted(r.birth))
		return
	}
	r.term(v)
	r.expiry(v)
}

// term checks the length of the period: N years to the day, with N set by
// the holder's age at issue when the birth date is known.
func (r *review) term(v Validity) {
	years := v.End.Year() - v.Start.Year()
	if r.birth.IsZero() {
		r.termWithoutAge(v, years)
		r.endDay(v, years)
		return
	}
	age := ageAt(r.birth, v.Start)
	want := termFor(age)
	switch {
	case v.LongTerm && want != 0:
		r.add(FieldTimelimit, Error, "validity_term",
			"签发时 %d 周岁，有效期应为 %d 年，不应为长期",
			"holder was %d at issue, so the term should be %d years, not 长期", age, want)
	case !v.LongTerm && want == 0:
		r.add(FieldTimelimit, Error, "validity_term",
			"签发时 %d 周岁，有效期应为长期，实为 %d 年",
			"holder was %d at issue, so the term should be 长期, found %d years", age, years)
	case !v.LongTerm && years != want:
		r.add(FieldTimelimit, Error, "validity_term",
			"签发时 %d 周岁，有效期应为 %d 年，实为 %d 年",
			"holder was %d at issue, so the term should be %d years, found %d", age, want, years)
	}
	r.endDay(v, cmp.Or(want, years))
}

// endDay wants the end on the start's month and day; n, the term the end
// should be, only shapes the reason. A wrong count of years is for term.
func (r *review) endDay(v Validity, n int) {
	if v.LongTerm || onAnniversary(v.Start, v.End) {
		return
	}
	r.add(FieldTimelimit, Error, "validity_end",
		"截止日应为起始日加 %d 年的同月同日（%s），实为 %s",
		"end should be the start plus %d years on the same month and day (%s), found %s",
		n, dotted(v.Start.AddDate(n, 0, 0)), dotted(v.End))
}

// termWithoutAge can only ask for one of the lawful terms.
func (r *review) termWithoutAge(v Validity, years int) {
	if v.LongTerm || slices.Contains([]int{5, 10, 20}, years) {
		return
	}
	r.add(FieldTimelimit, Error, "validity_term",
		"有效期为 %d 年，应为 5、10、20 年或长期", "term of %d years is not 5, 10, 20 years or 长期", years)
}

// expiry flags a card past its end, or within 90 days of it. The card is
// valid through its end date.
func (r *review) expiry(v Validity) {
	if v.LongTerm {
		return
	}
	if v.End.Before(r.today) {
		r.add(FieldTimelimit, Error, "validity_expired", "证件已于 %s 过期",
			"card expired on %s", dotted(v.End))
		return
	}
	if left := int(v.End.Sub(r.today).Hours() / 24); left <= 90 {
		r.add(FieldTimelimit, Warning, "validity_expiring", "证件将于 %s 到期，还剩 %d 天",
			"card expires on %s, in %d days", dotted(v.End), left)
	}
}
