package local

import (
	"image"
	"math"
)

// geom is a found card in the shrunk image: centre, size along its own
// axes, and the turn of its long side in radians.
type geom struct {
	cx, cy, w, h, angle float64
}

// minCardShare is how much of the photo the card must fill: less, and
// it is too small to read anyway.
const minCardShare = 0.12

// measure finds the region's centre and angle from its moments, then its
// length and height from its profiles along those axes. It refuses
// regions too small or not shaped like a card.
func measure(mask []bool, w, h int) (geom, bool) {
	var n, sx, sy float64
	for i, in := range mask {
		if in {
			n, sx, sy = n+1, sx+float64(i%w), sy+float64(i/w)
		}
	}
	if n < minCardShare*float64(w*h) {
		return geom{}, false
	}
	g := geom{cx: sx / n, cy: sy / n}

	var mu20, mu02, mu11 float64
	for i, in := range mask {
		if in {
			dx, dy := float64(i%w)-g.cx, float64(i/w)-g.cy
			mu20, mu02, mu11 = mu20+dx*dx, mu02+dy*dy, mu11+dx*dy
		}
	}
	g.angle = 0.5 * math.Atan2(2*mu11, mu20-mu02)

	g = extents(mask, w, h, g)
	ratio := g.w / g.h
	return g, ratio > 1.2 && ratio < 2.1
}

// extents measures the region along and across its long axis. An edge is
// where the profile falls below half its peak, so a few stray bright
// pixels joined to the card do not widen it. The centre moves to the
// middle of the edges found.
func extents(mask []bool, w, h int, g geom) geom {
	size := int(math.Hypot(float64(w), float64(h))) + 2
	along, across := make([]int, 2*size), make([]int, 2*size)
	sin, cos := math.Sin(g.angle), math.Cos(g.angle)
	for i, in := range mask {
		if in {
			dx, dy := float64(i%w)-g.cx, float64(i/w)-g.cy
			along[size+int(math.Round(dx*cos+dy*sin))]++
			across[size+int(math.Round(-dx*sin+dy*cos))]++
		}
	}

	u0, u1 := span(along)
	v0, v1 := span(across)
	du, dv := float64(u0+u1)/2-float64(size), float64(v0+v1)/2-float64(size)
	g.cx, g.cy = g.cx+du*cos-dv*sin, g.cy+du*sin+dv*cos
	g.w, g.h = float64(u1-u0+1), float64(v1-v0+1)
	return g
}

// span returns the first and last index whose count reaches half the peak.
func span(profile []int) (int, int) {
	peak := 0
	for _, c := range profile {
		peak = max(peak, c)
	}
	first, last := -1, -1
	for i, c := range profile {
		if 2*c >= peak {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// warp cuts the rotated rectangle (centre, size, angle in radians) out of
// img and lays it flat at the standard card size.
func warp(img *image.RGBA, cx, cy, w, h, angle float64) *image.RGBA {
	out := image.NewRGBA(image.Rect(0, 0, cardPxW, cardPxH))
	sin, cos := math.Sin(angle), math.Cos(angle)
	sx, sy := w/cardPxW, h/cardPxH
	for y := range cardPxH {
		v := (float64(y) + 0.5 - cardPxH/2) * sy
		for x := range cardPxW {
			u := (float64(x) + 0.5 - cardPxW/2) * sx
			c := sample(img, cx+u*cos-v*sin-0.5, cy+u*sin+v*cos-0.5)
			out.SetRGBA(x, y, c)
		}
	}
	return out
}
