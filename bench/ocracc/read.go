package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"kycreview/ocr"
	"kycreview/ocr/specimen"
)

// reading is what the engine made of both sides of one card.
type reading struct {
	front, back *ocr.Result
}

// readCard runs the engine on both sides and returns the time spent.
func readCard(ctx context.Context, eng ocr.Engine, dir string, c specimen.Card) (reading, time.Duration, error) {
	var got reading
	var took time.Duration
	for _, side := range []struct {
		file string
		res  **ocr.Result
	}{{c.Front, &got.front}, {c.Back, &got.back}} {
		img, err := os.ReadFile(filepath.Join(dir, side.file))
		if err != nil {
			return got, took, fmt.Errorf("read image: %w", err)
		}
		start := time.Now()
		res, err := eng.Recognize(ctx, img)
		took += time.Since(start)
		// A card the engine cannot find scores zero but does not stop the run.
		if err != nil && ocr.AsError(err).Outcome != ocr.OutScanFailed {
			return got, took, fmt.Errorf("recognize %s: %w", side.file, err)
		}
		if res == nil {
			res = &ocr.Result{Scan: 1}
		}
		*side.res = res
	}
	return got, took, nil
}
