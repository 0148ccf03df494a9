package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"kycreview/review"
)

// genesis is the previous hash of the first event.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// Event appends an event that changes no record.
func (d *DB) Event(ctx context.Context, e review.Event) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("event: begin: %w", err)
	}
	defer tx.Rollback()

	if err := d.appendEvent(ctx, tx, e); err != nil {
		return err
	}
	return tx.Commit()
}

// appendEvent adds e to the hash chain inside tx. The chain is read and
// extended in one write transaction, so two events never share a parent.
func (d *DB) appendEvent(ctx context.Context, tx *sql.Tx, e review.Event) error {
	if e.At.IsZero() {
		e.At = d.now()
	}
	detail := "{}"
	if len(e.Detail) > 0 {
		b, err := json.Marshal(e.Detail)
		if err != nil {
			return fmt.Errorf("event: encode detail: %w", err)
		}
		detail = string(b)
	}

	var lastID int64
	prev := genesis
	err := tx.QueryRowContext(ctx, `SELECT id, hash FROM events ORDER BY id DESC LIMIT 1`).Scan(&lastID, &prev)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("event: read chain head: %w", err)
	}

	row := EventRow{ID: lastID + 1, At: formatTime(e.At), ActorID: e.ActorID, Action: e.Action,
		RecordID: e.RecordID, Detail: detail, PrevHash: prev}
	row.Hash = row.ComputeHash()

	_, err = tx.ExecContext(ctx, `INSERT INTO events (id, at, actor_id, action, record_id, detail, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		row.ID, row.At, nullID(row.ActorID), row.Action, nullID(row.RecordID), row.Detail, row.PrevHash, row.Hash)
	if err != nil {
		return fmt.Errorf("event: insert %s: %w", e.Action, err)
	}
	return nil
}

// EventRow is an event as stored, the unit of the hash chain.
type EventRow struct {
	ID       int64
	At       string
	ActorID  int64
	Action   string
	RecordID int64
	Detail   string
	PrevHash string
	Hash     string
}

// ComputeHash is the SHA-256 of the event's content and its parent's hash.
func (r EventRow) ComputeHash() string {
	parts := []string{
		strconv.FormatInt(r.ID, 10), r.At, strconv.FormatInt(r.ActorID, 10), r.Action,
		strconv.FormatInt(r.RecordID, 10), r.Detail, r.PrevHash,
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(sum[:])
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
