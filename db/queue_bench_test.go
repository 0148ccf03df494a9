package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"kycreview/db"
	"kycreview/review"
)

// BenchmarkQueue and BenchmarkRecordPage time the two reads reviewers
// make all day, on a database of 100,000 decided records and 50 awaiting
// review: the queue's first and a later page, and one record with its
// duplicate checks.
//
//	go test ./db -run '^$' -bench 'Queue|RecordPage' -benchtime 20x
func BenchmarkQueue(b *testing.B) {
	d := seededQueue(b)
	ctx := context.Background()

	b.Run("first-page", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := d.ListRecords(ctx, review.ListQuery{Limit: 50}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("page-deep-in-decided", func(b *testing.B) {
		after := review.Cursor{Group: 2, Key: -50_000}
		for i := 0; i < b.N; i++ {
			if _, err := d.ListRecords(ctx, review.ListQuery{Limit: 50, After: after}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkRecordPage(b *testing.B) {
	d := seededQueue(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := d.Record(ctx, 100_010); err != nil {
			b.Fatal(err)
		}
	}
}

func seededQueue(b *testing.B) *db.DB {
	b.Helper()
	d, err := db.Open(context.Background(), filepath.Join(b.TempDir(), "kycreview.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { d.Close() })
	if err := seedDecided(d, 100_000); err != nil {
		b.Fatal(err)
	}
	_, err = d.SQL().Exec(`WITH RECURSIVE n(i) AS (SELECT 100001 UNION ALL SELECT i + 1 FROM n WHERE i < 100050)
		INSERT INTO records (id, status, front_sha, back_sha, engine, uploaded_by, created_at, updated_at)
		SELECT i, 'pending', 'f' || i, 'b' || i, 'none', 1, '2026-12-01T00:00:00.000000Z', '2026-12-01T00:00:00.000000Z' FROM n`)
	if err != nil {
		b.Fatal(err)
	}

	// Every record gets a front fingerprint, and the one the page opens
	// a number shared with all decided ones, so both duplicate checks run
	// over the whole table.
	_, err = d.SQL().Exec(`UPDATE records SET front_phash = random(), front_thumb = zeroblob(2560)`)
	if err != nil {
		b.Fatal(err)
	}
	_, err = d.SQL().Exec(`INSERT INTO fields (record_id, name, ocr_value) VALUES (100010, 'number', '320382198912014010')`)
	if err != nil {
		b.Fatal(err)
	}
	return d
}
