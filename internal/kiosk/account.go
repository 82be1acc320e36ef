package kiosk

import "time"

// Role is what a member of staff may do.
type Role string

// The roles: an operator handles requests, an editor edits content, an
// admin does everything.
const (
	RoleOperator Role = "operator"
	RoleEditor   Role = "editor"
	RoleAdmin    Role = "admin"
)

// Account is a member of staff.
type Account struct {
	Username    string
	Role        Role
	Hash        string // bcrypt
	Failures    int
	Lockouts    int
	LockedUntil time.Time
}

// StaffStore keeps staff accounts and their sign-in log.
type StaffStore interface {
	// AddAccount creates an account; by names who does it, for the audit log.
	AddAccount(a Account, by string, at time.Time) error
	Account(username string) (Account, error)
	// UpdateAccount saves the failure count and lock of an account.
	UpdateAccount(a Account) error
	LogStaff(username, event string, at time.Time) error
}
