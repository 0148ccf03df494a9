package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"kycreview/review"
)

// lockRecord reads a record's status and version inside tx.
func lockRecord(ctx context.Context, tx *sql.Tx, id int64) (review.Status, int, error) {
	var status review.Status
	var version int
	err := tx.QueryRowContext(ctx, `SELECT status, version FROM records WHERE id = ?`, id).Scan(&status, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, review.ErrNotFound
	}
	if err != nil {
		return "", 0, fmt.Errorf("read record %d: %w", id, err)
	}
	return status, version, nil
}

var (
	errDecided = review.Errorf(review.CodeConflict, "该记录已有审核决定，不能再修改",
		"This record has already been decided and is read-only")
	errStale = review.Errorf(review.CodeConflict, "该记录已被他人修改，请刷新后再试",
		"Someone changed this record meanwhile; reload and try again")
	errNotReady = review.Errorf(review.CodeConflict, "识别尚未完成，暂不能审核",
		"OCR has not finished; the record cannot be decided yet")
)

// Decide appends a decision and closes the record, if it is still pending
// at the version the reviewer saw.
func (d *DB) Decide(ctx context.Context, id int64, version int, dec review.Decision) error {
	return d.onRecord(ctx, id, "decide", func(tx *sql.Tx, status review.Status, current int) error {
		switch {
		case status.Decided():
			return errDecided
		case status != review.StatusPending:
			return errNotReady
		case version != current:
			return errStale
		}
		if err := checkClaim(ctx, tx, id, dec.By.ID, d.now()); err != nil {
			return err
		}

		now := formatTime(d.now())
		res, err := tx.ExecContext(ctx, `INSERT INTO decisions
			(record_id, decision, reason, note, override, override_note, decided_by, decided_at, errors, untrusted)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, dec.Decision, dec.Reason, dec.Note, dec.Override, dec.OverrideNote, dec.By.ID, now,
			dec.Errors, dec.Untrusted)
		if err != nil {
			return fmt.Errorf("decide: insert: %w", err)
		}
		decisionID, _ := res.LastInsertId()

		next := review.StatusApproved
		switch {
		case dec.Decision == review.Reject:
			next = review.StatusRejected
		case dec.Override && dec.NeedsSecond:
			next = review.StatusAwaitingSecond
		}
		if err := setStatus(ctx, tx, id, next, now); err != nil {
			return err
		}

		err = d.appendEvent(ctx, tx, review.Event{ActorID: dec.By.ID, Action: "decision", RecordID: id,
			Detail: map[string]any{"decision": dec.Decision, "reason": dec.Reason, "note": dec.Note,
				"override": dec.Override, "override_note": dec.OverrideNote, "decision_id": decisionID,
				"errors": dec.Errors, "untrusted": dec.Untrusted, "status": next}})
		if err != nil {
			return err
		}
		if !dec.Override {
			return nil
		}
		// An override is its own event, so an audit can list them alone.
		return d.appendEvent(ctx, tx, review.Event{ActorID: dec.By.ID, Action: "override", RecordID: id,
			Detail: map[string]any{"errors": dec.Errors, "note": dec.OverrideNote, "decision_id": decisionID}})
	})
}

// CorrectField stores a reviewer's value for one field of an open record.
func (d *DB) CorrectField(ctx context.Context, id int64, c review.Correction) error {
	return d.onRecord(ctx, id, "correct", func(tx *sql.Tx, status review.Status, _ int) error {
		if status.Decided() {
			return errDecided
		}

		var old sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT COALESCE(value, ocr_value) FROM fields WHERE record_id = ? AND name = ?`,
			id, c.Field).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("correct: read old value: %w", err)
		}

		_, err = tx.ExecContext(ctx, `INSERT INTO fields (record_id, name, value, corrected_by, corrected_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (record_id, name) DO UPDATE SET
				value = excluded.value, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at`,
			id, c.Field, c.Value, c.By, formatTime(d.now()))
		if err != nil {
			return fmt.Errorf("correct: store: %w", err)
		}

		return d.appendEvent(ctx, tx, review.Event{ActorID: c.By, Action: "correction", RecordID: id,
			Detail: map[string]any{"field": c.Field, "old": old.String, "new": c.Value}})
	})
}

