package local

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"kycreview/ocr"
)

// run is one Tesseract invocation on one image.
type run struct {
	lang      string
	psm       int
	whitelist string
	// keepRows stops Tesseract dropping a row of a few large characters
	// as noise: without it a short name ("陈燕") often came back empty.
	keepRows bool
}

// args builds the command line; the image comes on stdin and the TSV
// (words with boxes and confidences) goes to stdout.
func (e *Engine) args(r run) []string {
	args := []string{"stdin", "stdout", "-l", r.lang, "--psm", strconv.Itoa(r.psm)}
	if e.cfg.TessdataDir != "" {
		args = append(args, "--tessdata-dir", e.cfg.TessdataDir)
	}
	if r.keepRows {
		args = append(args, "-c", "textord_noise_rejrows=0")
	}
	if r.whitelist != "" {
		args = append(args, "-c", "tessedit_char_whitelist="+r.whitelist)
	}
	return append(args, "tsv")
}

// tesseract runs the binary once, waiting for a free slot first. A run
// past the timeout is killed with its whole process group.
func (e *Engine) tesseract(ctx context.Context, img []byte, r run) ([]word, error) {
	select {
	case e.slots <- struct{}{}:
		defer func() { <-e.slots }()
	case <-ctx.Done():
		return nil, contextError(ctx.Err(), "waiting for a tesseract slot")
	}

	ctx, cancel := context.WithTimeout(ctx, e.cfg.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.cfg.Tesseract, e.args(r)...)
	cmd.Stdin = bytes.NewReader(img)
	// One OpenMP thread per run: we run several at once, and Tesseract's
	// own threads only contend with each other on two cores.
	cmd.Env = append(cmd.Environ(), "OMP_THREAD_LIMIT=1")
	isolate(cmd)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr

	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, contextError(ctx.Err(), fmt.Sprintf("tesseract ran over %s", e.cfg.Timeout))
	}
	if err != nil {
		return nil, runError(err, stderr.String())
	}
	return parseTSV(stdout.String())
}

// runError sorts a failed run into "not installed" and "crashed".
func runError(err error, stderr string) error {
	if errors.Is(err, exec.ErrNotFound) || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return &ocr.Error{Outcome: ocr.OutNoEngine, Detail: fmt.Sprintf("start tesseract: %v; %s", err, installHint)}
	}
	detail := strings.TrimSpace(stderr)
	if len(detail) > 300 {
		detail = detail[:300]
	}
	return &ocr.Error{Outcome: ocr.OutEngine, Detail: fmt.Sprintf("tesseract: %v: %s", err, detail)}
}

// contextError reports a deadline as a timeout; a cancelled request is
// the caller's own doing and stays a plain error.
func contextError(err error, detail string) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return &ocr.Error{Outcome: ocr.OutTimeout, Detail: detail, Retryable: true}
	}
	return fmt.Errorf("local ocr: %s: %w", detail, err)
}

// killGrace is how long Wait waits for output pipes after the kill,
// should a grandchild outside the group still hold them.
const killGrace = 2 * time.Second
