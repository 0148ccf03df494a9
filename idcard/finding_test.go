package idcard

import "testing"

func TestLevelString(t *testing.T) {
	tests := []struct {
		level Level
		want  string
	}{
		{OK, "ok"}, {Warning, "warning"}, {Error, "error"}, {Level(7), "Level(7)"},
	}
	for _, tt := range tests {
		if got := tt.level.String(); got != tt.want {
			t.Errorf("Level(%d).String() = %q, want %q", int(tt.level), got, tt.want)
		}
	}
}

func TestWorst(t *testing.T) {
	fs := []Finding{
		{Field: FieldAddress, Level: Warning},
		{Field: FieldNumber, Level: Warning},
		{Field: FieldNumber, Level: Error},
	}
	tests := []struct {
		field string
		want  Level
	}{
		{FieldNumber, Error}, {FieldAddress, Warning}, {FieldName, OK}, {FieldCard, Error},
	}
	for _, tt := range tests {
		if got := Worst(fs, tt.field); got != tt.want {
			t.Errorf("Worst(%q) = %v, want %v", tt.field, got, tt.want)
		}
	}
	if got := Worst(nil, FieldCard); got != OK {
		t.Errorf("Worst(nil) = %v, want ok", got)
	}
}
