package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"kycreview/db"
)

// auditVerify checks the audit trail's hash chain in the data folder. A
// broken chain is an error, so the exit status is 1.
func auditVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "./data", "data folder")
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}

	store, err := db.Open(ctx, filepath.Join(*data, "kycreview.db"))
	if err != nil {
		return err
	}
	defer store.Close()

	state, err := store.VerifyChain(ctx)
	if err != nil {
		return err
	}
	if !state.Intact {
		return fmt.Errorf("audit chain broken at event %d: %s (%d events read)", state.BrokenID, state.Problem, state.Count)
	}
	fmt.Fprintf(stdout, "audit chain intact: %d events\n", state.Count)
	return nil
}
