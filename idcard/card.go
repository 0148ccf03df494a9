package idcard

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Card holds the fields as read from both faces of the card. Birthday may
// be in any form ParseBirthday takes; Timelimit in any form ParseValidity takes.
type Card struct {
	Name, Sex, Nation, Birthday, Address, Number, Authority, Timelimit string
}

// Check judges every field of c and how the fields agree, as of today. It
// returns only warnings and errors, in the order of the card's face. Empty
// fields are not judged: the OCR layer reports what is missing.
func Check(c Card, today time.Time) []Finding {
	r := &review{card: c, today: dateOf(today)}
	// The number goes first: the other fields are compared with it.
	r.number()
	r.name()
	r.sex()
	r.nation()
	r.birthday()
	r.address()
	r.authority()
	r.validity()
	slices.SortStableFunc(r.found, func(a, b Finding) int {
		return slices.Index(fieldOrder, a.Field) - slices.Index(fieldOrder, b.Field)
	})
	return r.found
}

// review carries one Check through the fields.
type review struct {
	card  Card
	today time.Time
	num   *Number   // nil when the number is missing or unreadable
	birth time.Time // the holder's birth date when known, from the number first
	found []Finding
}

// add records a finding whose reason takes the same args in both languages.
func (r *review) add(field string, l Level, code, zh, en string, args ...any) {
	r.found = append(r.found, Finding{
		Field: field, Level: l, Code: code,
		ZH: fmt.Sprintf(zh, args...), EN: fmt.Sprintf(en, args...),
	})
}

// addErr records a parse failure as an error on field.
func (r *review) addErr(field string, err error) {
	var pe *ParseError
	if !errors.As(err, &pe) {
		pe = &ParseError{Code: field + "_invalid", ZH: err.Error(), EN: err.Error()}
	}
	r.found = append(r.found, Finding{
		Field: field, Level: Error, Code: pe.Code, ZH: pe.ZH, EN: pe.EN,
	})
}
