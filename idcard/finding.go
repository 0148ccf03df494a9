package idcard

import "strconv"

// Level grades a finding; the review page colours a field by its worst one.
type Level int

const (
	OK Level = iota
	Warning
	Error
)

// String gives the level as the review page's CSS classes name it.
func (l Level) String() string {
	switch l {
	case OK:
		return "ok"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// The card's fields as Finding.Field names them.
const (
	FieldCard      = "" // the card as a whole
	FieldName      = "name"
	FieldSex       = "sex"
	FieldNation    = "nation"
	FieldBirthday  = "birthday"
	FieldAddress   = "address"
	FieldNumber    = "number"
	FieldAuthority = "authority"
	FieldTimelimit = "timelimit"
)

// fieldOrder is the order of the card's face, so findings read top to bottom.
var fieldOrder = []string{
	FieldCard, FieldName, FieldSex, FieldNation, FieldBirthday,
	FieldAddress, FieldNumber, FieldAuthority, FieldTimelimit,
}

// Finding is one reason for a reviewer to look twice at a field.
type Finding struct {
	Field  string // one of the Field constants
	Level  Level
	Code   string // stable machine code, e.g. "number_checksum"
	ZH, EN string // the reason, naming the values involved
}

// Worst returns the highest level among the findings for field, or OK when
// there are none. The empty field takes every finding, which gives the
// verdict on the whole card.
func Worst(fs []Finding, field string) Level {
	worst := OK
	for _, f := range fs {
		if (field == FieldCard || f.Field == field) && f.Level > worst {
			worst = f.Level
		}
	}
	return worst
}
