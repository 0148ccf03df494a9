package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestUploadRefusesBadInput(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	c := app.Login("rita")

	photo := kyctest.JPEG(900, 570, 3)
	huge := make([]byte, 30<<20)
	copy(huge, photo)

	tests := []struct {
		name   string
		files  []kyctest.File
		status int
		says   string
	}{
		{"text renamed .jpg", []kyctest.File{
			{Field: "front", Name: "front.jpg", Data: []byte("just some text, not a picture\n")},
			{Field: "back", Name: "back.jpg", Data: photo}},
			http.StatusBadRequest, "人像面文件不是 JPEG 或 PNG 图片"},
		{"30 MiB photo", []kyctest.File{
			{Field: "front", Name: "front.jpg", Data: photo},
			{Field: "back", Name: "back.jpg", Data: huge}},
			http.StatusRequestEntityTooLarge, "国徽面照片超过 10 MiB 上限"},
		{"missing back", []kyctest.File{
			{Field: "front", Name: "front.jpg", Data: photo}},
			http.StatusBadRequest, "请上传国徽面照片"},
		{"missing both", nil, http.StatusBadRequest, "请上传人像面照片"},
		{"truncated jpeg", []kyctest.File{
			{Field: "front", Name: "front.jpg", Data: photo[:20]},
			{Field: "back", Name: "back.jpg", Data: photo}},
			http.StatusBadRequest, "人像面图片已损坏"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Upload("/records", tt.files...)
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			if !strings.Contains(res.Body, tt.says) {
				t.Errorf("page does not say %q", tt.says)
			}
			if !strings.Contains(res.Body, `data-testid="upload-form"`) {
				t.Errorf("the form is not shown again")
			}
		})
	}

	page, err := app.DB.ListRecords(context.Background(), review.ListQuery{Limit: 10})
	if err != nil || len(page.Items) != 0 {
		t.Errorf("records after refused uploads: %d (err %v), want 0", len(page.Items), err)
	}
}

func TestUploadWithoutCSRFIsForbidden(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	c := app.Login("rita")
	photo := kyctest.PNG(700, 440, 4)

	// A file before the token is refused: the token must come first.
	req := strings.NewReader("--b\r\nContent-Disposition: form-data; name=\"front\"; filename=\"f.png\"\r\n\r\n" +
		string(photo) + "\r\n--b--\r\n")
	httpReq, _ := http.NewRequest(http.MethodPost, app.Server.URL+"/records", req)
	httpReq.Header.Set("Content-Type", "multipart/form-data; boundary=b")
	if got := c.Do(httpReq).StatusCode; got != http.StatusForbidden {
		t.Errorf("upload without token: status %d, want 403", got)
	}
}

func TestManualEntryWithoutOCR(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	app.User("rita", review.RoleReviewer)
	c := app.Login("rita")

	res := c.Upload("/records",
		kyctest.File{Field: "front", Name: "f.png", Data: kyctest.PNG(800, 500, 5)},
		kyctest.File{Field: "back", Name: "b.png", Data: kyctest.PNG(800, 500, 6)})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload: status %d", res.StatusCode)
	}
	loc := res.Header.Get("Location")
	page := c.Get(loc).Body
	if !strings.Contains(page, `data-status="pending"`) || !strings.Contains(page, "手工录入") {
		t.Errorf("record without OCR is not open for manual entry")
	}

	img := c.Get(loc + "/photos/front")
	if img.StatusCode != http.StatusOK || img.Header.Get("Content-Type") != "image/png" {
		t.Errorf("front photo: %d %s", img.StatusCode, img.Header.Get("Content-Type"))
	}
	if got := app.Anonymous().Get(loc + "/photos/front").StatusCode; got != http.StatusSeeOther {
		t.Errorf("photo without a session: status %d, want 303 to login", got)
	}
}
