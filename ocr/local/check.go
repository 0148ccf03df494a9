package local

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// installHint is how to get Tesseract and the language data on Debian.
const installHint = "install it with: apt-get install tesseract-ocr tesseract-ocr-chi-sim"

// Check reports whether Tesseract can be started and has the chi_sim and
// eng languages. The server calls it at start, so a missing install shows
// in the log at once rather than on the first card.
func Check(cfg Config) error {
	cfg = New(cfg).cfg
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	args := []string{"--list-langs"}
	if cfg.TessdataDir != "" {
		args = append(args, "--tessdata-dir", cfg.TessdataDir)
	}
	out, err := exec.CommandContext(ctx, cfg.Tesseract, args...).CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return fmt.Errorf("local ocr: cannot run %q: %w; %s", cfg.Tesseract, err, installHint)
	}

	langs := strings.Fields(string(out))
	for _, want := range []string{"chi_sim", "eng"} {
		if !slices.Contains(langs, want) {
			return fmt.Errorf("local ocr: tesseract has no %s language data; %s", want, installHint)
		}
	}
	return nil
}
