package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestDuplicatesAndPhotoChecks(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	u := app.User("rita", review.RoleReviewer)
	ctx := context.Background()
	submit := func(front, back []byte) int64 {
		t.Helper()
		id, err := app.Service.Submit(ctx, front, back, u)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	front, back := kyctest.JPEG(900, 570, 10), kyctest.JPEG(900, 570, 11)
	const number = "11010519491231002X"

	first := submit(front, back)
	mustCorrect(t, app, first, "number", number, u)
	rec, _ := app.DB.Record(ctx, first)
	err := app.Service.Decide(ctx, first, rec.Version, review.Decision{Decision: review.Reject,
		Reason: "suspected_forgery", By: u})
	if err != nil {
		t.Fatal(err)
	}

	samePhoto := submit(front, kyctest.JPEG(900, 570, 12))
	reencoded := submit(kyctest.JPEG(450, 285, 10), kyctest.JPEG(900, 570, 13))
	sameNumber := submit(kyctest.JPEG(900, 570, 14), kyctest.JPEG(900, 570, 15))
	mustCorrect(t, app, sameNumber, "number", strings.ToLower(number), u)
	bothSides := submit(kyctest.PNG(500, 320, 16), kyctest.PNG(500, 320, 16))

	c := app.Login("rita")
	tests := []struct {
		name  string
		id    int64
		says  string
		level string
	}{
		{"same photo file", samePhoto, "同一张照片已用于其他记录：#1", "warning"},
		{"same photo re-encoded", reencoded, "与其他记录的照片几乎相同：#1", "warning"},
		{"number rejected before", sameNumber, "该号码曾被拒绝：#1", "error"},
		{"one photo for both sides", bothSides, "人像面和国徽面是同一张照片", "error"},
		{"photo too small", bothSides, "人像面照片宽 500 像素，小于 600", "warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := c.Get(fmt.Sprintf("/records/%d", tt.id)).Body
			i := strings.Index(page, tt.says)
			if i < 0 {
				t.Fatalf("page does not say %q", tt.says)
			}
			if start := strings.LastIndex(page[:i], "<div class=\"alert "); tt.name != "number rejected before" &&
				!strings.HasPrefix(page[start:], `<div class="alert `+tt.level) {
				t.Errorf("notice is not at level %s", tt.level)
			}
		})
	}
	if page := c.Get(fmt.Sprintf("/records/%d", samePhoto)).Body; !strings.Contains(page, `href="/records/1"`) {
		t.Errorf("the duplicate notice does not link to record #1")
	}
	if row := field(t, c.Get(fmt.Sprintf("/records/%d", sameNumber)).Body, "number"); !strings.Contains(row, `data-level="error"`) {
		t.Errorf("number rejected before: row not an error: %s", row)
	}
}

func mustCorrect(t *testing.T, app *kyctest.App, id int64, field, value string, u review.User) {
	t.Helper()
	if err := app.Service.Correct(context.Background(), id, field, value, u); err != nil {
		t.Fatal(err)
	}
}
