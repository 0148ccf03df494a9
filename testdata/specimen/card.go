package main

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"
)

// The card is 85.6 x 54 mm (ISO/IEC 7810 ID-1). Positions below are in
// millimetres from the top-left corner, measured off the published
// specimen of the second-generation card.
const (
	cardW = 85.6
	cardH = 54.0

	labelSize = 2.6
	valueSize = 3.3
	valueX    = 15.5
)

var (
	labelColour = color.RGBA{30, 110, 180, 255}
	valueColour = color.RGBA{15, 15, 15, 255}
	red         = color.RGBA{205, 30, 35, 255}
	gold        = color.RGBA{240, 200, 60, 255}
)

// newCard returns a blank card with the light guilloche-like pattern the
// real card prints under its text.
func newCard(r *rand.Rand, scale float64) *image.RGBA {
	w, h := int(cardW*scale), int(cardH*scale)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	phase, freq := r.Float64()*6, 0.025+r.Float64()*0.01
	for y := range h {
		for x := range w {
			v := math.Sin(float64(x)*freq+math.Sin(float64(y)*freq*1.7)*3+phase) * math.Sin(float64(y)*freq*0.8)
			shade := 247 - 12*math.Abs(v)
			img.SetRGBA(x, y, color.RGBA{uint8(shade - 4), uint8(shade - 1), uint8(shade + 4), 255})
		}
	}
	return img
}

// drawFront lays out the 人像面: labels in blue, values in black, the
// photo at the right and the number along the bottom.
func drawFront(p *pen, pr person) {
	p.text("姓  名", 6, 10.5, labelSize, 0, labelColour)
	p.text(pr.Name, valueX, 10.7, valueSize+0.3, 0.3, valueColour)

	p.text("性  别", 6, 17, labelSize, 0, labelColour)
	p.text(pr.Sex, valueX, 17.2, valueSize, 0, valueColour)
	p.text("民  族", 26.5, 17, labelSize, 0, labelColour)
	p.text(pr.Nation, 35, 17.2, valueSize, 0, valueColour)

	p.text("出  生", 6, 23.5, labelSize, 0, labelColour)
	p.text(pr.Year, valueX, 23.7, valueSize, 0.1, valueColour)
	p.text("年", 25, 23.5, labelSize, 0, labelColour)
	p.text(pr.Month, 29.3, 23.7, valueSize, 0.1, valueColour)
	p.text("月", 33.3, 23.5, labelSize, 0, labelColour)
	p.text(pr.Day, 37.3, 23.7, valueSize, 0.1, valueColour)
	p.text("日", 41.3, 23.5, labelSize, 0, labelColour)

	p.text("住  址", 6, 30, labelSize, 0, labelColour)
	for i, line := range wrap(p, pr.Address, 36) {
		p.text(line, valueX, 30.2+float64(i)*4.6, valueSize, 0, valueColour)
	}

	p.text("公民身份号码", 6, 48.5, labelSize, 0.2, labelColour)
	p.text(pr.Number, 27.5, 48.8, valueSize+0.4, 0.45, valueColour)

	drawPortrait(p.dst, p.scale)
}

// wrap breaks s into lines no wider than maxMM, as the card's fixed
// address box does.
func wrap(p *pen, s string, maxMM float64) []string {
	var lines []string
	line := []rune{}
	for _, r := range s {
		if p.width(string(append(line, r)), valueSize) > maxMM {
			lines = append(lines, string(line))
			line = line[:0]
		}
		line = append(line, r)
	}
	return append(lines, string(line))
}

// drawPortrait stands in for the holder's photo: a grey head and
// shoulders on a pale ground, never a real face.
func drawPortrait(dst *image.RGBA, s float64) {
	box := image.Rect(int(55*s), int(5.5*s), int(81*s), int(38*s))
	fillRect(dst, box, color.RGBA{214, 218, 222, 255})

	// Drawing into the box's sub-image clips the shoulders at its edge.
	sub := dst.SubImage(box).(*image.RGBA)
	grey := color.RGBA{105, 108, 114, 255}
	cx := float64(box.Min.X+box.Max.X) / 2
	fillEllipse(sub, cx, 39*s, 12*s, 8.5*s, grey)
	fillEllipse(sub, cx, 27.5*s, 2.4*s, 4*s, grey)
	fillEllipse(sub, cx, 18*s, 5.2*s, 6.8*s, grey)
}

// drawBack lays out the 国徽面: emblem top-left, the title, then the
// authority and validity at the bottom.
func drawBack(p *pen, pr person) {
	drawEmblem(p.dst, p.scale)
	p.text("中华人民共和国", 30, 13, 4.2, 1.2, valueColour)
	p.text("居民身份证", 27, 24, 6.2, 2.6, valueColour)

	p.text("签发机关", 14.5, 42.5, labelSize, 0.1, valueColour)
	p.text(pr.Authority, 29.5, 42.7, valueSize, 0, valueColour)
	p.text("有效期限", 14.5, 49, labelSize, 0.1, valueColour)
	p.text(pr.Timelimit, 29.5, 49.2, valueSize, 0, valueColour)
}

// drawEmblem is a red disc with a gold ring and stars, enough to look
// like the emblem's place without copying it.
func drawEmblem(dst *image.RGBA, s float64) {
	cx, cy := 14*s, 14*s
	fillEllipse(dst, cx, cy, 9*s, 9*s, gold)
	fillEllipse(dst, cx, cy, 8*s, 8*s, red)
	fillEllipse(dst, cx, cy-2.5*s, 1.6*s, 1.6*s, gold)
	for i := range 4 {
		a := math.Pi*0.9 + float64(i)*0.4
		fillEllipse(dst, cx+math.Cos(a)*4*s+3*s, cy-2.5*s+math.Sin(a)*4*s+1*s, 0.7*s, 0.7*s, gold)
	}
	fillRect(dst, image.Rect(int(cx-4*s), int(cy+2*s), int(cx+4*s), int(cy+3*s)), gold)
	fillRect(dst, image.Rect(int(cx-3*s), int(cy+4*s), int(cx+3*s), int(cy+5*s)), gold)
}
