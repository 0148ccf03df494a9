package db

import (
	"context"
	"fmt"

	"kycreview/review"
)

// SetUserLang remembers the language a user reads the UI in.
func (d *DB) SetUserLang(ctx context.Context, userID int64, lang string) error {
	res, err := d.sql.ExecContext(ctx, `UPDATE users SET lang = ? WHERE id = ?`, lang, userID)
	if err != nil {
		return fmt.Errorf("set lang of user %d: %w", userID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return review.ErrNotFound
	}
	return nil
}
