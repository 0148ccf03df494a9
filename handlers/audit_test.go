package handlers_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

// manualApp has no OCR engine: a new record is pending at once, with
// empty fields for the reviewer to type.
func manualApp(t *testing.T) *kyctest.App {
	t.Helper()
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	app.User("rob", review.RoleReviewer)
	app.User("sam", review.RoleSupervisor)
	app.User("ada", review.RoleAdmin)
	return app
}

func post(t *testing.T, c *kyctest.Client, path string, form map[string]string, want int) kyctest.Response {
	t.Helper()
	res := c.PostForm(path, form)
	if res.StatusCode != want {
		t.Fatalf("POST %s: status %d, want %d: %s", path, res.StatusCode, want, res.Body)
	}
	return res
}

// overrideApprove types a number whose check character is wrong, then
// approves over that error.
func overrideApprove(t *testing.T, c *kyctest.Client, id int64) {
	t.Helper()
	post(t, c, fmt.Sprintf("/records/%d/fields/number", id), map[string]string{"value": "110105194912310021"},
		http.StatusSeeOther)
	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	post(t, c, fmt.Sprintf("/records/%d/decision", id), map[string]string{"decision": "approve",
		"override": "1", "override_note": "checked by phone", "version": versionOf(t, page)}, http.StatusSeeOther)
}

func TestFourEyesAndReopen(t *testing.T) {
	app := manualApp(t)
	app.Service.SetFourEyes(true)
	rita, rob, sam := app.Login("rita"), app.Login("rob"), app.Login("sam")
	id := uploadBoth(t, rita)
	path := fmt.Sprintf("/records/%d", id)

	overrideApprove(t, rita, id)
	app.WaitStatus(id, review.StatusAwaitingSecond)

	res := post(t, rita, path+"/second", nil, http.StatusForbidden)
	if !strings.Contains(res.Body, "第二次批准必须由另一人完成") {
		t.Errorf("the first approver's second approval: no clear message")
	}
	if got := rob.Get(path + "/second").StatusCode; got != http.StatusOK {
		t.Errorf("second approval page: %d, want 200", got)
	}
	post(t, rob, path+"/second", nil, http.StatusSeeOther)
	app.WaitStatus(id, review.StatusApproved)

	post(t, sam, path+"/reopen", map[string]string{"reason": " "}, http.StatusBadRequest)
	post(t, rita, path+"/reopen", map[string]string{"reason": "why not"}, http.StatusForbidden)
	post(t, sam, path+"/reopen", map[string]string{"reason": "photo looks edited"}, http.StatusSeeOther)
	rec := app.WaitStatus(id, review.StatusPending)
	if rec.Decision != nil {
		t.Errorf("after reopen: decision in force %+v, want none", rec.Decision)
	}

	list := sam.Get("/audit/decisions?override=yes").Body
	if !strings.Contains(list, fmt.Sprintf(`data-record="%d" data-in-force="false" data-override="true"`, id)) {
		t.Errorf("decisions list lacks the reopened override decision")
	}

	timeline := sam.Get(fmt.Sprintf("/audit/records/%d", id)).Body
	var got []string
	for _, a := range []string{"upload", "decision", "override", "second_approval", "reopen"} {
		got = append(got, fmt.Sprint(strings.Index(timeline, `data-action="`+a+`"`) >= 0))
	}
	if want := "[true true true true true]"; fmt.Sprint(got) != want {
		t.Errorf("timeline events found %v, want %s", got, want)
	}
	if strings.Index(timeline, `data-action="upload"`) > strings.Index(timeline, `data-action="reopen"`) {
		t.Errorf("timeline is not oldest first")
	}
}

