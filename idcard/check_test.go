package idcard

import (
	"slices"
	"testing"
	"time"
)

// today is fixed so that expiry and age rules never drift; the clock time
// and zone must not matter.
var today = time.Date(2026, 12, 3, 23, 30, 0, 0, time.FixedZone("CST", 8*3600))

// holder is an invented person whose card passes every rule: born
// 1995-03-15 in 邳州市, issued at 26 for 20 years.
func holder() Card {
	return Card{
		Name: "王丽华", Sex: "女", Nation: "汉", Birthday: "1995-03-15",
		Address: "江苏省徐州市邳州市运河街道文化路 8 号", Number: "320382199503150243",
		Authority: "邳州市公安局", Timelimit: "2021.06.20-2041.06.20",
	}
}

// summary writes findings as field/level/code, the part the tests pin down.
func summary(fs []Finding) []string {
	var s []string
	for _, f := range fs {
		s = append(s, f.Field+"/"+f.Level.String()+"/"+f.Code)
	}
	return s
}

func TestCheckHolder(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *Card)
		want []string
	}{
		{"clean card", func(c *Card) {}, nil},
		{"empty fields are not judged", func(c *Card) { *c = Card{} }, nil},
		{"birthday with dots", func(c *Card) { c.Birthday = "1995.3.15" }, nil},
		{"birthday in digits", func(c *Card) { c.Birthday = "19950315" }, nil},
		{"birthday in 年月日", func(c *Card) { c.Birthday = "1995年3月15日" }, nil},
		{"validity in digits", func(c *Card) { c.Timelimit = "20210620-20410620" }, nil},
		{"minority name", func(c *Card) { c.Name = "阿依古丽·买买提" }, nil},
		{"full-width OCR digits", func(c *Card) { c.Number = "３２０３８２１９９５０３１５０２４３" }, nil},

		{"one-character name", func(c *Card) { c.Name = "王" }, []string{"name/warning/name_chars"}},
		{"latin name", func(c *Card) { c.Name = "Wang Li" }, []string{"name/warning/name_chars"}},
		{"leading dot", func(c *Card) { c.Name = "·王丽" }, []string{"name/warning/name_chars"}},
		{"sex other", func(c *Card) { c.Sex = "F" }, []string{"sex/error/sex_value"}},
		{"sex against 17th digit", func(c *Card) { c.Sex = "男" }, []string{"sex/error/sex_mismatch"}},
		{"nation with 族", func(c *Card) { c.Nation = "汉族" }, []string{"nation/error/nation_suffix"}},
		{"nation unknown", func(c *Card) { c.Nation = "火星" }, []string{"nation/error/nation_unknown"}},
		{"birthday unreadable", func(c *Card) { c.Birthday = "1995-13-45" },
			[]string{"birthday/error/birthday_format"}},
		{"birthday against number", func(c *Card) { c.Birthday = "1995-03-16" },
			[]string{"birthday/error/birthday_mismatch"}},

		{"bad checksum", func(c *Card) { c.Number = "320382199503150244" },
			[]string{"number/error/number_checksum"}},
		{"15-digit legacy", func(c *Card) { c.Number = "320382950315024" },
			[]string{"number/warning/number_legacy"}},
		{"too short", func(c *Card) { c.Number = "32038219950315024" },
			[]string{"number/error/number_length"}},
		{"letter inside", func(c *Card) { c.Number = "3203821995O3150243" },
			[]string{"number/error/number_chars"}},
		{"Feb 30 in number", func(c *Card) { c.Number = "320382199502300246" },
			[]string{"number/error/number_birth_date"}},
		{"born before 1900", func(c *Card) { c.Number = "320382189912310245"; c.Birthday = "" },
			[]string{"number/error/number_birth_date"}},
		{"born in the future", func(c *Card) { c.Number = "320382202701010246"; c.Birthday = "" },
			[]string{"number/error/number_birth_future"}},
		{"unknown region", func(c *Card) { c.Number = "180101199503150248" },
			[]string{"number/warning/region_unknown"}},
		{"province prefix 10", func(c *Card) { c.Number = "100101199503150243" },
			[]string{"number/error/number_region_prefix"}},
		{"province prefix 83", func(c *Card) { c.Number = "830000199503150242" },
			[]string{"number/error/number_region_prefix"}},

		{"address in another province", func(c *Card) { c.Address = "浙江省杭州市西湖区某路 1 号" },
			[]string{"address/warning/address_province", "authority/warning/authority_city"}},
		{"address in another city", func(c *Card) {
			c.Address, c.Authority = "江苏省苏州市姑苏区某路 1 号", "苏州市公安局姑苏分局"
		}, []string{"address/warning/address_city"}},
		{"address without city", func(c *Card) { c.Address = "江苏省岔河镇某村" }, nil},
		{"authority suffix", func(c *Card) { c.Authority = "邳州市派出所" },
			[]string{"authority/error/authority_suffix"}},
		{"authority in another city", func(c *Card) { c.Authority = "苏州市公安局姑苏分局" },
			[]string{"authority/warning/authority_city"}},

		{"validity unreadable", func(c *Card) { c.Timelimit = "2021/06/20-2041/06/20" },
			[]string{"timelimit/error/validity_format"}},
		{"validity too short for age", func(c *Card) { c.Timelimit = "2021.06.20-2031.06.20" },
			[]string{"timelimit/error/validity_term"}},
		{"长期 at 26", func(c *Card) { c.Timelimit = "2021.06.20-长期" },
			[]string{"timelimit/error/validity_term"}},
		{"end a day off", func(c *Card) { c.Timelimit = "2021.06.20-2041.06.21" },
			[]string{"timelimit/error/validity_end"}},
		{"expired", func(c *Card) { c.Timelimit = "2011.05.01-2021.05.01" },
			[]string{"timelimit/error/validity_expired"}},
		{"expires today", func(c *Card) { c.Timelimit = "2016.12.03-2026.12.03" },
			[]string{"timelimit/warning/validity_expiring"}},
		{"expiring in 48 days", func(c *Card) { c.Timelimit = "2017.01.20-2027.01.20" },
			[]string{"timelimit/warning/validity_expiring"}},
		{"91 days left", func(c *Card) { c.Timelimit = "2017.03.04-2027.03.04" }, nil},
		{"under 16 gets 5 years", func(c *Card) { c.Timelimit = "2010.05.01-2015.05.01" },
			[]string{"timelimit/error/validity_expired"}},
		{"starts in the future", func(c *Card) { c.Timelimit = "2027.01.05-2047.01.05" },
			[]string{"timelimit/error/validity_start_future"}},
		{"starts before birth", func(c *Card) { c.Timelimit = "1990.01.05-2010.01.05" },
			[]string{"timelimit/error/validity_before_birth"}},
		{"age from birthday when number is unreadable", func(c *Card) {
			c.Number, c.Timelimit = "", "2021.06.20-2031.06.20"
		}, []string{"timelimit/error/validity_term"}},
		{"no birth date: only lawful terms", func(c *Card) {
			c.Number, c.Birthday, c.Timelimit = "", "", "2021.06.20-2036.06.20"
		}, []string{"timelimit/error/validity_term"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := holder()
			tt.edit(&c)
			if got := summary(Check(c, today)); !slices.Equal(got, tt.want) {
				t.Errorf("Check() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCheckSamples uses the two public sample numbers: the vector printed in
// GB 11643-1999, and the vendor guide's front sample.
func TestCheckSamples(t *testing.T) {
	tests := []struct {
		name string
		card Card
		want []string
	}{
		{"standard vector, 长期 over 46", Card{
			Name: "陈淑芬", Sex: "女", Nation: "汉", Birthday: "1949-12-31",
			Address: "北京市朝阳区某路 1 号", Number: "11010519491231002X",
			Authority: "北京市公安局朝阳分局", Timelimit: "2010.01.01-长期",
		}, nil},
		{"standard vector, 20 years over 46", Card{
			Number: "11010519491231002x", Timelimit: "2010.01.01-2030.01.01",
		}, []string{"timelimit/error/validity_term"}},
		{"vendor front sample", Card{
			Name: "赵宁宁", Sex: "男", Nation: "汉", Birthday: "1989-12-01",
			Address: "江苏省苏州市岔河镇东沙庄村黄庄 150号", Number: "320382198912014010",
		}, []string{"address/warning/address_city"}},
		{"region abolished before birth", Card{
			Sex: "女", Birthday: "2012-01-01", Number: "110103201201010020",
			Address: "北京市东城区某胡同 2 号", Authority: "北京市公安局东城分局",
			Timelimit: "2022.05.10-2027.05.10",
		}, []string{"number/warning/region_abolished"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(Check(tt.card, today)); !slices.Equal(got, tt.want) {
				t.Errorf("Check() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckVendorSampleLevels(t *testing.T) {
	c := Card{
		Name: "赵宁宁", Sex: "男", Nation: "汉", Birthday: "1989-12-01",
		Address: "江苏省苏州市岔河镇东沙庄村黄庄 150号", Number: "320382198912014010",
	}
	fs := Check(c, today)
	for field, want := range map[string]Level{
		FieldNumber: OK, FieldBirthday: OK, FieldSex: OK, FieldAddress: Warning, FieldCard: Warning,
	} {
		if got := Worst(fs, field); got != want {
			t.Errorf("Worst(%q) = %v, want %v", field, got, want)
		}
	}
}

// TestCheckReasons pins a few reasons word for word: they must name the values.
func TestCheckReasons(t *testing.T) {
	tests := []struct {
		name   string
		card   Card
		zh, en string
	}{
		{"checksum", Card{Number: "110105194912310023"},
			"校验位应为 X，实为 3", "check character should be X, found 3"},
		{"vendor address", Card{Address: "江苏省苏州市岔河镇", Number: "320382198912014010"},
			"地址写苏州市，号码地区码 320382 为徐州市邳州市（迁移后常见）",
			"address names 苏州市, but region code 320382 is 邳州市 in 徐州市 (common after a move)"},
		{"nation", Card{Nation: "汉族"},
			"民族应印作“汉”，去掉“族”字，实为“汉族”", "nation should be printed as 汉 (drop 族), found 汉族"},
		{"sex", Card{Sex: "女", Number: "320382198912014010"},
			"号码第 17 位 1 为奇数，性别应为男，实为女", "the 17th digit 1 is odd, so sex should be 男, found 女"},
		{"abolished", Card{Number: "110103201201010020"},
			"地区码 110103（崇文区）2009 年后停用，早于出生年份 2012",
			"region code 110103 (崇文区) was last used in 2009, before the birth year 2012"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check(tt.card, today)
			if len(fs) != 1 {
				t.Fatalf("Check() = %q, want one finding", summary(fs))
			}
			if fs[0].ZH != tt.zh || fs[0].EN != tt.en {
				t.Errorf("reason = %q / %q, want %q / %q", fs[0].ZH, fs[0].EN, tt.zh, tt.en)
			}
		})
	}
}
