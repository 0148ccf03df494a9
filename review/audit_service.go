package review

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// SetFourEyes switches the four-eyes rule on: an approval that overrides
// errors then waits for a second person's approval.
func (s *Service) SetFourEyes(on bool) { s.fourEyes = on }

// FourEyes reports whether the four-eyes rule is on.
func (s *Service) FourEyes() bool { return s.fourEyes }

// Decisions returns one page of decisions, newest first.
func (s *Service) Decisions(ctx context.Context, f DecisionFilter) (DecisionPage, error) {
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	return s.store.Decisions(ctx, f)
}

// EachDecision streams the decisions f selects, for exports.
func (s *Service) EachDecision(ctx context.Context, f DecisionFilter, fn func(ExportRow) error) error {
	return s.store.EachDecision(ctx, f, fn)
}

// CountDecisions counts what EachDecision would stream.
func (s *Service) CountDecisions(ctx context.Context, f DecisionFilter) (int, error) {
	return s.store.CountDecisions(ctx, f)
}

// Timeline returns every event of one record, oldest first.
func (s *Service) Timeline(ctx context.Context, recordID int64) ([]EventView, error) {
	if _, err := s.store.Record(ctx, recordID); err != nil {
		return nil, err
	}
	return s.store.RecordEvents(ctx, recordID)
}

// Events returns the newest events before an id (0: the newest).
func (s *Service) Events(ctx context.Context, before int64, limit int) ([]EventView, error) {
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	return s.store.Events(ctx, before, limit)
}

// VerifyChain checks the audit trail's hash chain from its first event.
func (s *Service) VerifyChain(ctx context.Context) (ChainState, error) {
	return s.store.VerifyChain(ctx)
}

// PhotosPurgedAt tells when retention deleted a record's photos; zero if
// it has not.
func (s *Service) PhotosPurgedAt(ctx context.Context, recordID int64) (time.Time, error) {
	return s.store.PhotosPurgedAt(ctx, recordID)
}

// Reopen sends a decided record back to the queue. The decision stays in
// the history; the record then has none in force.
func (s *Service) Reopen(ctx context.Context, recordID int64, reason string, by User) error {
	if by.Role != RoleSupervisor {
		return Errorf(CodeForbidden, "只有主管可以重新打开记录", "Only a supervisor may reopen a record")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return Errorf(CodeInvalid, "重新打开时必须说明理由", "Give a reason to reopen")
	}
	if utf8.RuneCountInString(reason) > 1000 {
		return Errorf(CodeInvalid, "理由过长（最多 1000 字）", "Reason too long (1000 characters at most)")
	}
	if err := s.store.Reopen(ctx, recordID, reason, by.ID); err != nil {
		return fmt.Errorf("reopen %d: %w", recordID, err)
	}
	return nil
}

// SecondApprove counts an overridden approval once a second person, not
// the first approver, approves it too.
func (s *Service) SecondApprove(ctx context.Context, recordID int64, by User) error {
	if !by.Role.CanReview() {
		return Errorf(CodeForbidden, "您的角色不能批准记录", "Your role may not approve records")
	}
	if err := s.store.SecondApprove(ctx, recordID, by.ID); err != nil {
		return fmt.Errorf("second approval of %d: %w", recordID, err)
	}
	return nil
}
