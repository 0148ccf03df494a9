package ocr

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

func mustPNG(tb testing.TB) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4))); err != nil {
		tb.Fatalf("encode png: %v", err)
	}
	return b.Bytes()
}

func mustJPEG(tb testing.TB) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 4)), nil); err != nil {
		tb.Fatalf("encode jpeg: %v", err)
	}
	return b.Bytes()
}

// padded is a PNG signature followed by filler, n bytes in all, so only
// its size can make it fail.
func padded(n int) []byte {
	b := bytes.Repeat([]byte{0}, n)
	copy(b, "\x89PNG\r\n\x1a\n")
	return b
}

// newImageHost serves body at /p, redirects /same to /p and /away to
// another host, and counts requests.
func newImageHost(t *testing.T, status int, body []byte) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.WriteHeader(status)
		w.Write(body)
	})
	mux.HandleFunc("/same", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		http.Redirect(w, r, "/p", http.StatusFound)
	})
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		http.Redirect(w, r, "http://elsewhere.example/p", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &n
}

func TestFetchPortrait(t *testing.T) {
	pngBody, jpegBody := mustPNG(t), mustJPEG(t)
	tests := []struct {
		name     string
		status   int
		body     []byte
		endpoint string // "" means the test server's own URL plus /ocr
		path     string
		wantErr  error
		wantReqs int32
	}{
		{"png on the vendor's host", 200, pngBody, "", "/p", nil, 1},
		{"jpeg on the vendor's host", 200, jpegBody, "", "/p", nil, 1},
		{"redirect on the same host", 200, pngBody, "", "/same", nil, 2},
		{"exactly 2 MiB", 200, padded(maxPortrait), "", "/p", nil, 1},
		{"other host", 200, pngBody, "https://api.vendor.example/ocr", "/p", errPortraitURL, 0},
		{"redirect to another host", 200, pngBody, "", "/away", errPortraitURL, 1},
		{"over 2 MiB", 200, padded(maxPortrait + 1), "", "/p", errPortraitLarge, 1},
		{"not an image", 200, []byte("<html>hello</html>"), "", "/p", errPortraitType, 1},
		{"status 404", 404, pngBody, "", "/p", nil, 1},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, reqs := newImageHost(t, tt.status, tt.body)
			endpoint := tt.endpoint
			if endpoint == "" {
				endpoint = srv.URL + "/ocr"
			}

			got, err := FetchPortrait(context.Background(), srv.Client(), endpoint, srv.URL+tt.path)
			wantOK := tt.wantErr == nil && tt.status == 200

			switch {
			case wantOK && err != nil:
				t.Fatalf("FetchPortrait: %v", err)
			case wantOK && !bytes.Equal(got, tt.body):
				t.Errorf("body: got %d bytes, want the %d served", len(got), len(tt.body))
			case !wantOK && (err == nil || got != nil):
				t.Errorf("got %d bytes, err %v; want an error and no bytes", len(got), err)
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("error: got %v, want %v", err, tt.wantErr)
			}
			if n := reqs.Load(); n != tt.wantReqs {
				t.Errorf("requests: got %d, want %d", n, tt.wantReqs)
			}
		})
	}
}

func TestPortraitURL(t *testing.T) {
	const endpoint = "https://Img.Vendor.cn:8443/ocr/idcard"
	tests := []struct {
		imageURL string
		ok       bool
	}{
		{"https://img.vendor.cn/id_card_ocr/...403687.jpg", true},
		{"http://IMG.VENDOR.CN:9000/a.jpg", true},
		{"https://api.vendor.cn/a.jpg", false},
		{"https://img.vendor.cn.evil.example/a.jpg", false},
		{"https://img.vendor.cn@evil.example/a.jpg", false},
		{"https://evil.example/img.vendor.cn/a.jpg", false},
		{"ftp://img.vendor.cn/a.jpg", false},
		{"file:///etc/passwd", false},
		{"/id_card_ocr/a.jpg", false},
		{"", false},
		{"https://img.vendor.cn/%zz", false},
	}

	for _, tt := range tests {
		_, err := portraitURL(endpoint, tt.imageURL)
		if got := err == nil; got != tt.ok {
			t.Errorf("portraitURL(%q): got ok %v (%v), want %v", tt.imageURL, got, err, tt.ok)
		}
	}
}

func TestPortraitURLBadEndpoint(t *testing.T) {
	for _, endpoint := range []string{"", "not a url", "/ocr"} {
		if _, err := portraitURL(endpoint, "https://img.vendor.cn/a.jpg"); !errors.Is(err, errPortraitURL) {
			t.Errorf("endpoint %q: got %v, want %v", endpoint, err, errPortraitURL)
		}
	}
}

// The caller's client must not come back with our redirect rule.
func TestFetchPortraitKeepsClient(t *testing.T) {
	srv, _ := newImageHost(t, 200, mustPNG(t))
	client := srv.Client()

	if _, err := FetchPortrait(context.Background(), client, srv.URL, srv.URL+"/p"); err != nil {
		t.Fatalf("FetchPortrait: %v", err)
	}
	if client.CheckRedirect != nil {
		t.Errorf("CheckRedirect: got set on the caller's client, want it untouched")
	}
}
