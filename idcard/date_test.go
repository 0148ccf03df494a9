package idcard

import (
	"testing"
	"time"
)

func TestParseBirthday(t *testing.T) {
	tests := []struct {
		in, want string // want "" for an error
	}{
		{"1989-12-01", "1989-12-01"},
		{"1989.12.01", "1989-12-01"},
		{"19891201", "1989-12-01"},
		{"1989年12月1日", "1989-12-01"},
		{"1989年12月1", "1989-12-01"},
		{"1989/2/3", "1989-02-03"},
		{"1989-2-3", "1989-02-03"},
		{" 1989 年 12 月 01 日 ", "1989-12-01"},
		{"１９８９．１２．０１", "1989-12-01"},
		{"2000-02-29", "2000-02-29"},
		{"1900-02-29", ""},
		{"1989-02-30", ""},
		{"1989-13-01", ""},
		{"1989-00-10", ""},
		{"89-12-01", ""},
		{"1989-12", ""},
		{"1989-12.01", ""},
		{"1989-123-1", ""},
		{"1989-+1-01", ""},
		{"1989年12月", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := ParseBirthday(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("ParseBirthday(%q) = %v, want an error", tt.in, got)
		case tt.want != "" && err != nil:
			t.Errorf("ParseBirthday(%q) error %v, want %s", tt.in, err, tt.want)
		case tt.want != "" && got.Format(time.DateOnly) != tt.want:
			t.Errorf("ParseBirthday(%q) = %s, want %s", tt.in, got.Format(time.DateOnly), tt.want)
		}
	}
}

func TestAgeAt(t *testing.T) {
	d := func(s string) time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return t
	}
	tests := []struct {
		birth, at string
		want      int
	}{
		{"1995-03-15", "2021-03-14", 25},
		{"1995-03-15", "2021-03-15", 26},
		{"2000-02-29", "2016-02-28", 15},
		{"2000-02-29", "2016-02-29", 16},
		{"2000-02-29", "2017-03-01", 17},
	}
	for _, tt := range tests {
		if got := ageAt(d(tt.birth), d(tt.at)); got != tt.want {
			t.Errorf("ageAt(%s, %s) = %d, want %d", tt.birth, tt.at, got, tt.want)
		}
	}
}
