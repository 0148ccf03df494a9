package local

import (
	"image"
)

// sheetGap is the white between stacked regions, in card pixels before
// scaling: a character's height, so Tesseract sees separate lines.
const sheetGap = 50

// layout places a sheet's regions, already inked and scaled, one under
// another from the left edge, so a word's x in the sheet is its x in its
// region. It returns the sheet and each region's top row in it.
func layout(parts []*image.Gray, gap int) (*image.Gray, []int) {
	w, h := 0, gap
	for _, p := range parts {
		w = max(w, p.Rect.Dx())
		h += p.Rect.Dy() + gap
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	for i := range out.Pix {
		out.Pix[i] = 255
	}

	tops := make([]int, len(parts))
	y := gap
	for i, p := range parts {
		tops[i] = y
		for r := range p.Rect.Dy() {
			copy(out.Pix[(y+r)*out.Stride:], p.Pix[r*p.Stride:r*p.Stride+p.Rect.Dx()])
		}
		y += p.Rect.Dy() + gap
	}
	return out, tops
}

// split hands each word to the region its vertical middle falls in,
// counting half the gap above a region as its own, and moves the word's
// top to its region's frame.
func split(words []word, tops []int, gap int) [][]word {
	per := make([][]word, len(tops))
	for _, w := range words {
		mid := w.Top + w.Height/2
		i := len(tops) - 1
		for i > 0 && mid < tops[i]-gap/2 {
			i--
		}
		w.Top -= tops[i]
		per[i] = append(per[i], w)
	}
	return per
}
