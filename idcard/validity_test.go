package idcard

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestParseValidity(t *testing.T) {
	tests := []struct {
		in         string
		start, end string // end "" for 长期
	}{
		{"2016.05.14-2036.05.14", "2016-05-14", "2036-05-14"},
		{"20160514-20360514", "2016-05-14", "2036-05-14"},
		{"2016.05.14-长期", "2016-05-14", ""},
		{"20160514-长期", "2016-05-14", ""},
		{"2016.5.4-2036.5.4", "2016-05-04", "2036-05-04"},
		{" 2016.05.14 — 2036.05.14 ", "2016-05-14", "2036-05-14"},
		{"2016.05.14－长期", "2016-05-14", ""},
		{"2016.05.14至2036.05.14", "2016-05-14", "2036-05-14"},
	}
	for _, tt := range tests {
		v, err := ParseValidity(tt.in)
		if err != nil {
			t.Errorf("ParseValidity(%q) error %v", tt.in, err)
			continue
		}
		if got := v.Start.Format(time.DateOnly); got != tt.start {
			t.Errorf("ParseValidity(%q) start %s, want %s", tt.in, got, tt.start)
		}
		if v.LongTerm != (tt.end == "") || tt.end != "" && v.End.Format(time.DateOnly) != tt.end {
			t.Errorf("ParseValidity(%q) = %+v, want end %q", tt.in, v, tt.end)
		}
	}
}

func TestParseValidityErrors(t *testing.T) {
	tests := []struct {
		in, code string
	}{
		{"", "validity_format"},
		{"2016.05.14", "validity_format"},
		{"2016.05.14-", "validity_format"},
		{"2016-05-14-2036-05-14", "validity_format"},
		{"2016/05/14-2036/05/14", "validity_format"},
		{"2016.02.30-2036.02.30", "validity_format"},
		{"2016.05.14-永久", "validity_format"},
		{"长期-2016.05.14", "validity_format"},
		{"2036.05.14-2016.05.14", "validity_order"},
		{"2016.05.14-2016.05.14", "validity_order"},
	}
	for _, tt := range tests {
		_, err := ParseValidity(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Code != tt.code {
			t.Errorf("ParseValidity(%q) error %v, want %s", tt.in, err, tt.code)
		}
	}
}

func TestTermFor(t *testing.T) {
	tests := []struct{ age, want int }{
		{0, 5}, {15, 5}, {16, 10}, {25, 10}, {26, 20}, {45, 20}, {46, 0}, {90, 0},
	}
	for _, tt := range tests {
		if got := termFor(tt.age); got != tt.want {
			t.Errorf("termFor(%d) = %d, want %d", tt.age, got, tt.want)
		}
	}
}

func TestOnAnniversary(t *testing.T) {
	d := func(s string) time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return t
	}
	tests := []struct {
		start, end string
		want       bool
	}{
		{"2016-05-14", "2036-05-14", true},
		{"2016-05-14", "2036-05-15", false},
		{"2016-05-14", "2036-06-14", false},
		{"2028-02-29", "2038-02-28", true},
		{"2028-02-29", "2038-03-01", true},
		{"2028-02-29", "2038-03-02", false},
		{"2024-02-29", "2044-02-29", true},
		{"2023-02-28", "2033-03-01", false},
		{"2023-03-01", "2028-02-29", false},
	}
	for _, tt := range tests {
		if got := onAnniversary(d(tt.start), d(tt.end)); got != tt.want {
			t.Errorf("onAnniversary(%s, %s) = %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
}

// TestCheckLeapStart runs a Feb 29 start through Check: a 10-year term may
// end on Feb 28 or Mar 1, but not later.
func TestCheckLeapStart(t *testing.T) {
	tests := []struct {
		limit string
		want  []string
	}{
		{"2028.02.29-2038.02.28", nil},
		{"2028.02.29-2038.03.01", nil},
		{"2028.02.29-2038.03.02", []string{"timelimit/error/validity_end"}},
	}
	// Born 2010, so 18 at issue: a 10-year term. Today is the day after the start.
	early := time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		c := Card{Birthday: "2010-01-01", Timelimit: tt.limit}
		if got := summary(Check(c, early)); !slices.Equal(got, tt.want) {
			t.Errorf("Check(%s) = %q, want %q", tt.limit, got, tt.want)
		}
	}
}
