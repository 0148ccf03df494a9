package local

import (
	"image"
	"testing"
)

// black is a region image; its content does not matter to the layout.
func black(w, h int) *image.Gray {
	return image.NewGray(image.Rect(0, 0, w, h))
}

// TestSplit lays three regions out as a sheet and checks words go back
// to the region their middle falls in, with tops in the region's frame.
func TestSplit(t *testing.T) {
	page, tops := layout([]*image.Gray{black(100, 40), black(30, 40), black(200, 80)}, 20)
	if got, want := page.Rect, image.Rect(0, 0, 200, 20+60+60+100); got != want {
		t.Fatalf("sheet %v, want %v", got, want)
	}

	tests := []struct {
		name      string
		top, h    int
		region    int
		regionTop int
	}{
		{"first row", 25, 30, 0, 5},
		{"second row", 85, 30, 1, 5},
		{"third, first line", 145, 30, 2, 5},
		{"third, second line", 185, 30, 2, 45},
		{"in the gap, nearer the second", 122, 10, 1, 42},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			per := split([]word{{Text: "x", Top: tt.top, Height: tt.h}}, tops, 20)
			got := per[tt.region]
			if len(got) != 1 || got[0].Top != tt.regionTop {
				t.Errorf("region %d got %+v, want one word with top %d", tt.region, got, tt.regionTop)
			}
		})
	}
}
