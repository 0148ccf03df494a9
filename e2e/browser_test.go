// Package e2e drives the real server with Debian's Chromium, headless: a
// reviewer's day on the keyboard, with screenshots kept as artifacts.
package e2e

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"kycreview/internal/kyctest"
	"kycreview/ocr"
	"kycreview/review"
)

const chromium = "/usr/bin/chromium"

// browser starts a headless Chromium with a fresh profile, sized w x h,
// and returns a context to run actions in. The flags keep it from
// reaching for the network, which this closed machine refuses.
func browser(t *testing.T, w, h int) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser tests need %s (apt-get install chromium): %v", chromium, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(w, h),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	// The first action starts the browser; its context must not time out,
	// or the deadline would stop the whole browser with it.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(w), int64(h))); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelTimeout)
	return ctx
}

// Card photos and the vendor's answers for them: the first card's
// address is flagged untrusted, the second card reads clean.
type card struct {
	front, back []byte
	answer      string
}

var cards = []card{
	{answer: "vendor/untrusted.json"},
	{answer: "vendor/front.json"},
}

// app starts the server with the vendor engine pointed at a fake that
// answers per photo, and a reviewer rita.
func app(t *testing.T) *kyctest.App {
	t.Helper()
	v := kyctest.NewVendor(t)
	for i := range cards {
		n := string(rune('1' + i))
		cards[i].front = kyctest.ReadTestdata(t, "specimen/clean/card0"+n+"_front.jpg")
		cards[i].back = kyctest.ReadTestdata(t, "specimen/clean/card0"+n+"_back.jpg")
		v.Answer(cards[i].front, 0, kyctest.ReadTestdata(t, cards[i].answer))
		v.Answer(cards[i].back, 0, kyctest.ReadTestdata(t, "vendor/back.json"))
	}

	engine := ocr.NewVendor(ocr.VendorConfig{URL: v.URL(), Key: "test-key", Backoff: time.Millisecond})
	fetch := func(ctx context.Context, url string) ([]byte, error) {
		return ocr.FetchPortrait(ctx, http.DefaultClient, v.URL(), url)
	}
	a := kyctest.NewApp(t, kyctest.Options{Engine: engine, Fetch: fetch})
	a.User("rita", review.RoleReviewer)
	return a
}

// artifacts is where screenshots go: test-artifacts/ at the module root
// (ignored by git).
func artifacts(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(kyctest.Root(t), "test-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts: %v", err)
	}
	return dir
}

// docShots are the screenshots the README shows, kept under docs/.
var docShots = map[string]bool{"queue-1366x768": true, "review-1366x768": true, "review-en-1920x1080": true}

// screenshot saves the viewport as name.png under the artifacts, and the
// README's ones under docs/ too when KYC_UPDATE_DOCS is set.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dirs := []string{artifacts(t)}
	if os.Getenv("KYC_UPDATE_DOCS") != "" && docShots[name] {
		dirs = append(dirs, filepath.Join(kyctest.Root(t), "docs"))
	}
	for _, dir := range dirs {
		path := filepath.Join(dir, name+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		t.Logf("screenshot: %s", path)
	}
}

// do runs actions and fails the test with the step's name.
func do(t *testing.T, ctx context.Context, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
}

// get runs an action that reads a value.
func get[T any](t *testing.T, ctx context.Context, step string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	return v
}

// writeTemp writes data to a file for the upload form.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
