package db_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"kycreview/db"
	"kycreview/review"
)

func openDB(t *testing.T) *db.DB {
	t.Helper()
	d, err := db.Open(context.Background(), filepath.Join(t.TempDir(), "kycreview.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func TestEventsAreAppendOnly(t *testing.T) {
	d := openDB(t)
	if err := d.Event(context.Background(), review.Event{Action: "login_failed"}); err != nil {
		t.Fatal(err)
	}

	for _, stmt := range []string{
		`UPDATE events SET action = 'login' WHERE id = 1`,
		`DELETE FROM events WHERE id = 1`,
	} {
		_, err := d.SQL().Exec(stmt)
		if err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: got %v, want the trigger's refusal", stmt, err)
		}
	}
	state, err := d.VerifyChain(context.Background())
	if err != nil || !state.Intact || state.Count != 1 {
		t.Errorf("got %+v, %v; want an intact chain of 1", state, err)
	}
}
