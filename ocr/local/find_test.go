package local

import (
	"image"
	"image/color"
	"math"
	"testing"

	"kycreview/ocr"
)

// syntheticPhoto draws a bright card-shaped rectangle turned by deg on
// a dark ground, with a red disc where the back's emblem goes when red.
func syntheticPhoto(w, h int, cx, cy, cw, ch, deg float64, red bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	a := deg * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	for y := range h {
		for x := range w {
			dx, dy := float64(x)-cx, float64(y)-cy
			u, v := dx*cos+dy*sin, -dx*sin+dy*cos
			c := color.RGBA{uint8(60 + (x*7+y*3)%25), 50, 40, 255}
			if math.Abs(u) < cw/2 && math.Abs(v) < ch/2 {
				c = color.RGBA{240, 240, 235, 255}
				// Emblem place: 4-24 mm of the 85.6 x 54 mm card.
				ex, ey := (u/cw+0.5)*85.6, (v/ch+0.5)*54
				if red && math.Hypot(ex-14, ey-14) < 8 {
					c = color.RGBA{210, 30, 30, 255}
				}
				// A stroke of text, which the hole filling must absorb.
				if ey > 30 && ey < 33 && ex > 16 && ex < 50 {
					c = color.RGBA{20, 20, 20, 255}
				}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

func TestFindCard(t *testing.T) {
	tests := []struct {
		name          string
		cx, cy, w, h  float64
		deg           float64
		red, turned   bool
		wantSide      ocr.Side
		wantUprightOK bool
	}{
		{"level back", 600, 420, 856, 540, 0, true, false, ocr.Back, true},
		{"turned 3 degrees", 610, 400, 856, 540, 3, true, false, ocr.Back, true},
		{"turned -4 degrees", 590, 430, 800, 505, -4, false, false, ocr.Front, true},
		{"upside down back", 600, 420, 856, 540, 180, true, true, ocr.Back, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := syntheticPhoto(1200, 840, tt.cx, tt.cy, tt.w, tt.h, tt.deg, tt.red)
			c, ok := findCard(img)
			if !ok {
				t.Fatal("no card found")
			}
			wantDeg := math.Mod(tt.deg, 180)
			if math.Abs(c.AngleDeg-wantDeg) > 0.7 {
				t.Errorf("angle %.2f, want %.2f", c.AngleDeg, wantDeg)
			}
			if math.Abs(c.W-tt.w) > 12 || math.Abs(c.H-tt.h) > 12 {
				t.Errorf("size %.0fx%.0f, want %.0fx%.0f", c.W, c.H, tt.w, tt.h)
			}
			if math.Hypot(c.CX-tt.cx, c.CY-tt.cy) > 6 {
				t.Errorf("centre (%.0f, %.0f), want (%.0f, %.0f)", c.CX, c.CY, tt.cx, tt.cy)
			}
			if tt.red {
				side, upright := detectSide(c.image)
				if side != tt.wantSide || upright != tt.wantUprightOK {
					t.Errorf("side %s upright %v, want %s %v", side, upright, tt.wantSide, tt.wantUprightOK)
				}
			}
		})
	}
}

func TestParseTSV(t *testing.T) {
	out := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t500\t80\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t10\t17\t100\t46\t92.5\t黄\n" +
		"5\t1\t1\t1\t1\t2\t77\t13\t34\t67\t79.8\t佳\n" +
		"5\t1\t1\t1\t1\t3\t90\t13\t34\t67\t95\t \n"
	words, err := parseTSV(out)
	if err != nil {
		t.Fatalf("parseTSV: %v", err)
	}
	text, conf := joinWords(words)
	if text != "黄佳" || conf != 79.8 || words[1].Left != 77 {
		t.Errorf("got %q conf %v words %+v, want 黄佳 79.8", text, conf, words)
	}
}
