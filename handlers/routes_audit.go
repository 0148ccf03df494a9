package handlers

import (
	"github.com/labstack/echo/v4"

	"kycreview/review"
)

// auditRoutes registers the supervisor's and the admin's pages. Admins
// may read the audit pages; only supervisors reopen records.
func (s *Server) auditRoutes(e *echo.Echo) {
	a := &auditServer{Server: s, sup: s.reviews}

	audit := e.Group("/audit", s.requireUser, s.requireRole(review.RoleSupervisor, review.RoleAdmin))
	audit.GET("", a.auditPage)
	audit.GET("/decisions", a.decisions)
	audit.GET("/records/:id", a.timeline)
	audit.GET("/stats", a.stats)

	e.POST("/records/:id/reopen", a.reopen, s.requireUser, s.requireRole(review.RoleSupervisor))
	second := []echo.MiddlewareFunc{s.requireUser, s.requireRole(review.RoleReviewer, review.RoleSupervisor)}
	e.GET("/records/:id/second", a.secondForm, second...)
	e.POST("/records/:id/second", a.secondApprove, second...)

	admin := e.Group("/admin", s.requireUser, s.requireRole(review.RoleAdmin))
	admin.GET("", a.adminHome)
	admin.POST("/users", a.createUser)
	admin.GET("/users/:uid", a.userPage)
	admin.POST("/users/:uid/role", a.setRole)
	admin.POST("/users/:uid/active", a.setActive)
	admin.POST("/users/:uid/password", a.resetPassword)

	// Supervisors export too, with ID numbers masked.
	exporters := []echo.MiddlewareFunc{s.requireUser, s.requireRole(review.RoleAdmin, review.RoleSupervisor)}
	e.GET("/admin/export", a.export, exporters...)
	e.GET("/admin/export/progress", a.exportStatus, exporters...)
}
