package review

import (
	"bytes"
	"image"
	"math"
	"math/bits"
)

// Fingerprint finds the same photo uploaded twice even when its bytes
// differ (re-encoded, resized). ID cards share one printed template, so a
// plain perceptual hash takes two people's cards for one; a grey thumbnail
// compared by correlation tells them apart, and the hash only picks the
// candidates cheaply. Measured on the specimen fronts: copies re-encoded
// down to 50% size and JPEG quality 50 keep a correlation of 0.989 or more
// and differ in at most 10 hash bits; two different cards reach 0.956.
type Fingerprint struct {
	Hash  uint64 // difference hash of a 9x8 grid
	Thumb []byte // thumbW x thumbH grey levels
}

const (
	thumbW, thumbH = 64, 40
	// similarCorr and candidateBits are the thresholds described above.
	similarCorr   = 0.98
	candidateBits = 16
)

// FingerprintOf measures a JPEG or PNG; ok is false when it cannot be decoded.
func FingerprintOf(data []byte) (Fingerprint, bool) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return Fingerprint{}, false
	}

	grid := greyGrid(img, 9, 8)
	var h uint64
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			h <<= 1
			if grid[y*9+x] > grid[y*9+x+1] {
				h |= 1
			}
		}
	}

	thumb := greyGrid(img, thumbW, thumbH)
	out := make([]byte, len(thumb))
	for i, v := range thumb {
		out[i] = uint8(v / 257)
	}
	return Fingerprint{Hash: h, Thumb: out}, true
}

// greyGrid averages the image's brightness over a w x h grid of cells,
// from 6x6 samples a cell: cheap on a 12-megapixel photo.
func greyGrid(img image.Image, w, h int) []float64 {
	const samples = 6
	b := img.Bounds()
	out := make([]float64, w*h)
	for cy := 0; cy < h; cy++ {
		for cx := 0; cx < w; cx++ {
			x0, x1 := b.Min.X+cx*b.Dx()/w, b.Min.X+(cx+1)*b.Dx()/w
			y0, y1 := b.Min.Y+cy*b.Dy()/h, b.Min.Y+(cy+1)*b.Dy()/h
			var sum float64
			for i := 0; i < samples; i++ {
				for j := 0; j < samples; j++ {
					r, g, bl, _ := img.At(x0+(x1-x0)*(2*i+1)/(2*samples), y0+(y1-y0)*(2*j+1)/(2*samples)).RGBA()
					sum += 0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)
				}
			}
			out[cy*w+cx] = sum / samples / samples
		}
	}
	return out
}

// Similar reports whether two fingerprints are of the same photo.
func (f Fingerprint) Similar(o Fingerprint) bool {
	if len(f.Thumb) != thumbW*thumbH || len(o.Thumb) != thumbW*thumbH {
		return false
	}
	if bits.OnesCount64(f.Hash^o.Hash) > candidateBits {
		return false
	}
	return correlation(f.Thumb, o.Thumb) >= similarCorr
}

// correlation is Pearson's r of two equally long grey thumbnails.
func correlation(a, b []byte) float64 {
	var ma, mb float64
	for i := range a {
		ma += float64(a[i])
		mb += float64(b[i])
	}
	ma, mb = ma/float64(len(a)), mb/float64(len(b))

	var sab, saa, sbb float64
	for i := range a {
		da, db := float64(a[i])-ma, float64(b[i])-mb
		sab += da * db
		saa += da * da
		sbb += db * db
	}
	if saa == 0 || sbb == 0 {
		return 0
	}
	return sab / math.Sqrt(saa*sbb)
}

// Candidate reports whether a photo with the given hash is close enough to
// be worth comparing thumbnails.
func (f Fingerprint) Candidate(hash uint64) bool {
	return len(f.Thumb) > 0 && bits.OnesCount64(f.Hash^hash) <= candidateBits
}
