package review

import (
	"bytes"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/draw"
)

// reencode shrinks a photo to scale tenths and saves it as JPEG at quality q,
// as a phone or a chat app would before it is uploaded again.
func reencode(t *testing.T, data []byte, scale, q int) []byte {
	t.Helper()
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	small := image.NewRGBA(image.Rect(0, 0, b.Dx()*scale/10, b.Dy()*scale/10))
	draw.ApproxBiLinear.Scale(small, small.Bounds(), img, b, draw.Src, nil)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, small, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func specimenFronts(t *testing.T) map[string][]byte {
	t.Helper()
	files, _ := filepath.Glob("../testdata/specimen/*/*_front.jpg")
	if len(files) < 4 {
		t.Fatalf("found %d specimen fronts", len(files))
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = b
	}
	return out
}

func TestFingerprintFindsCopies(t *testing.T) {
	for name, data := range specimenFronts(t) {
		orig, _ := FingerprintOf(data)
		for _, c := range []struct{ scale, q int }{{10, 70}, {5, 85}, {7, 50}} {
			cp, ok := FingerprintOf(reencode(t, data, c.scale, c.q))
			if !ok || !orig.Similar(cp) {
				t.Errorf("%s at %d0%% size, quality %d: not found similar", filepath.Base(name), c.scale, c.q)
			}
		}
	}
}

func TestFingerprintTellsCardsApart(t *testing.T) {
	fronts := specimenFronts(t)
	for a, da := range fronts {
		for b, db := range fronts {
			if a >= b {
				continue
			}
			pa, _ := FingerprintOf(da)
			pb, _ := FingerprintOf(db)
			if pa.Similar(pb) {
				t.Errorf("%s and %s: taken for the same photo", a, b)
			}
		}
	}
}
