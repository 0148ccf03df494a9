package idcard

import "strings"

// address compares the province, and the city where the region table can
// tell, with the number's region code. People move after their number is
// given, so a mismatch is only a warning.
func (r *review) address() {
	if r.num == nil || verifyPrefix(r.num.Value) != nil {
		return
	}
	ps := places(r.card.Address)
	code := r.num.Region
	province := regions().name(code[:2] + "0000")
	if len(ps) == 0 || province == "" {
		return
	}
	if ps[0].isProvince() {
		if !related(ps[0].codes, []string{code[:2] + "0000"}) {
			r.add(FieldAddress, Warning, "address_province",
				"地址在%[1]s，号码地区码 %[2]s 属%[3]s（迁移后常见）",
				"address is in %[1]s, but region code %[2]s belongs to %[3]s (common after a move)",
				ps[0].name, code, province)
			return
		}
		ps = ps[1:]
	}
	r.addressCity(ps, code)
}

// addressCity compares the places after the province with the region code.
// Municipalities and codes without a city in the table cannot be told apart.
func (r *review) addressCity(ps []place, code string) {
	t := regions()
	city := t.name(code[:4] + "00")
	if len(ps) == 0 || city == "" || code[2:4] == "00" || related(codesOf(ps), []string{code}) {
		return
	}
	zh, en := city, city
	if county := t.name(code); county != "" && county != city {
		zh, en = city+county, county+" in "+city
	}
	r.add(FieldAddress, Warning, "address_city",
		"地址写%[1]s，号码地区码 %[2]s 为%[3]s（迁移后常见）",
		"address names %[1]s, but region code %[2]s is %[4]s (common after a move)",
		ps[0].name, code, zh, en)
}

// authority must be a public security bureau or one of its branches, and
// lie in the city the address names.
func (r *review) authority() {
	a := normalize(r.card.Authority)
	if a == "" {
		return
	}
	if !strings.HasSuffix(a, "公安局") && !strings.HasSuffix(a, "分局") {
		r.add(FieldAuthority, Error, "authority_suffix",
			"签发机关“%s”应以“公安局”或“分局”结尾", "issuing authority %q should end in 公安局 or 分局", clip(a))
		return
	}
	r.authorityCity(a)
}

// authorityCity takes the most specific place the authority names (邳州市 in
// 邳州市公安局) and the places of the address below its province.
func (r *review) authorityCity(a string) {
	ap, addr := places(a), places(r.card.Address)
	if len(addr) > 1 && addr[0].isProvince() {
		addr = addr[1:]
	}
	if len(ap) == 0 || len(addr) == 0 {
		return
	}
	last := ap[len(ap)-1]
	if related(last.codes, codesOf(addr)) {
		return
	}
	r.add(FieldAuthority, Warning, "authority_city",
		"签发机关在%s，地址却写%s", "issuing authority is in %s, but the address names %s",
		last.name, addr[0].name)
}
