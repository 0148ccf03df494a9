package export

import (
	"strconv"
	"time"

	"kycreview/idcard"
	"kycreview/review"
)

// Header names the columns, in Chinese and English.
var Header = []string{
	"记录 Record", "状态 Status", "姓名 Name", "性别 Sex", "民族 Nation", "出生 Birth date",
	"住址 Address", "公民身份号码 ID number", "签发机关 Authority", "有效期限 Valid period",
	"上传人 Uploaded by", "上传时间 Uploaded at", "决定 Decision", "拒绝原因 Reason", "说明 Note",
	"强制通过 Override", "强制理由 Override note", "决定时错误 Errors", "决定时不可信 Untrusted",
	"审核人 Decided by", "决定时间 Decided at",
}

// Cells is one decision as a row. The ID number is masked unless full is
// set: only admins see it whole.
func Cells(r review.ExportRow, full bool) []string {
	number := r.Fields["number"]
	if !full {
		number = idcard.MaskNumber(number)
	}
	return []string{
		strconv.FormatInt(r.RecordID, 10), string(r.Status),
		r.Fields["name"], r.Fields["sex"], r.Fields["nation"], r.Fields["birthday"],
		r.Fields["address"], number, r.Fields["authority"], r.Fields["timelimit"],
		r.UploadedBy, stamp(r.UploadedAt), r.Decision.Decision, r.Reason, r.Note,
		yesNo(r.Override), r.OverrideNote, strconv.Itoa(r.Errors), strconv.Itoa(r.Untrusted),
		r.By.Username, stamp(r.At),
	}
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
