package export

import (
	"bytes"
	"context"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=SUM(A1)", "'=SUM(A1)"},
		{"+86 138", "'+86 138"},
		{"-1", "'-1"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"赵宁宁", "赵宁宁"},
		{"a=b", "a=b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVHasBOMAndEscapes(t *testing.T) {
	var buf bytes.Buffer
	src := func(_ context.Context, fn func([]string) error) error {
		return fn([]string{"=1+1", "张三"})
	}
	n, err := Write(context.Background(), "csv", &buf, []string{"a", "b"}, src)
	if err != nil || n != 1 {
		t.Fatalf("Write: %d rows, %v; want 1 row", n, err)
	}
	if got, want := buf.String(), "\ufeffa,b\r\n'=1+1,张三\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
