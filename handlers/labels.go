package handlers

import (
	"kycreview/review"
	"kycreview/views"
)

var statusLabels = map[review.Status]views.Option{
	review.StatusOCRPending:     {Value: "ocr_pending", ZH: "待识别", EN: "OCR pending"},
	review.StatusOCRFailed:      {Value: "ocr_failed", ZH: "识别失败", EN: "OCR failed"},
	review.StatusPending:        {Value: "pending", ZH: "待审核", EN: "Pending review"},
	review.StatusAwaitingSecond: {Value: "awaiting_second", ZH: "待复核", EN: "Awaiting second approval"},
	review.StatusApproved:       {Value: "approved", ZH: "已通过", EN: "Approved"},
	review.StatusRejected:       {Value: "rejected", ZH: "已拒绝", EN: "Rejected"},
}

var fieldLabels = map[string]views.Option{
	"name":      {ZH: "姓名", EN: "Name"},
	"sex":       {ZH: "性别", EN: "Sex"},
	"nation":    {ZH: "民族", EN: "Nation"},
	"birthday":  {ZH: "出生", EN: "Birth date"},
	"address":   {ZH: "住址", EN: "Address"},
	"number":    {ZH: "公民身份号码", EN: "ID number"},
	"authority": {ZH: "签发机关", EN: "Authority"},
	"timelimit": {ZH: "有效期限", EN: "Valid period"},
}

var decisionLabels = map[string]views.Option{
	review.Approve: {Value: review.Approve, ZH: "已通过", EN: "Approved"},
	review.Reject:  {Value: review.Reject, ZH: "已拒绝", EN: "Rejected"},
}

func rejectReasons() []views.Option {
	out := make([]views.Option, 0, len(review.RejectReasons))
	for _, r := range review.RejectReasons {
		out = append(out, views.Option{Value: r.Key, ZH: r.ZH, EN: r.EN})
	}
	return out
}

func reasonLabel(key string) views.Option {
	for _, r := range rejectReasons() {
		if r.Value == key {
			return r
		}
	}
	return views.Option{Value: key, ZH: key, EN: key}
}
