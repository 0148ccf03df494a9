package handlers

import (
	"context"
	"time"

	"kycreview/review"
)

// Supervision is what the supervisor's and admin's pages need of the
// review service, beyond Reviews.
type Supervision interface {
	Decisions(ctx context.Context, f review.DecisionFilter) (review.DecisionPage, error)
	EachDecision(ctx context.Context, f review.DecisionFilter, fn func(review.ExportRow) error) error
	CountDecisions(ctx context.Context, f review.DecisionFilter) (int, error)
	Timeline(ctx context.Context, recordID int64) ([]review.EventView, error)
	Events(ctx context.Context, before int64, limit int) ([]review.EventView, error)
	VerifyChain(ctx context.Context) (review.ChainState, error)
	ReviewerStats(ctx context.Context, from, to time.Time) (review.Stats, error)
	PhotosPurgedAt(ctx context.Context, recordID int64) (time.Time, error)
	Reopen(ctx context.Context, recordID int64, reason string, by review.User) error
	SecondApprove(ctx context.Context, recordID int64, by review.User) error
	Export(ctx context.Context, e review.Event) error

	Users(ctx context.Context) ([]review.User, error)
	AddUser(ctx context.Context, username, password string, role review.Role, by review.User) (int64, error)
	SetRole(ctx context.Context, id int64, role review.Role, by review.User) error
	SetActive(ctx context.Context, id int64, active bool, by review.User) error
	ResetPassword(ctx context.Context, id int64, password string, by review.User) error
}

// auditServer serves the audit and admin pages: the Server with the
// supervision methods of the review service.
type auditServer struct {
	*Server
	sup      Supervision
	progress exportProgress
}
