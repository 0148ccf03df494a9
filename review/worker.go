package review

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"kycreview/ocr"
)

// PortraitFetcher downloads the portrait an engine points to by URL.
type PortraitFetcher func(ctx context.Context, url string) ([]byte, error)

// Worker runs queued OCR jobs one at a time.
type Worker struct {
	store    Store
	photos   PhotoStore
	engine   ocr.Engine
	fetch    PortraitFetcher
	wake     <-chan struct{}
	log      *slog.Logger
	idlePoll time.Duration
}

// NewWorker returns a worker; fetch may be nil when the engine never
// answers with a portrait URL.
func NewWorker(store Store, photos PhotoStore, engine ocr.Engine, fetch PortraitFetcher,
	wake <-chan struct{}, log *slog.Logger) *Worker {
	return &Worker{store: store, photos: photos, engine: engine, fetch: fetch,
		wake: wake, log: log, idlePoll: 2 * time.Second}
}

// Run works the queue until ctx ends. Jobs that a crash left running are
// queued again first: this process is the queue's only worker.
func (w *Worker) Run(ctx context.Context) {
	if n, err := w.store.RequeueRunningJobs(ctx); err != nil {
		w.log.Error("requeue interrupted ocr jobs", "err", err)
	} else if n > 0 {
		w.log.Info("resumed interrupted ocr jobs", "jobs", n)
	}

	for ctx.Err() == nil {
		job, err := w.store.ClaimJob(ctx)
		if err != nil {
			if ErrorCode(err) != CodeNotFound && ctx.Err() == nil {
				w.log.Error("claim ocr job", "err", err)
			}
			w.sleep(ctx)
			continue
		}
		w.process(ctx, job)
	}
}

func (w *Worker) sleep(ctx context.Context) {
	t := time.NewTimer(w.idlePoll)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-w.wake:
	case <-t.C:
	}
}

// process reads both photos. When ctx ends midway nothing is stored, so
// the job stays running and is resumed at the next start.
func (w *Worker) process(ctx context.Context, job Job) {
	start := time.Now()
	rec, err := w.store.Record(ctx, job.RecordID)
	if err != nil {
		w.log.Error("load record for ocr", "record", job.RecordID, "err", err)
		return
	}

	out := w.read(ctx, rec)
	if ctx.Err() != nil {
		return
	}

	if err := w.store.FinishOCR(ctx, job, out); err != nil {
		w.log.Error("store ocr result", "record", rec.ID, "err", err)
		return
	}
	w.log.Info("ocr finished", "record", rec.ID, "engine", w.engine.Name(),
		"failed", string(out.Failed), "ms", time.Since(start).Milliseconds())
}

func (w *Worker) read(ctx context.Context, rec *Record) OCROutput {
	var out OCROutput
	results := map[ocr.Side]*ocr.Result{}

	for _, slot := range []struct {
		side ocr.Side
		sha  string
	}{{ocr.Front, rec.FrontSHA}, {ocr.Back, rec.BackSHA}} {
		res, att := w.readOne(ctx, rec.ID, slot.side, slot.sha)
		out.Attempts = append(out.Attempts, att)
		if res == nil {
			if out.Failed == "" {
				out.Failed = ocr.Outcome(att.Outcome)
			}
			continue
		}
		// The engine's side wins over the slot: fields go where they belong.
		if results[res.Side] == nil {
			results[res.Side] = res
		}
	}

	out.Fields = FieldsFromOCR(results[ocr.Front], results[ocr.Back])
	out.PortraitSHA = w.portrait(ctx, rec, results[ocr.Front])
	return out
}

func (w *Worker) readOne(ctx context.Context, recordID int64, slot ocr.Side, sha string) (*ocr.Result, Attempt) {
	att := Attempt{RecordID: recordID, Slot: slot, Engine: w.engine.Name(), Started: time.Now()}

	img, err := w.readPhoto(ctx, sha)
	var res *ocr.Result
	if err == nil {
		res, err = w.engine.Recognize(ctx, img)
	}
	att.Finished = time.Now()

	if err != nil {
		oe := ocr.AsError(err)
		att.Outcome, att.Code, att.Detail, att.Raw = string(oe.Outcome), oe.Code, oe.Detail, oe.Raw
		w.log.Warn("ocr attempt failed", "record", recordID, "slot", slot,
			"outcome", oe.Outcome, "code", oe.Code)
		return nil, att
	}

	att.Outcome, att.Side, att.Raw = "ok", res.Side, res.Raw
	return res, att
}

func (w *Worker) readPhoto(ctx context.Context, sha string) ([]byte, error) {
	f, err := w.photos.Open(ctx, sha)
	if err != nil {
		return nil, fmt.Errorf("open photo: %w", err)
	}
	defer f.Close()
	return io.ReadAll(f)
}

// portrait keeps the holder's photo the engine found. Failing to get it is
// not fatal: the page then shows the front photo.
func (w *Worker) portrait(ctx context.Context, rec *Record, front *ocr.Result) string {
	if front == nil {
		return ""
	}

	data := front.Portrait
	if len(data) == 0 && front.ImageURL != "" && w.fetch != nil {
		var err error
		data, err = w.fetch(ctx, front.ImageURL)
		if err != nil {
			w.log.Warn("fetch portrait", "record", rec.ID, "err", err)
			return ""
		}
	}
	if len(data) == 0 {
		return ""
	}

	sha, err := w.photos.Put(ctx, data)
	if err != nil {
		w.log.Error("store portrait", "record", rec.ID, "err", err)
		return ""
	}
	return sha
}
