package handlers_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"kycreview/internal/kyctest"
	"kycreview/ocr"
	"kycreview/review"
)

var (
	frontPhoto = kyctest.JPEG(900, 570, 1)
	backPhoto  = kyctest.JPEG(900, 570, 2)
)

// vendorApp starts the app with the vendor engine pointed at a fake that
// answers the guide's samples for the two test photos.
func vendorApp(t *testing.T, frontBody []byte) (*kyctest.App, *kyctest.Vendor) {
	t.Helper()
	v := kyctest.NewVendor(t)
	v.Answer(frontPhoto, 0, frontBody)
	v.Answer(backPhoto, 0, kyctest.ReadTestdata(t, "vendor/back.json"))

	engine := ocr.NewVendor(ocr.VendorConfig{URL: v.URL(), Key: "test-key", Backoff: time.Millisecond})
	fetch := func(ctx context.Context, url string) ([]byte, error) {
		return ocr.FetchPortrait(ctx, http.DefaultClient, v.URL(), url)
	}
	app := kyctest.NewApp(t, kyctest.Options{Engine: engine, Fetch: fetch})
	app.User("rita", review.RoleReviewer)
	return app, v
}

func uploadBoth(t *testing.T, c *kyctest.Client) int64 {
	t.Helper()
	res := c.Upload("/records",
		kyctest.File{Field: "front", Name: "front.jpg", Data: frontPhoto},
		kyctest.File{Field: "back", Name: "back.jpg", Data: backPhoto})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload: status %d, want 303: %s", res.StatusCode, res.Body)
	}
	var id int64
	if _, err := fmt.Sscanf(res.Header.Get("Location"), "/records/%d", &id); err != nil {
		t.Fatalf("upload: location %q: %v", res.Header.Get("Location"), err)
	}
	return id
}

