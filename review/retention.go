package review

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// RetentionStore marks the photos of old decided records as purged.
type RetentionStore interface {
	// PurgePhotos marks every record decided before cutoff whose photos
	// are still kept, with one audit event each, and returns the hashes
	// of their photo files.
	PurgePhotos(ctx context.Context, cutoff time.Time, days int, by int64) (Purge, error)
	// PhotoInUse reports whether a record whose photos are kept still
	// refers to the file.
	PhotoInUse(ctx context.Context, sha string) (bool, error)
}

// Purge is what one retention run did.
type Purge struct {
	Records []int64
	SHAs    []string
	Deleted int // files removed
}

// PurgePhotos deletes the photos of records decided more than days ago.
// Fields, decisions and history are kept. A file shared with a record
// still under review (the same photo uploaded again) is kept.
func (s *Service) PurgePhotos(ctx context.Context, days int, by User) (Purge, error) {
	if days < 1 {
		return Purge{}, Errorf(CodeInvalid, "保留天数至少为 1", "Keep photos for at least 1 day")
	}
	cutoff := s.now().Add(-time.Duration(days) * 24 * time.Hour)
	p, err := s.store.PurgePhotos(ctx, cutoff, days, by.ID)
	if err != nil {
		return p, fmt.Errorf("purge: %w", err)
	}

	// Marked first, deleted second: a crash in between leaves files
	// nobody shows, never a record that claims photos it lost.
	for _, sha := range p.SHAs {
		used, err := s.store.PhotoInUse(ctx, sha)
		if err != nil {
			return p, fmt.Errorf("purge: %w", err)
		}
		if used {
			continue
		}
		if err := s.photos.Delete(ctx, sha); err != nil {
			return p, fmt.Errorf("purge: %w", err)
		}
		p.Deleted++
	}
	return p, nil
}

// RunRetention purges once a day until ctx ends, starting now.
func (s *Service) RunRetention(ctx context.Context, days int, log *slog.Logger) {
	t := time.NewTicker(24 * time.Hour)
	defer t.Stop()
	for {
		p, err := s.PurgePhotos(ctx, days, User{})
		if err != nil && ctx.Err() == nil {
			log.Error("photo retention", "err", err)
		} else if err == nil {
			log.Info("photo retention", "days", days, "records", len(p.Records), "files", p.Deleted)
		}

		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
