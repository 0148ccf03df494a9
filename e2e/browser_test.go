// Package e2e drives the real server with Debian's Chromium, headless: a
// reviewer's day on the keyboard, with screenshots kept as artifacts.
package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"kycreview/internal/kyctest"
	"kycreview/ocr"
	"kycreview/ocr/specimen"
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

// Two specimen cards, and what the fake vendor reads on them: the first
// card's address comes back misread and flagged untrusted, the second
// card reads clean. Screenshots then show fields that match the photos.
type card struct {
	front, back []byte
	truth       specimen.Card
	misread     string // the address the vendor answers, when it errs
}

var cards = []card{{misread: "北京市海淀区光明路187号6幢4单元1501室"}, {}}

// app starts the server with the vendor engine pointed at a fake that
// answers per photo, and a reviewer rita.
func app(t *testing.T) *kyctest.App {
	t.Helper()
	dir := filepath.Join(kyctest.Root(t), "testdata", "specimen", "clean")
	truth, err := specimen.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	v := kyctest.NewVendor(t)
	for i := range cards {
		// Cards 2 and 3 are valid today; card 1 expired long ago.
		c := &cards[i]
		c.truth = truth[i+1]
		c.front = kyctest.ReadTestdata(t, "specimen/clean/"+c.truth.Front)
		c.back = kyctest.ReadTestdata(t, "specimen/clean/"+c.truth.Back)
		front, back := vendorAnswers(t, c.truth, c.misread)
		v.Answer(c.front, 0, front)
		v.Answer(c.back, 0, back)
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

// vendorAnswers writes what the vendor would answer for a card's two
// photos, in the guide's shape. A misread address is flagged false.
func vendorAnswers(t *testing.T, c specimen.Card, misread string) (front, back []byte) {
	t.Helper()
	address := c.Address
	if misread != "" {
		address = misread
	}
	front = vendorJSON(t, "front", map[string]string{"name": c.Name, "sex": c.Sex, "nation": c.Nation,
		"year": c.Year, "month": c.Month, "day": c.Day, "address": address, "number": c.Number},
		map[string]bool{"name": true, "sex": true, "birthday": true, "number": true, "address": misread == ""})
	back = vendorJSON(t, "back", map[string]string{"authority": c.Authority,
		"timelimit": strings.ReplaceAll(c.Timelimit, ".", "")},
		map[string]bool{"authority": true, "timelimit": true})
	return front, back
}

func vendorJSON(t *testing.T, side string, info map[string]string, validity map[string]bool) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"msg": "成功", "success": true, "code": 200,
		"data": map[string]any{"order_no": "1", "result": 0, "side": side, "info": info,
			"validity": validity, "image_url": nil}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
