package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"kycreview/review"
)

var (
	errNotDecided = review.Errorf(review.CodeConflict, "只有已决定的记录可以重新打开",
		"Only a decided record can be reopened")
	errNoSecond = review.Errorf(review.CodeConflict, "该记录不在等待复核",
		"This record is not waiting for a second approval")
	errSamePerson = review.Errorf(review.CodeForbidden, "第二次批准必须由另一人完成，不能是第一位批准人",
		"The second approval must come from someone other than the first approver")
)

// Reopen puts a decided record back in the queue. The reopen row names
// the decision it undoes, which stays in the decisions table.
func (d *DB) Reopen(ctx context.Context, id int64, reason string, by int64) error {
	return d.onRecord(ctx, id, "reopen", func(tx *sql.Tx, status review.Status, _ int) error {
		if !status.Decided() {
			return errNotDecided
		}
		decisionID, _, err := decisionInForce(ctx, tx, id)
		if err != nil {
			return err
		}

		now := formatTime(d.now())
		_, err = tx.ExecContext(ctx, `INSERT INTO reopens (record_id, decision_id, reason, reopened_by, reopened_at)
			VALUES (?, ?, ?, ?, ?)`, id, decisionID, reason, by, now)
		if err != nil {
			return fmt.Errorf("reopen: insert: %w", err)
		}
		if err := setStatus(ctx, tx, id, review.StatusPending, now); err != nil {
			return err
		}
		return d.appendEvent(ctx, tx, review.Event{ActorID: by, Action: "reopen", RecordID: id,
			Detail: map[string]any{"reason": reason, "decision_id": decisionID, "from": status}})
	})
}

// SecondApprove completes an overridden approval under the four-eyes
// rule, by anyone but the first approver.
func (d *DB) SecondApprove(ctx context.Context, id int64, by int64) error {
	return d.onRecord(ctx, id, "second approval", func(tx *sql.Tx, status review.Status, _ int) error {
		if status != review.StatusAwaitingSecond {
			return errNoSecond
		}
		decisionID, firstBy, err := decisionInForce(ctx, tx, id)
		if err != nil {
			return err
		}
		if firstBy == by {
			return errSamePerson
		}

		now := formatTime(d.now())
		_, err = tx.ExecContext(ctx, `INSERT INTO second_approvals (record_id, decision_id, approved_by, approved_at)
			VALUES (?, ?, ?, ?)`, id, decisionID, by, now)
		if err != nil {
			return fmt.Errorf("second approval: insert: %w", err)
		}
		if err := setStatus(ctx, tx, id, review.StatusApproved, now); err != nil {
			return err
		}
		return d.appendEvent(ctx, tx, review.Event{ActorID: by, Action: "second_approval", RecordID: id,
			Detail: map[string]any{"decision_id": decisionID, "first_approver": firstBy}})
	})
}

// decisionInForce returns the id and author of the record's newest
// decision.
func decisionInForce(ctx context.Context, tx *sql.Tx, id int64) (int64, int64, error) {
	var decisionID, by int64
	err := tx.QueryRowContext(ctx, `SELECT id, decided_by FROM decisions WHERE record_id = ?
		ORDER BY id DESC LIMIT 1`, id).Scan(&decisionID, &by)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, errNotDecided
	}
	if err != nil {
		return 0, 0, fmt.Errorf("read decision of %d: %w", id, err)
	}
	return decisionID, by, nil
}

// PhotosPurgedAt tells when a record's photos were deleted; zero if never.
func (d *DB) PhotosPurgedAt(ctx context.Context, id int64) (time.Time, error) {
	var at sql.NullString
	err := d.sql.QueryRowContext(ctx, `SELECT photos_purged_at FROM records WHERE id = ?`, id).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, review.ErrNotFound
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("read purge of %d: %w", id, err)
	}
	return parseNullTime(at), nil
}

// DecisionTimes returns every decision made in [from, to) with its
// record's upload time, for reviewer statistics.
func (d *DB) DecisionTimes(ctx context.Context, from, to time.Time) ([]review.DecisionTime, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT u.username, d.decision, d.override, r.created_at, d.decided_at
		FROM decisions d JOIN users u ON u.id = d.decided_by JOIN records r ON r.id = d.record_id
		WHERE d.decided_at >= ? AND d.decided_at < ? ORDER BY d.id`, formatTime(from), formatTime(to))
	if err != nil {
		return nil, fmt.Errorf("decision times: %w", err)
	}
	defer rows.Close()

	var out []review.DecisionTime
	for rows.Next() {
		var t review.DecisionTime
		var uploaded, decided string
		if err := rows.Scan(&t.Reviewer, &t.Decision, &t.Override, &uploaded, &decided); err != nil {
			return nil, fmt.Errorf("scan decision time: %w", err)
		}
		t.UploadedAt, t.DecidedAt = parseTime(uploaded), parseTime(decided)
		out = append(out, t)
	}
	return out, rows.Err()
}
