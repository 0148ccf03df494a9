package local

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kycreview/ocr"
)

func specimenImage(t *testing.T) []byte {
	t.Helper()
	img, err := os.ReadFile(filepath.Join("..", "..", "testdata", "specimen", "clean", "card01_front.jpg"))
	if err != nil {
		t.Fatalf("read specimen: %v", err)
	}
	return img
}

// fakeTesseract writes a shell script standing in for the binary.
func fakeTesseract(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tesseract")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatalf("write fake tesseract: %v", err)
	}
	return path
}

func outcome(err error) ocr.Outcome {
	var e *ocr.Error
	if errors.As(err, &e) {
		return e.Outcome
	}
	return ""
}

// TestTimeoutKillsTesseract uses a binary that hangs, with a child of its
// own, and checks the engine gives up in time and leaves neither alive.
func TestTimeoutKillsTesseract(t *testing.T) {
	pids := filepath.Join(t.TempDir(), "pids")
	bin := fakeTesseract(t, "echo $$ >> "+pids+"\nsleep 300 &\necho $! >> "+pids+"\nwait")
	eng := New(Config{Tesseract: bin, Timeout: 200 * time.Millisecond})

	start := time.Now()
	_, err := eng.Recognize(context.Background(), specimenImage(t))
	if got := outcome(err); got != ocr.OutTimeout {
		t.Fatalf("outcome %q (err %v), want %q", got, err, ocr.OutTimeout)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("took %s, want well under 3s", took)
	}

	data, err := os.ReadFile(pids)
	if err != nil {
		t.Fatalf("read pids: %v", err)
	}
	for _, pid := range strings.Fields(string(data)) {
		if alive(pid) {
			t.Errorf("process %s still running after the timeout", pid)
		}
	}
}

// alive reports whether a process exists and is not a zombie waiting for
// a parent that is not us to reap it.
func alive(pid string) bool {
	if _, err := strconv.Atoi(pid); err != nil {
		return false
	}
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		stat, err := os.ReadFile("/proc/" + pid + "/stat")
		if err != nil {
			return false
		}
		if _, rest, ok := strings.Cut(string(stat), ") "); ok && strings.HasPrefix(rest, "Z") {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

func TestMissingEngine(t *testing.T) {
	cfg := Config{Tesseract: filepath.Join(t.TempDir(), "no-such-tesseract")}

	err := Check(cfg)
	if err == nil || !strings.Contains(err.Error(), "apt-get install tesseract-ocr tesseract-ocr-chi-sim") {
		t.Errorf("Check: %v, want an error naming the install command", err)
	}

	_, err = New(cfg).Recognize(context.Background(), specimenImage(t))
	if got := outcome(err); got != ocr.OutNoEngine {
		t.Errorf("Recognize outcome %q (err %v), want %q", got, err, ocr.OutNoEngine)
	}
}

func TestCheckLanguages(t *testing.T) {
	tests := []struct {
		name   string
		script string
		ok     bool
	}{
		{"both", `printf 'List of available languages (3):\nchi_sim\neng\nosd\n'`, true},
		{"no chi_sim", `printf 'List of available languages (2):\neng\nosd\n'`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(Config{Tesseract: fakeTesseract(t, tt.script)})
			if (err == nil) != tt.ok {
				t.Errorf("Check: %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "tesseract-ocr-chi-sim") {
				t.Errorf("Check: %v, want the install command", err)
			}
		})
	}
}

func TestCrashedEngine(t *testing.T) {
	bin := fakeTesseract(t, "echo 'Segmentation fault' >&2\nexit 139")
	_, err := New(Config{Tesseract: bin}).Recognize(context.Background(), specimenImage(t))
	if got := outcome(err); got != ocr.OutEngine {
		t.Errorf("outcome %q (err %v), want %q", got, err, ocr.OutEngine)
	}
}

// TestNoCard needs no Tesseract: the card search fails first.
func TestNoCard(t *testing.T) {
	dark := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range dark.Pix {
		dark.Pix[i] = uint8(40 + i%7)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, dark); err != nil {
		t.Fatalf("encode: %v", err)
	}

	tests := []struct {
		name  string
		image []byte
	}{
		{"not an image", []byte("hello")},
		{"dark texture", buf.Bytes()},
		{"small bright spot", spotPNG(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := New(Config{Tesseract: "/nonexistent"}).Recognize(context.Background(), tt.image)
			if got := outcome(err); got != ocr.OutScanFailed {
				t.Fatalf("outcome %q (err %v), want %q", got, err, ocr.OutScanFailed)
			}
			if res == nil || res.Scan != 1 {
				t.Errorf("result %+v, want Scan 1", res)
			}
		})
	}
}

func spotPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	for y := range 300 {
		for x := range 400 {
			c := color.RGBA{50, 50, 50, 255}
			if x > 180 && x < 220 && y > 130 && y < 170 {
				c = color.RGBA{250, 250, 250, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatalf("encode: %v", err)
	}
	return buf.Bytes()
}
