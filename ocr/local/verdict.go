package local

// Reasons for a false validity flag, as the reviewer reads them.
const (
	whyUnread    = "未能识别 / could not be read"
	whyLowConf   = "识别置信度低 / low recognition confidence"
	whyLength    = "号码不是18位 / number is not 18 characters"
	whyCheck     = "校验码不符 / check character does not match"
	whyDate      = "日期不成立 / not a real date"
	whyFromNum   = "出生日期依号码补正 / birth date taken from the number"
	whySexNum    = "性别与号码不符 / sex disagrees with the number"
	whySexFromNo = "性别依号码补正 / sex taken from the number"
	whyNation    = "不是56个民族之一 / not one of the 56 nations"
	whyNameLen   = "姓名长度异常 / unusual name length"
	whyProvince  = "开头不是省级行政区 / does not start with a province"
	whyAuthority = "不像公安机关名称 / does not name a public security bureau"
	whyPeriod    = "有效期限格式不符 / not in the form YYYY.MM.DD-YYYY.MM.DD"
	whySpan      = "有效期限年限不符 / span is not 5, 10 or 20 years"
)

// minConf is the weakest word confidence (0-100) a field may have and
// still count as read with confidence. It sits below what clean prints
// get and above what guesses on smudges get.
const minConf = 55

// verdict gathers the validity flags of one side and why any is false.
type verdict struct {
	validity map[string]bool
	reasons  map[string]string
}

func newVerdict(fields []string) verdict {
	v := verdict{validity: map[string]bool{}, reasons: map[string]string{}}
	for _, f := range fields {
		v.validity[f] = true
	}
	return v
}

// flag marks a field untrusted; the first reason given stays, being the
// most basic.
func (v verdict) flag(field, why string) {
	v.validity[field] = false
	if _, ok := v.reasons[field]; !ok {
		v.reasons[field] = why
	}
}

// confident flags a field read with too little confidence.
func (v verdict) confident(field string, rd *reading) {
	switch {
	case rd == nil || rd.Text == "":
		v.flag(field, whyUnread)
	case rd.Conf < minConf:
		v.flag(field, whyLowConf)
	}
}
