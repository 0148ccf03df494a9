package handlers

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"kycreview/idcard"
	"kycreview/review"
	"kycreview/views"
)

var errBadID = review.Errorf(review.CodeNotFound, "记录不存在", "No such record")

func recordID(c echo.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errBadID
	}
	return id, nil
}

func (s *Server) queue(c echo.Context) error {
	q, err := parseQueueQuery(c)
	if err != nil {
		return err
	}
	page, err := s.reviews.List(c.Request().Context(), q)
	if err != nil {
		return err
	}

	p := views.Queue{Page: s.page(c, views.Tr(langOf(c), "审核队列", "Review queue"), "queue"),
		Filter: string(q.Status)}
	for _, st := range review.Statuses {
		p.Statuses = append(p.Statuses, statusLabels[st])
	}
	for _, it := range page.Items {
		p.Rows = append(p.Rows, queueRow(c, it))
	}
	s.queueClaims(c, p.Rows)
	if c.QueryParam("empty") == "1" {
		p.Flash = views.Message{ZH: review.ErrQueueEmpty.ZH, EN: review.ErrQueueEmpty.EN}
	}
	if !page.Next.IsZero() {
		v := url.Values{"after": {cursorString(page.Next)}}
		if q.Status != "" {
			v.Set("status", string(q.Status))
		}
		p.Next = "/records?" + v.Encode()
	}
	return render(c, http.StatusOK, views.QueuePage(p))
}

var errBadQuery = review.Errorf(review.CodeInvalid, "筛选条件无效", "Invalid filter")

func parseQueueQuery(c echo.Context) (review.ListQuery, error) {
	q := review.ListQuery{Status: review.Status(c.QueryParam("status")), Limit: 50}
	if q.Status != "" && !q.Status.Valid() {
		return q, errBadQuery
	}
	if after := c.QueryParam("after"); after != "" {
		g, k, ok := strings.Cut(after, "_")
		group, err1 := strconv.Atoi(g)
		key, err2 := strconv.ParseInt(k, 10, 64)
		if !ok || err1 != nil || err2 != nil {
			return q, errBadQuery
		}
		q.After = review.Cursor{Group: group, Key: key}
	}
	return q, nil
}

// loadRecord reads the record the path's :id names.
func loadRecord(c echo.Context, reviews interface {
	Record(ctx context.Context, id int64) (*review.Record, error)
}) (*review.Record, error) {
	id, err := recordID(c)
	if err != nil {
		return nil, err
	}
	return reviews.Record(c.Request().Context(), id)
}

func cursorString(c review.Cursor) string {
	return strconv.Itoa(c.Group) + "_" + strconv.FormatInt(c.Key, 10)
}

func (s *Server) record(c echo.Context) error {
	rec, err := loadRecord(c, s.reviews)
	if err != nil {
		return err
	}
	id := rec.ID
	// Looking at a record one holds is activity: it keeps the claim.
	u, _ := currentUser(c)
	if err := s.reviews.TouchClaim(c.Request().Context(), id, u); err != nil {
		return err
	}
	return render(c, http.StatusOK, views.RecordPage(s.recordView(c, rec, views.Message{})))
}

// progress answers the page's poll: the spinner again while OCR runs,
// else a signal to reload the whole page.
func (s *Server) progress(c echo.Context) error {
	rec, err := loadRecord(c, s.reviews)
	if err != nil {
		return err
	}
	id := rec.ID
	if rec.Status == review.StatusOCRPending {
		return render(c, http.StatusOK, views.OCRProgress(id))
	}
	c.Response().Header().Set("HX-Refresh", "true")
	return c.NoContent(http.StatusOK)
}

func (s *Server) correct(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	ctx := c.Request().Context()
	if err := s.reviews.CheckClaim(ctx, id, u); err != nil {
		return s.recordError(c, id, err)
	}

	if err := s.reviews.Correct(ctx, id, c.Param("field"), c.FormValue("value"), u); err != nil {
		return s.recordError(c, id, err)
	}
	if err := s.reviews.TouchClaim(ctx, id, u); err != nil {
		return err
	}
	return s.backToRecord(c, id, "field-"+c.Param("field"))
}

func (s *Server) decide(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	version, _ := strconv.Atoi(c.FormValue("version"))

	d := review.Decision{
		Decision:     c.FormValue("decision"),
		Reason:       c.FormValue("reason"),
		Note:         c.FormValue("note"),
		Override:     c.FormValue("override") == "1",
		OverrideNote: c.FormValue("override_note"),
		By:           u,
	}
	// Only the holder of a live claim may decide (checked in the deciding
	// transaction); a lapsed claim or none leaves the record open to all.
	if err := s.reviews.Decide(c.Request().Context(), id, version, d); err != nil {
		return s.recordError(c, id, err)
	}
	s.log.Info("record decided", "record", id, "user_id", u.ID, "decision", d.Decision)
	return s.afterDecision(c, id, u)
}

func (s *Server) retry(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	if err := s.reviews.Retry(c.Request().Context(), id, u); err != nil {
		return s.recordError(c, id, err)
	}
	return s.backToRecord(c, id, "")
}

func (s *Server) swap(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)
	version, _ := strconv.Atoi(c.FormValue("version"))
	if err := s.reviews.CheckClaim(c.Request().Context(), id, u); err != nil {
		return s.recordError(c, id, err)
	}
	if err := s.reviews.Swap(c.Request().Context(), id, version, u); err != nil {
		return s.recordError(c, id, err)
	}
	return s.backToRecord(c, id, "")
}

func (s *Server) backToRecord(c echo.Context, id int64, anchor string) error {
	to := "/records/" + strconv.FormatInt(id, 10)
	if anchor != "" {
		to += "#" + anchor
	}
	return c.Redirect(http.StatusSeeOther, to)
}

// recordError shows the record again with the refusal on top, with the
// error's status (409 for a second decision), so the reviewer stays put.
func (s *Server) recordError(c echo.Context, id int64, err error) error {
	status := statusOf(err)
	if status >= 500 || status == http.StatusNotFound {
		return err
	}
	rec, lerr := s.reviews.Record(c.Request().Context(), id)
	if lerr != nil {
		return err
	}
	s.log.Warn("record action refused", "record", id, "status", status, "code", review.ErrorCode(err))
	return render(c, status, views.RecordPage(s.recordView(c, rec, userMessage(err, status))))
}

func queueRow(c echo.Context, s review.Summary) views.QueueRow {
	return views.QueueRow{
		ID:          s.ID,
		Status:      string(s.Status),
		StatusLabel: statusLabels[s.Status],
		Name:        s.Name,
		Number:      idcard.MaskNumber(s.Number),
		UploadedBy:  s.UploadedBy,
		Created:     localTime(c, s.CreatedAt),
		DecidedBy:   s.DecidedBy,
		Decided:     localTime(c, s.DecidedAt),
	}
}
