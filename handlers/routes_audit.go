package handlers

import "github.com/labstack/echo/v4"

// auditRoutes registers the supervisor's and the admin's pages.
func (s *Server) auditRoutes(e *echo.Echo) {
}
