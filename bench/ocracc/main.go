// Command ocracc measures the local OCR engine on specimen cards: per-field
// exact-match accuracy and milliseconds per side, against plain
// whole-image Tesseract timed in the same run.
//
//	go run ./bench/ocracc [-v] DIR
//
// DIR holds the images and truth.json that ./testdata/specimen writes. The
// last line printed is the summary, in key=value form for scripts.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"kycreview/ocr/local"
	"kycreview/ocr/specimen"
)

func main() {
	verbose := flag.Bool("v", false, "print every field that did not match")
	tesseract := flag.String("tesseract", "tesseract", "Tesseract binary")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: ocracc [-v] [-tesseract PATH] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}

	if err := run(flag.Arg(0), *tesseract, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "ocracc:", err)
		os.Exit(1)
	}
}

func run(dir, tesseract string, verbose bool) error {
	cfg := local.Config{Tesseract: tesseract}
	if err := local.Check(cfg); err != nil {
		return err
	}
	cards, err := specimen.Load(dir)
	if err != nil {
		return err
	}

	eng := local.New(cfg)
	var sc specimen.Score
	var engineTime, base time.Duration
	for _, c := range cards {
		got, took, err := readCard(context.Background(), eng, dir, c)
		if err != nil {
			return fmt.Errorf("card %s: %w", c.Front, err)
		}
		engineTime += took
		sc.Add(c, got.front, got.back)

		// Timing the baseline card by card, right after the engine, keeps
		// both under the same load from whatever else the machine runs.
		b, err := baseline(tesseract, dir, c)
		if err != nil {
			return err
		}
		base += b
	}
	sides := 2 * len(cards)
	printScore(os.Stdout, &sc, verbose)
	fmt.Printf("accuracy=%.4f correct=%d total=%d ms_per_side=%d baseline_ms_per_side=%d\n",
		sc.Accuracy(), sc.Correct(), sc.Total(), engineTime.Milliseconds()/int64(sides), base.Milliseconds()/int64(sides))
	return nil
}
