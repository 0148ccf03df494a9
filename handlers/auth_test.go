package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestLogin(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})

	page := app.Anonymous().Get("/login").Body
	if !strings.Contains(page, "kycreview user add -data") {
		t.Errorf("with no users the login page does not show how to create the first admin")
	}
	app.User("rita", review.RoleReviewer)

	tests := []struct {
		name, user, pass string
		status           int
	}{
		{"right password", "rita", kyctest.Password, http.StatusSeeOther},
		{"wrong password", "rita", "not-the-password", http.StatusUnauthorized},
		{"unknown user", "nobody", kyctest.Password, http.StatusUnauthorized},
		{"empty", "", "", http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := app.Anonymous().PostForm("/login", map[string]string{"username": tt.user, "password": tt.pass})
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			if tt.status == http.StatusUnauthorized && !strings.Contains(res.Body, "用户名或密码错误") {
				t.Errorf("no message for a failed login")
			}
		})
	}
}

func TestAccessRules(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	app.User("ada", review.RoleAdmin)

	if res := app.Anonymous().Get("/records"); res.StatusCode != http.StatusSeeOther ||
		res.Header.Get("Location") != "/login" {
		t.Errorf("anonymous /records: %d to %q, want 303 to /login", res.StatusCode, res.Header.Get("Location"))
	}
	if got := app.Login("ada").Get("/records").StatusCode; got != http.StatusForbidden {
		t.Errorf("admin on /records: %d, want 403", got)
	}

	c := app.Login("rita")
	c.Get("/records")
	noToken := c.PostRaw("/logout", url.Values{})
	if noToken.StatusCode != http.StatusForbidden {
		t.Errorf("post without _csrf: %d, want 403", noToken.StatusCode)
	}
	badToken := c.PostRaw("/logout", url.Values{"_csrf": {"0000"}})
	if badToken.StatusCode != http.StatusForbidden {
		t.Errorf("post with a wrong _csrf: %d, want 403", badToken.StatusCode)
	}
	if got := c.PostForm("/logout", nil).StatusCode; got != http.StatusSeeOther {
		t.Errorf("logout: %d, want 303", got)
	}
	if got := c.Get("/records").StatusCode; got != http.StatusSeeOther {
		t.Errorf("after logout /records: %d, want 303", got)
	}
}
