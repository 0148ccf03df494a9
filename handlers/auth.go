package handlers

import (
	"fmt"
	"net/http"
	"path/filepath"

	"github.com/labstack/echo/v4"

	"kycreview/views"
)

func (s *Server) loginForm(c echo.Context) error {
	if _, ok := currentUser(c); ok {
		return c.Redirect(http.StatusSeeOther, "/records")
	}
	return s.renderLogin(c, http.StatusOK, "", views.Message{})
}

func (s *Server) renderLogin(c echo.Context, status int, username string, msg views.Message) error {
	p := views.Login{Page: s.page(c, "登录 Sign in", ""), Username: username, Error: msg}

	// Until an account exists, show how to make the first admin.
	if n, err := s.reviews.CountUsers(c.Request().Context()); err == nil && n == 0 {
		p.Setup = fmt.Sprintf("kycreview user add -data %s -username admin -role admin", filepath.Clean(s.cfg.DataDir))
	}
	return render(c, status, views.LoginPage(p))
}

func (s *Server) login(c echo.Context) error {
	username, password := c.FormValue("username"), c.FormValue("password")

	u, err := s.reviews.Authenticate(c.Request().Context(), username, password)
	if err != nil {
		status := statusOf(err)
		if status >= 500 {
			return err
		}
		return s.renderLogin(c, http.StatusUnauthorized, username, userMessage(err, status))
	}

	// A new token on sign-in, so a token seen before cannot be replayed.
	sess := session(c)
	sess.Values[keyUserID] = u.ID
	sess.Values[keyCSRF] = randomToken()
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	s.log.Info("signed in", "user_id", u.ID, "role", u.Role)

	if u.Role == "admin" {
		return c.Redirect(http.StatusSeeOther, "/admin")
	}
	return c.Redirect(http.StatusSeeOther, "/records")
}

func (s *Server) logout(c echo.Context) error {
	u, _ := currentUser(c)
	if err := s.reviews.Logout(c.Request().Context(), u); err != nil {
		return err
	}

	sess := session(c)
	delete(sess.Values, keyUserID)
	sess.Values[keyCSRF] = randomToken()
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	return c.Redirect(http.StatusSeeOther, "/login")
}
