package main

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"
)

// degrade puts the card on a textured table, turns it by up to 4 degrees,
// shades it unevenly, blurs it and adds sensor noise: a phone photo.
func degrade(r *rand.Rand, card *image.RGBA) *image.RGBA {
	angle := (r.Float64()*8 - 4) * math.Pi / 180
	cw, ch := float64(card.Rect.Dx()), float64(card.Rect.Dy())
	bw := cw*math.Abs(math.Cos(angle)) + ch*math.Abs(math.Sin(angle))
	bh := cw*math.Abs(math.Sin(angle)) + ch*math.Abs(math.Cos(angle))
	mx, my := 40+r.IntN(80), 40+r.IntN(80)
	out := table(r, int(bw)+2*mx, int(bh)+2*my)

	cx, cy := float64(out.Rect.Dx())/2+float64(r.IntN(21)-10), float64(out.Rect.Dy())/2+float64(r.IntN(21)-10)
	paste(out, card, cx, cy, angle)
	shade(r, out)
	return noise(r, blur(out), 4+r.Float64()*5)
}

// table is a wood-like texture darker than any card, with random tone.
func table(r *rand.Rand, w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	base := [3]float64{60 + r.Float64()*70, 45 + r.Float64()*50, 30 + r.Float64()*40}
	freq, phase := 0.02+r.Float64()*0.05, r.Float64()*10
	for y := range h {
		for x := range w {
			v := math.Sin(float64(y)*freq+math.Sin(float64(x)*0.01+phase)*4) * 18
			var c [3]uint8
			for i, b := range base {
				c[i] = clamp(b + v + r.NormFloat64()*6)
			}
			img.SetRGBA(x, y, color.RGBA{c[0], c[1], c[2], 255})
		}
	}
	return img
}

// paste draws card rotated by angle about its centre, placed at (cx, cy),
// with rounded corners of 3 mm as the real card has.
func paste(dst, card *image.RGBA, cx, cy, angle float64) {
	cw, ch := float64(card.Rect.Dx()), float64(card.Rect.Dy())
	radius := 3 * cw / cardW
	sin, cos := math.Sin(angle), math.Cos(angle)
	for y := range dst.Rect.Dy() {
		for x := range dst.Rect.Dx() {
			dx, dy := float64(x)-cx, float64(y)-cy
			u, v := dx*cos+dy*sin+cw/2, -dx*sin+dy*cos+ch/2
			if u < 0 || v < 0 || u >= cw-1 || v >= ch-1 || cornerCut(u, v, cw, ch, radius) {
				continue
			}
			dst.SetRGBA(x, y, bilinear(card, u, v))
		}
	}
}

func cornerCut(u, v, w, h, rad float64) bool {
	ex := math.Max(rad-u, u-(w-1-rad))
	ey := math.Max(rad-v, v-(h-1-rad))
	return ex > 0 && ey > 0 && ex*ex+ey*ey > rad*rad
}

func bilinear(img *image.RGBA, u, v float64) color.RGBA {
	x0, y0 := int(u), int(v)
	fx, fy := u-float64(x0), v-float64(y0)
	var out [4]float64
	for i, w := range [4]float64{(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy} {
		c := img.RGBAAt(x0+i%2, y0+i/2)
		out[0] += w * float64(c.R)
		out[1] += w * float64(c.G)
		out[2] += w * float64(c.B)
	}
	return color.RGBA{clamp(out[0]), clamp(out[1]), clamp(out[2]), 255}
}

// shade darkens one side, as a lamp off to one side would.
func shade(r *rand.Rand, img *image.RGBA) {
	ax, ay := r.Float64()*2-1, r.Float64()*2-1
	w, h := float64(img.Rect.Dx()), float64(img.Rect.Dy())
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			f := 0.92 + 0.08*(ax*(float64(x)/w-0.5)+ay*(float64(y)/h-0.5))
			c := img.RGBAAt(x, y)
			img.SetRGBA(x, y, color.RGBA{clamp(float64(c.R) * f), clamp(float64(c.G) * f), clamp(float64(c.B) * f), 255})
		}
	}
}

// blur is a 3x3 box blur: a slightly soft focus.
func blur(img *image.RGBA) *image.RGBA {
	out := image.NewRGBA(img.Rect)
	b := img.Rect
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var sum [3]int
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if !image.Pt(x+dx, y+dy).In(b) {
						continue
					}
					c := img.RGBAAt(x+dx, y+dy)
					sum[0], sum[1], sum[2] = sum[0]+int(c.R), sum[1]+int(c.G), sum[2]+int(c.B)
					n++
				}
			}
			out.SetRGBA(x, y, color.RGBA{uint8(sum[0] / n), uint8(sum[1] / n), uint8(sum[2] / n), 255})
		}
	}
	return out
}

func noise(r *rand.Rand, img *image.RGBA, sigma float64) *image.RGBA {
	for i := 0; i < len(img.Pix); i += 4 {
		n := r.NormFloat64() * sigma
		for c := range 3 {
			img.Pix[i+c] = clamp(float64(img.Pix[i+c]) + n + r.NormFloat64()*sigma/2)
		}
	}
	return img
}

func clamp(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, math.Round(v))))
}
