package handlers

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/review"
)

// photo serves one of a record's images to a signed-in reviewer. Photos
// are never under static/: only this handler, behind the session, reads them.
func (s *Server) photo(c echo.Context) error {
	rec, err := loadRecord(c, s.reviews)
	if err != nil {
		return err
	}
	sha, ok := photoSHA(rec, c.Param("slot"))
	if !ok {
		return review.ErrNotFound
	}

	f, err := s.photos.Open(c.Request().Context(), sha)
	if err != nil {
		return err
	}
	defer f.Close()

	h := c.Response().Header()
	// Personal data: the browser may keep it for the session, no proxy may.
	h.Set("Cache-Control", "private, max-age=3600")
	h.Set("Content-Disposition", "inline")
	http.ServeContent(c.Response(), c.Request(), sha, time.Time{}, f)
	return nil
}
