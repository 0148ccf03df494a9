package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
)

// bom makes Excel read the file as UTF-8, so Chinese shows as Chinese.
const bom = "\ufeff"

type csvSheet struct {
	buf *bufio.Writer
	w   *csv.Writer
}

func newCSV(w io.Writer) (*csvSheet, error) {
	buf := bufio.NewWriterSize(w, 32<<10)
	if _, err := buf.WriteString(bom); err != nil {
		return nil, fmt.Errorf("csv: %w", err)
	}
	cw := csv.NewWriter(buf)
	cw.UseCRLF = true
	return &csvSheet{buf: buf, w: cw}, nil
}

func (s *csvSheet) Row(cells []string) error {
	escaped := make([]string, len(cells))
	for i, c := range cells {
		escaped[i] = Escape(c)
	}
	return s.w.Write(escaped)
}

func (s *csvSheet) Close() error {
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return s.buf.Flush()
}
