package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"kycreview/review"
)

const eventViewSQL = `SELECT e.id, e.at, COALESCE(u.username, ''), e.action, COALESCE(e.record_id, 0), e.detail
FROM events e LEFT JOIN users u ON u.id = e.actor_id`

// RecordEvents returns a record's whole history, oldest first.
func (d *DB) RecordEvents(ctx context.Context, recordID int64) ([]review.EventView, error) {
	rows, err := d.sql.QueryContext(ctx, eventViewSQL+` WHERE e.record_id = ? ORDER BY e.id`, recordID)
	if err != nil {
		return nil, fmt.Errorf("record events: %w", err)
	}
	return scanEventViews(rows)
}

// Events returns the newest events with an id below before (0: newest).
func (d *DB) Events(ctx context.Context, before int64, limit int) ([]review.EventView, error) {
	rows, err := d.sql.QueryContext(ctx, eventViewSQL+` WHERE ? = 0 OR e.id < ? ORDER BY e.id DESC LIMIT ?`,
		before, before, limit)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return scanEventViews(rows)
}

func scanEventViews(rows *sql.Rows) ([]review.EventView, error) {
	defer rows.Close()
	var out []review.EventView
	for rows.Next() {
		var e review.EventView
		var at, detail string
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.RecordID, &detail); err != nil {
			return nil, fmt.Errorf("scan event: %w", err)
		}
		e.At = parseTime(at)
		// A detail that no longer decodes was edited behind our back;
		// the chain check says so, the timeline still shows the event.
		_ = json.Unmarshal([]byte(detail), &e.Detail)
		out = append(out, e)
	}
	return out, rows.Err()
}

// VerifyChain walks the events in order and checks that ids follow one
// another, that each links to its parent's hash, and that each hash is
// the hash of its content. The first event that fails is named.
func (d *DB) VerifyChain(ctx context.Context) (review.ChainState, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT id, at, COALESCE(actor_id, 0), action, COALESCE(record_id, 0),
		detail, prev_hash, hash FROM events ORDER BY id`)
	if err != nil {
		return review.ChainState{}, fmt.Errorf("verify chain: %w", err)
	}
	defer rows.Close()

	state := review.ChainState{Intact: true}
	prev, prevID := genesis, int64(0)
	for rows.Next() {
		var r EventRow
		if err := rows.Scan(&r.ID, &r.At, &r.ActorID, &r.Action, &r.RecordID, &r.Detail, &r.PrevHash, &r.Hash); err != nil {
			return state, fmt.Errorf("verify chain: scan: %w", err)
		}
		state.Count++
		if problem := chainProblem(r, prevID, prev); problem != "" && state.Intact {
			state.Intact, state.BrokenID, state.Problem = false, r.ID, problem
		}
		prev, prevID = r.Hash, r.ID
	}
	if err := rows.Err(); err != nil {
		return state, fmt.Errorf("verify chain: %w", err)
	}
	return state, nil
}

func chainProblem(r EventRow, prevID int64, prevHash string) string {
	switch {
	case r.ID != prevID+1:
		return fmt.Sprintf("events %d to %d are missing", prevID+1, r.ID-1)
	case r.PrevHash != prevHash:
		return "its link to the previous event does not match"
	case r.ComputeHash() != r.Hash:
		return "its content does not match its hash"
	}
	return ""
}
