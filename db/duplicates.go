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
		WHERE f.name = 'number' AND f.record_id != ? AND UPPER(COALESCE(f.value, f.ocr_value)) = ?
		ORDER BY r.id LIMIT 20`, id, number)
	if err != nil {
		return nil, fmt.Errorf("find same number: %w", err)
	}
	return scanDuplicates(rows, review.DupNumber)
}

// samePhotos finds records sharing a photo file, or whose front is nearly
// the same picture. Hashes are compared in Go (SQLite has no popcount);
// only candidates close by hash have their thumbnails read.
func (d *DB) samePhotos(ctx context.Context, r *review.Record) ([]review.Duplicate, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT id, status, front_sha, back_sha, front_phash
		FROM records WHERE id != ? ORDER BY id`, r.ID)
	if err != nil {
		return nil, fmt.Errorf("find same photos: %w", err)
	}

	var out, candidates []review.Duplicate
	for rows.Next() {
		var o review.Record
		var hash int64
		if err := rows.Scan(&o.ID, &o.Status, &o.FrontSHA, &o.BackSHA, &hash); err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan photo row: %w", err)
		}
		dup := review.Duplicate{RecordID: o.ID, Status: o.Status}
		switch {
		case sharesFile(r, &o):
			dup.Kind = review.DupSamePhoto
			out = append(out, dup)
		case r.Front.Print.Candidate(uint64(hash)):
			candidates = append(candidates, dup)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find same photos: %w", err)
	}

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

func sharesFile(a, b *review.Record) bool {
	return a.FrontSHA == b.FrontSHA || a.FrontSHA == b.BackSHA ||
		a.BackSHA == b.FrontSHA || a.BackSHA == b.BackSHA
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
