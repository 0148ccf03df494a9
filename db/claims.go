package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"kycreview/review"
)

// ClaimNext returns the user's live claim on a pending record, or claims
// the oldest pending record that nobody holds. The whole choice is one
// write transaction (the database opens with _txlock=immediate), so two
// reviewers claiming at once wait for each other and never share a record.
func (d *DB) ClaimNext(ctx context.Context, userID int64, now, lapsedBefore time.Time) (int64, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("claim next: begin: %w", err)
	}
	defer tx.Rollback()

	id, err := heldClaim(ctx, tx, userID, lapsedBefore)
	if err != nil {
		return 0, err
	}
	if id != 0 {
		if err := touch(ctx, tx, id, userID, now); err != nil {
			return 0, err
		}
		return id, tx.Commit()
	}

	if id, err = oldestUnclaimed(ctx, tx, lapsedBefore); err != nil {
		return 0, err
	}
	at := formatTime(now)
	_, err = tx.ExecContext(ctx, `INSERT INTO claims (record_id, user_id, claimed_at, touched_at)
		VALUES (?, ?, ?, ?)
		ON CONFLICT (record_id) DO UPDATE SET
			user_id = excluded.user_id, claimed_at = excluded.claimed_at, touched_at = excluded.touched_at`,
		id, userID, at, at)
	if err != nil {
		return 0, fmt.Errorf("claim next: store: %w", err)
	}
	return id, d.commitWithEvent(ctx, tx, review.Event{ActorID: userID, Action: "claim", RecordID: id})
}

// heldClaim finds the user's oldest live claim on a pending record; 0 when
// they hold none.
func heldClaim(ctx context.Context, tx *sql.Tx, userID int64, lapsedBefore time.Time) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT c.record_id FROM claims c JOIN records r ON r.id = c.record_id
		WHERE c.user_id = ? AND c.touched_at >= ? AND r.status = 'pending'
		ORDER BY c.record_id LIMIT 1`, userID, formatTime(lapsedBefore)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("claim next: held claim: %w", err)
	}
	return id, nil
}

// oldestUnclaimed finds the oldest pending record without a live claim.
func oldestUnclaimed(ctx context.Context, tx *sql.Tx, lapsedBefore time.Time) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT r.id FROM records r LEFT JOIN claims c ON c.record_id = r.id
		WHERE r.status = 'pending' AND (c.record_id IS NULL OR c.touched_at < ?)
		ORDER BY r.id LIMIT 1`, formatTime(lapsedBefore)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, review.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("claim next: oldest unclaimed: %w", err)
	}
	return id, nil
}

// TouchClaim refreshes the user's claim on the record; it does nothing
// when someone else holds it or nobody does.
func (d *DB) TouchClaim(ctx context.Context, recordID, userID int64, now time.Time) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("touch claim: begin: %w", err)
	}
	defer tx.Rollback()

	if err := touch(ctx, tx, recordID, userID, now); err != nil {
		return err
	}
	return tx.Commit()
}

func touch(ctx context.Context, tx *sql.Tx, recordID, userID int64, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE claims SET touched_at = ? WHERE record_id = ? AND user_id = ?`,
		formatTime(now), recordID, userID)
	if err != nil {
		return fmt.Errorf("touch claim %d: %w", recordID, err)
	}
	return nil
}

// ReleaseClaim drops the user's claim on the record, if they hold it.
func (d *DB) ReleaseClaim(ctx context.Context, recordID, userID int64) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("release claim: begin: %w", err)
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE record_id = ? AND user_id = ?`, recordID, userID)
	if err != nil {
		return fmt.Errorf("release claim %d: %w", recordID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	return d.commitWithEvent(ctx, tx, review.Event{ActorID: userID, Action: "release", RecordID: recordID})
}

// Claims returns the claims on the given records, live or lapsed.
func (d *DB) Claims(ctx context.Context, recordIDs []int64) (map[int64]review.Claim, error) {
	out := map[int64]review.Claim{}
	if len(recordIDs) == 0 {
		return out, nil
	}
	args := make([]any, len(recordIDs))
	for i, id := range recordIDs {
		args[i] = id
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(recordIDs)), ",")

	rows, err := d.sql.QueryContext(ctx, `SELECT c.record_id, c.claimed_at, c.touched_at, u.id, u.username, u.role
		FROM claims c JOIN users u ON u.id = c.user_id WHERE c.record_id IN (`+marks+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("load claims: %w", err)
	}
	defer rows.Close()

	for rows.Next() {
		var c review.Claim
		var claimed, touched string
		err := rows.Scan(&c.RecordID, &claimed, &touched, &c.Holder.ID, &c.Holder.Username, &c.Holder.Role)
		if err != nil {
			return nil, fmt.Errorf("scan claim: %w", err)
		}
		c.ClaimedAt, c.TouchedAt = parseTime(claimed), parseTime(touched)
		out[c.RecordID] = c
	}
	return out, rows.Err()
}
