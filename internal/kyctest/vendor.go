package kyctest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// Root is the module's root folder, found from the test's working folder.
func Root(t testing.TB) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// ReadTestdata reads a file under the module's testdata folder.
func ReadTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Root(t), "testdata", name))
	if err != nil {
		t.Fatalf("read testdata: %v", err)
	}
	return b
}

// Vendor is a fake OCR vendor speaking the guide's contract: it answers
// each image with the body registered for that image's SHA-256.
type Vendor struct {
	*httptest.Server
	mu      sync.Mutex
	answers map[string][]byte
	status  map[string]int
	// Portrait is served at /portrait.jpg, on the vendor's own host.
	Portrait []byte
}

// NewVendor starts the fake vendor.
func NewVendor(t testing.TB) *Vendor {
	v := &Vendor{answers: map[string][]byte{}, status: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /ocr", v.ocr)
	mux.HandleFunc("GET /portrait.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Write(v.Portrait)
	})
	v.Server = httptest.NewServer(mux)
	t.Cleanup(v.Close)
	return v
}

// URL is the OCR endpoint.
func (v *Vendor) URL() string { return v.Server.URL + "/ocr" }

// Answer registers the body (and HTTP status) for an image.
func (v *Vendor) Answer(image []byte, status int, body []byte) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.answers[hash(image)] = body
	v.status[hash(image)] = status
}

func (v *Vendor) ocr(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "APPCODE test-key" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	img, err := base64.StdEncoding.DecodeString(r.PostFormValue("image"))
	if err != nil {
		w.Write([]byte(`{"msg":"参数错误","success":false,"code":400,"data":{}}`))
		return
	}

	v.mu.Lock()
	body, ok := v.answers[hash(img)]
	status := v.status[hash(img)]
	v.mu.Unlock()
	if !ok {
		w.Write([]byte(`{"msg":"参数错误","success":false,"code":400,"data":{}}`))
		return
	}
	if status != 0 {
		w.WriteHeader(status)
	}
	w.Write(body)
}

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
