package review

import (
	"fmt"
	"strings"

	"kycreview/idcard"
)

// photoFlags judges the photos themselves: one picture used for both
// sides, a picture too small to read.
func photoFlags(r *Record) []Flag {
	var out []Flag
	if r.FrontSHA == r.BackSHA {
		out = append(out, Flag{Level: idcard.Error, Code: "same_photo_both_sides",
			ZH: "人像面和国徽面是同一张照片", EN: "The same photo was uploaded for both sides"})
	}

	for _, p := range []struct {
		facts PhotoFacts
		label [2]string
	}{{r.Front, FrontLabel}, {r.Back, BackLabel}} {
		if p.facts.Width > 0 && p.facts.Width < MinPhotoWidth {
			out = append(out, Flag{Level: idcard.Warning, Code: "photo_too_small",
				ZH: fmt.Sprintf("%s照片宽 %d 像素，小于 %d，可能无法辨认", p.label[0], p.facts.Width, MinPhotoWidth),
				EN: fmt.Sprintf("The %s photo is %d px wide, under %d: it may be unreadable",
					p.label[1], p.facts.Width, MinPhotoWidth)})
		}
	}
	return out
}

// duplicateFlags names the other records sharing the number or a photo. A
// number rejected before is an error; any other repeat is a warning.
func duplicateFlags(r *Record) []Flag {
	byKind := map[string][]Duplicate{}
	for _, d := range r.Duplicates {
		byKind[d.Kind] = append(byKind[d.Kind], d)
	}

	var out []Flag
	if dups := byKind[DupNumber]; len(dups) > 0 {
		out = append(out, numberFlag(dups))
	}
	if dups := byKind[DupSamePhoto]; len(dups) > 0 {
		out = append(out, Flag{Level: idcard.Warning, Code: "duplicate_photo", Records: ids(dups),
			ZH: "同一张照片已用于其他记录：" + refs(dups, 0),
			EN: "The same photo is in other records: " + refs(dups, 1)})
	}
	if dups := byKind[DupSimilarPhoto]; len(dups) > 0 {
		out = append(out, Flag{Level: idcard.Warning, Code: "similar_photo", Records: ids(dups),
			ZH: "与其他记录的照片几乎相同：" + refs(dups, 0),
			EN: "A photo nearly identical to other records': " + refs(dups, 1)})
	}
	return out
}

func numberFlag(dups []Duplicate) Flag {
	f := Flag{Field: "number", Level: idcard.Warning, Code: "duplicate_number", Records: ids(dups),
		ZH: "该号码已出现在其他记录：" + refs(dups, 0), EN: "This number is in other records: " + refs(dups, 1)}
	for _, d := range dups {
		if d.Status == StatusRejected {
			f.Level, f.Code = idcard.Error, "number_rejected_before"
			f.ZH = "该号码曾被拒绝：" + refs(dups, 0)
			f.EN = "This number was rejected before: " + refs(dups, 1)
		}
	}
	return f
}

func ids(dups []Duplicate) []int64 {
	out := make([]int64, len(dups))
	for i, d := range dups {
		out[i] = d.RecordID
	}
	return out
}

// refs names the records in one language: 0 Chinese, 1 English.
func refs(dups []Duplicate, lang int) string {
	parts := make([]string, len(dups))
	for i, d := range dups {
		zh, en := d.Status.Names()
		parts[i] = fmt.Sprintf("#%d（%s）", d.RecordID, zh)
		if lang == 1 {
			parts[i] = fmt.Sprintf("#%d (%s)", d.RecordID, en)
		}
	}
	sep := "、"
	if lang == 1 {
		sep = ", "
	}
	return strings.Join(parts, sep)
}
