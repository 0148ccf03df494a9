package db

import (
	"context"
	"fmt"
	"strings"

	"kycreview/review"
)

// exportSQL adds every field of the card to the decisions query, one join
// per field on the fields table's primary key.
func exportSQL(where string) string {
	var cols, joins strings.Builder
	for i, name := range review.FieldNames {
		fmt.Fprintf(&cols, ", COALESCE(f%d.value, f%d.ocr_value, '')", i, i)
		fmt.Fprintf(&joins, "\nLEFT JOIN fields f%d ON f%d.record_id = r.id AND f%d.name = '%s'", i, i, i, name)
	}
	return decisionsSelect + cols.String() + decisionsFrom + joins.String() + where + ` ORDER BY d.id DESC`
}

// EachDecision streams the decisions f selects, newest first, with every
// field. Rows are read from one cursor and handed on as they come, so an
// export of any size holds one row in memory at a time.
func (d *DB) EachDecision(ctx context.Context, f review.DecisionFilter, fn func(review.ExportRow) error) error {
	where, args := decisionFilter{f}.where()
	rows, err := d.sql.QueryContext(ctx, exportSQL(where), args...)
	if err != nil {
		return fmt.Errorf("export decisions: %w", err)
	}
	defer rows.Close()

	values := make([]string, len(review.FieldNames))
	ptrs := make([]any, len(values))
	for i := range values {
		ptrs[i] = &values[i]
	}

	for rows.Next() {
		row, err := scanDecisionRow(rows, ptrs...)
		if err != nil {
			return err
		}
		out := review.ExportRow{DecisionRow: row, Fields: make(map[string]string, len(values))}
		for i, name := range review.FieldNames {
			out.Fields[name] = values[i]
		}
		if err := fn(out); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export decisions: %w", err)
	}
	return nil
}
