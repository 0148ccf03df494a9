package review

import (
	"context"
	"io"
	"time"

	"kycreview/ocr"
)

// Store keeps records, users, the OCR queue and the audit trail. The
// SQLite implementation lives in package db; every method that changes a
// record also appends its audit event in the same transaction.
type Store interface {
	UserByName(ctx context.Context, username string) (User, []byte, error)
	UserByID(ctx context.Context, id int64) (User, error)
	CountUsers(ctx context.Context) (int, error)

	CreateRecord(ctx context.Context, r NewRecord) (int64, error)
	Record(ctx context.Context, id int64) (*Record, error)
	ListRecords(ctx context.Context, q ListQuery) (ListPage, error)

	// ClaimJob takes the oldest queued OCR job and marks it running; it
	// returns ErrNotFound when the queue is empty.
	ClaimJob(ctx context.Context) (Job, error)
	// RequeueRunningJobs puts back jobs a crash left running.
	RequeueRunningJobs(ctx context.Context) (int, error)
	FinishOCR(ctx context.Context, job Job, out OCROutput) error
	RetryOCR(ctx context.Context, recordID int64, by int64) error
	SwapPhotos(ctx context.Context, recordID int64, version int, by int64) error
	CorrectField(ctx context.Context, recordID int64, c Correction) error
	Decide(ctx context.Context, recordID int64, version int, d Decision) error

	// Event appends an audit event that belongs to no record change, such
	// as a login.
	Event(ctx context.Context, e Event) error

	AuditStore
	AdminStore
	RetentionStore
	// Reviewers' claims and language (claim.go, lang.go).
	ClaimStore
	LangStore
}

// PhotoStore keeps photo files named by their SHA-256. The default is a
// folder; an S3-compatible store can take over behind the same methods.
type PhotoStore interface {
	Put(ctx context.Context, data []byte) (sha string, err error)
	Open(ctx context.Context, sha string) (io.ReadSeekCloser, error)
	// Delete removes a file for the retention purge; deleting a missing
	// file is no error.
	Delete(ctx context.Context, sha string) error
}

// NewRecord is what an upload creates.
type NewRecord struct {
	FrontSHA   string
	BackSHA    string
	Engine     string
	UploadedBy int64
	// QueueOCR is false when no engine runs: the record starts pending.
	QueueOCR bool
	Front    PhotoFacts
	Back     PhotoFacts
}

// PhotoFacts is what the upload learned of one photo.
type PhotoFacts struct {
	Width int
	// Print is the photo's fingerprint; kept for the front only, since
	// backs of different cards look alike.
	Print Fingerprint
}

// Job is one queued OCR run over both photos of a record.
type Job struct {
	ID       int64
	RecordID int64
}

// OCROutput is what one job produced.
type OCROutput struct {
	Attempts    []Attempt
	Fields      []Field
	PortraitSHA string
	// Failed is set when any photo could not be read; the record then
	// waits for a retry.
	Failed ocr.Outcome
}

// Correction is a reviewer's new value for one field.
type Correction struct {
	Field string
	Value string
	By    int64
}

// Event is one entry of the audit trail.
type Event struct {
	ActorID  int64 // 0 when nobody was signed in (a failed login)
	Action   string
	RecordID int64
	Detail   map[string]any
	At       time.Time
}

// ListQuery selects a page of the queue.
type ListQuery struct {
	Status Status // "" for all
	After  Cursor
	Limit  int
}

// Cursor is a keyset position in the queue's order.
type Cursor struct {
	Group int
	Key   int64
}

// IsZero reports whether the cursor is the start of the list.
func (c Cursor) IsZero() bool { return c == Cursor{} }

// ListPage is one page of the queue.
type ListPage struct {
	Items []Summary
	Next  Cursor // zero when this is the last page
}

// Summary is one row of the queue.
type Summary struct {
	ID         int64
	Status     Status
	Name       string
	Number     string // the full number; views mask it
	UploadedBy string
	CreatedAt  time.Time
	DecidedBy  string
	DecidedAt  time.Time
}