// RetryOCR queues OCR again for a record whose OCR failed.
func (d *DB) RetryOCR(ctx context.Context, id int64, by int64) error {
	return d.onRecord(ctx, id, "retry", func(tx *sql.Tx, status review.Status, _ int) error {
		if status != review.StatusOCRFailed {
			return review.Errorf(review.CodeConflict, "只有识别失败的记录可以重试", "Only a record whose OCR failed can be retried")
		}

		now := formatTime(d.now())
		if err := setStatus(ctx, tx, id, review.StatusOCRPending, now); err != nil {
			return err
		}
		if err := queueJob(ctx, tx, id, now); err != nil {
			return err
		}
		return d.appendEvent(ctx, tx, review.Event{ActorID: by, Action: "ocr_retry", RecordID: id})
	})
}

// SwapPhotos exchanges the front and back photos, and the slots of their
// OCR attempts, so fields stay with the photo they were read from.
func (d *DB) SwapPhotos(ctx context.Context, id int64, version int, by int64) error {
	return d.onRecord(ctx, id, "swap", func(tx *sql.Tx, status review.Status, current int) error {
		switch {
		case status.Decided():
			return errDecided
		case version != current:
			return errStale
		}

		_, err := tx.ExecContext(ctx, `UPDATE records SET front_sha = back_sha, back_sha = front_sha,
			version = version + 1, updated_at = ? WHERE id = ?`, formatTime(d.now()), id)
		if err != nil {
			return fmt.Errorf("swap: photos: %w", err)
		}
		_, err = tx.ExecContext(ctx, `UPDATE ocr_attempts
			SET slot = CASE slot WHEN 'front' THEN 'back' ELSE 'front' END WHERE record_id = ?`, id)
		if err != nil {
			return fmt.Errorf("swap: attempts: %w", err)
		}
		return d.appendEvent(ctx, tx, review.Event{ActorID: by, Action: "swap_photos", RecordID: id})
	})
}

func setStatus(ctx context.Context, tx *sql.Tx, id int64, s review.Status, now string) error {
	_, err := tx.ExecContext(ctx, `UPDATE records SET status = ?, version = version + 1, updated_at = ?
		WHERE id = ?`, s, now, id)
	if err != nil {
		return fmt.Errorf("set status of %d: %w", id, err)
	}
	return nil
}

func (d *DB) commitWithEvent(ctx context.Context, tx *sql.Tx, e review.Event) error {
	if err := d.appendEvent(ctx, tx, e); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit %s: %w", e.Action, err)
	}
	return nil
}

// checkClaim refuses a decision by anyone but the holder of a live claim,
// inside the deciding transaction, so a claim taken a moment earlier by
// another reviewer cannot be overtaken.
func checkClaim(ctx context.Context, tx *sql.Tx, recordID, userID int64, now time.Time) error {
	var holder int64
	var touched string
	err := tx.QueryRowContext(ctx, `SELECT user_id, touched_at FROM claims WHERE record_id = ?`, recordID).
		Scan(&holder, &touched)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read claim of %d: %w", recordID, err)
	}

	c := review.Claim{RecordID: recordID, Holder: review.User{ID: holder}, TouchedAt: parseTime(touched)}
	if c.Live(now) && holder != userID {
		return review.ErrClaimedByOther
	}
	return nil
}

// onRecord runs fn in one write transaction on record id, its status and
// version read first so that checks and changes see the same state, and
// commits what fn did with the audit events fn appended.
func (d *DB) onRecord(ctx context.Context, id int64, what string,
	fn func(tx *sql.Tx, status review.Status, version int) error) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback()

	status, version, err := lockRecord(ctx, tx, id)
	if err != nil {
		return err
	}
	if err := fn(tx, status, version); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	return nil
}
