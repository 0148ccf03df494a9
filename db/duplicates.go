package db

import (
	"context"
	"fmt"
	"strings"

	"kycreview/review"
)

// duplicates finds other records with the same ID number, the same photo
// file, or a photo whose perceptual hash is within a few bits.
func (d *DB) duplicates(ctx context.Context, r *review.Record) ([]review.Duplicate, error) {
	var out []review.Duplicate

	number := strings.ToUpper(strings.TrimSpace(r.Field("number").Current()))
	if number != "" {
		dups, err := d.sameNumber(ctx, r.ID, number)
		if err != nil {
			return nil, err
		}
		out = append(out, dups...)
	}

	dups, err := d.samePhotos(ctx, r)
	if err != nil {
		return nil, err
	}
	return append(out, dups...), nil
}

func (d *DB) sameNumber(ctx context.Context, id int64, number string) ([]review.Duplicate, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT r.id, r.status FROM fields f
		JOIN records r ON r.id = f.record_id
		WHERE f.name = 'number' AND UPPER(COALESCE(f.value, f.ocr_value)) = ? AND f.record_id != ?
		LIMIT 20`, number, id)
	if err != nil {
		return nil, fmt.Errorf("find same number: %w", err)
	}
	return scanDuplicates(rows, review.DupNumber)
}

// samePhotos finds records sharing a photo file, or whose front is nearly
// the same picture.
func (d *DB) samePhotos(ctx context.Context, r *review.Record) ([]review.Duplicate, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT id, status FROM records
		WHERE id != ? AND (front_sha IN (?, ?) OR back_sha IN (?, ?)) ORDER BY id LIMIT 20`,
		r.ID, r.FrontSHA, r.BackSHA, r.FrontSHA, r.BackSHA)
	if err != nil {
		return nil, fmt.Errorf("find same photos: %w", err)
	}
	out, err := scanDuplicates(rows, review.DupSamePhoto)
	if err != nil {
		return nil, err
	}

	similar, err := d.similarFronts(ctx, r, out)
	if err != nil {
		return nil, err
	}
	return append(out, similar...), nil
}

// similarFronts compares fingerprints: hashes in Go, as SQLite has no
// popcount, from an index that holds them; thumbnails only for the few
// candidates close by hash.
func (d *DB) similarFronts(ctx context.Context, r *review.Record, known []review.Duplicate) ([]review.Duplicate, error) {
	if len(r.Front.Print.Thumb) == 0 {
		return nil, nil
	}
	rows, err := d.sql.QueryContext(ctx, `SELECT id, status, front_phash FROM records
		WHERE front_thumb IS NOT NULL AND id != ?`, r.ID)
	if err != nil {
		return nil, fmt.Errorf("find similar photos: %w", err)
	}

	var candidates []review.Duplicate
	for rows.Next() {
		var dup review.Duplicate
		var hash int64
		if err := rows.Scan(&dup.RecordID, &dup.Status, &hash); err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan photo row: %w", err)
		}
		if r.Front.Print.Candidate(uint64(hash)) && !listed(known, dup.RecordID) {
			candidates = append(candidates, dup)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find similar photos: %w", err)
	}

	var out []review.Duplicate
	for _, c := range candidates {
		if len(out) >= 20 {
			break
		}
		if similar, err := d.similarFront(ctx, r, c.RecordID); err != nil {
			return nil, err
		} else if similar {
			c.Kind = review.DupSimilarPhoto
			out = append(out, c)
		}
	}
	return out, nil
}

func listed(dups []review.Duplicate, id int64) bool {
	for _, d := range dups {
		if d.RecordID == id {
			return true
		}
	}
	return false
}

func (d *DB) similarFront(ctx context.Context, r *review.Record, other int64) (bool, error) {
	var p review.Fingerprint
	var hash int64
	err := d.sql.QueryRowContext(ctx, `SELECT front_phash, front_thumb FROM records WHERE id = ?`, other).
		Scan(&hash, &p.Thumb)
	if err != nil {
		return false, fmt.Errorf("read fingerprint of %d: %w", other, err)
	}
	p.Hash = uint64(hash)
	return r.Front.Print.Similar(p), nil
}

type rowScanner interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}

func scanDuplicates(rows rowScanner, kind string) ([]review.Duplicate, error) {
	defer rows.Close()
	var out []review.Duplicate
	for rows.Next() {
		dup := review.Duplicate{Kind: kind}
		if err := rows.Scan(&dup.RecordID, &dup.Status); err != nil {
			return nil, fmt.Errorf("scan duplicate: %w", err)
		}
		out = append(out, dup)
	}
	return out, rows.Err()
}
