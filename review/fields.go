package review

import (
	"fmt"
	"strconv"
	"strings"

	"kycreview/ocr"
)

// FieldsFromOCR turns the engines' readings of both sides into the
// record's fields. A side that was not read leaves its fields empty and
// untrusted, so the reviewer sees what is missing.
func FieldsFromOCR(front, back *ocr.Result) []Field {
	var fields []Field
	fields = append(fields, sideFields(front, ocr.FrontFields)...)
	fields = append(fields, sideFields(back, ocr.BackFields)...)
	return fields
}

func sideFields(res *ocr.Result, names []string) []Field {
	fields := make([]Field, 0, len(names))
	for _, name := range names {
		f := Field{Name: name}
		if res == nil {
			f.Trusted = ptr(false)
			f.OCRReason = "未识别到这一面 / This side was not read"
			fields = append(fields, f)
			continue
		}

		f.OCRValue = infoValue(res.Info, name)
		if ok, judged := res.Validity[name]; judged {
			f.Trusted = ptr(ok)
			if !ok {
				f.OCRReason = res.Reasons[name]
				if f.OCRReason == "" {
					f.OCRReason = "识别引擎认为不可信 / The OCR engine does not trust this field"
				}
			}
		}
		fields = append(fields, f)
	}
	return fields
}

func infoValue(in ocr.Info, name string) string {
	switch name {
	case ocr.FieldName:
		return strings.TrimSpace(in.Name)
	case ocr.FieldSex:
		return strings.TrimSpace(in.Sex)
	case ocr.FieldNation:
		return strings.TrimSpace(in.Nation)
	case ocr.FieldBirthday:
		return Birthday(in.Year, in.Month, in.Day)
	case ocr.FieldAddress:
		return strings.TrimSpace(in.Address)
	case ocr.FieldNumber:
		return strings.ToUpper(strings.TrimSpace(in.Number))
	case ocr.FieldAuthority:
		return strings.TrimSpace(in.Authority)
	case ocr.FieldTimelimit:
		return strings.TrimSpace(in.Timelimit)
	}
	return ""
}

// Birthday writes the guide's year, month and day as YYYY-MM-DD, keeping
// what was read as it is when a part is not a number.
func Birthday(year, month, day string) string {
	year, month, day = strings.TrimSpace(year), strings.TrimSpace(month), strings.TrimSpace(day)
	if year == "" && month == "" && day == "" {
		return ""
	}

	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil {
		return year + "-" + month + "-" + day
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func ptr[T any](v T) *T { return &v }

// reasonPart splits a "中文 / English" reason; a reason in one language
// serves as both.
func reasonPart(reason string, i int) string {
	parts := strings.SplitN(reason, " / ", 2)
	if len(parts) == 2 {
		return strings.TrimSpace(parts[i])
	}
	return reason
}
