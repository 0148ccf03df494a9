package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kycreview/review"
)

// inForceSQL is true when decision d is its record's decision in force:
// the newest, and not undone by a reopen.
const inForceSQL = `(d.id = (SELECT MAX(id) FROM decisions WHERE record_id = d.record_id)
	AND NOT EXISTS (SELECT 1 FROM reopens ro WHERE ro.decision_id = d.id))`

const decisionsSelect = `SELECT d.id, d.decision, d.reason, d.note, d.override, d.override_note,
	d.decided_at, d.errors, d.untrusted, u.id, u.username, u.role,
	r.id, r.status, r.created_at, up.username, ` + inForceSQL + `,
	COALESCE(fname.value, fname.ocr_value, ''), COALESCE(fnum.value, fnum.ocr_value, '')`

const decisionsFrom = `
FROM decisions d
JOIN users u ON u.id = d.decided_by
JOIN records r ON r.id = d.record_id
JOIN users up ON up.id = r.uploaded_by
LEFT JOIN fields fname ON fname.record_id = r.id AND fname.name = 'name'
LEFT JOIN fields fnum ON fnum.record_id = r.id AND fnum.name = 'number'`

// where turns a filter into a WHERE clause and its arguments.
func (f decisionFilter) where() (string, []any) {
	conds := []string{"1 = 1"}
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}

	if f.ReviewerID != 0 {
		add("d.decided_by = ?", f.ReviewerID)
	}
	if f.Decision != "" {
		add("d.decision = ?", f.Decision)
	}
	if f.Reason != "" {
		add("d.reason = ?", f.Reason)
	}
	if !f.From.IsZero() {
		add("d.decided_at >= ?", formatTime(f.From))
	}
	if !f.To.IsZero() {
		add("d.decided_at < ?", formatTime(f.To))
	}
	switch f.Flags {
	case "yes":
		add("(d.errors > 0 OR d.untrusted > 0)")
	case "no":
		add("d.errors = 0 AND d.untrusted = 0")
	}
	switch f.Override {
	case "yes":
		add("d.override = 1")
	case "no":
		add("d.override = 0")
	}
	if f.InForce {
		add(inForceSQL)
	}
	if f.Before > 0 {
		add("d.id < ?", f.Before)
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

type decisionFilter struct{ review.DecisionFilter }

// Decisions returns one page of decisions, newest first, keyed on id.
func (d *DB) Decisions(ctx context.Context, f review.DecisionFilter) (review.DecisionPage, error) {
	where, args := decisionFilter{f}.where()
	rows, err := d.sql.QueryContext(ctx, decisionsSelect+decisionsFrom+where+` ORDER BY d.id DESC LIMIT ?`,
		append(args, f.Limit+1)...)
	if err != nil {
		return review.DecisionPage{}, fmt.Errorf("list decisions: %w", err)
	}
	defer rows.Close()

	var page review.DecisionPage
	for rows.Next() {
		row, err := scanDecisionRow(rows)
		if err != nil {
			return page, err
		}
		if len(page.Items) == f.Limit {
			page.Next = page.Items[len(page.Items)-1].ID
			break
		}
		page.Items = append(page.Items, row)
	}
	return page, rows.Err()
}

// CountDecisions counts the decisions f selects, ignoring its keyset.
func (d *DB) CountDecisions(ctx context.Context, f review.DecisionFilter) (int, error) {
	f.Before = 0
	where, args := decisionFilter{f}.where()
	var n int
	err := d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM decisions d`+where, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count decisions: %w", err)
	}
	return n, nil
}

func scanDecisionRow(rows *sql.Rows, extra ...any) (review.DecisionRow, error) {
	var r review.DecisionRow
	var at, uploaded string
	dest := []any{&r.ID, &r.Decision.Decision, &r.Reason, &r.Note, &r.Override, &r.OverrideNote,
		&at, &r.Errors, &r.Untrusted, &r.By.ID, &r.By.Username, &r.By.Role,
		&r.RecordID, &r.Status, &uploaded, &r.UploadedBy, &r.InForce, &r.Name, &r.Number}
	if err := rows.Scan(append(dest, extra...)...); err != nil {
		return r, fmt.Errorf("scan decision: %w", err)
	}
	r.At, r.UploadedAt = parseTime(at), parseTime(uploaded)
	return r, nil
}
