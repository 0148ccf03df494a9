package local

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // phone photos
	_ "image/png"  // scans and screenshots
	"math"

	xdraw "golang.org/x/image/draw"
)

// scaled resizes a grey image by f with Catmull-Rom, which keeps strokes
// sharp.
func scaled(img *image.Gray, f float64) *image.Gray {
	if f == 1 {
		return img
	}
	out := image.NewGray(image.Rect(0, 0, int(float64(img.Rect.Dx())*f), int(float64(img.Rect.Dy())*f)))
	xdraw.CatmullRom.Scale(out, out.Rect, img, img.Rect, xdraw.Src, nil)
	return out
}

// decode reads JPEG or PNG bytes into an RGBA image we can index fast.
func decode(data []byte) (*image.RGBA, error) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	rgba := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Rect, img, b.Min, draw.Src)
	return rgba, nil
}

// sample reads img at a fractional position by bilinear interpolation,
// white outside the image.
func sample(img *image.RGBA, x, y float64) color.RGBA {
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	if x0 < 0 || y0 < 0 || x0+1 >= img.Rect.Dx() || y0+1 >= img.Rect.Dy() {
		return color.RGBA{255, 255, 255, 255}
	}
	fx, fy := x-float64(x0), y-float64(y0)
	i := img.PixOffset(x0, y0)
	var out [3]float64
	for c := range 3 {
		p00, p10 := float64(img.Pix[i+c]), float64(img.Pix[i+4+c])
		p01, p11 := float64(img.Pix[i+img.Stride+c]), float64(img.Pix[i+img.Stride+4+c])
		out[c] = (p00*(1-fx)+p10*fx)*(1-fy) + (p01*(1-fx)+p11*fx)*fy
	}
	return color.RGBA{uint8(out[0] + 0.5), uint8(out[1] + 0.5), uint8(out[2] + 0.5), 255}
}

func rotate180(img *image.RGBA) *image.RGBA {
	out := image.NewRGBA(img.Rect)
	w, h := img.Rect.Dx(), img.Rect.Dy()
	for y := range h {
		for x := range w {
			out.SetRGBA(w-1-x, h-1-y, img.RGBAAt(x, y))
		}
	}
	return out
}

// ink turns a region into grey where only dark, unsaturated marks stay
// dark: the brightest channel plus twice the spread between channels
// whitens the blue labels (年 月 日 sit inside the birth row), the red
// emblem and the pastel background, leaving the black values. The result
// is stretched so the background is white, and padded, as Tesseract
// reads best with a margin.
func ink(img *image.RGBA, r image.Rectangle, pad int) *image.Gray {
	r = r.Intersect(img.Rect)
	out := image.NewGray(image.Rect(0, 0, r.Dx()+2*pad, r.Dy()+2*pad))
	for i := range out.Pix {
		out.Pix[i] = 255
	}
	var hist [256]int
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			hi, lo := max(c.R, c.G, c.B), min(c.R, c.G, c.B)
			v := uint8(min(255, int(hi)+2*int(hi-lo)))
			out.Pix[out.PixOffset(x-r.Min.X+pad, y-r.Min.Y+pad)] = v
			hist[v]++
		}
	}

	// Values cover well under half of a region: the median is paper.
	lo, hi := percentile(hist, 0.01), percentile(hist, 0.5)
	if hi-lo < 40 {
		return out
	}
	for i, v := range out.Pix {
		s := (float64(v) - float64(lo)) * 255 / float64(hi-lo)
		out.Pix[i] = uint8(math.Max(0, math.Min(255, s)))
	}
	return out
}

func percentile(hist [256]int, p float64) int {
	total := 0
	for _, n := range hist {
		total += n
	}
	seen := 0
	for v, n := range hist {
		seen += n
		if float64(seen) >= p*float64(total) {
			return v
		}
	}
	return 255
}

// pgm encodes a grey image as binary PGM: Tesseract reads it from stdin
// and it costs nothing to write, unlike PNG's compression.
func pgm(img *image.Gray) []byte {
	var buf bytes.Buffer
	w, h := img.Rect.Dx(), img.Rect.Dy()
	fmt.Fprintf(&buf, "P5\n%d %d\n255\n", w, h)
	for y := range h {
		buf.Write(img.Pix[y*img.Stride : y*img.Stride+w])
	}
	return buf.Bytes()
}
