package idcard

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"11010519491231002X", "11010519491231002x", "320382198912014010", "320382950315024",
		"320382199502300246", "830000199503150242", "", "１１０１０５", "X00000000000000000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		masked := MaskNumber(s)
		if utf8.RuneCountInString(masked) != utf8.RuneCountInString(s) {
			t.Errorf("MaskNumber(%q) = %q, changes the length", s, masked)
		}
		if err != nil {
			return
		}
		if len(n.Value) != 18 || checkChar(n.Value[:17]) != n.Value[17] || n.Region != n.Value[:6] {
			t.Errorf("ParseNumber(%q) = %+v, not a valid 18-character number", s, n)
		}
		if again, err := ParseNumber(n.Value); err != nil || again.Value != n.Value || again.Upgraded {
			t.Errorf("ParseNumber(%q) = %+v, %v, want it unchanged", n.Value, again, err)
		}
	})
}

func FuzzParseValidity(f *testing.F) {
	for _, s := range []string{
		"2016.05.14-2036.05.14", "20160514-20360514", "2016.05.14-长期", "20160514-长期",
		"2028.02.29-2038.03.01", "2036.05.14-2016.05.14", "-", "2016.5.4—2036.5.4",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseValidity(s)
		if err != nil {
			return
		}
		if v.LongTerm != v.End.IsZero() || !v.LongTerm && !v.End.After(v.Start) {
			t.Errorf("ParseValidity(%q) = %+v, want a forward period or 长期", s, v)
		}
	})
}

func FuzzParseBirthday(f *testing.F) {
	for _, s := range []string{
		"1989-12-01", "1989.12.01", "19891201", "1989年12月1日", "1989-2-30", "年月日", "0000-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBirthday(s)
		if err != nil {
			return
		}
		again, err := ParseBirthday(b.Format("20060102"))
		if err != nil || !again.Equal(b) {
			t.Errorf("ParseBirthday(%q) = %v, which does not read back (%v, %v)", s, b, again, err)
		}
	})
}

func FuzzCheck(f *testing.F) {
	f.Add("赵宁宁", "男", "汉", "1989-12-01", "江苏省苏州市岔河镇东沙庄村黄庄 150号",
		"320382198912014010", "邳州市公安局", "2016.05.14-2036.05.14", int64(0))
	f.Add("陈淑芬", "女", "汉族", "1949年12月31日", "北京市朝阳区某路 1 号",
		"11010519491231002x", "北京市公安局朝阳分局", "2010.01.01-长期", int64(-400))
	f.Add("", "", "", "", "", "110103201201010020", "", "2028.02.29-2038.03.01", int64(9000))
	// shift moves today by up to 273 years either way.
	f.Fuzz(func(t *testing.T, name, sex, nation, birthday, address, number, authority, limit string,
		shift int64) {
		c := Card{name, sex, nation, birthday, address, number, authority, limit}
		fs := Check(c, today.AddDate(0, 0, int(shift%100000)))
		for _, f := range fs {
			complete := f.Code != "" && f.ZH != "" && f.EN != ""
			if f.Level == OK || !complete || !slices.Contains(fieldOrder, f.Field) {
				t.Errorf("Check(%+v) gave an incomplete finding %+v", c, f)
			}
		}
	})
}
