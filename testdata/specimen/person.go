package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"kycreview/idcard"
	"kycreview/ocr/specimen"
)

// person is one invented card holder, in the form truth.json keeps.
type person = specimen.Card

// newPerson invents a holder whose fields agree with each other: the
// number encodes the birth date and sex, the validity span follows the
// age at issue as the law sets it.
func newPerson(r *rand.Rand) person {
	p := person{Name: inventName(r), Sex: "男"}
	if r.IntN(2) == 0 {
		p.Sex = "女"
	}
	p.Nation = pickNation(r)

	birth := randomDate(r, 1950, 2012)
	p.Year, p.Month, p.Day = fmt.Sprint(birth.Year()), fmt.Sprint(int(birth.Month())), fmt.Sprint(birth.Day())

	pl := places[r.IntN(len(places))]
	p.Address = inventAddress(r, pl)
	p.Number = inventNumber(r, pl.code, birth, p.Sex)
	p.Authority = pl.police + "公安局" + strings.TrimSuffix(strings.TrimSuffix(pl.district, "区"), "新") + "分局"
	p.Timelimit = inventTimelimit(r, birth)
	return p
}

func inventName(r *rand.Rand) string {
	n := 1 + r.IntN(2)
	name := []rune{surnames[r.IntN(len(surnames))]}
	for range n {
		name = append(name, givenChars[r.IntN(len(givenChars))])
	}
	return string(name)
}

// pickNation favours 汉 as the population does, so most cards are typical
// while the rarer names still appear.
func pickNation(r *rand.Rand) string {
	all := idcard.Nations()
	if r.IntN(2) == 0 {
		return all[0]
	}
	return all[r.IntN(len(all))]
}

func randomDate(r *rand.Rand, fromYear, toYear int) time.Time {
	from := time.Date(fromYear, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(toYear, 12, 31, 0, 0, 0, 0, time.UTC)
	days := int(to.Sub(from).Hours() / 24)
	return from.AddDate(0, 0, r.IntN(days+1))
}

func inventAddress(r *rand.Rand, pl place) string {
	addr := pl.province + pl.city + pl.district + streets[r.IntN(len(streets))]
	addr += fmt.Sprintf("%d号", 1+r.IntN(300))
	if r.IntN(2) == 0 {
		addr += fmt.Sprintf("%d幢%d单元%d室", 1+r.IntN(30), 1+r.IntN(6), 101+r.IntN(20)*100+r.IntN(4))
	}
	return addr
}

// inventNumber builds region + birth date + sequence + check char; the
// sequence's last digit is odd for men and even for women.
func inventNumber(r *rand.Rand, region string, birth time.Time, sex string) string {
	seq := r.IntN(100)*10 + 2*r.IntN(5)
	if sex == "男" {
		seq++
	}
	body := fmt.Sprintf("%s%s%03d", region, birth.Format("20060102"), seq)
	return body + string(checkChar(body))
}

// checkChar is the ISO 7064 MOD 11-2 character over the first 17 digits.
func checkChar(body string) byte {
	sum := 0
	for _, c := range body {
		sum = (sum + int(c-'0')) * 2 % 11
	}
	return "10X98765432"[sum%11]
}

// inventTimelimit issues the card at an age of at least 5; the span is
// 5, 10 or 20 years, or 长期 from 46 on.
func inventTimelimit(r *rand.Rand, birth time.Time) string {
	now := time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	first := birth.AddDate(5, 0, 0)
	if first.Before(now.AddDate(-19, 0, 0)) {
		first = now.AddDate(-19, 0, 0)
	}
	issued := first.AddDate(0, 0, r.IntN(int(now.Sub(first).Hours()/24)+1))

	age := issued.Year() - birth.Year()
	start := issued.Format("2006.01.02")
	switch {
	case age < 16:
		return start + "-" + issued.AddDate(5, 0, 0).Format("2006.01.02")
	case age <= 25:
		return start + "-" + issued.AddDate(10, 0, 0).Format("2006.01.02")
	case age <= 45:
		return start + "-" + issued.AddDate(20, 0, 0).Format("2006.01.02")
	}
	return start + "-长期"
}
