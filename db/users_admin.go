package db

import (
	"context"
	"fmt"

	"kycreview/review"
)

// Users lists every account by name.
func (d *DB) Users(ctx context.Context) ([]review.User, error) {
	rows, err := d.sql.QueryContext(ctx, `SELECT `+userColumns+` FROM users ORDER BY username`)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()

	var out []review.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// CreateUserBy adds an account on an admin's behalf.
func (d *DB) CreateUserBy(ctx context.Context, u review.User, hash []byte, by int64) (int64, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("create user: begin: %w", err)
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `INSERT INTO users (username, password_hash, role, active, lang, created_at)
		VALUES (?, ?, ?, 1, ?, ?)`, u.Username, hash, string(u.Role), u.Lang, formatTime(d.now()))
	if isUnique(err) {
		return 0, review.Errorf(review.CodeConflict, "用户名已存在", "That username is taken")
	}
	if err != nil {
		return 0, fmt.Errorf("create user: %w", err)
	}
	id, _ := res.LastInsertId()

	return id, d.commitWithEvent(ctx, tx, review.Event{ActorID: by, Action: "user_created",
		Detail: map[string]any{"user_id": id, "username": u.Username, "role": u.Role}})
}

// SetUserRole changes an account's role.
func (d *DB) SetUserRole(ctx context.Context, id int64, role review.Role, by int64) error {
	return d.changeUser(ctx, id, by, "user_role", `UPDATE users SET role = ? WHERE id = ?`, string(role),
		map[string]any{"role": role})
}

// SetUserActive deactivates or reactivates an account.
func (d *DB) SetUserActive(ctx context.Context, id int64, active bool, by int64) error {
	action := "user_deactivated"
	if active {
		action = "user_reactivated"
	}
	return d.changeUser(ctx, id, by, action, `UPDATE users SET active = ? WHERE id = ?`, active, nil)
}

// SetUserPassword replaces an account's password hash; the event says
// that it changed, never what to.
func (d *DB) SetUserPassword(ctx context.Context, id int64, hash []byte, by int64) error {
	return d.changeUser(ctx, id, by, "user_password_reset", `UPDATE users SET password_hash = ? WHERE id = ?`,
		hash, nil)
}

// changeUser runs one UPDATE of a user and appends its event.
func (d *DB) changeUser(ctx context.Context, id, by int64, action, query string, value any,
	detail map[string]any) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", action, err)
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, query, value, id)
	if err != nil {
		return fmt.Errorf("%s: %w", action, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return review.ErrNotFound
	}

	if detail == nil {
		detail = map[string]any{}
	}
	detail["user_id"] = id
	return d.commitWithEvent(ctx, tx, review.Event{ActorID: by, Action: action, Detail: detail})
}
