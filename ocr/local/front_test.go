package local

import (
	"testing"

	"kycreview/ocr"
)

// frontReads fakes Tesseract's readings of a front; the birth row's
// digits sit in their columns.
func frontReads(name, sex, nation, year, month, day, address, number string) map[string]*reading {
	birth := &reading{at: frontRegions[3].at, Conf: 90, Words: []word{
		{Text: year, Conf: 90, Left: pad + int((16-frontRegions[3].at.x0)*pxPerMM)},
		{Text: month, Conf: 90, Left: pad + int((29.5-frontRegions[3].at.x0)*pxPerMM)},
		{Text: day, Conf: 90, Left: pad + int((37.5-frontRegions[3].at.x0)*pxPerMM)},
	}}
	birth.Text = year + month + day
	read := func(s string) *reading { return &reading{Text: s, Conf: 90} }
	return map[string]*reading{
		ocr.FieldName: read(name), ocr.FieldSex: read(sex), ocr.FieldNation: read(nation),
		ocr.FieldBirthday: birth, ocr.FieldAddress: read(address), ocr.FieldNumber: read(number),
	}
}

func TestReadFront(t *testing.T) {
	tests := []struct {
		name      string
		reads     map[string]*reading
		want      ocr.Info
		untrusted []string
	}{
		{
			"sex disagrees with the number",
			frontReads("王小明", "男", "汉", "1949", "12", "31", "北京市朝阳区人民路1号", "11010519491231002X"),
			ocr.Info{Name: "王小明", Sex: "男", Nation: "汉", Year: "1949", Month: "12", Day: "31", Address: "北京市朝阳区人民路1号", Number: "11010519491231002X"},
			[]string{ocr.FieldSex},
		},
		{
			"number repaired from the birth row",
			frontReads("王小明", "女", "汉族", "1949", "12", "31", "北京市朝阳区人民路1号", "11010519491281002X"),
			ocr.Info{Name: "王小明", Sex: "女", Nation: "汉", Year: "1949", Month: "12", Day: "31", Address: "北京市朝阳区人民路1号", Number: "11010519491231002X"},
			[]string{ocr.FieldNumber},
		},
		{
			"birth and sex taken from the number",
			frontReads("王小明", "", "汉", "1919", "1", "", "北京市朝阳区人民路1号", "11010519491231002X"),
			ocr.Info{Name: "王小明", Sex: "女", Nation: "汉", Year: "1949", Month: "12", Day: "31", Address: "北京市朝阳区人民路1号", Number: "11010519491231002X"},
			[]string{ocr.FieldBirthday, ocr.FieldSex},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, v := readFront(tt.reads)
			if info != tt.want {
				t.Errorf("info %+v\nwant %+v", info, tt.want)
			}
			for _, f := range tt.untrusted {
				if v.validity[f] || v.reasons[f] == "" {
					t.Errorf("%s: valid %v reason %q, want untrusted with a reason", f, v.validity[f], v.reasons[f])
				}
			}
		})
	}
}
