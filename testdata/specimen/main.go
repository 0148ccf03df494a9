// Command specimen renders synthetic resident ID cards of invented people,
// front and back, clean and photographed, with a truth.json of their
// fields, to test and measure the local OCR engine.
//
//	go run ./testdata/specimen -out DIR -n N -seed S [-degraded]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"

	"golang.org/x/image/font"
)

func main() {
	out := flag.String("out", "specimens", "directory to write the images and truth.json into")
	n := flag.Int("n", 8, "number of cards")
	seed := flag.Uint64("seed", 1, "random seed; the same seed draws the same cards")
	degraded := flag.Bool("degraded", false, "photograph the cards: background, rotation, blur, noise, JPEG 70")
	fontPath := flag.String("font", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "CJK font collection")
	flag.Parse()

	if err := run(*out, *n, *seed, *degraded, *fontPath); err != nil {
		fmt.Fprintln(os.Stderr, "specimen:", err)
		os.Exit(1)
	}
}

func run(dir string, n int, seed uint64, degraded bool, fontPath string) error {
	f, err := loadCJK(fontPath)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", dir, err)
	}

	r := rand.New(rand.NewPCG(seed, 0x6b7963))
	var people []person
	for i := range n {
		p := newPerson(r)
		p.Front, p.Back = fmt.Sprintf("card%02d_front.jpg", i+1), fmt.Sprintf("card%02d_back.jpg", i+1)

		// The clean card is about 1200 px wide; a photo frames it smaller.
		scale := 14.0
		if degraded {
			scale = 11.5 + r.Float64()*1.5
		}
		pn := &pen{scale: scale, fonts: map[float64]font.Face{}, src: f}
		for _, side := range []struct {
			file string
			draw func(*pen, person)
		}{{p.Front, drawFront}, {p.Back, drawBack}} {
			pn.dst = newCard(r, scale)
			side.draw(pn, p)
			img, quality := pn.dst, 92
			if degraded {
				img, quality = degrade(r, img), 70
			}
			if err := saveJPEG(filepath.Join(dir, side.file), img, quality); err != nil {
				return err
			}
		}
		people = append(people, p)
	}
	return writeTruth(filepath.Join(dir, "truth.json"), people)
}

func saveJPEG(path string, img image.Image, quality int) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer f.Close()
	if err := jpeg.Encode(f, img, &jpeg.Options{Quality: quality}); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return f.Close()
}

func writeTruth(path string, people []person) error {
	data, err := json.MarshalIndent(people, "", "  ")
	if err != nil {
		return fmt.Errorf("encode truth: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write truth: %w", err)
	}
	return nil
}
