package db

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"

	"kycreview/review"
)

// segment is one status's run of the queue. The queue's order: records
// awaiting a review (or a second approval) first, oldest first; then OCR
// in progress or failed; then decided records, newest first. grp and k
// make that order one ascending key, so pages can use a keyset.
type segment struct {
	status review.Status
	grp    int
	newest bool // newest first: k is -id
}

var segments = []segment{
	{review.StatusPending, 0, false},
	{review.StatusAwaitingSecond, 0, false},
	{review.StatusOCRPending, 1, false},
	{review.StatusOCRFailed, 1, false},
	{review.StatusApproved, 2, true},
	{review.StatusRejected, 2, true},
}

// queueSQL reads each status's next rows through the (status, id) index,
// at most a page of each, and merges them: a page costs the same on the
// first day and after a million records.
var queueSQL = func() string {
	parts := make([]string, len(segments))
	for i, s := range segments {
		order, k := "ASC", "id"
		if s.newest {
			order, k = "DESC", "-id"
		}
		parts[i] = fmt.Sprintf(`SELECT * FROM (SELECT id, status, uploaded_by, created_at, %d AS grp, %s AS k
			FROM records WHERE status = '%s' AND id > ? AND id < ? ORDER BY id %s LIMIT ?)`,
			s.grp, k, s.status, order)
	}
	return `WITH q AS (` + strings.Join(parts, "\nUNION ALL\n") + `)
SELECT q.id, q.status, q.created_at, q.grp, q.k, u.username,
	COALESCE(fname.value, fname.ocr_value, ''), COALESCE(fnum.value, fnum.ocr_value, ''),
	COALESCE(du.username, ''), d.decided_at
FROM q
JOIN users u ON u.id = q.uploaded_by
LEFT JOIN fields fname ON fname.record_id = q.id AND fname.name = 'name'
LEFT JOIN fields fnum ON fnum.record_id = q.id AND fnum.name = 'number'
LEFT JOIN decisions d ON d.id = (SELECT MAX(id) FROM decisions WHERE record_id = q.id)
	AND NOT EXISTS (SELECT 1 FROM reopens ro WHERE ro.decision_id = d.id)
LEFT JOIN users du ON du.id = d.decided_by
ORDER BY q.grp, q.k
LIMIT ?`
}()

// queueArgs bounds each segment's ids to what lies after the cursor and
// leaves out the segments the status filter excludes.
func queueArgs(q review.ListQuery) []any {
	var args []any
	for _, s := range segments {
		lo, hi := int64(0), int64(math.MaxInt64)
		switch {
		case q.Status != "" && q.Status != s.status:
			hi = 0 // no id is below 0: the segment is empty
		case q.After.IsZero() || q.After.Group < s.grp:
		case q.After.Group > s.grp:
			hi = 0
		case s.newest:
			hi = -q.After.Key
		default:
			lo = q.After.Key
		}
		args = append(args, lo, hi, q.Limit+1)
	}
	return append(args, q.Limit+1)
}

// ListRecords returns one page of the queue after the cursor.
func (d *DB) ListRecords(ctx context.Context, q review.ListQuery) (review.ListPage, error) {
	rows, err := d.sql.QueryContext(ctx, queueSQL, queueArgs(q)...)
	if err != nil {
		return review.ListPage{}, fmt.Errorf("list records: %w", err)
	}
	defer rows.Close()

	var page review.ListPage
	var last review.Cursor
	for rows.Next() {
		var s review.Summary
		var created string
		var decided sql.NullString
		var c review.Cursor
		err := rows.Scan(&s.ID, &s.Status, &created, &c.Group, &c.Key, &s.UploadedBy,
			&s.Name, &s.Number, &s.DecidedBy, &decided)
		if err != nil {
			return page, fmt.Errorf("scan queue row: %w", err)
		}
		if len(page.Items) == q.Limit {
			page.Next = last
			break
		}
		s.CreatedAt, s.DecidedAt = parseTime(created), parseNullTime(decided)
		page.Items = append(page.Items, s)
		last = c
	}
	return page, rows.Err()
}
