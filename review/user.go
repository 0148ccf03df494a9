package review

import "time"

// Role decides what a user may do.
type Role string

const (
	RoleReviewer   Role = "reviewer"   // 审核员: upload, review, decide
	RoleSupervisor Role = "supervisor" // 主管: a reviewer's rights plus audit
	RoleAdmin      Role = "admin"      // 管理员: users and export
)

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	return r == RoleReviewer || r == RoleSupervisor || r == RoleAdmin
}

// CanReview reports whether the role may upload, review and decide.
func (r Role) CanReview() bool { return r == RoleReviewer || r == RoleSupervisor }

// User is a staff account.
type User struct {
	ID        int64
	Username  string
	Role      Role
	Active    bool
	Lang      string
	CreatedAt time.Time
}

// MinPasswordLen is the shortest password accepted.
const MinPasswordLen = 10
