package review_test

import (
	"testing"
	"time"

	"kycreview/review"
)

func TestComputeStats(t *testing.T) {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return day.Add(time.Duration(h) * time.Hour) }
	times := []review.DecisionTime{
		{Reviewer: "rita", Decision: review.Approve, UploadedAt: at(0), DecidedAt: at(1)},
		{Reviewer: "rita", Decision: review.Reject, UploadedAt: at(0), DecidedAt: at(3)},
		{Reviewer: "rita", Decision: review.Approve, Override: true, UploadedAt: at(0), DecidedAt: at(26)},
		{Reviewer: "rob", Decision: review.Approve, UploadedAt: at(0), DecidedAt: at(2)},
	}
	st := review.ComputeStats(times, day, day.AddDate(0, 0, 3), time.UTC)

	if got, want := len(st.Days), 3; got != want {
		t.Fatalf("days: got %d, want %d", got, want)
	}
	if got := []int{st.Days[0].Count, st.Days[1].Count, st.Days[2].Count}; got[0] != 3 || got[1] != 1 || got[2] != 0 {
		t.Errorf("per day: got %v, want [3 1 0]", got)
	}
	rita := st.Reviewers[0]
	if rita.Reviewer != "rita" || rita.Decided != 3 || rita.Approved != 2 || rita.Overrides != 1 {
		t.Errorf("rita: got %+v", rita)
	}
	if got, want := rita.MedianWait, 3*time.Hour; got != want {
		t.Errorf("rita's median wait: got %s, want %s", got, want)
	}
	if got, want := st.Reviewers[1].ApprovalRate(), 1.0; got != want {
		t.Errorf("rob's approval rate: got %v, want %v", got, want)
	}
}