func TestExport(t *testing.T) {
	app := manualApp(t)
	rita, sam, ada := app.Login("rita"), app.Login("sam"), app.Login("ada")
	id := uploadBoth(t, rita)
	path := fmt.Sprintf("/records/%d", id)
	post(t, rita, path+"/fields/name", map[string]string{"value": "=HYPERLINK(\"x\")"}, http.StatusSeeOther)
	post(t, rita, path+"/fields/number", map[string]string{"value": "11010519491231002X"}, http.StatusSeeOther)
	page := rita.Get(path).Body
	post(t, rita, path+"/decision", map[string]string{"decision": "reject", "reason": "data_mismatch",
		"version": versionOf(t, page)}, http.StatusSeeOther)

	tests := []struct {
		who        *kyctest.Client
		wantNumber string
	}{
		{ada, "11010519491231002X"},
		{sam, "110105********002X"},
	}
	for _, tt := range tests {
		res := tt.who.Get("/admin/export?format=csv&decision=reject")
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Body, "\ufeff") {
			t.Fatalf("csv: status %d, BOM %v", res.StatusCode, strings.HasPrefix(res.Body, "\ufeff"))
		}
		if !strings.Contains(res.Body, `"'=HYPERLINK(""x"")"`) {
			t.Errorf("csv: formula not escaped: %s", res.Body)
		}
		if !strings.Contains(res.Body, ","+tt.wantNumber+",") {
			t.Errorf("csv: want number %s in %s", tt.wantNumber, res.Body)
		}
	}

	res := ada.Get("/admin/export?format=xlsx")
	f, err := excelize.OpenReader(bytes.NewReader([]byte(res.Body)))
	if err != nil {
		t.Fatalf("xlsx: %v", err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue("Sheet1", "C2"); got != `'=HYPERLINK("x")` {
		t.Errorf("xlsx name cell: got %q, want the escaped formula", got)
	}

	if n := countEvents(t, app, "export"); n != 3 {
		t.Errorf("export events: got %d, want 3", n)
	}
	if page := ada.Get("/admin/export?decision=reject").Body; !strings.Contains(page, `data-count="1"`) {
		t.Errorf("export page does not show the count of 1")
	}
}

func countEvents(t *testing.T, app *kyctest.App, action string) int {
	t.Helper()
	var n int
	err := app.DB.SQL().QueryRow(`SELECT COUNT(*) FROM events WHERE action = ?`, action).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAuditPages(t *testing.T) {
	app := manualApp(t)
	rita, sam := app.Login("rita"), app.Login("sam")
	id := uploadBoth(t, rita)
	overrideApprove(t, rita, id)

	tests := []struct{ path, want string }{
		{"/audit", `data-intact="true"`},
		{"/audit/stats", `<title id="daily-t">`},
		{"/audit/stats", `data-reviewer="rita"`},
		{"/audit/decisions?reviewer=1&flags=yes", `data-testid="decisions"`},
	}
	for _, tt := range tests {
		res := sam.Get(tt.path)
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Body, tt.want) {
			t.Errorf("%s: status %d, want 200 with %q", tt.path, res.StatusCode, tt.want)
		}
	}
}

func TestAdminUsers(t *testing.T) {
	app := manualApp(t)
	ada := app.Login("ada")

	post(t, ada, "/admin/users", map[string]string{"username": "nina", "role": "reviewer",
		"password": kyctest.Password}, http.StatusSeeOther)
	post(t, ada, "/admin/users", map[string]string{"username": "nina", "role": "reviewer",
		"password": kyctest.Password}, http.StatusConflict)
	nina, _, err := app.DB.UserByName(context.Background(), "nina")
	if err != nil {
		t.Fatal(err)
	}
	base := fmt.Sprintf("/admin/users/%d", nina.ID)

	post(t, ada, base+"/role", map[string]string{"role": "supervisor"}, http.StatusSeeOther)
	post(t, ada, base+"/active", map[string]string{"active": "0"}, http.StatusSeeOther)
	if got := app.Anonymous().PostForm("/login", map[string]string{"username": "nina",
		"password": kyctest.Password}).StatusCode; got != http.StatusUnauthorized {
		t.Errorf("deactivated user signs in: %d, want 401", got)
	}
	post(t, ada, base+"/active", map[string]string{"active": "1"}, http.StatusSeeOther)
	post(t, ada, base+"/password", map[string]string{"password": "a-new-long-password"}, http.StatusSeeOther)
	if got := app.Anonymous().PostForm("/login", map[string]string{"username": "nina",
		"password": "a-new-long-password"}).StatusCode; got != http.StatusSeeOther {
		t.Errorf("reactivated user with the new password: %d, want 303", got)
	}

	adaUser, _, _ := app.DB.UserByName(context.Background(), "ada")
	post(t, ada, fmt.Sprintf("/admin/users/%d/active", adaUser.ID), map[string]string{"active": "0"},
		http.StatusForbidden)

	for action, want := range map[string]int{"user_role": 1, "user_deactivated": 1, "user_reactivated": 1,
		"user_password_reset": 1} {
		if got := countEvents(t, app, action); got != want {
			t.Errorf("%s events: got %d, want %d", action, got, want)
		}
	}
}

func TestPurgeKeepsSharedPhotos(t *testing.T) {
	app := manualApp(t)
	rita := app.Login("rita")
	old := uploadBoth(t, rita)
	open := uploadBoth(t, rita) // the same two photos, still under review
	page := rita.Get(fmt.Sprintf("/records/%d", old)).Body
	post(t, rita, fmt.Sprintf("/records/%d/decision", old), map[string]string{"decision": "reject",
		"reason": "unreadable_photo", "version": versionOf(t, page)}, http.StatusSeeOther)
	backdate(t, app, old)

	ctx := context.Background()
	p, err := app.Service.PurgePhotos(ctx, 30, review.User{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Records) != 1 || p.Deleted != 0 {
		t.Errorf("first purge: %d records, %d files; want 1 record and no file (shared)", len(p.Records), p.Deleted)
	}
	if got := rita.Get(fmt.Sprintf("/records/%d/photos/front", open)).StatusCode; got != http.StatusOK {
		t.Errorf("photo of the open record: %d, want 200", got)
	}
	if page := rita.Get(fmt.Sprintf("/records/%d", old)).Body; !strings.Contains(page, "照片已按保留期限") {
		t.Errorf("purged record's page does not say the photos were purged")
	}

	page = rita.Get(fmt.Sprintf("/records/%d", open)).Body
	post(t, rita, fmt.Sprintf("/records/%d/decision", open), map[string]string{"decision": "reject",
		"reason": "unreadable_photo", "version": versionOf(t, page)}, http.StatusSeeOther)
	backdate(t, app, open)
	if p, err = app.Service.PurgePhotos(ctx, 30, review.User{}); err != nil || p.Deleted != 2 {
		t.Fatalf("second purge: %+v, %v; want 2 files deleted", p, err)
	}
	if got := rita.Get(fmt.Sprintf("/records/%d/photos/front", open)).StatusCode; got != http.StatusNotFound {
		t.Errorf("purged photo: %d, want 404", got)
	}
	if n := countEvents(t, app, "photos_purged"); n != 2 {
		t.Errorf("photos_purged events: %d, want 2", n)
	}
}

// backdate moves a record's decisions 40 days into the past; decisions
// have no trigger, the events do.
func backdate(t *testing.T, app *kyctest.App, id int64) {
	t.Helper()
	_, err := app.DB.SQL().Exec(`UPDATE decisions SET decided_at = '2000-01-01T00:00:00.000000Z'
		WHERE record_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
}
