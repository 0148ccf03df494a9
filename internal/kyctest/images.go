package kyctest

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
)

// PNG draws a w x h test picture; seed makes pictures differ.
func PNG(w, h int, seed uint8) []byte {
	var buf bytes.Buffer
	_ = png.Encode(&buf, picture(w, h, seed))
	return buf.Bytes()
}

// JPEG draws a w x h test picture as JPEG.
func JPEG(w, h int, seed uint8) []byte {
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, picture(w, h, seed), &jpeg.Options{Quality: 80})
	return buf.Bytes()
}

func picture(w, h int, seed uint8) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x) ^ seed, uint8(y) + seed, seed, 255})
		}
	}
	return img
}
