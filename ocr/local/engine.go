// Package local reads resident ID cards offline with Tesseract.
//
// It finds the card in the photo, straightens it, tells front from back,
// then reads each field from its fixed place on the card in a separate
// Tesseract run with the character set that field allows. Known rules
// (the number's check character, the 56 nations, the province names, the
// validity period's format) correct near-misses and decide the validity
// flags. Tesseract runs as a subprocess, so a crash or hang in it cannot
// take the server down.
package local

import (
	"context"
	"fmt"
	"time"

	"kycreview/ocr"
)

// Config says where Tesseract is and how long one run may take.
type Config struct {
	// Tesseract is the binary's path or name on PATH; "tesseract" when empty.
	Tesseract string
	// TessdataDir overrides Tesseract's own language-data directory.
	TessdataDir string
	// Timeout bounds one Tesseract run (one field); 20s when zero.
	Timeout time.Duration
	// Parallel bounds the Tesseract runs at once across all readings;
	// 2 when zero, one per core on the machines we run on.
	Parallel int
}

// Engine is the offline ocr.Engine. It is safe for concurrent use.
type Engine struct {
	cfg Config
	// slots holds one token per Tesseract run allowed at once.
	slots chan struct{}
}

// New returns an engine with cfg's zero fields set to their defaults. It
// does not look for Tesseract: Check does, when the server starts.
func New(cfg Config) *Engine {
	if cfg.Tesseract == "" {
		cfg.Tesseract = "tesseract"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 20 * time.Second
	}
	if cfg.Parallel <= 0 {
		cfg.Parallel = 2
	}
	return &Engine{cfg: cfg, slots: make(chan struct{}, cfg.Parallel)}
}

// Name labels the engine in logs and the UI.
func (e *Engine) Name() string { return "local" }

// Recognize reads one photo of one side of a card.
func (e *Engine) Recognize(ctx context.Context, image []byte) (*ocr.Result, error) {
	img, err := decode(image)
	if err != nil {
		return scanFailed(fmt.Sprintf("decode image: %v", err))
	}

	card, found := findCard(img)
	if !found {
		return scanFailed("no card-shaped bright region in the photo")
	}
	side, upright := detectSide(card.image)
	if !upright {
		card.image = rotate180(card.image)
	}

	sheets := frontSheets
	if side == ocr.Back {
		sheets = backSheets
	}
	reads, err := e.readAll(ctx, card.image, sheets)
	if err != nil {
		return nil, err
	}
	if allEmpty(reads) {
		return scanFailed("no text where the card's fields should be")
	}
	return e.result(side, card, reads)
}

// scanFailed is the guide's "result: 1": the photo holds no readable card.
func scanFailed(detail string) (*ocr.Result, error) {
	res := &ocr.Result{Scan: 1, Validity: map[string]bool{}}
	return res, &ocr.Error{Outcome: ocr.OutScanFailed, Detail: detail}
}
