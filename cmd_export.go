package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"kycreview/export"
	"kycreview/review"
)

// exportCmd writes reviewed records to stdout, with the web page's
// filters. ID numbers are masked unless -full-numbers is given.
func exportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "./data", "data folder")
	format := fs.String("format", "csv", "csv or xlsx")
	full := fs.Bool("full-numbers", false, "write ID numbers in full")
	var f review.DecisionFilter
	var from, to string
	fs.Int64Var(&f.ReviewerID, "reviewer", 0, "only decisions by this user id")
	fs.StringVar(&f.Decision, "decision", "", "approve or reject")
	fs.StringVar(&f.Reason, "reason", "", "a reject reason key")
	fs.StringVar(&from, "from", "", "first day, YYYY-MM-DD (Asia/Shanghai)")
	fs.StringVar(&to, "to", "", "last day, YYYY-MM-DD (Asia/Shanghai)")
	fs.StringVar(&f.Flags, "flags", "", "yes: errors or untrusted fields at decision time; no: none")
	fs.StringVar(&f.Override, "override", "", "yes or no")
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}
	if _, ok := export.Formats[*format]; !ok {
		return fmt.Errorf("-format must be csv or xlsx, not %q", *format)
	}
	if err := exportDays(&f, from, to); err != nil {
		return err
	}
	f.InForce = true

	store, photoDir, err := openData(ctx, *data)
	if err != nil {
		return err
	}
	defer store.Close()
	svc := review.NewService(store, photoDir, "none")

	out := bufio.NewWriterSize(stdout, 64<<10)
	rows, err := export.Write(ctx, *format, out, export.Header, export.Decisions(svc.EachDecision, f, *full))
	if err == nil {
		err = out.Flush()
	}
	detail := map[string]any{"format": *format, "args": strings.Join(args, " "), "rows": rows,
		"full_numbers": *full, "complete": err == nil, "via": "cli", "os_user": os.Getenv("USER")}
	if aerr := svc.Export(context.WithoutCancel(ctx), review.Event{Detail: detail}); aerr != nil && err == nil {
		err = aerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "exported %d rows\n", rows)
	return nil
}

// exportDays reads the day range; to is included.
func exportDays(f *review.DecisionFilter, from, to string) error {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		loc = time.FixedZone("CST", 8*3600)
	}
	if from != "" {
		if f.From, err = time.ParseInLocation(time.DateOnly, from, loc); err != nil {
			return fmt.Errorf("-from: %w", err)
		}
	}
	if to != "" {
		t, err := time.ParseInLocation(time.DateOnly, to, loc)
		if err != nil {
			return fmt.Errorf("-to: %w", err)
		}
		f.To = t.AddDate(0, 0, 1)
	}
	return nil
}
