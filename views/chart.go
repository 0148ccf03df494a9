package views

import (
	"context"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/a-h/templ"
)

// Chart is a bar chart drawn on the server as SVG, with its data as a
// table for screen readers and for anyone who wants the numbers.
type Chart struct {
	ID    string // unique on the page, for aria ids
	Title string
	Desc  string
	Unit  string // column heading of the values in the table
	Bars  []Bar
	// Max is the top of the scale; 0 scales to the largest bar. Rates
	// set 1, so that 67% never fills the chart.
	Max float64
}

// Bar is one bar: its label, its length and the value as printed.
type Bar struct {
	Label string
	Value float64
	Text  string
}

const (
	chartWidth  = 640
	chartHeight = 220
	chartLeft   = 40
	chartBottom = 40
)

// svg draws the bars scaled to the largest value, labels under them.
func (c Chart) svg(w io.Writer) error {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<svg role="img" aria-labelledby="%s-t %s-d" viewBox="0 0 %d %d" width="100%%" `+
		`style="max-width:%dpx" xmlns="http://www.w3.org/2000/svg">`,
		esc(c.ID), esc(c.ID), chartWidth, chartHeight, chartWidth)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`,
		esc(c.ID), esc(c.Title), esc(c.ID), esc(c.Desc))

	plotH := float64(chartHeight - chartBottom - 10)
	fmt.Fprintf(&b, `<line x1="%d" y1="10" x2="%d" y2="%.0f" stroke="#9aa5b1"/>`, chartLeft, chartLeft, 10+plotH)
	fmt.Fprintf(&b, `<line x1="%d" y1="%.0f" x2="%d" y2="%.0f" stroke="#9aa5b1"/>`,
		chartLeft, 10+plotH, chartWidth, 10+plotH)

	max := c.Max
	for _, bar := range c.Bars {
		max = maxf(max, bar.Value)
	}
	if max == 0 {
		max = 1
	}
	slot := float64(chartWidth-chartLeft-10) / float64(maxInt(len(c.Bars), 1))
	every := maxInt(len(c.Bars)/12, 1) // label at most about a dozen bars

	for i, bar := range c.Bars {
		h := plotH * bar.Value / max
		x := float64(chartLeft) + 5 + slot*float64(i)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#2563eb"><title>%s: %s</title></rect>`,
			x, 10+plotH-h, slot*0.8, h, esc(bar.Label), esc(bar.Text))
		if i%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" fill="#52606d">%s</text>`,
				x, chartHeight-chartBottom+14, esc(shortLabel(bar.Label)))
		}
	}
	fmt.Fprintf(&b, `<text x="2" y="16" font-size="10" fill="#52606d">%s</text>`, esc(trimNum(max)))
	b.WriteString(`</svg>`)

	_, err := io.WriteString(w, b.String())
	return err
}

// SVG is the chart as a templ component.
func (c Chart) SVG() templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error { return c.svg(w) })
}

// shortLabel keeps month and day of a date, the whole of anything else.
func shortLabel(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		return s[5:]
	}
	if r := []rune(s); len(r) > 12 {
		return string(r[:12]) + "…"
	}
	return s
}

func trimNum(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", f), "0"), ".")
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
