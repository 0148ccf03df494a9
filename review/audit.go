package review

import (
	"context"
	"time"
)

// AuditStore is what supervisors need of the store: the decisions made,
// each record's history, the hash chain, and the two record changes only
// they (reopen) or a second person (four-eyes) may make.
type AuditStore interface {
	Decisions(ctx context.Context, f DecisionFilter) (DecisionPage, error)
	// EachDecision calls fn for every decision that f selects, newest
	// first, reading rows as it goes so that memory stays flat.
	EachDecision(ctx context.Context, f DecisionFilter, fn func(ExportRow) error) error
	CountDecisions(ctx context.Context, f DecisionFilter) (int, error)
	DecisionTimes(ctx context.Context, from, to time.Time) ([]DecisionTime, error)

	RecordEvents(ctx context.Context, recordID int64) ([]EventView, error)
	Events(ctx context.Context, before int64, limit int) ([]EventView, error)
	VerifyChain(ctx context.Context) (ChainState, error)
	PhotosPurgedAt(ctx context.Context, recordID int64) (time.Time, error)

	Reopen(ctx context.Context, recordID int64, reason string, by int64) error
	SecondApprove(ctx context.Context, recordID int64, by int64) error
}

// DecisionFilter selects decisions for the supervisor's list and exports.
// Empty fields select everything.
type DecisionFilter struct {
	ReviewerID int64
	Decision   string // approve or reject
	Reason     string // a RejectReasons key
	From       time.Time
	To         time.Time // exclusive
	Flags      string    // "yes": errors or untrusted fields at decision time; "no": none
	Override   string    // "yes" or "no"
	// InForce keeps only each record's decision in force (exports).
	InForce bool
	// Before is the keyset: only decisions with a smaller id.
	Before int64
	Limit  int
}

// DecisionRow is one decision with what the list shows of its record.
type DecisionRow struct {
	Decision
	RecordID   int64
	Status     Status
	Name       string
	Number     string // the full number; views mask it
	UploadedBy string
	UploadedAt time.Time
	// InForce is false once the record was reopened after this decision.
	InForce bool
}

// DecisionPage is one page of decisions, newest first.
type DecisionPage struct {
	Items []DecisionRow
	Next  int64 // the Before of the next page; 0 on the last
}

// ExportRow is a decision with every field of its card.
type ExportRow struct {
	DecisionRow
	Fields map[string]string // current values by FieldNames
}

// DecisionTime is the raw material of reviewer statistics.
type DecisionTime struct {
	Reviewer   string
	Decision   string
	Override   bool
	UploadedAt time.Time
	DecidedAt  time.Time
}

// EventView is an audit event as supervisors read it.
type EventView struct {
	ID       int64
	At       time.Time
	Actor    string // "" for the system (OCR) or an unknown login
	Action   string
	RecordID int64
	Detail   map[string]any
}

// ChainState is the verdict on the audit trail's hash chain.
type ChainState struct {
	Count  int
	Intact bool
	// BrokenID is the first event whose hash or link does not hold.
	BrokenID int64
	Problem  string
}
