package handlers

import (
	"context"
	"strconv"

	"kycreview/review"
	"kycreview/views"
)

// auditNotices are the record page's notes from audit and retention: the
// photos were purged, or an override awaits its second approval.
func (s *Server) auditNotices(ctx context.Context, rec *review.Record) []views.Notice {
	var out []views.Notice
	if at, err := s.reviews.PhotosPurgedAt(ctx, rec.ID); err == nil && !at.IsZero() {
		out = append(out, views.Notice{Level: "info", Message: views.Message{
			ZH: "照片已按保留期限于 " + views.FormatTime(views.LangZH, at) + " 清除；字段、决定和历史仍保留。",
			EN: "The photos were purged on " + views.FormatTime(views.LangEN, at) + " under the retention rule; fields, decision and history are kept."}})
	}
	if rec.Status == review.StatusAwaitingSecond {
		out = append(out, views.Notice{Level: "warning",
			Message: views.Message{ZH: "强制通过需由另一人复核后才生效。", EN: "This override counts only once a second person approves it."},
			Links:   []views.Link{{Href: "/records/" + strconv.FormatInt(rec.ID, 10) + "/second", Text: "复核 Second approval"}}})
	}
	return out
}
