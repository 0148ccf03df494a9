package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

// pendingApp starts the app without OCR, so uploads start pending, with
// two reviewers and n records.
func pendingApp(t *testing.T, n int) *kyctest.App {
	t.Helper()
	app := kyctest.NewApp(t, kyctest.Options{})
	rita := app.User("rita", review.RoleReviewer)
	app.User("sam", review.RoleReviewer)
	for i := 0; i < n; i++ {
		_, err := app.Service.Submit(context.Background(), kyctest.PNG(64, 40, uint8(i)), kyctest.PNG(64, 40, uint8(i+100)), rita)
		if err != nil {
			t.Fatal(err)
		}
	}
	return app
}

func TestClaimAndNext(t *testing.T) {
	app := pendingApp(t, 3)
	rita, sam := app.Login("rita"), app.Login("sam")
	reject := map[string]string{"decision": "reject", "reason": "unreadable_photo", "version": "1", "next": "1"}

	steps := []struct {
		name     string
		c        *kyctest.Client
		path     string
		form     map[string]string
		status   int
		location string
	}{
		{"rita starts", rita, "/records/claim", nil, http.StatusSeeOther, "/records/1"},
		{"rita starts again: same record", rita, "/records/claim", nil, http.StatusSeeOther, "/records/1"},
		{"sam gets the next one", sam, "/records/claim", nil, http.StatusSeeOther, "/records/2"},
		{"sam may not decide rita's", sam, "/records/1/decision", reject, http.StatusConflict, ""},
		{"sam may not correct rita's", sam, "/records/1/fields/name", map[string]string{"value": "x"}, http.StatusConflict, ""},
		{"rita decides and goes on", rita, "/records/1/decision", reject, http.StatusSeeOther, "/records/3"},
		{"sam gives his back", sam, "/records/2/release", nil, http.StatusSeeOther, "/records"},
		{"rita decides 3 and gets 2", rita, "/records/3/decision", reject, http.StatusSeeOther, "/records/2"},
		{"rita decides the last one", rita, "/records/2/decision", reject, http.StatusSeeOther, "/records?empty=1"},
		{"nothing left for sam", sam, "/records/claim", nil, http.StatusSeeOther, "/records?empty=1"},
	}
	for _, s := range steps {
		s.c.Get("/records")
		res := s.c.PostForm(s.path, s.form)
		if res.StatusCode != s.status || res.Header.Get("Location") != s.location {
			t.Fatalf("%s: got %d to %q, want %d to %q", s.name, res.StatusCode, res.Header.Get("Location"),
				s.status, s.location)
		}
	}
}

func TestClaimShownToOthers(t *testing.T) {
	app := pendingApp(t, 2)
	rita, sam := app.Login("rita"), app.Login("sam")
	rita.Get("/records")
	rita.PostForm("/records/claim", nil)

	mine := rita.Get("/records/1").Body
	if !strings.Contains(mine, `data-claim="mine"`) || !strings.Contains(mine, `name="next" value="1"`) {
		t.Errorf("holder's page lacks the claim line or the next field")
	}
	other := sam.Get("/records/1").Body
	if !strings.Contains(other, `data-claim="other"`) || !strings.Contains(other, "rita 正在审核此记录") {
		t.Errorf("another reviewer is not told who holds the record")
	}
	if strings.Contains(other, `data-testid="decision-form"`) || strings.Contains(other, `class="edit"`) {
		t.Errorf("another reviewer is offered forms on a held record")
	}
	if !strings.Contains(sam.Get("/records/2").Body, `data-testid="decision-form"`) {
		t.Errorf("an unheld record offers no decision form")
	}

	queue := sam.Get("/records").Body
	if !strings.Contains(queue, `data-claim-holder="rita"`) {
		t.Errorf("the queue does not show rita's claim")
	}
}
