package handlers

import (
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// stats shows reviewer statistics over a period, the last 30 days unless
// the query says otherwise.
func (a *auditServer) stats(c echo.Context) error {
	from, to, err := statsPeriod(c)
	if err != nil {
		return err
	}
	st, err := a.sup.ReviewerStats(c.Request().Context(), from, to)
	if err != nil {
		return err
	}

	p := views.Stats{Page: a.page(c, "统计 Statistics", "audit"),
		From: from.Format(time.DateOnly), To: to.AddDate(0, 0, -1).Format(time.DateOnly)}
	p.Daily = views.Chart{ID: "daily", Title: "每日决定数 Decisions per day", Unit: "决定 Decisions",
		Desc: fmt.Sprintf("Decisions per day from %s to %s", p.From, p.To)}
	for _, d := range st.Days {
		p.Daily.Bars = append(p.Daily.Bars, views.Bar{Label: d.Day, Value: float64(d.Count), Text: fmt.Sprint(d.Count)})
	}
	p.Approval = views.Chart{ID: "approval", Title: "通过率 Approval rate by reviewer", Unit: "通过率 Rate",
		Desc: "Share of each reviewer's decisions that approved", Max: 1}
	p.Wait = views.Chart{ID: "wait", Title: "上传至决定中位时间 Median upload to decision", Unit: "小时 Hours",
		Desc: "Median hours from upload to decision, by reviewer"}
	for _, r := range st.Reviewers {
		p.Reviewers = append(p.Reviewers, statRow(r))
		rate := r.ApprovalRate()
		p.Approval.Bars = append(p.Approval.Bars, views.Bar{Label: r.Reviewer, Value: rate,
			Text: fmt.Sprintf("%.0f%%", rate*100)})
		p.Wait.Bars = append(p.Wait.Bars, views.Bar{Label: r.Reviewer, Value: r.MedianWait.Hours(),
			Text: fmt.Sprintf("%.1f", r.MedianWait.Hours())})
	}
	return render(c, http.StatusOK, views.StatsPage(p))
}

func statRow(r review.ReviewerStats) views.StatRow {
	return views.StatRow{Reviewer: r.Reviewer, Decided: r.Decided, Overrides: r.Overrides,
		ApprovalRate: fmt.Sprintf("%.0f%%", r.ApprovalRate()*100),
		MedianWait:   r.MedianWait.Round(time.Minute).String()}
}

// statsPeriod reads from and to (inclusive days); a period is at most a
// year, so the daily chart stays readable.
func statsPeriod(c echo.Context) (time.Time, time.Time, error) {
	today := time.Now().In(views.Shanghai)
	to := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, views.Shanghai).AddDate(0, 0, 1)
	from := to.AddDate(0, 0, -30)

	var err error
	if v := c.QueryParam("from"); v != "" {
		if from, err = parseDay(v, 0); err != nil {
			return from, to, errBadQuery
		}
	}
	if v := c.QueryParam("to"); v != "" {
		if to, err = parseDay(v, 1); err != nil {
			return from, to, errBadQuery
		}
	}
	if !from.Before(to) || to.Sub(from) > 366*24*time.Hour {
		return from, to, errBadQuery
	}
	return from, to, nil
}
