package db

import (
	"context"
	"database/sql"
	"fmt"

	"kycreview/review"
)

// The queue's order: records awaiting review first, oldest first; then
// OCR in progress or failed; then decided records, newest first. grp and
// k make that order a plain ascending key, so pages can use a keyset.
const queueSQL = `
WITH q AS (
	SELECT id, status, uploaded_by, created_at,
		CASE status WHEN 'pending' THEN 0 WHEN 'ocr_pending' THEN 1 WHEN 'ocr_failed' THEN 1 ELSE 2 END AS grp,
		CASE WHEN status IN ('approved', 'rejected') THEN -id ELSE id END AS k
	FROM records
	WHERE (? = '' OR status = ?)
)
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
WHERE ? OR (q.grp, q.k) > (?, ?)
ORDER BY q.grp, q.k
LIMIT ?`

// ListRecords returns one page of the queue after the cursor.
func (d *DB) ListRecords(ctx context.Context, q review.ListQuery) (review.ListPage, error) {
	rows, err := d.sql.QueryContext(ctx, queueSQL, q.Status, q.Status,
		q.After.IsZero(), q.After.Group, q.After.Key, q.Limit+1)
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
