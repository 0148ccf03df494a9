package review

import (
	"time"

	"kycreview/idcard"
)

// Flag is one reason to look twice at a field, from the OCR engine or from
// our own checks.
type Flag struct {
	Field  string // "" for the record as a whole
	Level  idcard.Level
	Code   string
	ZH, EN string
	// Records are other records the flag refers to, such as duplicates.
	Records []int64
}

// Assessment is the verdict on every field of a record.
type Assessment struct {
	Flags []Flag
	// Untrusted counts fields the OCR engine flagged false.
	Untrusted int
}

// Level is the worst level of the field's flags.
func (a Assessment) Level(field string) idcard.Level {
	worst := idcard.OK
	for _, f := range a.Flags {
		if f.Field == field && f.Level > worst {
			worst = f.Level
		}
	}
	return worst
}

// Count returns how many flags have the level.
func (a Assessment) Count(l idcard.Level) int {
	n := 0
	for _, f := range a.Flags {
		if f.Level == l {
			n++
		}
	}
	return n
}

// For returns the flags of one field.
func (a Assessment) For(field string) []Flag {
	var out []Flag
	for _, f := range a.Flags {
		if f.Field == field {
			out = append(out, f)
		}
	}
	return out
}

// Assess combines the engine's validity flags with the card rules. An
// untrusted field is an error: the guide says so of any false flag.
func Assess(r *Record, today time.Time) Assessment {
	var a Assessment
	for _, f := range r.Fields {
		if f.Trusted != nil && !*f.Trusted && f.Value == nil {
			a.Untrusted++
			a.Flags = append(a.Flags, Flag{Field: f.Name, Level: idcard.Error, Code: "ocr_untrusted",
				ZH: reasonPart(f.OCRReason, 0), EN: reasonPart(f.OCRReason, 1)})
		}
	}

	for _, f := range idcard.Check(cardOf(r), today) {
		a.Flags = append(a.Flags, Flag{Field: f.Field, Level: f.Level, Code: f.Code, ZH: f.ZH, EN: f.EN})
	}

	for _, slot := range r.SideMismatch() {
		a.Flags = append(a.Flags, mismatchFlag(slot))
	}
	a.Flags = append(a.Flags, photoFlags(r)...)
	a.Flags = append(a.Flags, duplicateFlags(r)...)
	return a
}

func cardOf(r *Record) idcard.Card {
	return idcard.Card{
		Name:      r.Field("name").Current(),
		Sex:       r.Field("sex").Current(),
		Nation:    r.Field("nation").Current(),
		Birthday:  r.Field("birthday").Current(),
		Address:   r.Field("address").Current(),
		Number:    r.Field("number").Current(),
		Authority: r.Field("authority").Current(),
		Timelimit: r.Field("timelimit").Current(),
	}
}
