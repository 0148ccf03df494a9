package handlers

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"kycreview/idcard"
	"kycreview/review"
	"kycreview/views"
)

// auditPage shows the chain's state and the latest events. The chain is
// checked on every visit: one pass over the events table.
func (a *auditServer) auditPage(c echo.Context) error {
	ctx := c.Request().Context()
	before, _ := strconv.ParseInt(c.QueryParam("before"), 10, 64)

	state, err := a.sup.VerifyChain(ctx)
	if err != nil {
		return err
	}
	events, err := a.sup.Events(ctx, before, 50)
	if err != nil {
		return err
	}

	p := views.Audit{Page: a.page(c, "审计 Audit", "audit"),
		Chain: views.Chain{Count: state.Count, Intact: state.Intact, BrokenID: state.BrokenID, Problem: state.Problem}}
	for _, e := range events {
		p.Events = append(p.Events, eventView(langOf(c), e))
	}
	if len(events) == 50 {
		p.Next = "/audit?before=" + strconv.FormatInt(events[len(events)-1].ID, 10)
	}
	return render(c, http.StatusOK, views.AuditPage(p))
}

func (a *auditServer) decisions(c echo.Context) error {
	ctx := c.Request().Context()
	f, err := parseDecisionFilter(c)
	if err != nil {
		return err
	}
	page, err := a.sup.Decisions(ctx, f)
	if err != nil {
		return err
	}
	form, err := a.filterForm(ctx, c)
	if err != nil {
		return err
	}

	p := views.Decisions{Page: a.page(c, "审核决定 Decisions", "audit"), Filter: form}
	for _, r := range page.Items {
		p.Rows = append(p.Rows, decisionItem(langOf(c), r))
	}
	if page.Next != 0 {
		q := filterQuery(c)
		q.Set("before", strconv.FormatInt(page.Next, 10))
		p.Next = "/audit/decisions?" + q.Encode()
	}
	return render(c, http.StatusOK, views.DecisionsPage(p))
}

func decisionItem(lang string, r review.DecisionRow) views.DecisionItem {
	v := views.DecisionItem{
		ID: r.ID, RecordID: r.RecordID, Status: statusLabels[r.Status], Name: r.Name,
		Number: idcard.MaskNumber(r.Number), Decision: decisionLabels[r.Decision.Decision],
		Override: r.Override, OverrideNote: r.OverrideNote, Errors: r.Errors, Untrusted: r.Untrusted,
		By: r.By.Username, At: views.FormatTime(lang, r.At), InForce: r.InForce,
	}
	if r.Reason != "" {
		v.Reason = reasonLabel(r.Reason)
	}
	return v
}

// timeline shows all events of one record, corrections with their old
// and new values.
func (a *auditServer) timeline(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	rec, err := a.reviews.Record(ctx, id)
	if err != nil {
		return err
	}
	events, err := a.sup.Timeline(ctx, id)
	if err != nil {
		return err
	}

	u, _ := currentUser(c)
	p := views.Timeline{Page: a.page(c, "记录历史 History #"+strconv.FormatInt(id, 10), "audit"),
		RecordID: id, Status: statusLabels[rec.Status],
		CanReopen: u.Role == review.RoleSupervisor && rec.Status.Decided()}
	if c.QueryParam("reopened") != "" {
		p.Flash = views.Message{ZH: "记录已重新打开，回到待审核队列。", EN: "The record is reopened and back in the queue."}
	}
	for _, e := range events {
		p.Events = append(p.Events, eventView(langOf(c), e))
	}
	return render(c, http.StatusOK, views.TimelinePage(p))
}
