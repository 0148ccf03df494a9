package handlers

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// statusOf maps an error to its HTTP status: the one place that does.
func statusOf(err error) int {
	var he *echo.HTTPError
	if errors.As(err, &he) {
		return he.Code
	}
	switch review.ErrorCode(err) {
	case review.CodeInvalid:
		return http.StatusBadRequest
	case review.CodeNotFound:
		return http.StatusNotFound
	case review.CodeConflict:
		return http.StatusConflict
	case review.CodeForbidden:
		return http.StatusForbidden
	case review.CodeTooLarge:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// userMessage is what the page says: the error's own text for user errors,
// a plain apology for everything else.
func userMessage(err error, status int) views.Message {
	if e, ok := review.AsError(err); ok {
		return views.Message{ZH: e.ZH, EN: e.EN}
	}
	switch status {
	case http.StatusNotFound:
		return views.Message{ZH: "页面不存在", EN: "Page not found"}
	case http.StatusMethodNotAllowed:
		return views.Message{ZH: "不支持该请求方法", EN: "Method not allowed"}
	case http.StatusRequestEntityTooLarge:
		return views.Message{ZH: "上传内容过大", EN: "The upload is too large"}
	}
	if status < 500 {
		return views.Message{ZH: "请求无效", EN: "Bad request"}
	}
	return views.Message{ZH: "服务器内部错误，请稍后重试；问题已记录", EN: "Internal error; please retry later. It has been logged."}
}

// handleError renders every error as a page: 5xx logged at Error, 4xx at
// Warn, never with request data.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}

	status := statusOf(err)
	if status >= 500 {
		s.log.Error("request failed", "method", c.Request().Method, "path", c.Path(), "err", err)
	} else {
		s.log.Warn("request refused", "method", c.Request().Method, "path", c.Path(), "status", status)
	}

	p := views.ErrorPage{Page: s.page(c, "错误 Error", ""), Status: status, Message: userMessage(err, status)}
	if c.Request().Header.Get("HX-Request") != "" {
		// htmx swaps nothing on errors; let the page reload to show it.
		c.Response().Header().Set("HX-Refresh", "true")
	}
	if rerr := render(c, status, views.Error(p)); rerr != nil {
		s.log.Error("render error page", "err", rerr)
	}
}

// page fills the layout's view-model for the current request.
func (s *Server) page(c echo.Context, title, nav string) views.Page {
	p := views.Page{Title: title, CSRF: csrfToken(c), Nav: nav, NoEngine: s.cfg.EngineProblem}
	if u, ok := currentUser(c); ok {
		p.User, p.Role = u.Username, string(u.Role)
	}
	return p
}
