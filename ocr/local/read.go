package local

import (
	"context"
	"image"
	"strings"
	"sync"
	"time"
)

// reading is what Tesseract made of one region, kept whole for Raw.
type reading struct {
	Field string  `json:"field"`
	Lang  string  `json:"lang"`
	PSM   int     `json:"psm"`
	Scale float64 `json:"scale"`
	Text  string  `json:"text"`
	Conf  float64 `json:"min_conf"`
	Words []word  `json:"words"`
	MS    int64   `json:"ms"`
	at    box
}

// readAll reads every region at once, as many in parallel as the
// engine's slots allow, each at every scale it lists; the surest reading
// of each region wins. The first failure cancels the rest.
func (e *Engine) readAll(ctx context.Context, img *image.RGBA, regions []region) (map[string]*reading, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		reads    = map[string]*reading{}
	)
	for _, reg := range regions {
		for _, scale := range reg.scales() {
			wg.Go(func() {
				rd, err := e.read(ctx, img, reg, scale)
				if err == nil && reg.retry > 0 && rd.Conf < minConf {
					again, err2 := e.read(ctx, img, reg, reg.retry)
					if err = err2; err == nil && surer(again, rd) {
						rd = again
					}
				}
				mu.Lock()
				defer mu.Unlock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				if err == nil && surer(rd, reads[reg.field]) {
					reads[reg.field] = rd
				}
			})
		}
	}
	wg.Wait()
	return reads, firstErr
}

// surer prefers any text to none, then the higher weakest-word
// confidence.
func surer(a, b *reading) bool {
	switch {
	case b == nil:
		return true
	case (a.Text == "") != (b.Text == ""):
		return a.Text != ""
	}
	return a.Conf > b.Conf
}

func (e *Engine) read(ctx context.Context, img *image.RGBA, reg region, scale float64) (*reading, error) {
	start := time.Now()
	words, err := e.tesseract(ctx, pgm(scaled(ink(img, reg.at.px(), pad), scale)), reg.run)
	if err != nil {
		return nil, err
	}
	// Word boxes come back in the scaled image's pixels.
	for i := range words {
		words[i].Left = int(float64(words[i].Left) / scale)
	}

	rd := &reading{Field: reg.field, Lang: reg.run.lang, PSM: reg.run.psm, Scale: scale, Words: words, at: reg.at}
	rd.Text, rd.Conf = joinWords(words)
	rd.MS = time.Since(start).Milliseconds()
	return rd, nil
}

// joinWords glues words without spaces (Chinese has none, and the digit
// fields have none) and keeps the weakest word's confidence: one bad
// character spoils a field.
func joinWords(words []word) (string, float64) {
	var b strings.Builder
	conf := 100.0
	for _, w := range words {
		b.WriteString(w.Text)
		conf = min(conf, w.Conf)
	}
	if len(words) == 0 {
		conf = 0
	}
	return b.String(), conf
}

func allEmpty(reads map[string]*reading) bool {
	for _, rd := range reads {
		if rd.Text != "" {
			return false
		}
	}
	return true
}
