package local

import "testing"

func TestCheckChar(t *testing.T) {
	tests := []struct {
		number string
		valid  bool
	}{
		{"11010519491231002X", true}, // the example in GB 11643
		{"11010519491231002x", false},
		{"110105194912310021", false},
		{"11010519491231003X", false},
		{"1101051949123100", false},
		{"1101051949123100A1", false},
	}
	for _, tt := range tests {
		if got := validNumber(tt.number); got != tt.valid {
			t.Errorf("validNumber(%q) = %v, want %v", tt.number, got, tt.valid)
		}
	}
	if got := checkChar("11010519491231002"); got != 'X' {
		t.Errorf("checkChar = %q, want X", got)
	}
}

func TestSnapNation(t *testing.T) {
	tests := []struct {
		read, want string
		ok         bool
	}{
		{"汉", "汉", true},
		{"汉族", "汉", true},
		{"景 颇", "景颇", true},
		{"景", "景颇", false},
		{"维吾儿", "维吾尔", true},
		{"柯尔克", "柯尔克孜", true},
		{"口", "汉", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := snapNation(tt.read)
		if got != tt.want || ok != tt.ok {
			t.Errorf("snapNation(%q) = %q, %v; want %q, %v", tt.read, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSnapProvince(t *testing.T) {
	tests := []struct {
		read, want string
		ok         bool
	}{
		{"浙江省杭州市西湖区", "浙江省杭州市西湖区", true},
		{"浙汀省杭州市西湖区", "浙江省杭州市西湖区", true},
		{"黒龙江省哈尔滨市", "黑龙江省哈尔滨市", true},
		{"新疆维吾尔自治区", "新疆维吾尔自治区", true},
		{"火星市某区", "火星市某区", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := snapProvince(tt.read)
		if got != tt.want || ok != tt.ok {
			t.Errorf("snapProvince(%q) = %q, %v; want %q, %v", tt.read, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNormalisePeriod(t *testing.T) {
	tests := []struct {
		read, want string
		ok, span   bool
	}{
		{"2015.03.12-2035.03.12", "2015.03.12-2035.03.12", true, true},
		{"20150312-20350312", "2015.03.12-2035.03.12", true, true},
		{"2015.03.12 - 2035.03.12", "2015.03.12-2035.03.12", true, true},
		{"2007.03.18-长期", "2007.03.18-长期", true, true},
		{"2007.03.18-长", "2007.03.18-长期", true, true},
		{"2015.03.12-2030.03.12", "2015.03.12-2030.03.12", true, false},
		{"2015.13.12-2035.13.12", "2015131220351312", false, false},
		{"2015.03.12-2035", "201503122035", false, false},
	}
	for _, tt := range tests {
		got, ok := normalisePeriod(tt.read)
		if got != tt.want || ok != tt.ok {
			t.Errorf("normalisePeriod(%q) = %q, %v; want %q, %v", tt.read, got, ok, tt.want, tt.ok)
		}
		if ok && periodSpanOK(got) != tt.span {
			t.Errorf("periodSpanOK(%q) = %v, want %v", got, !tt.span, tt.span)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"汉", "", 1}, {"维吾尔", "维吾儿", 1}, {"柯尔克孜", "柯尔克", 1}, {"abc", "cab", 2},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSplitDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"19591029", "19591029"},
		{"1988126", ""}, // 1988-1-26 or 1988-12-6: ambiguous
		{"1988131", "19880131"},
		{"198816", "19880106"},
		{"19881399", ""},
		{"1988", ""},
	}
	for _, tt := range tests {
		if got := splitDate(tt.in); got != tt.want {
			t.Errorf("splitDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
