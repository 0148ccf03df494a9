package handlers

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/review"
	"kycreview/views"
)

// keyLang is the session's language for readers not signed in.
const keyLang = "lang"

// withLang puts the reader's language in the request's context: the
// signed-in user's own, else the session's, else Chinese.
func (s *Server) withLang(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		lang := views.LangZH
		if u, ok := currentUser(c); ok && review.ValidLang(u.Lang) {
			lang = u.Lang
		} else if sess := session(c); sess != nil {
			if l, _ := sess.Values[keyLang].(string); review.ValidLang(l) {
				lang = l
			}
		}
		c.SetRequest(c.Request().WithContext(views.WithLang(c.Request().Context(), lang)))
		return next(c)
	}
}

// langOf is the reader's language, as withLang set it.
func langOf(c echo.Context) string { return views.LangOf(c.Request().Context()) }

// localTime shows a time the reader's way.
func localTime(c echo.Context, t time.Time) string { return views.FormatTime(langOf(c), t) }

// Langs is what the language switch needs of the review service.
type Langs interface {
	SetLang(ctx context.Context, by review.User, lang string) error
}

var errBadLang = review.Errorf(review.CodeInvalid, "不支持的语言", "Unsupported language")

// setLang remembers the language for the user, or for the session when
// nobody is signed in, and sends the reader back where they were.
func (s *Server) setLang(c echo.Context) error {
	lang := c.FormValue("lang")
	if !review.ValidLang(lang) {
		return errBadLang
	}

	if u, ok := currentUser(c); ok {
		if err := s.reviews.SetLang(c.Request().Context(), u, lang); err != nil {
			return err
		}
	}
	sess := session(c)
	sess.Values[keyLang] = lang
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, backTo(c.Request()))
}

// backTo is the same-site page the request came from, or the start page.
// Only the path and query are kept, so the referrer cannot send the
// reader to another site.
func backTo(r *http.Request) string {
	ref, err := url.Parse(r.Referer())
	if err != nil || ref.Host != r.Host || !strings.HasPrefix(ref.Path, "/") || strings.HasPrefix(ref.Path, "//") {
		return "/"
	}
	if ref.RawQuery != "" {
		return ref.Path + "?" + ref.RawQuery
	}
	return ref.Path
}
