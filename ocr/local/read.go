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

// readAll reads every sheet at once, as many in parallel as the
// engine's slots allow. A region its sheet read empty or unsure is read
// again by itself, and the surer reading wins. The first failure cancels
// the rest.
func (e *Engine) readAll(ctx context.Context, img *image.RGBA, sheets []sheet) (map[string]*reading, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
		reads    = map[string]*reading{}
	)
	keep := func(rd *reading, reg region, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil && firstErr == nil {
			firstErr = err
			cancel()
		}
		if err == nil && surer(rd, reads[rd.Field], reg.exact) {
			reads[rd.Field] = rd
		}
	}
	for _, sh := range sheets {
		wg.Go(func() {
			rds, err := e.readSheet(ctx, img, sh)
			if err != nil {
				keep(nil, region{}, err)
				return
			}
			for i, rd := range rds {
				reg := sh.regions[i]
				keep(rd, reg, nil)
				if reg.alone.lang != "" && unsure(rd, reg) {
					wg.Go(func() {
						rd, err := e.readAlone(ctx, img, reg)
						keep(rd, reg, err)
					})
				}
			}
		})
	}
	wg.Wait()
	return reads, firstErr
}

// unsure is a reading worth a second look: empty, of low confidence, or
// not exactly in its field's form.
func unsure(rd *reading, reg region) bool {
	return rd.Text == "" || rd.Conf < minConf || (reg.exact != nil && !reg.exact(rd.Text))
}

// surer prefers any text to none, then a reading exactly in the field's
// form (when exact is set), then the higher weakest-word confidence.
func surer(a, b *reading, exact func(string) bool) bool {
	switch {
	case b == nil:
		return true
	case (a.Text == "") != (b.Text == ""):
		return a.Text != ""
	case exact != nil && exact(a.Text) != exact(b.Text):
		return exact(a.Text)
	}
	return a.Conf > b.Conf
}

// readSheet reads a sheet's regions in one run and returns one reading
// per region, in order.
func (e *Engine) readSheet(ctx context.Context, img *image.RGBA, sh sheet) ([]*reading, error) {
	start := time.Now()
	parts := make([]*image.Gray, len(sh.regions))
	for i, reg := range sh.regions {
		parts[i] = scaled(ink(img, reg.at.px(), pad), sh.scale)
	}
	gap := int(sheetGap * sh.scale)
	page, tops := layout(parts, gap)
	words, err := e.tesseract(ctx, pgm(page), sh.run)
	if err != nil {
		return nil, err
	}

	ms := time.Since(start).Milliseconds()
	rds := make([]*reading, len(sh.regions))
	for i, ws := range split(words, tops, gap) {
		rds[i] = newReading(sh.regions[i], sh.run, sh.scale, ws)
		rds[i].MS = ms
	}
	return rds, nil
}

// readAlone reads one region in a run of its own, with its own page
// mode and whitelist.
func (e *Engine) readAlone(ctx context.Context, img *image.RGBA, reg region) (*reading, error) {
	start := time.Now()
	words, err := e.tesseract(ctx, pgm(scaled(ink(img, reg.at.px(), pad), reg.again)), reg.alone)
	if err != nil {
		return nil, err
	}
	rd := newReading(reg, reg.alone, reg.again, words)
	rd.MS = time.Since(start).Milliseconds()
	return rd, nil
}

// newReading records a region's words, with their boxes moved back to
// the region's unscaled pixels.
func newReading(reg region, r run, scale float64, words []word) *reading {
	for i := range words {
		words[i].Left = int(float64(words[i].Left) / scale)
		words[i].Top = int(float64(words[i].Top) / scale)
	}
	rd := &reading{Field: reg.field, Lang: r.lang, PSM: r.psm, Scale: scale, Words: words, at: reg.at}
	rd.Text, rd.Conf = joinWords(words)
	return rd
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
