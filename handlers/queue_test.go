package handlers_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestQueueOrderMaskAndPages(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	u := app.User("rita", review.RoleReviewer)
	ctx := context.Background()

	// 60 pending records, then decide the first two.
	var ids []int64
	for i := 0; i < 60; i++ {
		id, err := app.Service.Submit(ctx, kyctest.PNG(64, 40, uint8(i)), kyctest.PNG(64, 40, uint8(i+100)), u)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := app.Service.Correct(ctx, ids[5], "number", "11010519491231002X", u); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids[:2] {
		rec, _ := app.DB.Record(ctx, id)
		if err := app.Service.Decide(ctx, id, rec.Version, review.Decision{Decision: review.Approve, By: u}); err != nil {
			t.Fatal(err)
		}
	}

	c := app.Login("rita")
	first := c.Get("/records").Body
	rows := regexp.MustCompile(`data-record="(\d+)" data-status="(\w+)"`).FindAllStringSubmatch(first, -1)
	if len(rows) != 50 {
		t.Fatalf("first page has %d rows, want 50", len(rows))
	}
	if rows[0][1] != "3" || rows[0][2] != "pending" {
		t.Errorf("first row is #%s (%s), want the oldest pending #3", rows[0][1], rows[0][2])
	}
	if strings.Contains(first, "11010519491231002X") || !strings.Contains(first, "110105********002X") {
		t.Errorf("the number is not masked as first 6 and last 4")
	}

	next := regexp.MustCompile(`href="(/records\?after=[^"]+)"`).FindStringSubmatch(first)
	if next == nil {
		t.Fatal("no next-page link")
	}
	second := c.Get(strings.ReplaceAll(next[1], "&amp;", "&")).Body
	rows2 := regexp.MustCompile(`data-record="(\d+)" data-status="(\w+)"`).FindAllStringSubmatch(second, -1)
	if len(rows2) != 10 {
		t.Fatalf("second page has %d rows, want 10", len(rows2))
	}
	if last := rows2[len(rows2)-1]; last[1] != "1" || last[2] != "approved" {
		t.Errorf("last row is #%s (%s), want the oldest decided #1 at the end", last[1], last[2])
	}

	approved := c.Get("/records?status=approved").Body
	if n := strings.Count(approved, `data-status="approved"`); n != 2 {
		t.Errorf("status filter: %d approved rows, want 2", n)
	}
	if got := c.Get("/records?status=bogus").StatusCode; got != 400 {
		t.Errorf("bad filter: %d, want 400", got)
	}
}
