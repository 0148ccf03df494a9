package db_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kycreview/db"
	"kycreview/export"
	"kycreview/review"
)

// BenchmarkExport exports 100,000 decided records (KYC_BENCH_ROWS to
// change) as CSV and XLSX, and reports the peak heap in use sampled every
// 5 ms while it runs:
//
//	go test ./db -run '^$' -bench BenchmarkExport -benchmem -benchtime 1x
func BenchmarkExport(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("KYC_BENCH_ROWS")); err == nil && v > 0 {
		n = v
	}
	d, err := db.Open(context.Background(), filepath.Join(b.TempDir(), "kycreview.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	start := time.Now()
	if err := seedDecided(d, n); err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d records in %s", n, time.Since(start).Round(time.Millisecond))

	for _, format := range []string{"csv", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				peak := exportMeasured(b, d, format, n)
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			}
		})
	}
}

// exportMeasured runs one export to io.Discard and returns the peak of
// HeapInuse seen meanwhile.
func exportMeasured(b *testing.B, d *db.DB, format string, want int) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()

	f := review.DecisionFilter{InForce: true}
	rows, err := export.Write(context.Background(), format, io.Discard, export.Header,
		export.Decisions(d.EachDecision, f, true))
	close(stop)
	wg.Wait()
	if err != nil || rows != want {
		b.Fatalf("export %s: %d rows, %v; want %d rows", format, rows, err, want)
	}
	return peak.Load()
}

// seedDecided inserts n decided records with all their fields in one
// transaction, straight in SQL: the app's own path would take minutes.
func seedDecided(d *db.DB, n int) error {
	ctx := context.Background()
	tx, err := d.SQL().BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	now := time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00")
	if _, err := tx.Exec(`INSERT INTO users (id, username, password_hash, role, created_at)
		VALUES (1, 'rita', x'00', 'reviewer', ?)`, now); err != nil {
		return fmt.Errorf("seed user: %w", err)
	}
	rec, _ := tx.Prepare(`INSERT INTO records (id, status, front_sha, back_sha, engine, uploaded_by, created_at, updated_at)
		VALUES (?, 'approved', 'f', 'b', 'none', 1, ?, ?)`)
	fld, _ := tx.Prepare(`INSERT INTO fields (record_id, name, ocr_value) VALUES (?, ?, ?)`)
	dec, _ := tx.Prepare(`INSERT INTO decisions (record_id, decision, decided_by, decided_at)
		VALUES (?, 'approve', 1, ?)`)

	values := map[string]string{"name": "赵宁宁", "sex": "男", "nation": "汉", "birthday": "1989-12-01",
		"address": "浙江省杭州市余杭区文一西路969号", "number": "320382198912014010",
		"authority": "杭州市公安局余杭分局", "timelimit": "20180806-20380806"}
	for id := 1; id <= n; id++ {
		if _, err := rec.Exec(id, now, now); err != nil {
			return fmt.Errorf("seed record: %w", err)
		}
		for _, name := range review.FieldNames {
			if _, err := fld.Exec(id, name, values[name]); err != nil {
				return fmt.Errorf("seed field: %w", err)
			}
		}
		if _, err := dec.Exec(id, now); err != nil {
			return fmt.Errorf("seed decision: %w", err)
		}
	}
	return tx.Commit()
}
