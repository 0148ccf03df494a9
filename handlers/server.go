// Package handlers is the HTTP side: it reads and checks requests, calls
// the review service and renders views. It holds no business rules.
package handlers

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/a-h/templ"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"kycreview/review"
	"kycreview/static"
)

// Reviews is what the handlers need of the review service.
type Reviews interface {
	Engine() string
	Submit(ctx context.Context, front, back []byte, by review.User) (int64, error)
	Record(ctx context.Context, id int64) (*review.Record, error)
	List(ctx context.Context, q review.ListQuery) (review.ListPage, error)
	Correct(ctx context.Context, id int64, field, value string, by review.User) error
	Decide(ctx context.Context, id int64, version int, d review.Decision) error
	Retry(ctx context.Context, id int64, by review.User) error
	Swap(ctx context.Context, id int64, version int, by review.User) error
	Authenticate(ctx context.Context, username, password string) (review.User, error)
	Logout(ctx context.Context, u review.User) error
	UserByID(ctx context.Context, id int64) (review.User, error)
	CountUsers(ctx context.Context) (int, error)

	Claims
	Langs
	Supervision
}

// Config is what the server needs besides its collaborators.
type Config struct {
	MaxUpload     int64
	SecureCookies bool
	DataDir       string // only to print the first-admin command
	// EngineProblem is shown on every page when the OCR engine is missing.
	EngineProblem string
}

// Server holds the handlers' collaborators.
type Server struct {
	reviews  Reviews
	photos   review.PhotoStore
	sessions sessions.Store
	cfg      Config
	log      *slog.Logger
}

// New builds the Echo app with every route.
func New(reviews Reviews, photos review.PhotoStore, store sessions.Store, cfg Config, log *slog.Logger) *echo.Echo {
	s := &Server{reviews: reviews, photos: photos, sessions: store, cfg: cfg, log: log}

	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.handleError
	e.Use(middleware.Recover())
	e.Use(s.logRequests)
	e.Use(securityHeaders)
	e.Use(s.loadSession)
	e.Use(s.checkCSRF)

	e.GET("/static/*", echo.WrapHandler(static.Handler()))
	e.GET("/login", s.loginForm)
	e.POST("/login", s.login)
	e.POST("/logout", s.logout, s.requireUser)
	e.GET("/", func(c echo.Context) error { return c.Redirect(http.StatusSeeOther, "/records") })

	r := e.Group("/records", s.requireUser, s.requireRole(review.RoleReviewer, review.RoleSupervisor))
	r.GET("", s.queue)
	r.GET("/new", s.uploadForm)
	r.POST("", s.upload)
	r.GET("/:id", s.record)
	r.GET("/:id/progress", s.progress)
	r.GET("/:id/photos/:slot", s.photo)
	r.POST("/:id/fields/:field", s.correct)
	r.POST("/:id/decision", s.decide)
	r.POST("/:id/retry", s.retry)
	r.POST("/:id/swap", s.swap)

	s.auditRoutes(e)
	s.speedRoutes(e, r)
	return e
}

// render writes a templ component with the given status.
func render(c echo.Context, status int, comp templ.Component) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(status)
	return comp.Render(c.Request().Context(), c.Response())
}

func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
		return next(c)
	}
}

// logRequests logs method, path, status and time; never query strings or
// forms, which may hold personal data.
func (s *Server) logRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		err := next(c)
		if err != nil {
			c.Error(err)
		}
		s.log.Debug("request", "method", c.Request().Method, "path", c.Path(),
			"status", c.Response().Status)
		return nil
	}
}
