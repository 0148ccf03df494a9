package kyctest

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
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

// picture is a grid of random grey blocks: pictures of different seeds
// share no structure, so the duplicate checks do not take them for copies.
func picture(w, h int, seed uint8) image.Image {
	rng := rand.New(rand.NewPCG(uint64(seed), 7))
	var blocks [12][12]uint8
	for i := range blocks {
		for j := range blocks[i] {
			blocks[i][j] = uint8(rng.IntN(256))
		}
	}

	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := blocks[y*12/h][x*12/w]
			img.Set(x, y, color.RGBA{v, v, v ^ seed, 255})
		}
	}
	return img
}
