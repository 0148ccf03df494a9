package handlers

import (
	"github.com/labstack/echo/v4"
)

// speedRoutes registers the reviewer's fast path: claiming, language.
// records is the /records group, already limited to reviewers and
// supervisors.
func (s *Server) speedRoutes(e *echo.Echo, records *echo.Group) {
	// Echo applies e.Use middleware per request, after the session and
	// CSRF middleware registered before it, so it reaches every route.
	e.Use(s.withLang)

	e.POST("/lang", s.setLang)
	records.POST("/claim", s.startReview)
	records.POST("/:id/release", s.releaseClaim)
}
