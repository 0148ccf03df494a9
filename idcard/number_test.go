package idcard

import (
	"errors"
	"strconv"
	"testing"
	"time"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in       string
		value    string
		upgraded bool
		birth    string
		male     bool
	}{
		{"11010519491231002X", "11010519491231002X", false, "1949-12-31", false},
		{"11010519491231002x", "11010519491231002X", false, "1949-12-31", false},
		{"320382198912014010", "320382198912014010", false, "1989-12-01", true},
		{" 320382 19950315 0139 ", "320382199503150139", false, "1995-03-15", true},
		{"320382950315024", "320382199503150243", true, "1995-03-15", false},
		{"110105491231002", "11010519491231002X", true, "1949-12-31", false},
		{"32038219000101024X", "32038219000101024X", false, "1900-01-01", false},
	}
	for _, tt := range tests {
		n, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q) error %v", tt.in, err)
			continue
		}
		if n.Value != tt.value || n.Upgraded != tt.upgraded || n.Region != tt.value[:6] {
			t.Errorf("ParseNumber(%q) = %s upgraded %v region %s, want %s upgraded %v",
				tt.in, n.Value, n.Upgraded, n.Region, tt.value, tt.upgraded)
		}
		if got := n.Birth.Format(time.DateOnly); got != tt.birth || n.Male != tt.male {
			t.Errorf("ParseNumber(%q) birth %s male %v, want %s male %v",
				tt.in, got, n.Male, tt.birth, tt.male)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in, code string
	}{
		{"", "number_length"},
		{"11010519491231002", "number_length"},
		{"11010519491231002XX", "number_length"},
		{"1101051949123100X2", "number_chars"},
		{"11010519491231002Y", "number_chars"},
		{"11010519491231002X ", ""},
		{"110105194912310023", "number_checksum"},
		{"320382199503150244", "number_checksum"},
		{"100101199503150243", "number_region_prefix"},
		{"830000199503150242", "number_region_prefix"},
		{"320382199502300246", "number_birth_date"},
		{"320382189912310245", "number_birth_date"},
	}
	for _, tt := range tests {
		_, err := ParseNumber(tt.in)
		var pe *ParseError
		switch {
		case tt.code == "" && err != nil:
			t.Errorf("ParseNumber(%q) error %v, want none", tt.in, err)
		case tt.code != "" && !errors.As(err, &pe):
			t.Errorf("ParseNumber(%q) error %v, want %s", tt.in, err, tt.code)
		case tt.code != "" && pe.Code != tt.code:
			t.Errorf("ParseNumber(%q) code %s, want %s", tt.in, pe.Code, tt.code)
		}
	}
}

// TestCheckCharWeights compares checkChar with the weight table printed in
// GB 11643-1999 over many bodies.
func TestCheckCharWeights(t *testing.T) {
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	const chars = "10X98765432"
	for i := range 5000 {
		body := strconv.Itoa(11000000000000000 + i*7919_000_013)
		sum := 0
		for j, w := range weights {
			sum += int(body[j]-'0') * w
		}
		if got, want := checkChar(body), chars[sum%11]; got != want {
			t.Fatalf("checkChar(%s) = %c, want %c", body, got, want)
		}
	}
}

func TestParseErrorHidesCardData(t *testing.T) {
	_, err := ParseNumber("110105194912310023")
	if got, want := err.Error(), "idcard: number_checksum"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
