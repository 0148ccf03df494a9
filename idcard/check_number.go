package idcard

// number judges the number on its own, and keeps what it could read of it
// for the other fields. A wrong check character does not stop the reading:
// comparing the birth date and sex still tells the reviewer where it went wrong.
func (r *review) number() {
	if normalize(r.card.Number) == "" {
		return
	}
	v, upgraded, err := canonical(r.card.Number)
	if err != nil {
		r.addErr(FieldNumber, err)
		return
	}
	if upgraded {
		r.add(FieldNumber, Warning, "number_legacy",
			"15 位旧号码，升级为 18 位：%s（现行证件印 18 位）",
			"legacy 15-digit number, upgraded to 18: %s (cards now print 18)", v)
	}
	if err := verifyCheck(v); err != nil {
		r.addErr(FieldNumber, err)
	}
	n := &Number{Value: v, Upgraded: upgraded, Region: v[:6], Male: isMale(v)}
	r.num = n
	r.birthInNumber(n)
	if err := verifyPrefix(v); err != nil {
		r.addErr(FieldNumber, err)
		return
	}
	r.region(n)
}

// birthInNumber reads the birth date in the number and takes it as the
// holder's when it is plausible.
func (r *review) birthInNumber(n *Number) {
	birth, err := birthIn(n.Value)
	if err != nil {
		r.addErr(FieldNumber, err)
		return
	}
	n.Birth = birth
	if birth.After(r.today) {
		r.add(FieldNumber, Error, "number_birth_future",
			"号码中的出生日期 %s 晚于今天", "birth date %s in the number is in the future",
			birth.Format("2006-01-02"))
		return
	}
	r.birth = birth
}

// region looks the region code up. An unknown code may be newer than the
// table (2020), so it is a warning; so is a code abolished before the
// holder was born, since numbers are given at or after birth.
func (r *review) region(n *Number) {
	reg, ok := LookupRegion(n.Region)
	if !ok {
		r.add(FieldNumber, Warning, "region_unknown",
			"地区码 %s 不在 1980–2020 年的 GB/T 2260 代码表中",
			"region code %s is not in the GB/T 2260 tables of 1980-2020", n.Region)
		return
	}
	if n.Birth.IsZero() || regions().inUseNow(reg) || reg.To >= n.Birth.Year() {
		return
	}
	r.add(FieldNumber, Warning, "region_abolished",
		"地区码 %s（%s）%d 年后停用，早于出生年份 %d",
		"region code %s (%s) was last used in %d, before the birth year %d",
		reg.Code, reg.Name, reg.To, n.Birth.Year())
}
