package handlers

import "github.com/labstack/echo/v4"

// speedRoutes registers the reviewer's fast path: claiming, language.
func (s *Server) speedRoutes(e *echo.Echo, records *echo.Group) {
}
