package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"time"

	"kycreview/ocr/specimen"
)

// baseline times plain `tesseract IMAGE stdout -l chi_sim` on both sides
// of a card, one after another, as someone would run it by hand:
// Tesseract's own defaults, including its threads.
func baseline(tesseract, dir string, c specimen.Card) (time.Duration, error) {
	var total time.Duration
	for _, file := range []string{c.Front, c.Back} {
		start := time.Now()
		cmd := exec.Command(tesseract, filepath.Join(dir, file), "stdout", "-l", "chi_sim")
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("baseline on %s: %w: %s", file, err, out)
		}
		total += time.Since(start)
	}
	return total, nil
}
