package review

import (
	"context"
	"time"
)

// ClaimTTL is how long a claim lives without activity. Viewing or
// correcting the record refreshes it; after that it lapses and anyone
// may take the record.
const ClaimTTL = 15 * time.Minute

// Claim is a reviewer's hold on a pending record.
type Claim struct {
	RecordID  int64
	Holder    User
	ClaimedAt time.Time
	TouchedAt time.Time
}

// Expires is when the claim lapses unless it is refreshed.
func (c Claim) Expires() time.Time { return c.TouchedAt.Add(ClaimTTL) }

// Live reports whether the claim still holds at now.
func (c Claim) Live(now time.Time) bool { return c.RecordID != 0 && now.Before(c.Expires()) }

// ClaimStore keeps claims. Times are passed in so that the lapse is the
// service's rule, and tests can move the clock.
type ClaimStore interface {
	// ClaimNext gives the user their live claim on a pending record if
	// they hold one, else claims the oldest pending record nobody holds,
	// in one write transaction. It returns ErrNotFound when none is left.
	ClaimNext(ctx context.Context, userID int64, now, lapsedBefore time.Time) (int64, error)
	// TouchClaim refreshes the user's claim on the record, if they hold it.
	TouchClaim(ctx context.Context, recordID, userID int64, now time.Time) error
	// ReleaseClaim drops the user's claim on the record, if they hold it.
	ReleaseClaim(ctx context.Context, recordID, userID int64) error
	// Claims returns the claims on the given records, live or not.
	Claims(ctx context.Context, recordIDs []int64) (map[int64]Claim, error)
}

// ErrQueueEmpty says that no record awaits review.
var ErrQueueEmpty = Errorf(CodeNotFound, "没有待审核的记录了", "No record is waiting for review")

// ClaimNext claims the next record for the reviewer: the one they already
// hold, or the oldest pending record nobody holds.
func (s *Service) ClaimNext(ctx context.Context, by User) (int64, error) {
	now := s.now()
	id, err := s.store.ClaimNext(ctx, by.ID, now, now.Add(-ClaimTTL))
	if ErrorCode(err) == CodeNotFound {
		return 0, ErrQueueEmpty
	}
	return id, err
}

// ClaimOf returns the claim on a record; ok is false when nobody holds a
// live one.
func (s *Service) ClaimOf(ctx context.Context, id int64) (Claim, bool, error) {
	m, err := s.store.Claims(ctx, []int64{id})
	if err != nil {
		return Claim{}, false, err
	}
	c := m[id]
	return c, c.Live(s.now()), nil
}

// LiveClaims returns the live claims among the given records.
func (s *Service) LiveClaims(ctx context.Context, ids []int64) (map[int64]Claim, error) {
	m, err := s.store.Claims(ctx, ids)
	if err != nil {
		return nil, err
	}
	now := s.now()
	for id, c := range m {
		if !c.Live(now) {
			delete(m, id)
		}
	}
	return m, nil
}

// TouchClaim keeps the reviewer's claim alive while they work on it.
func (s *Service) TouchClaim(ctx context.Context, id int64, by User) error {
	return s.store.TouchClaim(ctx, id, by.ID, s.now())
}

// ReleaseClaim gives the record back to the queue.
func (s *Service) ReleaseClaim(ctx context.Context, id int64, by User) error {
	return s.store.ReleaseClaim(ctx, id, by.ID)
}

// CheckClaim refuses a change by anyone but the holder of a live claim.
// A record nobody holds, or whose claim lapsed, is open to every reviewer.
func (s *Service) CheckClaim(ctx context.Context, id int64, by User) error {
	c, live, err := s.ClaimOf(ctx, id)
	if err != nil {
		return err
	}
	if live && c.Holder.ID != by.ID {
		return ErrClaimedByOther
	}
	return nil
}

// ErrClaimedByOther refuses a change to a record another reviewer holds.
var ErrClaimedByOther = Errorf(CodeConflict,
	"该记录正由其他审核员审核，认领失效前只有认领人可以修改或决定",
	"Another reviewer holds this record; only they may change or decide it until their claim lapses")
