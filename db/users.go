package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/mattn/go-sqlite3"

	"kycreview/review"
)

const userColumns = `id, username, role, active, lang, created_at`

func scanUser(row interface{ Scan(...any) error }, extra ...any) (review.User, error) {
	var u review.User
	var role, created string
	dest := append([]any{&u.ID, &u.Username, &role, &u.Active, &u.Lang, &created}, extra...)
	if err := row.Scan(dest...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return u, review.ErrNotFound
		}
		return u, fmt.Errorf("scan user: %w", err)
	}
	u.Role, u.CreatedAt = review.Role(role), parseTime(created)
	return u, nil
}

// UserByName returns an account and its password hash.
func (d *DB) UserByName(ctx context.Context, username string) (review.User, []byte, error) {
	var hash []byte
	row := d.sql.QueryRowContext(ctx, `SELECT `+userColumns+`, password_hash FROM users WHERE username = ?`, username)
	u, err := scanUser(row, &hash)
	return u, hash, err
}

// UserByID returns an account.
func (d *DB) UserByID(ctx context.Context, id int64) (review.User, error) {
	return scanUser(d.sql.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
}

// CountUsers counts accounts, active or not.
func (d *DB) CountUsers(ctx context.Context) (int, error) {
	var n int
	if err := d.sql.QueryRowContext(ctx, `SELECT COUNT(*) FROM users`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count users: %w", err)
	}
	return n, nil
}

func isUnique(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique
}
