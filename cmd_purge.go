package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"kycreview/review"
)

// purgeCmd deletes the photos of records decided more than -days ago.
func purgeCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("purge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "./data", "data folder")
	days := fs.Int("days", 0, "purge photos of records decided more than this many days ago")
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}
	if *days < 1 {
		return errors.New("usage: kycreview purge -data DIR -days N (N at least 1)")
	}

	store, photoDir, err := openData(ctx, *data)
	if err != nil {
		return err
	}
	defer store.Close()

	p, err := review.NewService(store, photoDir, "none").PurgePhotos(ctx, *days, review.User{})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "purged the photos of %d records (%d files deleted)\n", len(p.Records), p.Deleted)
	return nil
}

// startRetention runs the daily purge when days > 0; the channel closes
// when it has stopped.
func startRetention(ctx context.Context, svc *review.Service, days int, log *slog.Logger) <-chan struct{} {
	done := make(chan struct{})
	if days <= 0 {
		close(done)
		return done
	}
	go func() {
		defer close(done)
		svc.RunRetention(ctx, days, log)
	}()
	return done
}
