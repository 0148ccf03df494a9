package review

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"
)

// Stats are the reviewer statistics over a period.
type Stats struct {
	From, To  time.Time
	Days      []DayCount // every day of the period, oldest first
	Reviewers []ReviewerStats
}

// DayCount is how many decisions were made on one day.
type DayCount struct {
	Day   string // YYYY-MM-DD in loc
	Count int
}

// ReviewerStats sums up one reviewer's decisions.
type ReviewerStats struct {
	Reviewer  string
	Decided   int
	Approved  int
	Overrides int
	// MedianWait is the median time from upload to decision.
	MedianWait time.Duration
}

// ApprovalRate is the share of decisions that approved, 0 to 1.
func (r ReviewerStats) ApprovalRate() float64 {
	if r.Decided == 0 {
		return 0
	}
	return float64(r.Approved) / float64(r.Decided)
}

// ReviewerStats counts the decisions made in [from, to), by day in the
// reviewers' time zone loc and by reviewer.
func (s *Service) ReviewerStats(ctx context.Context, from, to time.Time) (Stats, error) {
	times, err := s.store.DecisionTimes(ctx, from, to)
	if err != nil {
		return Stats{}, fmt.Errorf("reviewer stats: %w", err)
	}
	return ComputeStats(times, from, to, from.Location()), nil
}

// ComputeStats is the arithmetic of ReviewerStats, apart for tests.
func ComputeStats(times []DecisionTime, from, to time.Time, loc *time.Location) Stats {
	st := Stats{From: from, To: to}
	perDay := map[string]int{}
	byName := map[string]*ReviewerStats{}
	waits := map[string][]time.Duration{}

	for _, t := range times {
		perDay[t.DecidedAt.In(loc).Format(time.DateOnly)]++
		r := byName[t.Reviewer]
		if r == nil {
			r = &ReviewerStats{Reviewer: t.Reviewer}
			byName[t.Reviewer] = r
		}
		r.Decided++
		if t.Decision == Approve {
			r.Approved++
		}
		if t.Override {
			r.Overrides++
		}
		waits[t.Reviewer] = append(waits[t.Reviewer], t.DecidedAt.Sub(t.UploadedAt))
	}

	for day := from.In(loc); day.Before(to); day = day.AddDate(0, 0, 1) {
		key := day.Format(time.DateOnly)
		st.Days = append(st.Days, DayCount{Day: key, Count: perDay[key]})
	}
	for name, r := range byName {
		r.MedianWait = median(waits[name])
		st.Reviewers = append(st.Reviewers, *r)
	}
	sort.Slice(st.Reviewers, func(i, j int) bool { return st.Reviewers[i].Reviewer < st.Reviewers[j].Reviewer })
	return st
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	mid := len(d) / 2
	if len(d)%2 == 1 {
		return d[mid]
	}
	return (d[mid-1] + d[mid]) / 2
}

// Export records an export in the audit trail: who, which filters, how
// many rows.
func (s *Service) Export(ctx context.Context, e Event) error {
	e.Action = "export"
	return s.store.Event(ctx, e)
}
