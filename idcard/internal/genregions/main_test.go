package main

import (
	"slices"
	"strings"
	"testing"
)

func TestCollapse(t *testing.T) {
	// Out of year order, a rename in 2007 and a gap in 1984, as the source has.
	csv := "1981,530800,思茅市\n1980,530800,思茅市\n2007,530800,普洱市\n2006,530800,思茅市\n" +
		"1980,110103,崇文区\n1983,110103,崇文区\n"
	entries, err := readEntries(strings.NewReader(csv))
	if err != nil {
		t.Fatalf("readEntries: %v", err)
	}
	want := []run{
		{"110103", "崇文区", 1980, 1980},
		{"110103", "崇文区", 1983, 1983},
		{"530800", "思茅市", 1980, 1981},
		{"530800", "思茅市", 2006, 2006},
		{"530800", "普洱市", 2007, 2007},
	}
	if got := collapse(entries); !slices.Equal(got, want) {
		t.Errorf("collapse() = %v, want %v", got, want)
	}
}

func TestReadEntriesRejectsBadRows(t *testing.T) {
	for _, csv := range []string{"1980,11000,北京市\n", "year,110000,北京市\n", "1980,110000\n"} {
		if _, err := readEntries(strings.NewReader(csv)); err == nil {
			t.Errorf("readEntries(%q) gave no error", csv)
		}
	}
}
