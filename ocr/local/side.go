package local

import (
	"image"

	"kycreview/ocr"
)

// minRed is the share of red pixels in the emblem's corner that marks the
// back; the front has no red at all.
const minRed = 0.12

// detectSide tells front from back by colour, before any OCR: the back
// has the red emblem in one corner, the front a photo whose dark hair and
// clothes outweigh the text on the other side. It also says whether the
// card lies the right way up (the photo can be taken upside down).
func detectSide(img *image.RGBA) (ocr.Side, bool) {
	red, redTurned := share(img, emblemBox.px(), isRed), share(img, emblemBox.mirror().px(), isRed)
	if max(red, redTurned) >= minRed {
		return ocr.Back, red >= redTurned
	}
	dark, darkTurned := share(img, portraitBox.px(), isDark), share(img, portraitBox.mirror().px(), isDark)
	return ocr.Front, dark >= darkTurned
}

func share(img *image.RGBA, r image.Rectangle, pick func(r, g, b uint8) bool) float64 {
	r = r.Intersect(img.Rect)
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if pick(c.R, c.G, c.B) {
				n++
			}
		}
	}
	return float64(n) / float64(max(1, r.Dx()*r.Dy()))
}

func isRed(r, g, b uint8) bool {
	return r > 130 && int(r) > int(g)+60 && int(r) > int(b)+60
}

func isDark(r, g, b uint8) bool {
	return max(r, g, b) < 150
}
