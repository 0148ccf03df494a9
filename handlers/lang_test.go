package handlers_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestLanguageSwitch(t *testing.T) {
	app := pendingApp(t, 1)
	zhDate := regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}`)
	enDate := regexp.MustCompile(`\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}`)

	rita := app.Login("rita")
	page := rita.Get("/records").Body
	if !strings.Contains(page, `<html lang="zh-CN"`) || !strings.Contains(page, "审核队列") || !zhDate.MatchString(page) {
		t.Errorf("default page is not in Chinese with Chinese dates")
	}

	res := rita.PostRaw("/lang", map[string][]string{"_csrf": {rita.Token()}, "lang": {"en"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /lang: status %d", res.StatusCode)
	}
	u, _, _ := app.DB.UserByName(context.Background(), "rita")
	if u.Lang != "en" {
		t.Errorf("users.lang = %q, want en", u.Lang)
	}

	// A new session of the same user reads English too.
	page = app.Login("rita").Get("/records").Body
	if !strings.Contains(page, `<html lang="en"`) || !strings.Contains(page, "Start reviewing") ||
		strings.Contains(page, "开始审核") || !enDate.MatchString(page) {
		t.Errorf("after the switch the page is not in English with English dates")
	}

	tests := []struct {
		name   string
		lang   string
		status int
	}{
		{"unknown language", "fr", http.StatusBadRequest},
		{"empty", "", http.StatusBadRequest},
		{"back to Chinese", "zh", http.StatusSeeOther},
	}
	for _, tt := range tests {
		if got := rita.PostForm("/lang", map[string]string{"lang": tt.lang}).StatusCode; got != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, got, tt.status)
		}
	}
}

func TestLanguageOfAnonymousSession(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	c := app.Anonymous()

	res := c.PostForm("/lang", map[string]string{"lang": "en"})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
		t.Fatalf("POST /lang: got %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	page := c.Get("/login").Body
	if !strings.Contains(page, `<html lang="en"`) || !strings.Contains(page, ">Sign in<") {
		t.Errorf("login page not in English for the session")
	}
}
