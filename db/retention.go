package db

import (
	"context"
	"fmt"
	"time"

	"kycreview/review"
)

// PurgePhotos marks the photos of records decided before cutoff as purged,
// with an event per record and one for the run, in one transaction.
func (d *DB) PurgePhotos(ctx context.Context, cutoff time.Time, days int, by int64) (review.Purge, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return review.Purge{}, fmt.Errorf("purge: begin: %w", err)
	}
	defer tx.Rollback()

	now := formatTime(d.now())
	rows, err := tx.QueryContext(ctx, `UPDATE records SET photos_purged_at = ?
		WHERE photos_purged_at IS NULL AND status IN ('approved', 'rejected')
		AND (SELECT MAX(decided_at) FROM decisions WHERE record_id = records.id) < ?
		RETURNING id, front_sha, back_sha, COALESCE(portrait_sha, '')`, now, formatTime(cutoff))
	if err != nil {
		return review.Purge{}, fmt.Errorf("purge: mark: %w", err)
	}
	var p review.Purge
	seen := map[string]bool{}
	for rows.Next() {
		var id int64
		var shas [3]string
		if err := rows.Scan(&id, &shas[0], &shas[1], &shas[2]); err != nil {
			rows.Close()
			return p, fmt.Errorf("purge: scan: %w", err)
		}
		p.Records = append(p.Records, id)
		for _, sha := range shas {
			if sha != "" && !seen[sha] {
				seen[sha] = true
				p.SHAs = append(p.SHAs, sha)
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return p, fmt.Errorf("purge: %w", err)
	}

	for _, id := range p.Records {
		err := d.appendEvent(ctx, tx, review.Event{ActorID: by, Action: "photos_purged", RecordID: id,
			Detail: map[string]any{"days": days}})
		if err != nil {
			return p, err
		}
	}
	return p, d.commitWithEvent(ctx, tx, review.Event{ActorID: by, Action: "purge",
		Detail: map[string]any{"days": days, "cutoff": formatTime(cutoff), "records": len(p.Records)}})
}

// PhotoInUse reports whether a record whose photos are kept refers to sha.
func (d *DB) PhotoInUse(ctx context.Context, sha string) (bool, error) {
	var n int
	err := d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM records WHERE photos_purged_at IS NULL
		AND (front_sha = ? OR back_sha = ? OR portrait_sha = ?)`, sha, sha, sha).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("photo in use: %w", err)
	}
	return n > 0, nil
}
