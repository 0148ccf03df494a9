// Package kyctest starts the real app for tests: a real SQLite file and a
// real photo folder in t.TempDir(), the real handlers behind httptest, and
// clients that sign in and post forms with their CSRF token.
package kyctest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kycreview/db"
	"kycreview/handlers"
	"kycreview/ocr"
	"kycreview/photos"
	"kycreview/review"
)

// Password is the password of every user a test creates.
const Password = "correct-horse-battery"

// App is a running server with its storage.
type App struct {
	t       testing.TB
	Dir     string
	DB      *db.DB
	Photos  *photos.Dir
	Service *review.Service
	Server  *httptest.Server
	Config  handlers.Config
}

// Options change how the app starts.
type Options struct {
	Engine    ocr.Engine // nil: no OCR, records are typed in
	Fetch     review.PortraitFetcher
	MaxUpload int64
	Dir       string // reuse a data folder, to test restarts
}

// NewApp starts the app; it stops when the test ends.
func NewApp(t testing.TB, opt Options) *App {
	t.Helper()
	a := &App{t: t, Dir: opt.Dir}
	if a.Dir == "" {
		a.Dir = t.TempDir()
	}

	ctx := context.Background()
	var err error
	if a.DB, err = db.Open(ctx, filepath.Join(a.Dir, "kycreview.db")); err != nil {
		t.Fatalf("open db: %v", err)
	}
	if a.Photos, err = photos.Open(filepath.Join(a.Dir, "photos")); err != nil {
		t.Fatalf("open photos: %v", err)
	}

	engineName := "none"
	if opt.Engine != nil {
		engineName = opt.Engine.Name()
	}
	a.Service = review.NewService(a.DB, a.Photos, engineName)
	a.startWorker(opt)

	sessions, err := handlers.NewSessionStore(a.Dir, false)
	if err != nil {
		t.Fatalf("session store: %v", err)
	}
	if opt.MaxUpload == 0 {
		opt.MaxUpload = 10 << 20
	}
	a.Config = handlers.Config{MaxUpload: opt.MaxUpload, DataDir: a.Dir}
	a.Server = httptest.NewServer(handlers.New(a.Service, a.Photos, sessions, a.Config, Logger()))
	t.Cleanup(a.Server.Close)
	t.Cleanup(func() { a.DB.Close() })
	return a
}

func (a *App) startWorker(opt Options) {
	if opt.Engine == nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	w := review.NewWorker(a.DB, a.Photos, opt.Engine, opt.Fetch, a.Service.Wake(), Logger())
	go func() {
		defer close(done)
		w.Run(ctx)
	}()
	a.t.Cleanup(func() {
		cancel()
		<-done
	})
}

// Logger discards logs unless KYC_TEST_LOG is set.
func Logger() *slog.Logger {
	if os.Getenv("KYC_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// User creates an account with Password.
func (a *App) User(name string, role review.Role) review.User {
	a.t.Helper()
	id, err := a.Service.CreateUser(context.Background(), name, Password, role)
	if err != nil {
		a.t.Fatalf("create user %s: %v", name, err)
	}
	u, err := a.DB.UserByID(context.Background(), id)
	if err != nil {
		a.t.Fatalf("load user %s: %v", name, err)
	}
	return u
}

// WaitStatus polls until the record reaches want, or fails the test.
func (a *App) WaitStatus(id int64, want review.Status) *review.Record {
	a.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		rec, err := a.DB.Record(context.Background(), id)
		if err != nil {
			a.t.Fatalf("load record %d: %v", id, err)
		}
		if rec.Status == want {
			return rec
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("record %d: status %s, want %s", id, rec.Status, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Anonymous returns a client with no session.
func (a *App) Anonymous() *Client {
	return NewClient(a.t, a.Server.URL)
}

// Login returns a client signed in as the user.
func (a *App) Login(name string) *Client {
	a.t.Helper()
	c := a.Anonymous()
	res := c.PostForm("/login", map[string]string{"username": name, "password": Password})
	if res.StatusCode != http.StatusSeeOther {
		a.t.Fatalf("login %s: status %d: %s", name, res.StatusCode, res.Body)
	}
	// Signing in changes the token: the next form fetches the new one.
	c.csrf = ""
	return c
}
