package db_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"kycreview/db"
	"kycreview/review"
)

func mustOpen(tb testing.TB) *db.DB {
	tb.Helper()
	d, err := db.Open(context.Background(), filepath.Join(tb.TempDir(), "kycreview.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { d.Close() })
	return d
}

func mustUser(tb testing.TB, d *db.DB, name string) int64 {
	tb.Helper()
	id, err := d.CreateUserBy(context.Background(),
		review.User{Username: name, Role: review.RoleReviewer, Lang: "zh"}, []byte("x"), 0)
	if err != nil {
		tb.Fatalf("create user %s: %v", name, err)
	}
	return id
}

// mustPending creates n records that start pending (no OCR).
func mustPending(tb testing.TB, d *db.DB, by int64, n int) []int64 {
	tb.Helper()
	var ids []int64
	for i := 0; i < n; i++ {
		id, err := d.CreateRecord(context.Background(), review.NewRecord{
			FrontSHA: fmt.Sprintf("f%d", i), BackSHA: fmt.Sprintf("b%d", i), Engine: "none", UploadedBy: by})
		if err != nil {
			tb.Fatalf("create record: %v", err)
		}
		ids = append(ids, id)
	}
	return ids
}

func TestClaimNextOrderLapseAndRelease(t *testing.T) {
	d := mustOpen(t)
	ctx := context.Background()
	rita, sam := mustUser(t, d, "rita"), mustUser(t, d, "sam")
	ids := mustPending(t, d, rita, 3)
	t0 := time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)
	claim := func(user int64, now time.Time) (int64, error) {
		return d.ClaimNext(ctx, user, now, now.Add(-review.ClaimTTL))
	}

	tests := []struct {
		name string
		user int64
		at   time.Duration
		want int64
	}{
		{"rita takes the oldest", rita, 0, ids[0]},
		{"rita asks again and keeps it", rita, time.Minute, ids[0]},
		{"sam gets the next one", sam, 2 * time.Minute, ids[1]},
		{"sam keeps his while it lives", sam, 16 * time.Minute, ids[1]},
		{"rita's claim lapsed: she takes it back", rita, 17 * time.Minute, ids[0]},
	}
	for _, tt := range tests {
		got, err := claim(tt.user, t0.Add(tt.at))
		if err != nil || got != tt.want {
			t.Errorf("%s: got %d, %v; want %d", tt.name, got, err, tt.want)
		}
	}

	// Rita's claim lapses; nobody touched it, so sam takes the oldest.
	if err := d.ReleaseClaim(ctx, ids[1], sam); err != nil {
		t.Fatalf("release: %v", err)
	}
	if got, _ := claim(sam, t0.Add(40*time.Minute)); got != ids[0] {
		t.Errorf("after release and lapse: sam got %d, want %d", got, ids[0])
	}

	// A touch keeps a claim alive past its first lapse.
	if err := d.TouchClaim(ctx, ids[0], sam, t0.Add(50*time.Minute)); err != nil {
		t.Fatalf("touch: %v", err)
	}
	if got, _ := claim(rita, t0.Add(60*time.Minute)); got != ids[1] {
		t.Errorf("touched claim: rita got %d, want %d", got, ids[1])
	}
	m, err := d.Claims(ctx, ids)
	if err != nil || m[ids[0]].Holder.Username != "sam" || m[ids[1]].Holder.Username != "rita" {
		t.Errorf("claims = %+v, %v", m, err)
	}
}

func TestClaimNextEmpty(t *testing.T) {
	d := mustOpen(t)
	rita := mustUser(t, d, "rita")
	now := time.Now()
	_, err := d.ClaimNext(context.Background(), rita, now, now.Add(-review.ClaimTTL))
	if review.ErrorCode(err) != review.CodeNotFound {
		t.Errorf("empty queue: err %v, want not found", err)
	}
}

// TestClaimNextConcurrent has many reviewers press "Start reviewing" at
// the same moment: each record goes to exactly one of them.
func TestClaimNextConcurrent(t *testing.T) {
	d := mustOpen(t)
	const reviewers, records = 12, 7
	var users []int64
	for i := 0; i < reviewers; i++ {
		users = append(users, mustUser(t, d, fmt.Sprintf("r%d", i)))
	}
	mustPending(t, d, users[0], records)

	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		got   = map[int64]int64{}
		empty int
		start = make(chan struct{})
	)
	for _, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			now := time.Now()
			id, err := d.ClaimNext(context.Background(), u, now, now.Add(-review.ClaimTTL))
			mu.Lock()
			defer mu.Unlock()
			switch {
			case review.ErrorCode(err) == review.CodeNotFound:
				empty++
			case err != nil:
				t.Errorf("user %d: %v", u, err)
			case got[id] != 0:
				t.Errorf("record %d claimed by %d and %d", id, got[id], u)
			default:
				got[id] = u
			}
		}()
	}
	close(start)
	wg.Wait()

	if len(got) != records || empty != reviewers-records {
		t.Errorf("claimed %d records, %d empty; want %d and %d", len(got), empty, records, reviewers-records)
	}
}

func TestDecideRespectsLiveClaim(t *testing.T) {
	d := mustOpen(t)
	ctx := context.Background()
	rita, sam := mustUser(t, d, "rita"), mustUser(t, d, "sam")
	id := mustPending(t, d, rita, 1)[0]
	now := time.Now()
	if _, err := d.ClaimNext(ctx, rita, now, now.Add(-review.ClaimTTL)); err != nil {
		t.Fatal(err)
	}

	decide := func(by int64) error {
		rec, err := d.Record(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return d.Decide(ctx, id, rec.Version, review.Decision{Decision: review.Approve, By: review.User{ID: by}})
	}
	if err := decide(sam); err != review.ErrClaimedByOther {
		t.Fatalf("sam deciding rita's record: err %v, want ErrClaimedByOther", err)
	}
	if err := decide(rita); err != nil {
		t.Fatalf("rita deciding her record: %v", err)
	}
}
