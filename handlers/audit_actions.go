package handlers

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// reopen sends a decided record back to the queue, with the reason.
func (a *auditServer) reopen(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)

	if err := a.sup.Reopen(c.Request().Context(), id, c.FormValue("reason"), u); err != nil {
		return err
	}
	a.log.Info("record reopened", "record", id, "user_id", u.ID)
	return c.Redirect(http.StatusSeeOther, "/audit/records/"+strconv.FormatInt(id, 10)+"?reopened=1")
}

// secondForm shows an overridden approval to its second approver.
func (a *auditServer) secondForm(c echo.Context) error {
	rec, err := loadRecord(c, a.reviews)
	if err != nil {
		return err
	}
	id := rec.ID
	if rec.Status != review.StatusAwaitingSecond || rec.Decision == nil {
		return c.Redirect(http.StatusSeeOther, "/records/"+strconv.FormatInt(id, 10))
	}

	p := views.SecondApproval{Page: a.page(c, "复核 Second approval", "queue"), RecordID: id,
		FirstBy: rec.Decision.By.Username, OverrideNote: rec.Decision.OverrideNote}
	return render(c, http.StatusOK, views.SecondApprovalPage(p))
}

// secondApprove completes a four-eyes approval; the first approver gets
// 403 with the reason.
func (a *auditServer) secondApprove(c echo.Context) error {
	id, err := recordID(c)
	if err != nil {
		return err
	}
	u, _ := currentUser(c)

	if err := a.sup.SecondApprove(c.Request().Context(), id, u); err != nil {
		return err
	}
	a.log.Info("second approval", "record", id, "user_id", u.ID)
	return c.Redirect(http.StatusSeeOther, "/records/"+strconv.FormatInt(id, 10))
}
