package local

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kycreview/ocr"
)

// needTesseract skips a test when Tesseract is not installed: only then.
func needTesseract(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract is not installed; apt-get install tesseract-ocr tesseract-ocr-chi-sim")
	}
}

type truthCard struct {
	Front, Back                                  string
	Name, Sex, Nation, Year, Month, Day, Address string
	Number, Authority, Timelimit                 string
}

func loadTruth(t *testing.T, dir string) []truthCard {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatalf("read truth: %v", err)
	}
	var cards []truthCard
	if err := json.Unmarshal(data, &cards); err != nil {
		t.Fatalf("parse truth: %v", err)
	}
	return cards
}

func recognizeFile(t *testing.T, eng *Engine, path string) *ocr.Result {
	t.Helper()
	img, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	res, err := eng.Recognize(context.Background(), img)
	if err != nil {
		t.Fatalf("recognize %s: %v", path, err)
	}
	return res
}

// TestSpecimens reads the committed specimen cards and holds accuracy
// above floors set about five points under what the engine measured
// (clean 100%, degraded 96.6% of the 11 fields per card).
func TestSpecimens(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		dir   string
		floor float64
	}{
		{"clean", 0.95},
		{"degraded", 0.91},
	}
	eng := New(Config{})
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "specimen", tt.dir)
			right, total := 0, 0
			for _, c := range loadTruth(t, dir) {
				front := recognizeFile(t, eng, filepath.Join(dir, c.Front))
				back := recognizeFile(t, eng, filepath.Join(dir, c.Back))
				r, n := scoreCard(t, c, front, back)
				right, total = right+r, total+n
				if len(front.Portrait) == 0 || len(front.Raw) == 0 {
					t.Errorf("%s: portrait %d bytes, raw %d bytes; want both", c.Front, len(front.Portrait), len(front.Raw))
				}
			}
			got := float64(right) / float64(total)
			t.Logf("%s: %d/%d fields = %.3f", tt.dir, right, total, got)
			if got < tt.floor {
				t.Errorf("accuracy %.3f, want at least %.2f", got, tt.floor)
			}
		})
	}
}

// scoreCard counts the card's eleven scored fields that match, logging
// the misses.
func scoreCard(t *testing.T, want truthCard, front, back *ocr.Result) (int, int) {
	f, b := front.Info, back.Info
	pairs := []struct{ field, want, got string }{
		{"name", want.Name, f.Name}, {"sex", want.Sex, f.Sex}, {"nation", want.Nation, f.Nation},
		{"year", want.Year, f.Year}, {"month", want.Month, f.Month}, {"day", want.Day, f.Day},
		{"address", want.Address, f.Address}, {"number", want.Number, f.Number},
		{"authority", want.Authority, b.Authority},
		{"timelimit", strings.ReplaceAll(want.Timelimit, ".", ""), strings.ReplaceAll(b.Timelimit, ".", "")},
		{"sides", "front/back", string(front.Side) + "/" + string(back.Side)},
	}
	right := 0
	for _, p := range pairs {
		if p.want == p.got || sameNumber(p.want, p.got) {
			right++
			continue
		}
		t.Logf("%s %s: got %q, want %q", want.Front, p.field, p.got, p.want)
	}
	return right, len(pairs)
}

func sameNumber(a, b string) bool {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return err1 == nil && err2 == nil && x == y && len(a) <= 4
}
