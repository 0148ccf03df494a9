package local

import (
	"strconv"
	"strings"
	"time"

	"kycreview/ocr"
)

// readFront turns the front's readings into fields, cross-checking the
// birth date and sex against the number, which carries both and has a
// check character to vouch for it.
func readFront(reads map[string]*reading) (ocr.Info, verdict) {
	v := newVerdict([]string{ocr.FieldName, ocr.FieldSex, ocr.FieldNation, ocr.FieldBirthday, ocr.FieldAddress, ocr.FieldNumber})
	var info ocr.Info

	birth := birthDigits(reads[ocr.FieldBirthday])
	info.Number = readNumber(reads[ocr.FieldNumber], birth, v)
	info.Year, info.Month, info.Day = readBirth(reads[ocr.FieldBirthday], birth, info.Number, v)
	info.Sex = readSex(reads[ocr.FieldSex], info.Number, v)
	info.Nation = readNation(reads[ocr.FieldNation], v)
	info.Name = readName(reads[ocr.FieldName], v)
	info.Address = readAddress(reads[ocr.FieldAddress], v)
	return info, v
}

func readName(rd *reading, v verdict) string {
	v.confident(ocr.FieldName, rd)
	// Minority names join their parts with a middle dot.
	name := strings.Map(func(r rune) rune {
		if r == '·' || r == '•' {
			return '·'
		}
		return r
	}, rd.Text)
	name = strings.Trim(keepHanDot(name), "·")
	if n := len([]rune(name)); n < 2 || n > 15 {
		v.flag(ocr.FieldName, whyNameLen)
	}
	return name
}

func keepHanDot(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '·' || han(string(r)) != "" {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readNumber keeps digits and X. A number failing its check whose birth
// digits differ from a confidently read birth row in one place is
// repaired from that row when the repair makes the check pass.
func readNumber(rd *reading, birth string, v verdict) string {
	v.confident(ocr.FieldNumber, rd)
	n := strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || r == 'X' || r == 'x' {
			return r
		}
		return -1
	}, strings.ToUpper(rd.Text))

	if len(n) != 18 {
		v.flag(ocr.FieldNumber, whyLength)
		return n
	}
	if validNumber(n) {
		return n
	}
	if fixed := n[:6] + birth + n[14:]; len(birth) == 8 && validNumber(fixed) && distance(n[6:14], birth) == 1 {
		v.flag(ocr.FieldNumber, whyLowConf)
		return fixed
	}
	v.flag(ocr.FieldNumber, whyCheck)
	return n
}

// birthDigits reads the birth row as YYYYMMDD, splitting its digits by
// where they sit: the year, month and day columns are fixed on the card.
// It returns "" when the row does not make a date.
func birthDigits(rd *reading) string {
	if rd == nil {
		return ""
	}
	var year, month, day string
	for _, w := range rd.Words {
		mm := rd.at.x0 + float64(w.Left-pad)/pxPerMM
		switch {
		case mm < monthFrom-1:
			year += w.Text
		case mm < dayFrom-1:
			month += w.Text
		default:
			day += w.Text
		}
	}
	if d := dateDigits(year, month, day); d != "" {
		return d
	}
	// The digits ran together into one word: split them by count.
	return splitDate(year + month + day)
}

// splitDate reads YYYYMMDD, or YYYYMDD / YYYYMMD / YYYYMD where month or
// day has one digit, taking the split only when just one makes a date.
func splitDate(s string) string {
	var found []string
	for m := 1; m <= 2; m++ {
		if len(s) <= 4+m {
			continue
		}
		if d := dateDigits(s[:4], s[4:4+m], s[4+m:]); d != "" && len(s)-4-m <= 2 {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// dateDigits checks year, month and day make a real date and writes it
// as YYYYMMDD, or "" when they do not.
func dateDigits(year, month, day string) string {
	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || len(year) != 4 || y < 1900 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) || t.Day() != d {
		return ""
	}
	return t.Format("20060102")
}

// readBirth prefers the printed row; a valid number overrules it when
// they differ, as its check character vouches for its digits. A row that
// agrees with a valid number is trusted whatever Tesseract's confidence
// (it reports 0 for many whitelisted digit lines).
func readBirth(rd *reading, birth, number string, v verdict) (string, string, string) {
	fromNumber := ""
	if validNumber(number) {
		fromNumber = dateDigits(number[6:10], number[10:12], number[12:14])
	}

	switch {
	case fromNumber != "" && birth != fromNumber:
		v.flag(ocr.FieldBirthday, whyFromNum)
		birth = fromNumber
	case birth == "":
		v.flag(ocr.FieldBirthday, whyDate)
		return "", "", ""
	case fromNumber == "":
		v.confident(ocr.FieldBirthday, rd)
	}
	m, _ := strconv.Atoi(birth[4:6])
	d, _ := strconv.Atoi(birth[6:8])
	return birth[:4], strconv.Itoa(m), strconv.Itoa(d)
}

// readSex takes 男 or 女 as printed; the number's 17th digit (odd for men)
// fills a blank and flags a disagreement.
func readSex(rd *reading, number string, v verdict) string {
	v.confident(ocr.FieldSex, rd)
	sex := ""
	switch {
	case strings.Contains(rd.Text, "男"):
		sex = "男"
	case strings.Contains(rd.Text, "女"):
		sex = "女"
	}
	if !validNumber(number) {
		return sex
	}

	fromNumber := "女"
	if (number[16]-'0')%2 == 1 {
		fromNumber = "男"
	}
	switch {
	case sex == "":
		v.flag(ocr.FieldSex, whySexFromNo)
		return fromNumber
	case sex != fromNumber:
		v.flag(ocr.FieldSex, whySexNum)
	}
	return sex
}

func readNation(rd *reading, v verdict) string {
	v.confident(ocr.FieldNation, rd)
	nation, ok := snapNation(rd.Text)
	if !ok {
		v.flag(ocr.FieldNation, whyNation)
	}
	return nation
}

func readAddress(rd *reading, v verdict) string {
	v.confident(ocr.FieldAddress, rd)
	addr, ok := snapProvince(hanOrDigit(rd.Text))
	if !ok {
		v.flag(ocr.FieldAddress, whyProvince)
	}
	return addr
}
