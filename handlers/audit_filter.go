package handlers

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// parseDecisionFilter reads the decisions filter from the query string.
// Dates are whole days in the reviewers' time zone; "to" is included.
func parseDecisionFilter(c echo.Context) (review.DecisionFilter, error) {
	q := c.QueryParams()
	f := review.DecisionFilter{Decision: q.Get("decision"), Reason: q.Get("reason"),
		Flags: q.Get("flags"), Override: q.Get("override"), Limit: 50}

	var err error
	if v := q.Get("reviewer"); v != "" {
		if f.ReviewerID, err = strconv.ParseInt(v, 10, 64); err != nil {
			return f, errBadQuery
		}
	}
	if f.Decision != "" && f.Decision != review.Approve && f.Decision != review.Reject {
		return f, errBadQuery
	}
	if f.Reason != "" && !review.IsRejectReason(f.Reason) {
		return f, errBadQuery
	}
	if !oneOf(f.Flags, "", "yes", "no") || !oneOf(f.Override, "", "yes", "no") {
		return f, errBadQuery
	}
	if f.From, err = parseDay(q.Get("from"), 0); err != nil {
		return f, errBadQuery
	}
	if f.To, err = parseDay(q.Get("to"), 1); err != nil {
		return f, errBadQuery
	}
	if v := q.Get("before"); v != "" {
		if f.Before, err = strconv.ParseInt(v, 10, 64); err != nil {
			return f, errBadQuery
		}
	}
	return f, nil
}

// parseDay reads YYYY-MM-DD in Shanghai time, plus days; "" is zero.
func parseDay(s string, plus int) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation(time.DateOnly, s, views.Shanghai)
	if err != nil {
		return t, err
	}
	return t.AddDate(0, 0, plus), nil
}

func oneOf(s string, options ...string) bool {
	for _, o := range options {
		if s == o {
			return true
		}
	}
	return false
}

// filterQuery writes the filter back as a query string, keyset left out.
func filterQuery(c echo.Context) url.Values {
	v := url.Values{}
	for _, k := range []string{"reviewer", "decision", "reason", "from", "to", "flags", "override"} {
		if s := c.QueryParam(k); s != "" {
			v.Set(k, s)
		}
	}
	return v
}

// filterForm fills the filter form with the choices and the current values.
func (a *auditServer) filterForm(ctx context.Context, c echo.Context) (views.FilterForm, error) {
	users, err := a.sup.Users(ctx)
	if err != nil {
		return views.FilterForm{}, err
	}
	f := views.FilterForm{
		Reviewer: c.QueryParam("reviewer"), Decision: c.QueryParam("decision"), Reason: c.QueryParam("reason"),
		From: c.QueryParam("from"), To: c.QueryParam("to"), Flags: c.QueryParam("flags"),
		Override: c.QueryParam("override"), Query: filterQuery(c).Encode(),
		Decisions: []views.Option{decisionLabels[review.Approve], decisionLabels[review.Reject]},
		Reasons:   rejectReasons(),
	}
	for _, u := range users {
		if u.Role.CanReview() {
			f.Reviewers = append(f.Reviewers, views.Option{Value: strconv.FormatInt(u.ID, 10), ZH: u.Username})
		}
	}
	return f, nil
}
