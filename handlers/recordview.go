package handlers

import (
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/idcard"
	"kycreview/ocr"
	"kycreview/review"
	"kycreview/views"
)

// recordView turns a record and its assessment into the review page.
func (s *Server) recordView(c echo.Context, rec *review.Record, flash views.Message) views.Record {
	base := "/records/" + strconv.FormatInt(rec.ID, 10) + "/photos/"
	a := review.Assess(rec, time.Now())

	p := views.Record{
		Page:        s.page(c, views.Tr(langOf(c), "记录", "Record")+" #"+strconv.FormatInt(rec.ID, 10), "queue"),
		ID:          rec.ID,
		Status:      string(rec.Status),
		StatusLabel: statusLabels[rec.Status],
		Version:     rec.Version,
		Engine:      rec.Engine,
		Uploaded:    localTime(c, rec.CreatedAt),
		UploadedBy:  rec.UploadedBy.Username,
		FrontURL:    base + "front",
		BackURL:     base + "back",
		PortraitURL: base + "portrait",
		Untrusted:   a.Untrusted,
		Errors:      a.Count(idcard.Error),
		Warnings:    a.Count(idcard.Warning),
		Pending:     rec.Status == review.StatusOCRPending,
		Manual:      rec.Engine == "none",
		Editable:    !rec.Status.Decided(),
		Reasons:     rejectReasons(),
		Flash:       flash,
		Claim:       s.claimView(c, rec.ID),
	}
	// Someone else's live claim makes the page read-only for this reader.
	if p.Claim.Other() {
		p.Editable = false
	}
	p.PortraitFromFront = rec.PortraitSHA == ""
	p.CanSwap = p.Editable && !p.Pending

	if rec.Status == review.StatusOCRFailed {
		p.OCRFailed = views.Message{ZH: rec.OCROutcome.Message("zh"), EN: rec.OCROutcome.Message("en")}
		p.CanRetry = rec.Engine != "none"
	}
	for _, name := range review.FieldNames {
		p.Fields = append(p.Fields, fieldView(rec, name, a, p.Editable, p.CSRF))
	}
	for _, f := range a.For("") {
		p.Notices = append(p.Notices, views.Notice{Level: f.Level.String(),
			Message: views.Message{ZH: f.ZH, EN: f.EN}, Links: recordLinks(f.Records)})
	}
	p.Notices = append(p.Notices, s.auditNotices(c.Request().Context(), rec)...)
	if rec.Decision != nil {
		p.Decision = decisionView(c, rec.Decision)
	}
	return p
}

func fieldView(rec *review.Record, name string, a review.Assessment, editable bool, csrf string) views.Field {
	f := rec.Field(name)
	v := views.Field{
		RecordID:  rec.ID,
		Name:      name,
		Label:     fieldLabels[name],
		OCRValue:  f.OCRValue,
		Value:     f.Current(),
		Corrected: f.Value != nil,
		Trusted:   f.Trusted == nil || *f.Trusted || f.Value != nil,
		Level:     a.Level(name).String(),
		Editable:  editable,
		CSRF:      csrf,
		Side:      fieldSide(name),
	}
	for _, fl := range a.For(name) {
		v.Reasons = append(v.Reasons, views.Finding{Level: fl.Level.String(),
			Message: views.Message{ZH: fl.ZH, EN: fl.EN}})
	}
	return v
}

func decisionView(c echo.Context, d *review.Decision) *views.Decision {
	v := &views.Decision{
		Decision:     d.Decision,
		Label:        decisionLabels[d.Decision],
		Note:         d.Note,
		Override:     d.Override,
		OverrideNote: d.OverrideNote,
		By:           d.By.Username,
		At:           localTime(c, d.At),
	}
	if d.Reason != "" {
		v.Reason = reasonLabel(d.Reason)
	}
	return v
}

// fieldSide is the photo a field is read from, so the page can show that
// photo while the reviewer checks the field.
func fieldSide(name string) string {
	for _, f := range ocr.BackFields {
		if f == name {
			return string(ocr.Back)
		}
	}
	return string(ocr.Front)
}

// photoSHA picks the file behind a photo slot; the portrait falls back to
// the front photo when none was cut out.
func photoSHA(rec *review.Record, slot string) (string, bool) {
	switch slot {
	case string(ocr.Front):
		return rec.FrontSHA, true
	case string(ocr.Back):
		return rec.BackSHA, true
	case "portrait":
		if rec.PortraitSHA != "" {
			return rec.PortraitSHA, true
		}
		return rec.FrontSHA, true
	}
	return "", false
}

// recordLinks points to the other records a flag names, such as duplicates.
func recordLinks(ids []int64) []views.Link {
	links := make([]views.Link, len(ids))
	for i, id := range ids {
		n := strconv.FormatInt(id, 10)
		links[i] = views.Link{Href: "/records/" + n, Text: "#" + n}
	}
	return links
}
