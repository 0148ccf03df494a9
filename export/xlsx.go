package export

import (
	"archive/zip"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// xlsxSheet uses excelize's stream writer: rows go to a buffer that
// spills to a temporary file past 16 MiB, and the workbook is zipped onto
// w at Close. The bytes reach w only at the end, since a zip's sheet entry
// is written whole.
type xlsxSheet struct {
	f   *excelize.File
	sw  *excelize.StreamWriter
	w   io.Writer
	row int
}

func newXLSX(w io.Writer) (*xlsxSheet, error) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return &xlsxSheet{f: f, sw: sw, w: w}, nil
}

func (s *xlsxSheet) Row(cells []string) error {
	s.row++
	values := make([]any, len(cells))
	for i, c := range cells {
		values[i] = Escape(c)
	}
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := s.sw.SetRow(cell, values); err != nil {
		return fmt.Errorf("xlsx: row %d: %w", s.row, err)
	}
	return nil
}

func (s *xlsxSheet) Close() error {
	defer s.f.Close()
	if err := s.sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: flush: %w", err)
	}
	// excelize zips into a memory buffer that it then copies to w; handing
	// it a zip writer on w itself keeps that buffer empty, so memory stays
	// flat however many rows there are.
	s.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(s.w) })
	if _, err := s.f.WriteToBuffer(); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
}
