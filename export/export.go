// Package export writes reviewed records as CSV or XLSX, one row at a
// time, so an export of any size runs in constant memory.
package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"kycreview/review"
)

// Formats are the file types an export can take.
var Formats = map[string]struct{ ContentType, Ext string }{
	"csv":  {"text/csv; charset=utf-8", "csv"},
	"xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
}

// Sheet is a table being written: a header row first, then data rows.
type Sheet interface {
	Row(cells []string) error
	// Close finishes the file; nothing is complete before it returns.
	Close() error
}

// New starts a sheet of the given format on w.
func New(format string, w io.Writer) (Sheet, error) {
	switch format {
	case "csv":
		return newCSV(w)
	case "xlsx":
		return newXLSX(w)
	}
	return nil, fmt.Errorf("export: unknown format %q", format)
}

// Source hands each row to fn in turn.
type Source func(ctx context.Context, fn func(cells []string) error) error

// Write writes the header and every row of src as format on w, and
// returns how many data rows it wrote.
func Write(ctx context.Context, format string, w io.Writer, header []string, src Source) (int, error) {
	sheet, err := New(format, w)
	if err != nil {
		return 0, err
	}
	if err := sheet.Row(header); err != nil {
		return 0, fmt.Errorf("export: header: %w", err)
	}

	n := 0
	err = src(ctx, func(cells []string) error {
		n++
		return sheet.Row(cells)
	})
	if err != nil {
		return n, fmt.Errorf("export: row %d: %w", n, err)
	}
	if err := sheet.Close(); err != nil {
		return n, fmt.Errorf("export: finish: %w", err)
	}
	return n, nil
}

// Escape defuses a cell that a spreadsheet would read as a formula: one
// starting with =, +, -, @, a tab or a carriage return gets a leading '.
func Escape(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// EachDecision is how a store streams the decisions a filter selects.
type EachDecision func(ctx context.Context, f review.DecisionFilter, fn func(review.ExportRow) error) error

// Decisions turns a stream of decisions into rows of cells.
func Decisions(each EachDecision, f review.DecisionFilter, full bool) Source {
	return func(ctx context.Context, fn func([]string) error) error {
		return each(ctx, f, func(r review.ExportRow) error { return fn(Cells(r, full)) })
	}
}
