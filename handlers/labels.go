package handlers

import (
	"kycreview/review"
	"kycreview/views"
)

var statusLabels = func() map[review.Status]views.Option {
	m := map[review.Status]views.Option{}
	for _, s := range review.Statuses {
		zh, en := s.Names()
		m[s] = views.Option{Value: string(s), ZH: zh, EN: en}
	}
	return m
}()

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
