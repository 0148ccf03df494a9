package local

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/jpeg"

	"kycreview/ocr"
)

// result assembles the vendor-shaped answer from one side's readings.
func (e *Engine) result(side ocr.Side, c card, reads map[string]*reading) (*ocr.Result, error) {
	res := &ocr.Result{Side: side}
	var v verdict
	regions := backRegions
	if side == ocr.Front {
		res.Info, v = readFront(reads)
		regions = frontRegions
		portrait, err := cropPortrait(c.image)
		if err != nil {
			return nil, err
		}
		res.Portrait = portrait
	} else {
		res.Info, v = readBack(reads)
	}
	res.Validity, res.Reasons = v.validity, v.reasons

	raw, err := rawJSON(side, c, regions, reads)
	if err != nil {
		return nil, err
	}
	res.Raw = raw
	return res, nil
}

// cropPortrait cuts the photo out of the straightened front.
func cropPortrait(img *image.RGBA) ([]byte, error) {
	var buf bytes.Buffer
	sub := img.SubImage(portraitBox.px())
	if err := jpeg.Encode(&buf, sub, &jpeg.Options{Quality: 88}); err != nil {
		return nil, fmt.Errorf("local ocr: encode portrait: %w", err)
	}
	return buf.Bytes(), nil
}

// rawJSON records where the card was and what Tesseract read in each
// region, in the card's order, for support to see why a field came out
// as it did.
func rawJSON(side ocr.Side, c card, regions []region, reads map[string]*reading) (json.RawMessage, error) {
	doc := struct {
		Engine  string     `json:"engine"`
		Side    ocr.Side   `json:"side"`
		Card    card       `json:"card"`
		Regions []*reading `json:"regions"`
	}{Engine: "local", Side: side, Card: c}
	for _, reg := range regions {
		doc.Regions = append(doc.Regions, reads[reg.field])
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("local ocr: encode raw: %w", err)
	}
	return data, nil
}
