package idcard

import (
	"slices"
	"testing"
)

func TestLookupRegion(t *testing.T) {
	tests := []struct {
		code string
		want Region
	}{
		{"320382", Region{"320382", "邳州市", "江苏省", "徐州市", 1995, 2020}},
		{"110103", Region{"110103", "崇文区", "北京市", "", 1980, 2009}},
		{"110000", Region{"110000", "北京市", "北京市", "", 1980, 2020}},
		{"320500", Region{"320500", "苏州市", "江苏省", "苏州市", 1980, 2020}},
		// 思茅市 was renamed 普洱市 in 2007: the most recent name wins.
		{"530800", Region{"530800", "普洱市", "云南省", "普洱市", 2003, 2020}},
		{"530802", Region{"530802", "思茅区", "云南省", "普洱市", 2003, 2020}},
	}
	for _, tt := range tests {
		got, ok := LookupRegion(tt.code)
		if !ok || got != tt.want {
			t.Errorf("LookupRegion(%s) = %+v, %v, want %+v", tt.code, got, ok, tt.want)
		}
	}
}

func TestLookupRegionUnknown(t *testing.T) {
	for _, code := range []string{"", "32", "180101", "999999", "32038", "3203820", "江苏省"} {
		if got, ok := LookupRegion(code); ok {
			t.Errorf("LookupRegion(%q) = %+v, want not found", code, got)
		}
	}
}

func TestRegionTable(t *testing.T) {
	tab := regions()
	if tab.last != 2020 {
		t.Errorf("newest year = %d, want 2020", tab.last)
	}
	// The source's README says 6,733 codes; its CSV holds 6,734 distinct ones.
	if got := len(tab.spans); got != 6734 {
		t.Errorf("codes = %d, want the 6734 of address_code.csv", got)
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"江苏省苏州市岔河镇东沙庄村黄庄 150号", []string{"江苏省", "苏州市"}},
		{"江苏省徐州市邳州市运河街道", []string{"江苏省", "徐州市", "邳州市"}},
		{"江苏徐州市", []string{"江苏", "徐州市"}},
		{"北京市朝阳区某路", []string{"北京市", "朝阳区"}},
		{"邳州市公安局", []string{"邳州市"}},
		{"某某路 1 号", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range places(tt.in) {
			got = append(got, p.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("places(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRelated(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"320382"}, []string{"320300"}, true},
		{[]string{"320382"}, []string{"320500"}, false},
		{[]string{"110000"}, []string{"110105", "220104"}, true},
		{[]string{"320000"}, []string{"330100"}, false},
		{nil, []string{"320300"}, false},
	}
	for _, tt := range tests {
		if got := related(tt.a, tt.b); got != tt.want {
			t.Errorf("related(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
