package review

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// AdminStore is what user administration needs of the store. Users are
// never deleted, only deactivated: the history keeps their names.
type AdminStore interface {
	Users(ctx context.Context) ([]User, error)
	CreateUserBy(ctx context.Context, u User, passwordHash []byte, by int64) (int64, error)
	SetUserRole(ctx context.Context, id int64, role Role, by int64) error
	SetUserActive(ctx context.Context, id int64, active bool, by int64) error
	SetUserPassword(ctx context.Context, id int64, passwordHash []byte, by int64) error
}

// Users lists every account, active or not.
func (s *Service) Users(ctx context.Context) ([]User, error) {
	return s.store.Users(ctx)
}

// AddUser is CreateUser done by an admin, who is named in the event.
func (s *Service) AddUser(ctx context.Context, username, password string, role Role, by User) (int64, error) {
	u, hash, err := newAccount(username, password, role)
	if err != nil {
		return 0, err
	}
	return s.store.CreateUserBy(ctx, u, hash, by.ID)
}

// SetRole changes an account's role. Admins cannot change their own, so
// that the last admin cannot lock everyone out by mistake.
func (s *Service) SetRole(ctx context.Context, id int64, role Role, by User) error {
	if id == by.ID {
		return errSelf
	}
	if !role.Valid() {
		return errRoleInvalid
	}
	return s.store.SetUserRole(ctx, id, role, by.ID)
}

// SetActive deactivates or reactivates an account; a deactivated user can
// no longer sign in and loses any open session at its next request.
func (s *Service) SetActive(ctx context.Context, id int64, active bool, by User) error {
	if id == by.ID {
		return errSelf
	}
	return s.store.SetUserActive(ctx, id, active, by.ID)
}

// ResetPassword sets a new password chosen by the admin.
func (s *Service) ResetPassword(ctx context.Context, id int64, password string, by User) error {
	if err := checkPassword(password); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return fmt.Errorf("hash password: %w", err)
	}
	return s.store.SetUserPassword(ctx, id, hash, by.ID)
}

var (
	errSelf = Errorf(CodeForbidden, "不能修改自己的角色或停用自己",
		"You cannot change your own role or deactivate yourself")
	errRoleInvalid = Errorf(CodeInvalid, "角色必须是 reviewer、supervisor 或 admin",
		"The role must be reviewer, supervisor or admin")
)

// newAccount checks a new account and hashes its password.
func newAccount(username, password string, role Role) (User, []byte, error) {
	username = strings.TrimSpace(username)
	u := User{Username: username, Role: role, Active: true, Lang: "zh"}
	if username == "" || utf8.RuneCountInString(username) > 64 || strings.ContainsAny(username, " \t\r\n") {
		return u, nil, Errorf(CodeInvalid, "用户名不能为空、不能含空格且不超过 64 字",
			"The username must be 1-64 characters without spaces")
	}
	if !role.Valid() {
		return u, nil, errRoleInvalid
	}
	if err := checkPassword(password); err != nil {
		return u, nil, err
	}

	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return u, nil, fmt.Errorf("hash password: %w", err)
	}
	return u, hash, nil
}

func checkPassword(password string) error {
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return Errorf(CodeInvalid, fmt.Sprintf("密码至少 %d 个字符", MinPasswordLen),
			fmt.Sprintf("The password must have at least %d characters", MinPasswordLen))
	}
	if len(password) > 72 {
		return Errorf(CodeInvalid, "密码最多 72 字节", "The password may have at most 72 bytes")
	}
	return nil
}
