package local

import (
	"strings"

	"kycreview/ocr"
)

// readBack turns the back's readings into the authority and the
// validity period.
func readBack(reads map[string]*reading) (ocr.Info, verdict) {
	v := newVerdict([]string{ocr.FieldAuthority, ocr.FieldTimelimit})
	var info ocr.Info

	rd := reads[ocr.FieldAuthority]
	v.confident(ocr.FieldAuthority, rd)
	info.Authority = han(rd.Text)
	if !strings.Contains(info.Authority, "公安") || !strings.HasSuffix(info.Authority, "局") {
		v.flag(ocr.FieldAuthority, whyAuthority)
	}

	rd = reads[ocr.FieldTimelimit]
	v.confident(ocr.FieldTimelimit, rd)
	period, ok := normalisePeriod(rd.Text)
	switch {
	case !ok:
		v.flag(ocr.FieldTimelimit, whyPeriod)
	case !periodSpanOK(period):
		v.flag(ocr.FieldTimelimit, whySpan)
	}
	info.Timelimit = period
	return info, v
}
