package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"kycreview/db"
	"kycreview/review"
)

// seedEvents writes n events into a fresh data folder.
func seedEvents(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	store, err := db.Open(context.Background(), filepath.Join(dir, "kycreview.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for i := 0; i < n; i++ {
		err := store.Event(context.Background(), review.Event{Action: "login_failed",
			Detail: map[string]any{"attempt": i}})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tamper edits the file behind the app's back with the sqlite3 shell, as
// an attacker would: dropping the triggers first.
func tamper(t *testing.T, dir, sql string) {
	t.Helper()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (apt-get install sqlite3)")
	}
	script := "DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; " + sql
	out, err := exec.Command("sqlite3", filepath.Join(dir, "kycreview.db"), script).CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
}

func TestAuditVerify(t *testing.T) {
	tests := []struct {
		name    string
		sql     string
		wantErr string
	}{
		{"intact", "", ""},
		{"one byte of a detail", `UPDATE events SET detail = replace(detail, '"attempt":2', '"attempt":3') WHERE id = 3;`,
			"broken at event 3"},
		{"one byte of a time", `UPDATE events SET at = replace(at, '.', ',') WHERE id = 2;`, "broken at event 2"},
		{"deleted event", `DELETE FROM events WHERE id = 4;`, "broken at event 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := seedEvents(t, 6)
			if tt.sql != "" {
				tamper(t, dir, tt.sql)
			}

			var out, errOut bytes.Buffer
			err := run(context.Background(), []string{"audit", "verify", "-data", dir}, nil, &out, &errOut)
			if tt.wantErr == "" {
				if err != nil || !strings.Contains(out.String(), "intact: 6 events") {
					t.Fatalf("got err %v, output %q; want an intact chain of 6 events", err, out.String())
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got err %v, want one saying %q", err, tt.wantErr)
			}
		})
	}
}
