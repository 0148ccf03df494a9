package handlers

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/export"
	"kycreview/review"
	"kycreview/views"
)

// export shows the export page with the row count, or, with a format,
// streams the file: no Content-Length, so it goes out chunked as rows are
// read. Each file is an audit event with its filter and row count.
func (a *auditServer) export(c echo.Context) error {
	ctx := c.Request().Context()
	f, err := parseDecisionFilter(c)
	if err != nil {
		return err
	}
	f.Before, f.InForce = 0, true
	u, _ := currentUser(c)
	full := u.Role == review.RoleAdmin

	format := c.QueryParam("format")
	if format == "" {
		return a.exportPage(c, f, full)
	}
	kind, ok := export.Formats[format]
	if !ok {
		return errBadQuery
	}

	h := c.Response().Header()
	h.Set(echo.HeaderContentType, kind.ContentType)
	h.Set(echo.HeaderContentDisposition, `attachment; filename="kyc-export-`+
		time.Now().In(views.Shanghai).Format("20060102-150405")+"."+kind.Ext+`"`)
	h.Set("Cache-Control", "no-store")
	c.Response().WriteHeader(http.StatusOK)

	start := time.Now()
	prog := a.progress.start(c.QueryParam("progress"), u.ID, atoiOr(c.QueryParam("total"), 0))
	rows, err := export.Write(ctx, format, c.Response(), export.Header,
		counted(export.Decisions(a.sup.EachDecision, f, full), prog))
	prog.finished.Store(true)
	a.auditExport(ctx, u, c, format, full, rows, err)
	if err != nil {
		// The answer has started: all we can do is stop it short.
		a.log.Error("export failed", "user_id", u.ID, "format", format, "rows", rows, "err", err)
		return nil
	}
	a.log.Info("export", "user_id", u.ID, "format", format, "rows", rows, "ms", time.Since(start).Milliseconds())
	return nil
}

func (a *auditServer) exportPage(c echo.Context, f review.DecisionFilter, full bool) error {
	ctx := c.Request().Context()
	n, err := a.sup.CountDecisions(ctx, f)
	if err != nil {
		return err
	}
	form, err := a.filterForm(ctx, c)
	if err != nil {
		return err
	}
	p := views.Export{Page: a.page(c, "导出 Export", "admin"), Filter: form, Count: n, Full: full,
		Token: randomToken()[:32]}
	return render(c, http.StatusOK, views.ExportPage(p))
}

// auditExport records the export even when the client went away midway.
func (a *auditServer) auditExport(ctx context.Context, u review.User, c echo.Context, format string,
	full bool, rows int, failed error) {
	detail := map[string]any{"format": format, "filter": filterQuery(c).Encode(), "rows": rows,
		"full_numbers": full, "complete": failed == nil, "via": "web"}
	if err := a.sup.Export(context.WithoutCancel(ctx), review.Event{ActorID: u.ID, Detail: detail}); err != nil {
		a.log.Error("audit export", "user_id", u.ID, "err", err)
	}
}

// counted passes rows through, counting them for the progress bar.
func counted(src export.Source, p *progress) export.Source {
	return func(ctx context.Context, fn func([]string) error) error {
		return src(ctx, func(cells []string) error {
			p.done.Add(1)
			return fn(cells)
		})
	}
}

func atoiOr(s string, or int) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return or
	}
	return n
}
