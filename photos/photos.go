// Package photos keeps photo files in a folder, each named by the SHA-256
// of its content. It implements review.PhotoStore; an S3-compatible store
// can replace it behind the same two methods.
package photos

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"kycreview/review"
)

// Dir is a folder of photos, fanned out by the hash's first two digits.
type Dir struct {
	root string
}

// Open returns the store at root, creating the folder if needed.
func Open(root string) (*Dir, error) {
	if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, fmt.Errorf("photos: create %s: %w", root, err)
	}
	return &Dir{root: root}, nil
}

var validSHA = regexp.MustCompile(`^[0-9a-f]{64}$`)

func (d *Dir) path(sha string) string {
	return filepath.Join(d.root, sha[:2], sha)
}

// Put writes data under its hash: to a temporary file first, synced and
// then renamed, so a crash never leaves half a photo under a real name.
func (d *Dir) Put(ctx context.Context, data []byte) (string, error) {
	sum := sha256.Sum256(data)
	sha := hex.EncodeToString(sum[:])
	dst := d.path(sha)

	if _, err := os.Stat(dst); err == nil {
		return sha, nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return "", fmt.Errorf("photos: mkdir: %w", err)
	}

	tmp, err := os.CreateTemp(filepath.Dir(dst), ".tmp-*")
	if err != nil {
		return "", fmt.Errorf("photos: temp file: %w", err)
	}
	defer os.Remove(tmp.Name())

	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", fmt.Errorf("photos: write: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", fmt.Errorf("photos: sync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("photos: close: %w", err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return "", fmt.Errorf("photos: rename: %w", err)
	}
	// The rename is durable only once the folder itself is synced; the
	// record that names this file is committed after Put returns.
	if err := syncDir(filepath.Dir(dst)); err != nil {
		return "", err
	}
	return sha, nil
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("photos: open folder: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("photos: sync folder: %w", err)
	}
	return nil
}

// Open returns the photo with the given hash, or review.ErrNotFound.
func (d *Dir) Open(ctx context.Context, sha string) (io.ReadSeekCloser, error) {
	if !validSHA.MatchString(sha) {
		return nil, review.ErrNotFound
	}
	f, err := os.Open(d.path(sha))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, review.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("photos: open: %w", err)
	}
	return f, nil
}
