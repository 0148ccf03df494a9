package handlers_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestExportProgress(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	rita := app.User("rita", review.RoleReviewer)
	app.User("ada", review.RoleAdmin)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		id, err := app.Service.Submit(ctx, kyctest.PNG(64, 40, uint8(30+i)), kyctest.PNG(64, 40, uint8(40+i)), rita)
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := app.DB.Record(ctx, id)
		if err := app.Service.Decide(ctx, id, rec.Version, review.Decision{Decision: review.Approve, By: rita}); err != nil {
			t.Fatal(err)
		}
	}

	ada := app.Login("ada")
	page := ada.Get("/admin/export").Body
	link := regexp.MustCompile(`href="(/admin/export\?format=csv[^"]*)"`).FindStringSubmatch(page)
	poll := regexp.MustCompile(`data-export-progress="([^"]+)"`).FindStringSubmatch(page)
	if link == nil || poll == nil {
		t.Fatalf("export page lacks the download link or its progress URL")
	}

	if body := ada.Get(poll[1]).Body; strings.Contains(body, "export-progress") {
		t.Errorf("progress shown before any download started: %s", body)
	}
	csv := ada.Get(strings.ReplaceAll(link[1], "&amp;", "&"))
	if got := strings.Count(csv.Body, "\n"); got != 4 {
		t.Fatalf("csv has %d lines, want header and 3 rows", got)
	}
	body := ada.Get(poll[1]).Body
	if !strings.Contains(body, `data-finished="true"`) || !strings.Contains(body, "已写出 3 条") {
		t.Errorf("progress after the download: %s", body)
	}
}
