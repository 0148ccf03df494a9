package local

import (
	"image"
	"math"
)

// card is the card cut out of a photo and turned upright, at the
// standard size (see layout.go), with where it was found for support.
type card struct {
	image *image.RGBA
	// Centre, size and turn of the card in the photo's pixels.
	CX, CY, W, H float64
	AngleDeg     float64
}

// findWidth is the width the photo is shrunk to for finding the card:
// enough for a degree of angle, fast to label.
const findWidth = 480

// findCard looks for the card as the largest bright region that is about
// the card's shape. Its angle comes from the region's second moments
// (exact for a filled rectangle); its edges from where the region's
// profile along each axis drops below half its height.
func findCard(img *image.RGBA) (card, bool) {
	small, step := shrink(img, findWidth)
	mask := largestRegion(small, otsu(small))
	fillHoles(mask, small.Rect.Dx(), small.Rect.Dy())
	g, ok := measure(mask, small.Rect.Dx(), small.Rect.Dy())
	if !ok {
		return card{}, false
	}

	// Back to the photo's pixels; a box average's centre sits half a step in.
	s := float64(step)
	c := card{CX: (g.cx + 0.5) * s, CY: (g.cy + 0.5) * s, W: g.w * s, H: g.h * s, AngleDeg: g.angle * 180 / math.Pi}
	c.image = warp(img, c.CX, c.CY, c.W, c.H, g.angle)
	return c, true
}

// shrink averages step x step blocks of brightness into a small grey image.
func shrink(img *image.RGBA, width int) (*image.Gray, int) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	step := max(1, (w+width-1)/width)
	out := image.NewGray(image.Rect(0, 0, w/step, h/step))
	for y := range out.Rect.Dy() {
		for x := range out.Rect.Dx() {
			sum := 0
			for dy := range step {
				i := img.PixOffset(x*step, y*step+dy)
				for dx := range step {
					p := img.Pix[i+4*dx : i+4*dx+3]
					sum += (299*int(p[0]) + 587*int(p[1]) + 114*int(p[2])) / 1000
				}
			}
			out.Pix[y*out.Stride+x] = uint8(sum / (step * step))
		}
	}
	return out, step
}

// otsu picks the grey level that best splits the image into two classes.
func otsu(img *image.Gray) uint8 {
	var hist [256]float64
	for _, v := range img.Pix {
		hist[v]++
	}
	total, sum := float64(len(img.Pix)), 0.0
	for v, n := range hist {
		sum += float64(v) * n
	}

	best, bestT, wB, sumB := 0.0, 0, 0.0, 0.0
	for t := range 256 {
		wB += hist[t]
		wF := total - wB
		if wB == 0 || wF == 0 {
			continue
		}
		sumB += float64(t) * hist[t]
		mB, mF := sumB/wB, (sum-sumB)/wF
		if between := wB * wF * (mB - mF) * (mB - mF); between > best {
			best, bestT = between, t
		}
	}
	return uint8(bestT)
}

// largestRegion marks the largest 4-connected set of pixels brighter
// than t.
func largestRegion(img *image.Gray, t uint8) []bool {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	label := make([]int32, w*h)
	best, bestSize := int32(0), 0
	next := int32(0)
	stack := []int{}
	for start := range label {
		if label[start] != 0 || img.Pix[start] <= t {
			continue
		}
		next++
		size := 0
		label[start] = next
		stack = append(stack[:0], start)
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			for _, j := range neighbours(i, w, h) {
				if j >= 0 && label[j] == 0 && img.Pix[j] > t {
					label[j] = next
					stack = append(stack, j)
				}
			}
		}
		if size > bestSize {
			best, bestSize = next, size
		}
	}

	mask := make([]bool, w*h)
	for i, l := range label {
		mask[i] = l == best && best != 0
	}
	return mask
}

// neighbours returns the 4 neighbours of pixel i, -1 past an edge.
func neighbours(i, w, h int) [4]int {
	x, y := i%w, i/w
	n := [4]int{-1, -1, -1, -1}
	if x > 0 {
		n[0] = i - 1
	}
	if x < w-1 {
		n[1] = i + 1
	}
	if y > 0 {
		n[2] = i - w
	}
	if y < h-1 {
		n[3] = i + w
	}
	return n
}

// fillHoles adds to the mask whatever it encloses (text, photo, emblem),
// found as the pixels outside it that the image border cannot reach.
func fillHoles(mask []bool, w, h int) {
	outside := make([]bool, w*h)
	stack := []int{}
	for i := range mask {
		x, y := i%w, i/w
		if !mask[i] && (x == 0 || y == 0 || x == w-1 || y == h-1) {
			outside[i] = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range neighbours(i, w, h) {
			if j >= 0 && !mask[j] && !outside[j] {
				outside[j] = true
				stack = append(stack, j)
			}
		}
	}
	for i := range mask {
		mask[i] = !outside[i]
	}
}
