package views

// Claim is who holds a record for review, as the queue and the review
// page show it.
type Claim struct {
	Holder string // empty when nobody holds a live claim
	Mine   bool   // the reader holds it: decisions go on to the next record
	Until  string // when it lapses unless the holder keeps working
}

// Other reports whether someone else holds the record.
func (c Claim) Other() bool { return c.Holder != "" && !c.Mine }

// Shortcut is one line of the keyboard help.
type Shortcut struct {
	Keys   []string
	ZH, EN string
}

// Shortcuts are the review page's keys, listed by the "?" dialog. The
// script in static/app.js acts on the same keys.
var Shortcuts = []Shortcut{
	{[]string{"A"}, "通过（提交审核决定）", "Approve (submits the decision)"},
	{[]string{"R"}, "拒绝：跳到拒绝原因", "Reject: go to the reason"},
	{[]string{"J", "K"}, "下一个 / 上一个字段", "Next / previous field"},
	{[]string{"E"}, "更正当前字段", "Edit the current field"},
	{[]string{"Esc"}, "取消更正 / 关闭对话框", "Cancel the edit / close a dialog"},
	{[]string{"Z"}, "放大照片（2×、4×、适应）", "Zoom the photo (2×, 4×, fit)"},
	{[]string{"[", "]"}, "向左 / 向右旋转 90°", "Rotate 90° left / right"},
	{[]string{"M"}, "放大镜开关", "Magnifier on/off"},
	{[]string{"1", "2"}, "选择人像面 / 国徽面照片", "Pick the front / back photo"},
	{[]string{"?"}, "显示快捷键", "Show the shortcuts"},
}
