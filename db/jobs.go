package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kycreview/review"
)

// ClaimJob marks the oldest queued job running and returns it.
func (d *DB) ClaimJob(ctx context.Context) (review.Job, error) {
	var j review.Job
	err := d.sql.QueryRowContext(ctx, `UPDATE ocr_jobs SET state = 'running', started_at = ?
		WHERE id = (SELECT id FROM ocr_jobs WHERE state = 'queued' ORDER BY id LIMIT 1)
		RETURNING id, record_id`, formatTime(d.now())).Scan(&j.ID, &j.RecordID)
	if errors.Is(err, sql.ErrNoRows) {
		return j, review.ErrNotFound
	}
	if err != nil {
		return j, fmt.Errorf("claim ocr job: %w", err)
	}
	return j, nil
}

// RequeueRunningJobs queues again the jobs a stopped process left running.
func (d *DB) RequeueRunningJobs(ctx context.Context) (int, error) {
	res, err := d.sql.ExecContext(ctx, `UPDATE ocr_jobs SET state = 'queued', started_at = NULL
		WHERE state = 'running'`)
	if err != nil {
		return 0, fmt.Errorf("requeue ocr jobs: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// FinishOCR stores a job's attempts and fields and moves the record on,
// all in one transaction with its audit events.
func (d *DB) FinishOCR(ctx context.Context, job review.Job, out review.OCROutput) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("finish ocr: begin: %w", err)
	}
	defer tx.Rollback()

	for _, a := range out.Attempts {
		if err := d.insertAttempt(ctx, tx, a); err != nil {
			return err
		}
	}
	for _, f := range out.Fields {
		if err := upsertOCRField(ctx, tx, job.RecordID, f); err != nil {
			return err
		}
	}

	status, action := review.StatusPending, "ocr_done"
	if out.Failed != "" {
		status, action = review.StatusOCRFailed, "ocr_failed"
	}
	_, err = tx.ExecContext(ctx, `UPDATE records SET status = ?, ocr_outcome = ?,
			portrait_sha = COALESCE(NULLIF(?, ''), portrait_sha), version = version + 1, updated_at = ?
		WHERE id = ? AND status = 'ocr_pending'`,
		status, nullString(string(out.Failed)), out.PortraitSHA, formatTime(d.now()), job.RecordID)
	if err != nil {
		return fmt.Errorf("finish ocr: update record: %w", err)
	}

	if _, err := tx.ExecContext(ctx, `UPDATE ocr_jobs SET state = 'done' WHERE id = ?`, job.ID); err != nil {
		return fmt.Errorf("finish ocr: close job: %w", err)
	}
	err = d.appendEvent(ctx, tx, review.Event{Action: action, RecordID: job.RecordID,
		Detail: map[string]any{"outcome": string(out.Failed)}})
	if err != nil {
		return err
	}
	return tx.Commit()
}

func (d *DB) insertAttempt(ctx context.Context, tx *sql.Tx, a review.Attempt) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO ocr_attempts
		(record_id, slot, engine, side, outcome, code, detail, raw, started_at, finished_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.RecordID, a.Slot, a.Engine, a.Side, a.Outcome, a.Code, a.Detail, a.Raw,
		formatTime(a.Started), formatTime(a.Finished))
	if err != nil {
		return fmt.Errorf("store ocr attempt: %w", err)
	}

	// The event names the outcome, never the fields read.
	return d.appendEvent(ctx, tx, review.Event{Action: "ocr_attempt", RecordID: a.RecordID,
		Detail: map[string]any{"slot": a.Slot, "engine": a.Engine, "side": a.Side,
			"outcome": a.Outcome, "code": a.Code}})
}

// upsertOCRField replaces what the OCR read and keeps any correction.
func upsertOCRField(ctx context.Context, tx *sql.Tx, recordID int64, f review.Field) error {
	var trusted any
	if f.Trusted != nil {
		trusted = *f.Trusted
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO fields (record_id, name, ocr_value, ocr_trusted, ocr_reason)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (record_id, name) DO UPDATE SET
			ocr_value = excluded.ocr_value, ocr_trusted = excluded.ocr_trusted,
			ocr_reason = excluded.ocr_reason`,
		recordID, f.Name, f.OCRValue, trusted, f.OCRReason)
	if err != nil {
		return fmt.Errorf("store field %s: %w", f.Name, err)
	}
	return nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
