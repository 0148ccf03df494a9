package idcard

import "testing"

func TestMaskNumber(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"11010519491231002X", "110105********002X"},
		{"320382950315024", "3203********024"},
		{"1234567890", "1********0"},
		{"123456789", "1********"},
		{"12345678", "********"},
		{"123", "***"},
		{"", ""},
		{"12345678901234567890", "123456**********7890"},
		{"江苏省苏州市岔河镇东沙庄村", "江苏省********庄村"},
	}
	for _, tt := range tests {
		if got := MaskNumber(tt.in); got != tt.want {
			t.Errorf("MaskNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
