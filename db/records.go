package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kycreview/ocr"
	"kycreview/review"
)

// CreateRecord stores a new record and, when OCR runs, queues its job.
func (d *DB) CreateRecord(ctx context.Context, nr review.NewRecord) (int64, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("create record: begin: %w", err)
	}
	defer tx.Rollback()

	now := formatTime(d.now())
	status := review.StatusOCRPending
	if !nr.QueueOCR {
		status = review.StatusPending
	}

	res, err := tx.ExecContext(ctx, `INSERT INTO records
		(status, front_sha, back_sha, engine, uploaded_by, created_at, updated_at,
		 front_width, back_width, front_phash, front_thumb)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		status, nr.FrontSHA, nr.BackSHA, nr.Engine, nr.UploadedBy, now, now,
		nr.Front.Width, nr.Back.Width, int64(nr.Front.Print.Hash), nr.Front.Print.Thumb)
	if err != nil {
		return 0, fmt.Errorf("create record: %w", err)
	}
	id, _ := res.LastInsertId()

	if nr.QueueOCR {
		if err := queueJob(ctx, tx, id, now); err != nil {
			return 0, err
		}
	}

	err = d.appendEvent(ctx, tx, review.Event{ActorID: nr.UploadedBy, Action: "upload", RecordID: id,
		Detail: map[string]any{"front_sha": nr.FrontSHA, "back_sha": nr.BackSHA, "engine": nr.Engine}})
	if err != nil {
		return 0, err
	}
	return id, tx.Commit()
}

func queueJob(ctx context.Context, tx *sql.Tx, recordID int64, now string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO ocr_jobs (record_id, state, created_at) VALUES (?, 'queued', ?)`,
		recordID, now)
	if err != nil {
		return fmt.Errorf("queue ocr job: %w", err)
	}
	return nil
}

// Record loads one record with its fields, attempts and latest decision.
func (d *DB) Record(ctx context.Context, id int64) (*review.Record, error) {
	r, err := d.recordRow(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.Fields, err = d.fields(ctx, id); err != nil {
		return nil, err
	}
	if r.Attempts, err = d.attempts(ctx, id); err != nil {
		return nil, err
	}
	if r.Decision, err = d.latestDecision(ctx, id); err != nil {
		return nil, err
	}
	if r.Duplicates, err = d.duplicates(ctx, r); err != nil {
		return nil, err
	}
	return r, nil
}

func (d *DB) recordRow(ctx context.Context, id int64) (*review.Record, error) {
	var r review.Record
	var portrait, outcome sql.NullString
	var created, updated string
	var frontHash int64

	err := d.sql.QueryRowContext(ctx, `SELECT r.id, r.status, r.version, r.front_sha, r.back_sha,
			r.portrait_sha, r.engine, r.ocr_outcome, r.created_at, r.updated_at, u.id, u.username, u.role,
			r.front_width, r.back_width, r.front_phash, r.front_thumb
		FROM records r JOIN users u ON u.id = r.uploaded_by WHERE r.id = ?`, id).
		Scan(&r.ID, &r.Status, &r.Version, &r.FrontSHA, &r.BackSHA, &portrait, &r.Engine, &outcome,
			&created, &updated, &r.UploadedBy.ID, &r.UploadedBy.Username, &r.UploadedBy.Role,
			&r.Front.Width, &r.Back.Width, &frontHash, &r.Front.Print.Thumb)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, review.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("load record %d: %w", id, err)
	}

	r.PortraitSHA, r.OCROutcome = portrait.String, ocr.Outcome(outcome.String)
	r.Front.Print.Hash = uint64(frontHash)
	r.CreatedAt, r.UpdatedAt = parseTime(created), parseTime(updated)
	return &r, nil
}

func (d *DB) fields(ctx context.Context, id int64) ([]review.Field, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT f.name, f.ocr_value, f.ocr_trusted, f.ocr_reason, f.value,
			COALESCE(u.username, ''), f.corrected_at
		FROM fields f LEFT JOIN users u ON u.id = f.corrected_by WHERE f.record_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("load fields of %d: %w", id, err)
	}
	defer rows.Close()

	var fields []review.Field
	for rows.Next() {
		var f review.Field
		var trusted sql.NullBool
		var value, at sql.NullString
		err := rows.Scan(&f.Name, &f.OCRValue, &trusted, &f.OCRReason, &value, &f.CorrectedBy, &at)
		if err != nil {
			return nil, fmt.Errorf("scan field: %w", err)
		}
		if trusted.Valid {
			f.Trusted = &trusted.Bool
		}
		if value.Valid {
			f.Value = &value.String
		}
		f.CorrectedAt = parseNullTime(at)
		fields = append(fields, f)
	}
	return fields, rows.Err()
}

func (d *DB) attempts(ctx context.Context, id int64) ([]review.Attempt, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT id, slot, engine, side, outcome, code, detail, raw,
			started_at, finished_at
		FROM ocr_attempts WHERE record_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("load attempts of %d: %w", id, err)
	}
	defer rows.Close()

	var out []review.Attempt
	for rows.Next() {
		a := review.Attempt{RecordID: id}
		var started, finished string
		err := rows.Scan(&a.ID, &a.Slot, &a.Engine, &a.Side, &a.Outcome, &a.Code, &a.Detail, &a.Raw,
			&started, &finished)
		if err != nil {
			return nil, fmt.Errorf("scan attempt: %w", err)
		}
		a.Started, a.Finished = parseTime(started), parseTime(finished)
		out = append(out, a)
	}
	return out, rows.Err()
}

func (d *DB) latestDecision(ctx context.Context, id int64) (*review.Decision, error) {
	var dec review.Decision
	var at string
	err := d.sql.QueryRowContext(ctx, `SELECT d.id, d.decision, d.reason, d.note, d.override, d.override_note,
			d.decided_at, u.id, u.username, u.role
		FROM decisions d JOIN users u ON u.id = d.decided_by
		WHERE d.record_id = ? AND NOT EXISTS (SELECT 1 FROM reopens ro WHERE ro.decision_id = d.id)
		ORDER BY d.id DESC LIMIT 1`, id).
		Scan(&dec.ID, &dec.Decision, &dec.Reason, &dec.Note, &dec.Override, &dec.OverrideNote,
			&at, &dec.By.ID, &dec.By.Username, &dec.By.Role)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load decision of %d: %w", id, err)
	}
	dec.At = parseTime(at)
	return &dec, nil
}