// field finds a field's row on the review page.
func field(t *testing.T, page, name string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<tr id="field-` + name + `"[^>]*>.*?</tr>`)
	row := re.FindString(page)
	if row == "" {
		t.Fatalf("no row for field %s", name)
	}
	return row
}

func TestReviewFlowWithVendor(t *testing.T) {
	app, _ := vendorApp(t, kyctest.ReadTestdata(t, "vendor/front.json"))
	c := app.Login("rita")

	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusPending)

	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	for name, want := range map[string]string{
		"name": "赵宁宁", "number": "320382198912014010", "birthday": "1989-12-01",
		"authority": "杭州市公安局余杭分局", "timelimit": "20180806-20380806",
	} {
		row := field(t, page, name)
		if !strings.Contains(row, want) {
			t.Errorf("field %s: row lacks %q: %s", name, want, row)
		}
		if !strings.Contains(row, `data-trusted="true"`) {
			t.Errorf("field %s: not trusted: %s", name, row)
		}
	}
	if !strings.Contains(page, `data-status="pending"`) {
		t.Errorf("page status is not pending")
	}
	if strings.Contains(page, `data-testid="untrusted-banner"`) {
		t.Errorf("banner shown for a fully trusted result")
	}

	res := c.PostForm(fmt.Sprintf("/records/%d/decision", id), map[string]string{
		"decision": "approve", "version": versionOf(t, page)})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("approve: status %d: %s", res.StatusCode, res.Body)
	}
	if got := app.WaitStatus(id, review.StatusApproved).Decision.By.Username; got != "rita" {
		t.Errorf("decided by %q, want rita", got)
	}

	res = c.PostForm(fmt.Sprintf("/records/%d/decision", id), map[string]string{
		"decision": "reject", "reason": "data_mismatch", "version": versionOf(t, page)})
	if res.StatusCode != http.StatusConflict {
		t.Errorf("second decision: status %d, want 409", res.StatusCode)
	}
	if !strings.Contains(res.Body, "已有审核决定") {
		t.Errorf("second decision: no message in the page")
	}
}

var versionRE = regexp.MustCompile(`data-version="(\d+)"`)

func versionOf(t *testing.T, page string) string {
	t.Helper()
	m := versionRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data-version on the page")
	}
	return m[1]
}

func TestUntrustedFieldIsRed(t *testing.T) {
	body := bytes.Replace(kyctest.ReadTestdata(t, "vendor/front.json"),
		[]byte(`"address": true`), []byte(`"address": false`), 1)
	app, _ := vendorApp(t, body)
	c := app.Login("rita")

	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusPending)
	page := c.Get(fmt.Sprintf("/records/%d", id)).Body

	row := field(t, page, "address")
	if !strings.Contains(row, `data-trusted="false"`) || !strings.Contains(row, `data-level="error"`) {
		t.Errorf("address row not flagged: %s", row)
	}
	if !strings.Contains(page, `data-testid="untrusted-banner"`) {
		t.Errorf("no banner saying the result cannot be trusted")
	}
	if row := field(t, page, "name"); !strings.Contains(row, `data-trusted="true"`) {
		t.Errorf("name row flagged too: %s", row)
	}
}

func TestCorrectionKeepsOCRValue(t *testing.T) {
	app, _ := vendorApp(t, kyctest.ReadTestdata(t, "vendor/front.json"))
	c := app.Login("rita")
	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusPending)
	c.Get(fmt.Sprintf("/records/%d", id))

	res := c.PostForm(fmt.Sprintf("/records/%d/fields/name", id), map[string]string{"value": "赵宁"})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("correct: status %d: %s", res.StatusCode, res.Body)
	}
	row := field(t, c.Get(fmt.Sprintf("/records/%d", id)).Body, "name")
	if !strings.Contains(row, "赵宁") || !strings.Contains(row, "识别值 OCR: 赵宁宁") {
		t.Errorf("row does not show both values: %s", row)
	}

	res = c.PostForm(fmt.Sprintf("/records/%d/fields/bogus", id), map[string]string{"value": "x"})
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown field: status %d, want 400", res.StatusCode)
	}
}

func TestSideMismatchAndSwap(t *testing.T) {
	app, v := vendorApp(t, kyctest.ReadTestdata(t, "vendor/front.json"))
	c := app.Login("rita")

	// The reviewer puts the back photo in the front slot and vice versa.
	res := c.Upload("/records",
		kyctest.File{Field: "front", Name: "a.jpg", Data: backPhoto},
		kyctest.File{Field: "back", Name: "b.jpg", Data: frontPhoto})
	var id int64
	fmt.Sscanf(res.Header.Get("Location"), "/records/%d", &id)
	_ = v
	rec := app.WaitStatus(id, review.StatusPending)
	if got := len(rec.SideMismatch()); got != 2 {
		t.Fatalf("mismatched slots: %d, want 2", got)
	}

	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	if !strings.Contains(page, "请交换两张照片") || !strings.Contains(page, `data-testid="swap"`) {
		t.Fatalf("page does not offer the swap")
	}
	if !strings.Contains(field(t, page, "name"), "赵宁宁") {
		t.Errorf("fields were not taken from the side the vendor saw")
	}

	res = c.PostForm(fmt.Sprintf("/records/%d/swap", id), map[string]string{"version": versionOf(t, page)})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("swap: status %d: %s", res.StatusCode, res.Body)
	}
	rec, _ = app.DB.Record(context.Background(), id)
	if len(rec.SideMismatch()) != 0 || rec.FrontSHA == rec.BackSHA {
		t.Errorf("after swap: mismatch %v", rec.SideMismatch())
	}
	if page := c.Get(fmt.Sprintf("/records/%d", id)).Body; strings.Contains(page, "请交换两张照片") {
		t.Errorf("mismatch still reported after the swap")
	}
}

func TestOCRFailureOffersRetry(t *testing.T) {
	app, v := vendorApp(t, kyctest.ReadTestdata(t, "vendor/error603.json"))
	c := app.Login("rita")
	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusOCRFailed)

	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	if !strings.Contains(page, `data-status="ocr_failed"`) || !strings.Contains(page, "余额已用完") {
		t.Errorf("failure page does not say the balance is used up")
	}
	if !strings.Contains(page, `data-testid="retry"`) {
		t.Fatalf("no retry button")
	}

	v.Answer(frontPhoto, 0, kyctest.ReadTestdata(t, "vendor/front.json"))
	res := c.PostForm(fmt.Sprintf("/records/%d/retry", id), nil)
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("retry: status %d", res.StatusCode)
	}
	rec := app.WaitStatus(id, review.StatusPending)
	if got := rec.Field("name").OCRValue; got != "赵宁宁" {
		t.Errorf("after retry name = %q", got)
	}
	if n := len(rec.Attempts); n != 4 {
		t.Errorf("attempts kept = %d, want 4 (both sides, twice)", n)
	}
	if !strings.Contains(string(rec.Attempts[0].Raw), "603") {
		t.Errorf("the vendor's raw answer was not kept verbatim")
	}
}

func TestProgressPollsUntilDone(t *testing.T) {
	app, _ := vendorApp(t, kyctest.ReadTestdata(t, "vendor/front.json"))
	c := app.Login("rita")
	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusPending)

	res := c.Get(fmt.Sprintf("/records/%d/progress", id))
	if res.Header.Get("HX-Refresh") != "true" {
		t.Errorf("finished record: no HX-Refresh, got %d %q", res.StatusCode, res.Body)
	}
}

func TestApprovingErrorsNeedsOverride(t *testing.T) {
	body := bytes.Replace(kyctest.ReadTestdata(t, "vendor/front.json"),
		[]byte(`"address": true`), []byte(`"address": false`), 1)
	app, _ := vendorApp(t, body)
	c := app.Login("rita")
	id := uploadBoth(t, c)
	app.WaitStatus(id, review.StatusPending)
	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	path := fmt.Sprintf("/records/%d/decision", id)

	tests := []struct {
		name   string
		form   map[string]string
		status int
	}{
		{"no override", map[string]string{"decision": "approve"}, http.StatusBadRequest},
		{"override without why", map[string]string{"decision": "approve", "override": "1"}, http.StatusBadRequest},
		{"override with why", map[string]string{"decision": "approve", "override": "1",
			"override_note": "address checked against the photo"}, http.StatusSeeOther},
	}
	for _, tt := range tests {
		tt.form["version"] = versionOf(t, page)
		if got := c.PostForm(path, tt.form).StatusCode; got != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, got, tt.status)
		}
	}

	rec := app.WaitStatus(id, review.StatusApproved)
	if !rec.Decision.Override || rec.Decision.OverrideNote != "address checked against the photo" {
		t.Errorf("override not stored with the decision: %+v", rec.Decision)
	}
}
