package views

import (
	"testing"
	"time"
)

func TestFormatTime(t *testing.T) {
	at := time.Date(2026, 12, 3, 7, 4, 0, 0, time.UTC) // 15:04 in Shanghai
	tests := []struct {
		lang string
		t    time.Time
		want string
	}{
		{LangZH, at, "2026年12月3日 15:04"},
		{LangEN, at, "3 Dec 2026 15:04"},
		{"", at, "2026年12月3日 15:04"},
		{LangEN, time.Time{}, ""},
	}
	for _, tt := range tests {
		if got := FormatTime(tt.lang, tt.t); got != tt.want {
			t.Errorf("FormatTime(%q, %v) = %q, want %q", tt.lang, tt.t, got, tt.want)
		}
	}
}
