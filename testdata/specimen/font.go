package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// loadCJK opens a Noto CJK collection and picks its Simplified Chinese
// member: the Japanese default draws some hanzi differently.
func loadCJK(path string) (*opentype.Font, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	coll, err := opentype.ParseCollection(data)
	if err != nil {
		return nil, fmt.Errorf("parse font %s: %w", path, err)
	}

	for i := range coll.NumFonts() {
		f, err := coll.Font(i)
		if err != nil {
			return nil, fmt.Errorf("font %d of %s: %w", i, path, err)
		}
		family, _ := f.Name(nil, sfnt.NameIDFamily)
		if family == "Noto Sans CJK SC" || family == "Noto Serif CJK SC" {
			return f, nil
		}
	}
	return nil, fmt.Errorf("no Simplified Chinese font in %s", path)
}

// pen draws text on a card at millimetre positions.
type pen struct {
	dst   *image.RGBA
	scale float64 // pixels per millimetre
	fonts map[float64]font.Face
	src   *opentype.Font
}

func (p *pen) face(sizeMM float64) font.Face {
	if f, ok := p.fonts[sizeMM]; ok {
		return f
	}
	f, err := opentype.NewFace(p.src, &opentype.FaceOptions{Size: sizeMM * p.scale, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(fmt.Sprintf("face: %v", err)) // only fails on a zero size
	}
	p.fonts[sizeMM] = f
	return f
}

// text draws s with its baseline at (x, y) mm; spacing adds millimetres
// between characters, as the card spreads its title and number.
func (p *pen) text(s string, x, y, sizeMM, spacing float64, c color.Color) float64 {
	d := font.Drawer{Dst: p.dst, Src: image.NewUniform(c), Face: p.face(sizeMM)}
	d.Dot = fixed.P(int(x*p.scale), int(y*p.scale))
	for _, r := range s {
		d.DrawString(string(r))
		d.Dot.X += fixed.I(int(spacing * p.scale))
	}
	return float64(d.Dot.X.Round()) / p.scale
}

// width is how many millimetres s takes at sizeMM.
func (p *pen) width(s string, sizeMM float64) float64 {
	return float64(font.MeasureString(p.face(sizeMM), s).Round()) / p.scale
}

func fillRect(dst *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Src)
}

// fillEllipse paints the ellipse centred at (cx, cy) with radii rx, ry
// in pixels.
func fillEllipse(dst *image.RGBA, cx, cy, rx, ry float64, c color.Color) {
	for y := int(cy - ry); y <= int(cy+ry); y++ {
		for x := int(cx - rx); x <= int(cx+rx); x++ {
			dx, dy := (float64(x)-cx)/rx, (float64(y)-cy)/ry
			if dx*dx+dy*dy <= 1 && image.Pt(x, y).In(dst.Rect) {
				dst.Set(x, y, c)
			}
		}
	}
}
