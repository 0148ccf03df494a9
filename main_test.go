package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"kycreview/db"
	"kycreview/internal/kyctest"
	"kycreview/review"
)

func TestUserAdd(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantErr string
	}{
		{"first admin", []string{"-username", "ada", "-role", "admin"}, "long-enough-password\n", ""},
		{"duplicate", []string{"-username", "ada", "-role", "reviewer"}, "long-enough-password\n", "用户名已存在"},
		{"short password", []string{"-username", "bo", "-role", "reviewer"}, "short\n", "至少 10 个字符"},
		{"bad role", []string{"-username", "cy", "-role", "boss"}, "long-enough-password\n", "角色必须是"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"user", "add", "-data", dir}, tt.args...)
			var out, errOut bytes.Buffer
			err := run(context.Background(), args, strings.NewReader(tt.stdin), &out, &errOut)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
			}
		})
	}
}

func TestOCRJobResumesAfterRestart(t *testing.T) {
	dir := t.TempDir()
	front, back := kyctest.JPEG(900, 570, 7), kyctest.JPEG(900, 570, 8)
	v := kyctest.NewVendor(t)
	v.Answer(front, 0, kyctest.ReadTestdata(t, "vendor/front.json"))
	v.Answer(back, 0, kyctest.ReadTestdata(t, "vendor/back.json"))

	var release atomic.Bool
	gate := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !release.Load() {
			// Read the body first: only then does the server notice the
			// caller hang up. The kycreview server stops while OCR runs.
			_, _ = io.ReadAll(r.Body)
			<-r.Context().Done()
			return
		}
		v.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(gate.Close)
	args := []string{"-addr", freeAddr(t), "-data", dir, "-ocr", "vendor",
		"-ocr-url", gate.URL + "/ocr", "-ocr-key", "test-key"}

	err := run(context.Background(), []string{"user", "add", "-data", dir, "-username", "rita", "-role", "reviewer"},
		strings.NewReader(kyctest.Password+"\n"), io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}

	// First run: upload, wait until the job is running, stop the server.
	stop, addr := startServer(t, args)
	c := kyctest.NewClient(t, "http://"+addr)
	c.PostForm("/login", map[string]string{"username": "rita", "password": kyctest.Password})
	c.Forget()
	res := c.Upload("/records", kyctest.File{Field: "front", Name: "f.jpg", Data: front},
		kyctest.File{Field: "back", Name: "b.jpg", Data: back})
	var id int64
	if _, err := fmt.Sscanf(res.Header.Get("Location"), "/records/%d", &id); err != nil {
		t.Fatalf("upload: %d %s", res.StatusCode, res.Body)
	}
	waitJobState(t, dir, "running")
	stop()

	if got := recordStatus(t, dir, id); got != review.StatusOCRPending {
		t.Fatalf("after stop: status %s, want ocr_pending", got)
	}

	// Second run: the job is picked up again and finishes.
	release.Store(true)
	stop, addr = startServer(t, args)
	defer stop()
	deadline := time.Now().Add(20 * time.Second)
	for recordStatus(t, dir, id) != review.StatusPending {
		if time.Now().After(deadline) {
			t.Fatalf("job did not finish after the restart")
		}
		time.Sleep(50 * time.Millisecond)
	}

	// The session cookie survives the restart too.
	page := c.Get(fmt.Sprintf("/records/%d", id)).Body
	if !strings.Contains(page, "赵宁宁") {
		t.Errorf("after restart the record page lacks the name (signed out?)")
	}
}

// freeAddr finds a loopback port to listen on, so that both runs of the
// server share one address and the browser's cookie.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func startServer(t *testing.T, args []string) (stop func(), addr string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, args, io.Discard, ready) }()

	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	}
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}, addr
}

func openDB(t *testing.T, dir string) *db.DB {
	t.Helper()
	d, err := db.Open(context.Background(), filepath.Join(dir, "kycreview.db"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func recordStatus(t *testing.T, dir string, id int64) review.Status {
	t.Helper()
	d := openDB(t, dir)
	defer d.Close()
	rec, err := d.Record(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Status
}

func waitJobState(t *testing.T, dir, state string) {
	t.Helper()
	d := openDB(t, dir)
	defer d.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var n int
		_ = d.SQL().QueryRow(`SELECT COUNT(*) FROM ocr_jobs WHERE state = ?`, state).Scan(&n)
		if n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no job reached state %s", state)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestMissingLocalEngineFallsBackToManualEntry(t *testing.T) {
	// No tesseract on PATH: the server must start, say so, and let
	// reviewers type the fields.
	t.Setenv("PATH", t.TempDir())
	dir := t.TempDir()
	err := run(context.Background(), []string{"user", "add", "-data", dir, "-username", "rita", "-role", "reviewer"},
		strings.NewReader(kyctest.Password+"\n"), io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}

	stop, addr := startServer(t, []string{"-addr", freeAddr(t), "-data", dir})
	defer stop()
	c := kyctest.NewClient(t, "http://"+addr)
	if page := c.Get("/login").Body; !strings.Contains(page, `data-testid="no-engine"`) ||
		!strings.Contains(page, "apt-get install tesseract-ocr tesseract-ocr-chi-sim") {
		t.Errorf("the login page does not say the engine is missing and how to install it")
	}

	c.PostForm("/login", map[string]string{"username": "rita", "password": kyctest.Password})
	c.Forget()
	res := c.Upload("/records", kyctest.File{Field: "front", Name: "f.jpg", Data: kyctest.JPEG(900, 570, 20)},
		kyctest.File{Field: "back", Name: "b.jpg", Data: kyctest.JPEG(900, 570, 21)})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload: %d", res.StatusCode)
	}
	page := c.Get(res.Header.Get("Location")).Body
	if !strings.Contains(page, `data-status="pending"`) {
		t.Errorf("record is not open for manual entry")
	}
}
