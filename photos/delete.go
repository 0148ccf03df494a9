package photos

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Delete removes the photo with the given hash; a missing file is no
// error, so a purge interrupted midway can simply run again.
func (d *Dir) Delete(ctx context.Context, sha string) error {
	if !validSHA.MatchString(sha) {
		return fmt.Errorf("photos: delete: bad hash %q", sha)
	}
	err := os.Remove(d.path(sha))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("photos: delete: %w", err)
	}
	return nil
}
