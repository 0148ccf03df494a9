package main

import (
	"fmt"
	"io"

	"kycreview/ocr/specimen"
)

// printScore writes one line per field: hits, cards seen, accuracy.
func printScore(w io.Writer, s *specimen.Score, verbose bool) {
	if verbose {
		for _, m := range s.Misses {
			fmt.Fprintf(w, "miss %s %s: want %q got %q\n", m.Card, m.Field, m.Want, m.Got)
		}
	}
	for _, f := range specimen.Fields {
		fmt.Fprintf(w, "%-10s %3d/%-3d %.3f\n", f, s.Hits[f], s.Seen[f],
			float64(s.Hits[f])/float64(max(1, s.Seen[f])))
	}
}
